package core

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
	"math"
	mathrand "math/rand/v2"
	"net/http"
	"os"
	"runtime"
	"strings"
	"time"
)

// Scheme kinds, as the API's security schemes name them.
const (
	Basic  = "basic"
	Bearer = "bearer"
	APIKey = "api-key"
	OAuth2 = "oauth2-client-credentials"
)

// Scheme is a security scheme of the API: how its credentials are sent and where they are read from.
type Scheme struct {
	// Name is the scheme's name in the API description.
	Name string
	// Type is Basic, Bearer, APIKey or OAuth2.
	Type string
	// In and Param say where an API key goes: header, query or cookie, and under which name.
	In, Param string
	// Env are the environment variables of the credentials, in order.
	Env []string
	// Option is the client option that gives the credentials, for error messages.
	Option string
	// TokenURL is where an OAuth2 scheme's access tokens come from, and Scopes what they are asked for.
	TokenURL string
	Scopes   []string
}

// Settings are what a generated package tells its client about the API.
type Settings struct {
	// DefaultServer is the API's first server, a template of {variables}.
	DefaultServer string
	// Variables are the default server's variables with their default values.
	Variables map[string]string
	// BaseURLEnv is the environment variable a base URL is read from.
	BaseURLEnv string
	// UserAgent names the SDK and its version; the Go version is added.
	UserAgent string
	// Headers are sent on every request unless the client or the call sets them.
	Headers map[string]string
	// Schemes are the API's security schemes.
	Schemes []Scheme
	// Regions moves requests to a region's and an edge's hosts, when the API has them.
	Regions *HostRewrite
	// Redaction is what debug logs never show in clear.
	Redaction Redaction
}

// Client sends the requests of one API. Generated clients hold one; clients of several APIs share
// their options and HTTP client.
type Client struct {
	settings   Settings
	options    Options
	serverPath string
	tokens     *tokens
}

var sharedHTTPClient = &http.Client{}

// NewClient returns a client of the API that settings describe.
func NewClient(settings Settings, opts ...Option) *Client {
	options := defaultOptions().with(opts)
	if options.baseURL == "" && settings.BaseURLEnv != "" {
		options.baseURL = strings.TrimRight(os.Getenv(settings.BaseURLEnv), "/")
	}
	return &Client{settings: settings, options: options, tokens: newTokens()}
}

// Mount returns a client of another API that shares this client's options; a base URL given to
// this client is that API's server too, with serverPath, the path of its own server, added.
func (c *Client) Mount(settings Settings, serverPath string) *Client {
	return &Client{settings: settings, options: c.options, serverPath: serverPath, tokens: c.tokens}
}

func (o Options) http() *http.Client {
	if o.httpClient != nil {
		return o.httpClient
	}
	return sharedHTTPClient
}

// base is where a call's requests go: the base URL given (plus the mount's path), else the operation's
// server, else the API's.
func (c *Client) base(options Options, server string) string {
	if options.baseURL != "" {
		return options.baseURL + c.serverPath
	}
	if server != "" {
		return strings.TrimRight(server, "/")
	}
	return strings.TrimRight(c.server(options), "/")
}

// server is the API's default server with its variables filled in: the client's values, else the defaults.
func (c *Client) server(options Options) string {
	url := c.settings.DefaultServer
	for name, value := range c.settings.Variables {
		if given, ok := options.variables[name]; ok {
			value = given
		}
		url = strings.ReplaceAll(url, "{"+name+"}", value)
	}
	return url
}

