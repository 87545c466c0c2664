package core

import (
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// Option configures a client, or one call when passed to a method.
type Option func(*Options)

// Options are a client's settings; a call's options are applied over a copy of its client's.
type Options struct {
	baseURL     string
	httpClient  *http.Client
	maxRetries  int
	timeout     time.Duration
	headers     http.Header
	credentials map[string][]string
	pathValues  map[string]string
	variables   map[string]string
	foreign     bool
	region      *string
	edge        *string
	response    **http.Response
	logger      *slog.Logger
	personal    []string
}

func defaultOptions() Options {
	return Options{maxRetries: 2, timeout: 60 * time.Second}
}

func (o Options) with(opts []Option) Options {
	copied := o
	copied.headers = o.headers.Clone()
	copied.credentials = copyMap(o.credentials)
	copied.pathValues = copyMap(o.pathValues)
	copied.variables = copyMap(o.variables)
	for _, opt := range opts {
		if opt != nil {
			opt(&copied)
		}
	}
	return copied
}

func copyMap[V any](m map[string]V) map[string]V {
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// WithBaseURL sends requests to url instead of the API's server.
func WithBaseURL(url string) Option {
	return func(o *Options) { o.baseURL = strings.TrimRight(url, "/") }
}

// WithHTTPClient sends requests with client instead of a client of the SDK's own.
func WithHTTPClient(client *http.Client) Option {
	return func(o *Options) { o.httpClient = client }
}

// WithMaxRetries sets how many times a failed request is retried (default 2).
func WithMaxRetries(n int) Option {
	return func(o *Options) {
		if n >= 0 {
			o.maxRetries = n
		}
	}
}

// WithTimeout limits how long each attempt may take (default 60 seconds).
func WithTimeout(d time.Duration) Option {
	return func(o *Options) { o.timeout = d }
}

// WithHeader sends a header on every request, replacing the SDK's default value of it.
func WithHeader(name, value string) Option {
	return func(o *Options) {
		if o.headers == nil {
			o.headers = http.Header{}
		}
		o.headers.Set(name, value)
	}
}

// WithCredentials gives the credentials of the security scheme named scheme, in the scheme's order.
func WithCredentials(scheme string, values ...string) Option {
	return func(o *Options) {
		if o.credentials == nil {
			o.credentials = map[string][]string{}
		}
		o.credentials[scheme] = values
	}
}

// WithPathValue gives the value of a path parameter that calls may leave out.
func WithPathValue(parameter, value string) Option {
	return func(o *Options) {
		if o.pathValues == nil {
			o.pathValues = map[string]string{}
		}
		o.pathValues[parameter] = value
	}
}

// WithServerVariable sets a variable of the API's server URL, such as its region.
func WithServerVariable(name, value string) Option {
	return func(o *Options) {
		if o.variables == nil {
			o.variables = map[string]string{}
		}
		o.variables[name] = value
	}
}

// WithFollowForeignLinks follows next-page links to origins other than the page's and the API's,
// without credentials, instead of refusing them with a *ForeignLinkError.
func WithFollowForeignLinks(follow bool) Option {
	return func(o *Options) { o.foreign = follow }
}

// WithResponse stores the HTTP response of a call in *target: its status and headers stay readable
// after the body was decoded.
func WithResponse(target **http.Response) Option {
	return func(o *Options) { o.response = target }
}
