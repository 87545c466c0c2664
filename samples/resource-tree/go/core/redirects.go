package core

import (
	"context"
	"io"
	"net/http"
	"net/url"
)

// MaxRedirects is the most redirects one request follows.
const MaxRedirects = 10

// TooManyRedirectsError is a request redirected more than MaxRedirects times.
type TooManyRedirectsError struct {
	// URL is where the last redirect pointed.
	URL string
}

// Error names the last target.
func (e *TooManyRedirectsError) Error() string {
	return "more than 10 redirects, the last to " + e.URL
}

// noFollow is client with redirects left to the SDK, which knows which headers are credentials.
func noFollow(client *http.Client) *http.Client {
	copied := *client
	copied.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &copied
}

// exchange sends a request and follows its redirects: 303 (and 301 or 302 after a POST) become a
// GET without body, 307 and 308 repeat the request; a target on another origin than the first
// request's gets the headers without credentials (bare).
func (c *Client) exchange(ctx context.Context, req *Request, options Options, target string, header, bare http.Header) (*http.Response, error) {
	first, err := url.Parse(target)
	if err != nil {
		return nil, &InvalidRequestError{Reason: err.Error()}
	}
	method, body, current, sent := req.method, req.body, first, header
	for redirects := 0; ; redirects++ {
		resp, err := c.attempt(ctx, options, method, current.String(), body, sent)
		if err != nil || !isRedirect(resp.StatusCode) || resp.Header.Get("Location") == "" {
			return resp, err
		}
		next, err := current.Parse(resp.Header.Get("Location"))
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err != nil {
			return nil, &InvalidRequestError{Reason: "redirect: " + err.Error()}
		}
		if redirects == MaxRedirects {
			return nil, &TooManyRedirectsError{URL: next.String()}
		}
		if resp.StatusCode == http.StatusSeeOther && method != http.MethodHead ||
			(resp.StatusCode == http.StatusMovedPermanently || resp.StatusCode == http.StatusFound) && method == http.MethodPost {
			method, body = http.MethodGet, nil
		}
		sent = header
		if !sameOrigin(next, first) || req.anonymous {
			sent = bare
		}
		if body == nil && sent.Get("Content-Type") != "" {
			sent = sent.Clone()
			sent.Del("Content-Type")
		}
		current = next
	}
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther, http.StatusTemporaryRedirect,
		http.StatusPermanentRedirect:
		return true
	}
	return false
}
