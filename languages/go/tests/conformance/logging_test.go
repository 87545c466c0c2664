package conformance

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"

	"kitchen-sink-sdk"
)

// S60: with a debug logger, each request is logged with its method, URL, status and timing, each
// retry with its reason, and no credential or personal value; without one, nothing is logged.
func TestS60DebugLoggingWithCredentialsRedacted(t *testing.T) {
	load(t, "S60")
	var log bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	client := standardClient(kitchensink.WithLogger(logger))
	ctx := context.Background()
	account, err := client.Accounts.Fetch(ctx, sid)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "owner_email", account.OwnerEmail.Or(""), "jenny.rosen@example.com")
	media, err := client.Recordings.DownloadMedia(ctx, "RE0123")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, media)
	media.Close()
	text := log.String()
	for _, want := range []string{"GET", "/v1/accounts/" + sid, "503", "200", "/v1/recordings/RE0123/media", "msg=retry", "***"} {
		if !strings.Contains(text, want) {
			t.Errorf("the log lacks %q:\n%s", want, text)
		}
	}
	credentials := base64.StdEncoding.EncodeToString([]byte(sid + ":token-secret"))
	for _, secret := range []string{"token-secret", credentials, "key-123", "jenny.rosen@example.com"} {
		if strings.Contains(text, secret) {
			t.Errorf("the log shows %q:\n%s", secret, text)
		}
	}
	expectRequests(t, 3)

	// Logging off: a logger whose level is above debug gets no record.
	load(t, "S60")
	var quiet bytes.Buffer
	silent := slog.New(slog.NewTextHandler(&quiet, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if _, err := standardClient(kitchensink.WithLogger(silent)).Accounts.Fetch(ctx, sid); err != nil {
		t.Fatal(err)
	}
	equal(t, "records with logging off", quiet.String(), "")
}

// S61: a model's text (fmt's %v, %+v, %s and %#v) masks its personal data; the fields still read as they are.
func TestS61PersonalDataMaskedInAModelsText(t *testing.T) {
	load(t, "S60")
	ctx := context.Background()
	account, err := standardClient().Accounts.Fetch(ctx, sid)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "owner_email", account.OwnerEmail.Or(""), "jenny.rosen@example.com")
	for _, format := range []string{"%v", "%+v", "%s", "%#v"} {
		text := fmt.Sprintf(format, account)
		if !strings.Contains(text, "***") || !strings.Contains(text, "Kitchen Sink Ops") ||
			strings.Contains(text, "jenny.rosen@example.com") {
			t.Errorf("%s of the account: %s", format, text)
		}
	}
	message, err := standardClient().Messages.Create(ctx, sid, kitchensink.MessagesCreateParams{
		To: "+15551230001", Body: kitchensink.Some("hello")})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "to", message.To.Or(""), "+15551230001")
	text := fmt.Sprint(message)
	if !strings.Contains(text, "SM161") || strings.Contains(text, "+15551230001") {
		t.Errorf("the message's text: %s", text)
	}
}
