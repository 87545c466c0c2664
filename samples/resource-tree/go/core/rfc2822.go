package core

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// RFC2822Time is a date-time written as RFC 2822 text on the wire (Thu, 24 Aug 2023 05:01:45 +0000),
// as the API's date-time-rfc-2822 format says; it is sent with its own offset.
type RFC2822Time struct {
	time.Time
}

const rfc2822 = "Mon, 02 Jan 2006 15:04:05 -0700"

// readLayouts are the spellings read: a one-digit day, a zone name such as GMT, no weekday, ISO 8601.
var readLayouts = []string{rfc2822, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", time.RFC3339Nano}

// String writes the RFC 2822 text.
func (t RFC2822Time) String() string {
	return t.Time.Format(rfc2822)
}

// MarshalJSON writes the RFC 2822 text as a JSON string.
func (t RFC2822Time) MarshalJSON() ([]byte, error) {
	return json.Marshal(t.String())
}

// UnmarshalJSON reads RFC 2822 text, leniently.
func (t *RFC2822Time) UnmarshalJSON(data []byte) error {
	var text string
	if err := json.Unmarshal(data, &text); err != nil {
		return err
	}
	text = strings.TrimSpace(text)
	for _, layout := range readLayouts {
		if parsed, err := time.Parse(layout, text); err == nil {
			t.Time = parsed
			return nil
		}
	}
	return fmt.Errorf("not an RFC 2822 date-time: %q", text)
}
