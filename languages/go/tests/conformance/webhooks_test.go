package conformance

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kitchen-sink-sdk"
	"kitchen-sink-sdk/core"
)

type vector struct {
	Name   string `json:"name"`
	Scheme struct {
		Scheme           string `json:"scheme"`
		Header           string `json:"header"`
		Algorithm        string `json:"algorithm"`
		Encoding         string `json:"encoding"`
		Prefix           string `json:"prefix"`
		Signs            string `json:"signs"`
		ToleranceSeconds int    `json:"toleranceSeconds"`
	} `json:"scheme"`
	Secret  string            `json:"secret"`
	Headers map[string]string `json:"headers"`
	Body    string            `json:"body"`
	URL     string            `json:"url"`
	Params  [][2]string       `json:"params"`
	Now     int64             `json:"now"`
	Valid   bool              `json:"valid"`
}

func vectors(t *testing.T) []vector {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(os.Getenv("SWITCHBOARD_CONFORMANCE_DIR"), "webhooks", "vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []vector `json:"cases"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	return file.Cases
}

func (v vector) request() core.WebhookRequest {
	headers := map[string][]string{}
	for name, value := range v.Headers {
		headers[name] = []string{value}
	}
	return core.WebhookRequest{Headers: headers, Body: []byte(v.Body), URL: v.URL, Params: v.Params, Now: time.Unix(v.Now, 0)}
}

// S54: the runtime's verifier answers every vector as the official validators did.
func TestS54WebhookSignatureVectors(t *testing.T) {
	cases := vectors(t)
	if len(cases) < 20 {
		t.Fatalf("only %d vectors", len(cases))
	}
	for _, v := range cases {
		s := v.Scheme
		scheme := core.WebhookScheme{Scheme: s.Scheme, Header: s.Header, Algorithm: s.Algorithm, Encoding: s.Encoding,
			Prefix: s.Prefix, Signs: s.Signs, Tolerance: time.Duration(s.ToleranceSeconds) * time.Second}
		err := scheme.Verify(v.Secret, v.request())
		if (err == nil) != v.Valid {
			t.Errorf("%s: valid %v, got error %v", v.Name, v.Valid, err)
		}
	}
}

// S54: the SDK's VerifyWebhook checks the kitchen sink's own header, with its tolerance.
func TestS54VerifyWebhookUsesTheSdksScheme(t *testing.T) {
	var valid vector
	for _, v := range vectors(t) {
		if v.Name == "stripe: valid" {
			valid = v
		}
	}
	if valid.Name == "" {
		t.Fatal("no vector named stripe: valid")
	}
	request := valid.request()
	request.Headers = map[string][]string{"kitchensink-signature": {valid.Headers["Stripe-Signature"]}}
	if err := kitchensink.VerifyWebhook(valid.Secret, request); err != nil {
		t.Fatalf("valid request refused: %v", err)
	}
	refused := func(name, secret string, r kitchensink.WebhookRequest, reason string) {
		t.Helper()
		err := kitchensink.VerifyWebhook(secret, r)
		var webhookErr *kitchensink.WebhookError
		if !errors.As(err, &webhookErr) || !strings.Contains(webhookErr.Reason, reason) {
			t.Errorf("%s: want a WebhookError saying %q, got %v", name, reason, err)
		}
	}
	refused("other secret", "whsec_other", request, "no v1 signature")
	tampered := request
	tampered.Body = append([]byte(nil), append(request.Body, ' ')...)
	refused("tampered body", valid.Secret, tampered, "no v1 signature")
	late := request
	late.Now = request.Now.Add(300 * time.Second)
	refused("300 s later", valid.Secret, late, "older than 300 s")
	late.Tolerance = 600 * time.Second
	if err := kitchensink.VerifyWebhook(valid.Secret, late); err != nil {
		t.Errorf("a tolerance of 600 s refused the request: %v", err)
	}
	original := valid.request()
	refused("Stripe's own header", valid.Secret, original, "no KitchenSink-Signature header")
}