// send makes the request, retrying as the options allow, and returns a success response with its
// body unread, or an error.
func (c *Client) send(ctx context.Context, req *Request, opts []Option) (*http.Response, error) {
	if req.err != nil {
		return nil, req.err
	}
	options := c.options.with(opts)
	url, err := c.url(req, options)
	if err != nil {
		return nil, err
	}
	options.personal = req.personal
	if c.settings.Regions != nil {
		region, edge, err := c.settings.Regions.placement(options)
		if err != nil {
			return nil, err
		}
		url = c.settings.Regions.apply(url, region, edge)
	}
	header, err := c.header(req, options)
	if err != nil {
		return nil, err
	}
	bare, bareURL := header.Clone(), url
	if !req.anonymous {
		if err := c.authorize(ctx, req, options, header, &url); err != nil {
			return nil, err
		}
	} else {
		url = bareURL
	}
	for attempt := 0; ; attempt++ {
		resp, err := c.exchange(ctx, req, options, url, header, bare)
		if options.response != nil && resp != nil {
			*options.response = resp
		}
		wait, retry := c.shouldRetry(req, header, resp, err, attempt, options.maxRetries)
		if !retry {
			if err != nil {
				return nil, err
			}
			if resp.StatusCode >= 300 {
				return nil, req.failure(resp)
			}
			return resp, nil
		}
		c.logRetry(ctx, options, req, resp, err, wait)
		if resp != nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// attempt sends one request and logs it when the options ask for a log.
func (c *Client) attempt(ctx context.Context, options Options, method, url string, body []byte, header http.Header) (*http.Response, error) {
	started := time.Now()
	resp, err := c.timed(ctx, options, method, url, body, header)
	c.logExchange(ctx, options, method, url, header, resp, err, started)
	return resp, err
}

// timed sends one request, within the options' timeout.
func (c *Client) timed(ctx context.Context, options Options, method, url string, body []byte, header http.Header) (*http.Response, error) {
	if options.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, options.timeout)
		resp, err := c.do(ctx, options, method, url, body, header)
		if err != nil || resp == nil {
			cancel()
			return resp, err
		}
		resp.Body = &cancelOnClose{ReadCloser: resp.Body, cancel: cancel}
		return resp, nil
	}
	return c.do(ctx, options, method, url, body, header)
}

func (c *Client) do(ctx context.Context, options Options, method, url string, body []byte, header http.Header) (*http.Response, error) {
	var reader io.Reader
	if body != nil {
		reader = strings.NewReader(string(body))
	}
	httpReq, err := http.NewRequestWithContext(ctx, method, url, reader)
	if err != nil {
		return nil, &InvalidRequestError{Reason: err.Error()}
	}
	httpReq.Header = header.Clone()
	resp, err := noFollow(options.http()).Do(httpReq)
	if err != nil {
		if ctx.Err() != nil && !errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, ctx.Err()
		}
		return nil, &ConnectionError{Err: err}
	}
	return resp, nil
}

type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c *cancelOnClose) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}

// shouldRetry retries 429, 503 and failed connections, a POST or PATCH only with an idempotency key.
func (c *Client) shouldRetry(req *Request, header http.Header, resp *http.Response, err error, attempt, max int) (time.Duration, bool) {
	if attempt >= max {
		return 0, false
	}
	if (req.method == http.MethodPost || req.method == http.MethodPatch) &&
		(req.idempotency == "" || header.Get(req.idempotency) == "") {
		return 0, false
	}
	var connection *ConnectionError
	if err != nil {
		return backoff(attempt), errors.As(err, &connection)
	}
	if resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable {
		return 0, false
	}
	if wait, ok := retryAfter(resp.Header); ok && wait <= time.Minute {
		return max0(wait), true
	}
	return backoff(attempt), true
}

func max0(d time.Duration) time.Duration {
	if d < 0 {
		return 0
	}
	return d
}

// backoff waits half a second, doubled on each retry up to 8 seconds, less up to a quarter at random.
func backoff(attempt int) time.Duration {
	wait := math.Min(0.5*math.Pow(2, float64(attempt)), 8)
	return time.Duration(wait * (1 - 0.25*mathrand.Float64()) * float64(time.Second))
}

func (c *Client) url(req *Request, options Options) (string, error) {
	if req.absolute != "" {
		return req.absolute, nil
	}
	path, err := req.expandPath(c, options)
	if err != nil {
		return "", err
	}
	url := c.base(options, req.server) + path
	if query := req.encodeQuery(); query != "" {
		url += "?" + query
	}
	return url, nil
}

