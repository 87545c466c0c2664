package core

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Mask is what logs and a model's text show in place of a secret or a personal value.
const Mask = "***"

// Redaction says what a client's debug log never shows in clear: the values of Headers (lower case),
// of the query parameters Query and of the path parameters Path. User info in a URL is always
// dropped, and bodies are never logged.
type Redaction struct {
	Headers []string
	Query   []string
	Path    []string
}

// WithLogger logs each request at debug level to logger: its method, URL, status, elapsed time and
// headers, each retry with its reason, with credentials and personal data masked; never a body.
// Without it nothing is logged.
func WithLogger(logger *slog.Logger) Option {
	return func(o *Options) { o.logger = logger }
}

func (o Options) logs(ctx context.Context) bool {
	return o.logger != nil && o.logger.Enabled(ctx, slog.LevelDebug)
}

func (c *Client) logExchange(ctx context.Context, options Options, method, target string, header http.Header,
	resp *http.Response, err error, started time.Time) {
	if !options.logs(ctx) {
		return
	}
	attrs := []any{"method", method, "url", c.maskURL(target, options.personal),
		"elapsed_ms", time.Since(started).Milliseconds(), "headers", c.maskHeaders(header)}
	if resp != nil {
		attrs = append(attrs, "status", resp.StatusCode)
	}
	if err != nil {
		attrs = append(attrs, "error", err.Error())
	}
	options.logger.DebugContext(ctx, "request", attrs...)
}

func (c *Client) logRetry(ctx context.Context, options Options, req *Request, resp *http.Response, err error, wait time.Duration) {
	if !options.logs(ctx) {
		return
	}
	reason := "connection failed"
	if resp != nil {
		reason = "status " + resp.Status
	} else if err != nil {
		reason = err.Error()
	}
	options.logger.DebugContext(ctx, "retry", "method", req.method, "reason", reason, "wait_ms", wait.Milliseconds())
}

// maskURL drops user info and masks the values of the redacted query parameters and the path
// segments of personal-data path parameters.
func (c *Client) maskURL(raw string, personal []string) string {
	parsed, err := url.Parse(raw)
	if err != nil {
		return "(an unparsable URL)"
	}
	parsed.User = nil
	if len(personal) > 0 {
		segments := strings.Split(parsed.EscapedPath(), "/")
		for i, segment := range segments {
			if segment != "" && slices.Contains(personal, segment) {
				segments[i] = Mask
			}
		}
		masked := strings.Join(segments, "/")
		if unescaped, err := url.PathUnescape(masked); err == nil {
			parsed.Path, parsed.RawPath = unescaped, masked
		}
	}
	if parsed.RawQuery != "" && len(c.settings.Redaction.Query) > 0 {
		parts := strings.Split(parsed.RawQuery, "&")
		for i, part := range parts {
			name, _, _ := strings.Cut(part, "=")
			if decoded, err := url.QueryUnescape(name); err == nil && slices.Contains(c.settings.Redaction.Query, decoded) {
				parts[i] = name + "=" + Mask
			}
		}
		parsed.RawQuery = strings.Join(parts, "&")
	}
	return parsed.String()
}

// maskHeaders gives the headers as a log attribute, the redacted ones (and every credential) masked.
func (c *Client) maskHeaders(header http.Header) slog.Value {
	names := make([]string, 0, len(header))
	for name := range header {
		names = append(names, name)
	}
	slices.Sort(names)
	attrs := make([]slog.Attr, 0, len(names))
	for _, name := range names {
		value := strings.Join(header[name], ", ")
		if c.redacted(name) {
			value = Mask
		}
		attrs = append(attrs, slog.String(name, value))
	}
	return slog.GroupValue(attrs...)
}

func (c *Client) redacted(name string) bool {
	lower := strings.ToLower(name)
	switch lower {
	case "authorization", "proxy-authorization", "cookie":
		return true
	}
	return slices.Contains(c.settings.Redaction.Headers, lower)
}

// Describe is a model's text: its type name, then its fields as JSON, each personal one (masked, by
// wire name) shown as Mask when it holds a value. The model's fields still read as they are.
func Describe(name string, model any, masked ...string) string {
	data, err := plain(model)
	fields, ok := data.(object)
	if err != nil || !ok {
		return name + "{}"
	}
	for i, field := range fields {
		if field.value != nil && slices.Contains(masked, field.name) {
			fields[i].value = Mask
		}
	}
	text, err := Marshal(fields)
	if err != nil {
		return name + "{}"
	}
	return name + string(text)
}
