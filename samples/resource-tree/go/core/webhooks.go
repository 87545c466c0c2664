package core

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"net"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// WebhookScheme is how an API signs its webhooks. Scheme "hmac": the header is Prefix followed by
// the MAC; "timestamped-hmac": the header is "t=TIMESTAMP,v1=MAC,…" and the MAC is over
// "TIMESTAMP." and the body. Signs "body": the raw body; "url-form": the full URL, then each form
// field's name and value sorted by name.
type WebhookScheme struct {
	Scheme    string
	Header    string
	Algorithm string
	Encoding  string
	Prefix    string
	Signs     string
	// Tolerance is how old a timestamp may be; zero accepts any age.
	Tolerance time.Duration
}

// WebhookRequest is what a signature check reads of a received webhook request.
type WebhookRequest struct {
	// Headers are the request's headers; names are compared without case.
	Headers map[string][]string
	// Body is the raw body, exactly as received.
	Body []byte
	// URL is the full URL the request was sent to, with its query (for url-form schemes).
	URL string
	// Params are the form fields of a form-encoded body, in any order (for url-form schemes).
	Params [][2]string
	// Tolerance overrides the scheme's tolerance for timestamped signatures when positive.
	Tolerance time.Duration
	// Now is the current time; the zero time means the clock.
	Now time.Time
}

// WebhookError says why a webhook request's signature was refused: do not trust the request.
type WebhookError struct {
	Reason string
}

func (e *WebhookError) Error() string {
	return "webhook signature: " + e.Reason
}

func refused(format string, args ...any) error {
	return &WebhookError{Reason: fmt.Sprintf(format, args...)}
}

// Verify returns a *WebhookError unless r was signed with secret.
func (s WebhookScheme) Verify(secret string, r WebhookRequest) error {
	if secret == "" {
		return refused("no webhook secret given")
	}
	header, ok := headerValue(r.Headers, s.Header)
	if !ok {
		return refused("the request has no %s header", s.Header)
	}
	switch {
	case s.Scheme == "timestamped-hmac":
		return s.verifyTimestamped(secret, header, r)
	case s.Signs == "url-form":
		return s.verifyURLForm(secret, header, r)
	case !matches(s.mac(secret, r.Body), header, s.Prefix):
		return refused("the %s signature does not match the body", s.Header)
	}
	return nil
}

func headerValue(headers map[string][]string, name string) (string, bool) {
	for key, values := range headers {
		if strings.EqualFold(key, name) && len(values) > 0 && values[0] != "" {
			return values[0], true
		}
	}
	return "", false
}

func (s WebhookScheme) mac(secret string, message []byte) string {
	var digest func() hash.Hash
	switch s.Algorithm {
	case "sha1":
		digest = sha1.New
	case "sha512":
		digest = sha512.New
	default:
		digest = sha256.New
	}
	m := hmac.New(digest, []byte(secret))
	m.Write(message)
	sum := m.Sum(nil)
	if s.Encoding == "base64" {
		return base64.StdEncoding.EncodeToString(sum)
	}
	return hex.EncodeToString(sum)
}

// matches compares prefix+expected with given in constant time.
func matches(expected, given, prefix string) bool {
	return hmac.Equal([]byte(prefix+expected), []byte(strings.TrimSpace(given)))
}

func (s WebhookScheme) verifyTimestamped(secret, header string, r WebhookRequest) error {
	timestamp := int64(-1)
	var signatures []string
	for _, item := range strings.Split(header, ",") {
		key, value, _ := strings.Cut(strings.TrimSpace(item), "=")
		if key == "t" && isDigits(value) {
			timestamp, _ = strconv.ParseInt(value, 10, 64)
		} else if key == "v1" {
			signatures = append(signatures, value)
		}
	}
	if timestamp < 0 || len(signatures) == 0 {
		return refused("the %s header has no t=TIMESTAMP and v1=SIGNATURE", s.Header)
	}
	expected := s.mac(secret, append([]byte(strconv.FormatInt(timestamp, 10)+"."), r.Body...))
	found := false
	for _, signature := range signatures {
		found = matches(expected, signature, "") || found
	}
	if !found {
		return refused("no v1 signature of the %s header matches the body", s.Header)
	}
	tolerance := s.Tolerance
	if r.Tolerance > 0 {
		tolerance = r.Tolerance
	}
	now := r.Now
	if now.IsZero() {
		now = time.Now()
	}
	if tolerance > 0 && float64(timestamp) < float64(now.UnixNano())/1e9-tolerance.Seconds() {
		return refused("the %s timestamp %d is older than %d s", s.Header, timestamp, int64(tolerance.Seconds()))
	}
	return nil
}

func isDigits(text string) bool {
	if text == "" {
		return false
	}
	for _, c := range text {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func (s WebhookScheme) verifyURLForm(secret, header string, r WebhookRequest) error {
	if r.URL == "" {
		return refused("the full URL the webhook was sent to is needed to check its signature")
	}
	parsed, err := url.Parse(r.URL)
	if err != nil {
		return refused("the URL %q cannot be parsed", r.URL)
	}
	fields := r.Params
	if bodyHash := parsed.Query().Get("bodySHA256"); bodyHash != "" {
		// A JSON body: the URL carries the body's SHA-256, and the signature covers the URL alone.
		sum := sha256.Sum256(r.Body)
		if !matches(hex.EncodeToString(sum[:]), bodyHash, "") {
			return refused("the body does not match the URL's bodySHA256")
		}
		fields = nil
	}
	signed := signedFields(fields)
	// Senders differ on whether the URL names the default port: both forms are accepted.
	found := false
	for _, variant := range portVariants(r.URL, parsed) {
		found = matches(s.mac(secret, []byte(variant+signed)), header, s.Prefix) || found
	}
	if !found {
		return refused("the %s signature does not match the URL and form", s.Header)
	}
	return nil
}

// signedFields joins each distinct field's name and value, sorted by name, then value.
func signedFields(fields [][2]string) string {
	seen := map[[2]string]bool{}
	var distinct [][2]string
	for _, field := range fields {
		if !seen[field] {
			seen[field] = true
			distinct = append(distinct, field)
		}
	}
	sort.Slice(distinct, func(i, j int) bool {
		if distinct[i][0] != distinct[j][0] {
			return distinct[i][0] < distinct[j][0]
		}
		return distinct[i][1] < distinct[j][1]
	})
	var out strings.Builder
	for _, field := range distinct {
		out.WriteString(field[0] + field[1])
	}
	return out.String()
}

func portVariants(raw string, parsed *url.URL) []string {
	port := parsed.Port()
	if port == "" {
		port = "443"
		if parsed.Scheme == "http" {
			port = "80"
		}
	}
	host := parsed.Hostname()
	without, with := *parsed, *parsed
	without.Host = host
	if strings.Contains(host, ":") {
		without.Host = "[" + host + "]"
	}
	with.Host = net.JoinHostPort(host, port)
	return []string{raw, without.String(), with.String()}
}
