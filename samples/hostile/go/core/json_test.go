package core

import (
	"testing"
	"time"
)

type stamped struct {
	At    time.Time
	Maybe Opt[time.Time]
	Count int
}

func readStamped(t *testing.T, body string) (stamped, map[string]bool) {
	t.Helper()
	r, err := ReadObject([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	var s stamped
	for name, target := range map[string]any{"at": &s.At, "maybe": &s.Maybe, "count": &s.Count} {
		if err := r.Field(name, target); err != nil {
			t.Fatal(err)
		}
	}
	left := map[string]bool{}
	for name := range r.Rest() {
		left[name] = true
	}
	return s, left
}

func TestADateTimeWithoutOffsetReadsAsUTC(t *testing.T) {
	s, left := readStamped(t, `{"at": "2024-01-04T10:00:00", "maybe": "2024-01-04 10:00:00.5", "count": 2}`)
	if want := time.Date(2024, 1, 4, 10, 0, 0, 0, time.UTC); !s.At.Equal(want) || s.At.Location() != time.UTC {
		t.Errorf("at = %v, want %v", s.At, want)
	}
	if got, ok := s.Maybe.Get(); !ok || !got.Equal(time.Date(2024, 1, 4, 10, 0, 0, 5e8, time.UTC)) {
		t.Errorf("maybe = %v, %v", got, ok)
	}
	if len(left) != 0 {
		t.Errorf("fields left unread: %v", left)
	}
}

func TestATextThatIsNoDateTimeStaysAMismatch(t *testing.T) {
	s, left := readStamped(t, `{"at": "tomorrow", "maybe": "2024-13-04T10:00:00", "count": "2"}`)
	if !s.At.IsZero() || s.Maybe.IsSet() || s.Count != 0 {
		t.Errorf("read %+v", s)
	}
	if !left["at"] || !left["maybe"] || !left["count"] {
		t.Errorf("fields left unread: %v", left)
	}
}
