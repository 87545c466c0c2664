package core

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A logged URL shows no personal path value, API key or user info; the request still carries them.
func TestALoggedURLMasksPersonalPathValuesAndSecretQueryParameters(t *testing.T) {
	var seen string
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = r.URL.RequestURI()
		w.WriteHeader(http.StatusNoContent)
	}))
	defer server.Close()
	var log bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	client := NewClient(Settings{Redaction: Redaction{Query: []string{"api_key"}, Path: []string{"PhoneNumber"}}},
		WithBaseURL(server.URL), WithLogger(logger))
	req := NewRequest("GET", "/v2/PhoneNumbers/{PhoneNumber}/Carriers/{Carrier}")
	req.PathParam("PhoneNumber", "+15551234567")
	req.PathParam("Carrier", "acme")
	req.Query("api_key", Some("secret-key"), "form")
	req.Query("Fields", Some("line_type"), "form")
	resp, err := client.send(context.Background(), req, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if seen != "/v2/PhoneNumbers/%2B15551234567/Carriers/acme?api_key=secret-key&Fields=line_type" {
		t.Fatalf("the server saw %s", seen)
	}
	text := log.String()
	if !strings.Contains(text, "/v2/PhoneNumbers/***/Carriers/acme?api_key=***&Fields=line_type") {
		t.Errorf("the log lacks the masked URL:\n%s", text)
	}
	for _, secret := range []string{"5551234567", "secret-key"} {
		if strings.Contains(text, secret) {
			t.Errorf("the log shows %q:\n%s", secret, text)
		}
	}
}

// A model's text masks its personal fields that hold a value, and only those.
func TestDescribeMasksPersonalFields(t *testing.T) {
	type account struct {
		Sid   string  `json:"sid"`
		Email string  `json:"owner_email"`
		Phone *string `json:"phone"`
	}
	text := Describe("Account", account{Sid: "AC1", Email: "jenny@example.com"}, "owner_email", "phone")
	if text != `Account{"sid":"AC1","owner_email":"***","phone":null}` {
		t.Errorf("text: %s", text)
	}
}