func (c *Client) header(req *Request, options Options) (http.Header, error) {
	header := http.Header{}
	for name, value := range c.settings.Headers {
		header.Set(name, value)
	}
	for name, values := range options.headers {
		header[name] = values
	}
	for name, values := range req.header {
		header[name] = values
	}
	if c.settings.UserAgent != "" {
		header.Set("User-Agent", c.settings.UserAgent+" go/"+strings.TrimPrefix(runtime.Version(), "go"))
	}
	if req.contentType != "" {
		header.Set("Content-Type", req.contentType)
	}
	if req.accept != "" {
		header.Set("Accept", req.accept)
	}
	if req.idempotency != "" && header.Get(req.idempotency) == "" {
		header.Set(req.idempotency, newKey())
	}
	for name, values := range header {
		for _, value := range values {
			if strings.ContainsAny(value, "\r\n\x00") {
				return nil, &InvalidRequestError{Reason: "header " + name + " holds a line break or NUL"}
			}
		}
	}
	return header, nil
}

func newKey() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// credentials returns a scheme's credentials, given or read from the environment, or nil.
func (c *Client) credentials(scheme Scheme, options Options) []string {
	if given, ok := options.credentials[scheme.Name]; ok && len(given) == len(scheme.Env) {
		return given
	}
	values := make([]string, len(scheme.Env))
	for i, name := range scheme.Env {
		values[i] = os.Getenv(name)
		if values[i] == "" {
			return nil
		}
	}
	return values
}

func (c *Client) scheme(name string) (Scheme, bool) {
	for _, s := range c.settings.Schemes {
		if s.Name == name {
			return s, true
		}
	}
	return Scheme{}, false
}

// authorize applies the first security alternative whose credentials are all there; an OAuth2 scheme's
// client id and secret are exchanged for an access token.
func (c *Client) authorize(ctx context.Context, req *Request, options Options, header http.Header, url *string) error {
	if len(req.security) == 0 {
		return nil
	}
	var missing error
	for _, alternative := range req.security {
		found := make([][]string, len(alternative))
		complete := true
		for i, name := range alternative {
			scheme, _ := c.scheme(name)
			found[i] = c.credentials(scheme, options)
			if found[i] == nil {
				complete = false
				if missing == nil {
					missing = &MissingCredentialsError{Scheme: name, Variables: scheme.Env, Option: scheme.Option}
				}
				break
			}
		}
		if !complete {
			continue
		}
		for i, name := range alternative {
			scheme, _ := c.scheme(name)
			values := found[i]
			if scheme.Type == OAuth2 {
				token, err := c.tokens.get(ctx, options, c.tokenURL(scheme, options), scheme.Scopes, values[0], values[1])
				if err != nil {
					return err
				}
				values = []string{token}
			}
			if err := apply(scheme, values, header, url); err != nil {
				return err
			}
		}
		return nil
	}
	return missing
}

func apply(scheme Scheme, values []string, header http.Header, url *string) error {
	for _, value := range values {
		if strings.ContainsAny(value, "\r\n\x00") {
			return &InvalidRequestError{Reason: "a credential of " + scheme.Name + " holds a line break or NUL"}
		}
	}
	switch scheme.Type {
	case Basic:
		header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(values[0]+":"+values[1])))
	case Bearer, OAuth2:
		header.Set("Authorization", "Bearer "+values[0])
	case APIKey:
		switch scheme.In {
		case "query":
			separator := "?"
			if strings.Contains(*url, "?") {
				separator = "&"
			}
			*url += separator + escapeQuery(scheme.Param) + "=" + escapeQuery(values[0])
		case "cookie":
			header.Add("Cookie", scheme.Param+"="+values[0])
		default:
			header.Set(scheme.Param, values[0])
		}
	default:
		return &InvalidRequestError{Reason: "the security scheme " + scheme.Name + " (" + scheme.Type + ") is not supported yet"}
	}
	return nil
}
