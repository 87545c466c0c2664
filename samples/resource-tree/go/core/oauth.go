package core

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// tokenMargin is how long before its end a token is replaced, so that it does not expire in flight.
const tokenMargin = 30 * time.Second

// TokenError is a failed request for an OAuth 2 access token.
type TokenError struct {
	// URL is the token endpoint.
	URL string
	// StatusCode is the HTTP status, or 0 when no response came.
	StatusCode int
	// Body is the response body, unchanged.
	Body []byte
	// Err is what went wrong when the status does not say it, or nil.
	Err error
}

// Error names the token endpoint and the status or the cause.
func (e *TokenError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("access token request to %s failed: %v", e.URL, e.Err)
	}
	return fmt.Sprintf("access token request to %s failed: status %d", e.URL, e.StatusCode)
}

// Unwrap returns the cause, or nil.
func (e *TokenError) Unwrap() error { return e.Err }

// tokens keeps access tokens of OAuth 2 client credentials until shortly before they expire. One
// lock covers fetching, so calls made together wait for one token instead of each asking for one.
type tokens struct {
	mu     sync.Mutex
	cached map[tokenKey]token
	now    func() time.Time
}

type tokenKey struct{ url, id, secret, scope string }

type token struct {
	value   string
	expires time.Time
}

func newTokens() *tokens {
	return &tokens{cached: map[tokenKey]token{}, now: time.Now}
}

// get returns a token for the client id and secret, fetched from endpoint unless one is kept.
func (t *tokens) get(ctx context.Context, options Options, endpoint string, scopes []string, id, secret string) (string, error) {
	key := tokenKey{url: endpoint, id: id, secret: secret, scope: strings.Join(scopes, " ")}
	t.mu.Lock()
	defer t.mu.Unlock()
	if kept, ok := t.cached[key]; ok && t.now().Before(kept.expires) {
		return kept.value, nil
	}
	fetched, lifetime, err := fetchToken(ctx, options, key)
	if err != nil {
		return "", err
	}
	t.cached[key] = token{value: fetched, expires: t.now().Add(max(lifetime-tokenMargin, 0))}
	return fetched, nil
}

// fetchToken asks the token endpoint for a token: a form POST with the client id and secret as basic auth.
func fetchToken(ctx context.Context, options Options, key tokenKey) (string, time.Duration, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	if key.scope != "" {
		form.Set("scope", key.scope)
	}
	if options.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, options.timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, key.url, strings.NewReader(form.Encode()))
	if err != nil {
		return "", 0, &TokenError{URL: key.url, Err: err}
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(key.id+":"+key.secret)))
	// Not following redirects keeps the client secret from going anywhere but the token endpoint.
	resp, err := noFollow(options.http()).Do(req)
	if err != nil {
		return "", 0, &TokenError{URL: key.url, Err: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", 0, &TokenError{URL: key.url, StatusCode: resp.StatusCode, Err: err}
	}
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		return "", 0, &TokenError{URL: key.url, StatusCode: resp.StatusCode, Body: body}
	}
	return readToken(key.url, resp.StatusCode, body)
}

// readToken takes the token and its lifetime (3600 seconds when not given) from the endpoint's answer.
func readToken(endpoint string, status int, body []byte) (string, time.Duration, error) {
	var answer struct {
		AccessToken string   `json:"access_token"`
		ExpiresIn   *float64 `json:"expires_in"`
	}
	if err := json.Unmarshal(body, &answer); err != nil {
		return "", 0, &TokenError{URL: endpoint, StatusCode: status, Body: body, Err: err}
	}
	if answer.AccessToken == "" {
		return "", 0, &TokenError{URL: endpoint, StatusCode: status, Body: body, Err: fmt.Errorf("no access_token in the answer")}
	}
	lifetime := 3600 * time.Second
	if answer.ExpiresIn != nil {
		lifetime = time.Duration(*answer.ExpiresIn * float64(time.Second))
	}
	return answer.AccessToken, lifetime, nil
}

// tokenURL is where the scheme's tokens come from: a token endpoint on the API's server (or a path)
// moves onto a base URL the client was given, as next-page links do.
func (c *Client) tokenURL(scheme Scheme, options Options) string {
	if strings.HasPrefix(scheme.TokenURL, "/") {
		return c.base(options, "") + scheme.TokenURL
	}
	server := strings.TrimRight(c.server(options), "/")
	if options.baseURL != "" && server != "" && strings.HasPrefix(scheme.TokenURL, server+"/") {
		return c.base(options, "") + strings.TrimPrefix(scheme.TokenURL, server)
	}
	return scheme.TokenURL
}
