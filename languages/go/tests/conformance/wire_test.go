// Package conformance runs the scenarios of conformance/README.md against the generated Go SDKs,
// with WireMock started by conformance/harness.py.
package conformance

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kitchen-sink-sdk"
)

const (
	sid   = "AC0123456789abcdef0123456789abcdef"
	basic = "Basic QUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjp0b2tlbi1zZWNyZXQ="
)

var wiremock = os.Getenv("SWITCHBOARD_WIREMOCK_URL")

// standardClient is the client every scenario uses unless it says otherwise.
func standardClient(opts ...kitchensink.Option) *kitchensink.Client {
	all := append([]kitchensink.Option{
		kitchensink.WithBaseURL(wiremock + "/v1"),
		kitchensink.WithAccountAuth(sid, "token-secret"),
		kitchensink.WithAPIKeyAuth("key-123"),
	}, opts...)
	return kitchensink.NewClient(all...)
}

// load resets WireMock and imports the scenario's stubs.
func load(t *testing.T, scenario string) {
	t.Helper()
	if wiremock == "" {
		t.Skip("SWITCHBOARD_WIREMOCK_URL is not set: run under conformance/harness.py")
	}
	admin(t, "POST", "/__admin/reset", nil)
	stubs, err := os.ReadFile(filepath.Join(os.Getenv("SWITCHBOARD_CONFORMANCE_DIR"), "mappings", scenario+".json"))
	if err != nil {
		t.Fatal(err)
	}
	admin(t, "POST", "/__admin/mappings/import", stubs)
}

func admin(t *testing.T, method, path string, body []byte) []byte {
	t.Helper()
	req, err := http.NewRequest(method, wiremock+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out bytes.Buffer
	_, _ = out.ReadFrom(resp.Body)
	if resp.StatusCode >= 300 {
		t.Fatalf("%s %s: %d", method, path, resp.StatusCode)
	}
	return out.Bytes()
}

// seen is a request as WireMock journaled it.
type seen struct {
	Method       string            `json:"method"`
	URL          string            `json:"url"`
	Headers      map[string]any    `json:"headers"`
	BodyAsBase64 string            `json:"bodyAsBase64"`
	LoggedDate   int64             `json:"loggedDate"`
	QueryParams  map[string]values `json:"queryParams"`
}

type values struct {
	Values []string `json:"values"`
}

func (s seen) header(name string) string {
	for key, value := range s.Headers {
		if strings.EqualFold(key, name) {
			switch v := value.(type) {
			case string:
				return v
			case []any:
				return fmt.Sprint(v[0])
			}
		}
	}
	return ""
}

func (s seen) body() string {
	decoded, _ := base64.StdEncoding.DecodeString(s.BodyAsBase64)
	return string(decoded)
}

// journal returns the requests WireMock received, oldest first.
func journal(t *testing.T) []seen {
	t.Helper()
	var out struct {
		Requests []struct {
			Request seen `json:"request"`
		} `json:"requests"`
	}
	if err := json.Unmarshal(admin(t, "GET", "/__admin/requests", nil), &out); err != nil {
		t.Fatal(err)
	}
	requests := make([]seen, len(out.Requests))
	for i, entry := range out.Requests {
		requests[len(requests)-1-i] = entry.Request
	}
	return requests
}

// expectRequests fails unless WireMock saw exactly n requests, and returns them.
func expectRequests(t *testing.T, n int) []seen {
	t.Helper()
	requests := journal(t)
	if len(requests) != n {
		urls := make([]string, len(requests))
		for i, r := range requests {
			urls[i] = r.Method + " " + r.URL
		}
		t.Fatalf("want %d requests, got %d: %v", n, len(requests), urls)
	}
	return requests
}

func equal[T comparable](t *testing.T, what string, got, want T) {
	t.Helper()
	if got != want {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}
