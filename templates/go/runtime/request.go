package core

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"slices"
	"strings"
)

// Request is one operation's request as a generated method describes it.
type Request struct {
	method, path string
	pathParams   []pathParam
	query        []querySlot
	header       http.Header
	body         []byte
	contentType  string
	accept       string
	idempotency  string
	security     [][]string
	server       string
	errors       map[string]ErrorBody
	absolute     string
	anonymous    bool
	err          error

	// personal are the path segments (as sent) of personal-data path parameters, masked in logs.
	personal []string
}

type pathParam struct {
	name     string
	value    any
	fallback *PathDefault
}

type querySlot struct {
	name  string
	style string
	pairs []pair
}

// PathDefault is where a path parameter a call leaves out takes its value from: the client option,
// else a credential of a scheme.
type PathDefault struct {
	Scheme string
	Index  int
	Env    string
	Option string
}

// NewRequest starts the request of an operation: its HTTP method and path template.
func NewRequest(method, path string) *Request {
	return &Request{method: method, path: path, header: http.Header{}, errors: map[string]ErrorBody{}}
}

// Fail makes the call fail with err before anything is sent.
func (r *Request) Fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// PathParam fills {name} in the path with value.
func (r *Request) PathParam(name string, value any) {
	r.pathParams = append(r.pathParams, pathParam{name: name, value: value})
}

// PathParamOr fills {name} with value, or when it is absent with what fallback says.
func (r *Request) PathParamOr(name string, value any, fallback PathDefault) {
	r.pathParams = append(r.pathParams, pathParam{name: name, value: value, fallback: &fallback})
}

// Query adds a query parameter in a style (form, csv, ssv, pipes or deep); absent values keep
// their place for a page's cursor or offset.
func (r *Request) Query(name string, value any, style string) {
	written, err := pairs(name, value, style)
	if err != nil {
		r.Fail(&InvalidRequestError{Reason: err.Error()})
	}
	r.query = append(r.query, querySlot{name: name, style: style, pairs: written})
}

// setQuery replaces a query parameter's value in its place, or adds it at the end.
func (r *Request) setQuery(name, value string) {
	for i := range r.query {
		if r.query[i].name == name {
			r.query[i].pairs = []pair{{key: name, value: value}}
			return
		}
	}
	r.query = append(r.query, querySlot{name: name, style: "form", pairs: []pair{{key: name, value: value}}})
}

func (r *Request) queryValue(name string) (string, bool) {
	for _, slot := range r.query {
		if slot.name == name && len(slot.pairs) > 0 {
			return slot.pairs[0].value, true
		}
	}
	return "", false
}

func (r *Request) encodeQuery() string {
	var parts []string
	for _, slot := range r.query {
		for _, p := range slot.pairs {
			parts = append(parts, escapeQuery(p.key)+"="+p.queryValue())
		}
	}
	return strings.Join(parts, "&")
}

// Header sends a header parameter; absent values are left out.
func (r *Request) Header(name string, value any) {
	written, err := pairs(name, value, "csv")
	if err != nil {
		r.Fail(&InvalidRequestError{Reason: err.Error()})
	}
	for _, p := range written {
		r.header.Set(name, p.value)
	}
}

// Cookie sends a cookie parameter; absent values are left out.
func (r *Request) Cookie(name string, value any) {
	written, err := pairs(name, value, "csv")
	if err != nil {
		r.Fail(&InvalidRequestError{Reason: err.Error()})
	}
	for _, p := range written {
		r.header.Add("Cookie", name+"="+p.value)
	}
}

// Accept asks for a media type.
func (r *Request) Accept(mediaType string) {
	r.accept = mediaType
}

// Idempotency sends a generated key in header unless the call gives one; the key makes a POST retryable.
func (r *Request) Idempotency(header string) {
	r.idempotency = header
}

// Security sets the alternatives of security schemes, each a set applied together; none is anonymous.
func (r *Request) Security(alternatives ...[]string) {
	r.security = alternatives
}

// Server sends this operation's requests to its own server unless the client was given a base URL.
func (r *Request) Server(url string) {
	r.server = url
}

// Error says how the body of an error status ("404", "4XX" or "default") is read.
func (r *Request) Error(status string, body ErrorBody) {
	r.errors[status] = body
}

// JSONBody sends value as JSON; an absent Opt sends no body.
func (r *Request) JSONBody(mediaType string, value any) {
	if opt, ok := value.(Optional); ok {
		if _, present := opt.Present(); !present {
			return
		}
	}
	encoded, err := Marshal(value)
	if err != nil {
		r.Fail(&InvalidRequestError{Reason: err.Error()})
	}
	r.body, r.contentType = encoded, mediaType
}

// JSONObjectBody sends the object w wrote.
func (r *Request) JSONObjectBody(mediaType string, w *ObjectWriter) {
	encoded, err := w.Bytes()
	if err != nil {
		r.Fail(&InvalidRequestError{Reason: err.Error()})
	}
	r.body, r.contentType = encoded, mediaType
}

// FormBody sends a form.
func (r *Request) FormBody(mediaType string, form *Form) {
	encoded, err := form.Encode()
	if err != nil {
		r.Fail(&InvalidRequestError{Reason: err.Error()})
	}
	r.body, r.contentType = encoded, mediaType
}

// ReaderBody sends what body holds, read once so that a retry repeats it.
func (r *Request) ReaderBody(mediaType string, body io.Reader) {
	if body == nil {
		return
	}
	data, err := io.ReadAll(body)
	if err != nil {
		r.Fail(&InvalidRequestError{Reason: "reading the body: " + err.Error()})
	}
	r.body, r.contentType = data, mediaType
}

// TextBody sends a value as text; an absent Opt sends no body.
func (r *Request) TextBody(mediaType string, value any) {
	written, err := pairs("body", value, "csv")
	if err != nil {
		r.Fail(&InvalidRequestError{Reason: err.Error()})
	}
	if len(written) > 0 {
		r.body, r.contentType = []byte(written[0].value), mediaType
	}
}

// File is a file part of a multipart body.
type File struct {
	// Name is the file name sent with the part.
	Name string
	// ContentType is the part's media type; empty uses the encoding's or application/octet-stream.
	ContentType string
	// Content is read once when the request is made.
	Content io.Reader
}

// Multipart is a multipart/form-data body, parts in the order they are added.
type Multipart struct {
	buf    bytes.Buffer
	writer *multipart.Writer
	err    error
}

// Add writes a field; lists become one part per item, a File a file part, absent values nothing.
func (m *Multipart) Add(name string, value any, contentType string) {
	if m.writer == nil {
		m.writer = multipart.NewWriter(&m.buf)
	}
	if opt, ok := value.(Optional); ok {
		inner, present := opt.Present()
		if !present || inner == nil {
			return
		}
		value = inner
	}
	switch v := value.(type) {
	case File:
		m.file(name, v, contentType)
		return
	case []File:
		for _, f := range v {
			m.file(name, f, contentType)
		}
		return
	}
	data, err := plain(value)
	if err != nil {
		m.fail(err)
		return
	}
	if items, ok := data.([]any); ok {
		for _, item := range items {
			m.text(name, item, contentType)
		}
		return
	}
	m.text(name, data, contentType)
}

func (m *Multipart) text(name string, value any, contentType string) {
	header := textproto.MIMEHeader{}
	header.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"`, quoteEscape(name)))
	text := scalar(value)
	if contentType != "" {
		header.Set("Content-Type", contentType)
	}
	part, err := m.writer.CreatePart(header)
	if err != nil {
		m.fail(err)
		return
	}
	_, _ = part.Write([]byte(text))
}

func (m *Multipart) file(name string, f File, contentType string) {
	header := textproto.MIMEHeader{}
	header.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"; filename="%s"`, quoteEscape(name), quoteEscape(f.Name)))
	switch {
	case f.ContentType != "":
		header.Set("Content-Type", f.ContentType)
	case contentType != "":
		header.Set("Content-Type", contentType)
	default:
		header.Set("Content-Type", "application/octet-stream")
	}
	part, err := m.writer.CreatePart(header)
	if err != nil {
		m.fail(err)
		return
	}
	if f.Content != nil {
		if _, err := io.Copy(part, f.Content); err != nil {
			m.fail(err)
		}
	}
}

func (m *Multipart) fail(err error) {
	if m.err == nil {
		m.err = err
	}
}

func quoteEscape(s string) string {
	return strings.NewReplacer("\\", "\\\\", `"`, "%22", "\r", "%0D", "\n", "%0A").Replace(s)
}

// MultipartBody sends the parts m holds.
func (r *Request) MultipartBody(m *Multipart) {
	if m.writer == nil {
		m.writer = multipart.NewWriter(&m.buf)
	}
	if err := m.writer.Close(); err != nil {
		m.fail(err)
	}
	if m.err != nil {
		r.Fail(&InvalidRequestError{Reason: m.err.Error()})
	}
	r.body, r.contentType = m.buf.Bytes(), m.writer.FormDataContentType()
}

func (r *Request) expandPath(c *Client, options Options) (string, error) {
	path := r.path
	for _, p := range r.pathParams {
		text, err := r.pathText(c, options, p)
		if err != nil {
			return "", err
		}
		if text == "." || text == ".." {
			return "", &InvalidRequestError{Reason: fmt.Sprintf("path parameter %s cannot be %q", p.name, text)}
		}
		path = strings.ReplaceAll(path, "{"+p.name+"}", escapePath(text))
		if slices.Contains(c.settings.Redaction.Path, p.name) && text != "" {
			r.personal = append(r.personal, escapePath(text))
		}
	}
	return path, nil
}

func (r *Request) pathText(c *Client, options Options, p pathParam) (string, error) {
	written, err := pairs(p.name, p.value, "csv")
	if err != nil {
		return "", &InvalidRequestError{Reason: err.Error()}
	}
	if len(written) > 0 {
		return written[0].value, nil
	}
	if p.fallback == nil {
		return "", nil
	}
	if value, ok := options.pathValues[p.name]; ok && value != "" {
		return value, nil
	}
	if scheme, ok := c.scheme(p.fallback.Scheme); ok {
		if values := c.credentials(scheme, options); values != nil && p.fallback.Index < len(values) {
			return values[p.fallback.Index], nil
		}
	}
	return "", &MissingCredentialsError{Scheme: p.name, Variables: []string{p.fallback.Env}, Option: p.fallback.Option}
}

// failure reads an error response into an *APIError.
func (r *Request) failure(resp *http.Response) error {
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	apiErr := &APIError{StatusCode: resp.StatusCode, Header: resp.Header, Body: body}
	spec, ok := r.errorBody(resp.StatusCode)
	if !ok {
		return apiErr
	}
	if spec.Decode != nil {
		if model, err := spec.Decode(body); err == nil {
			apiErr.Model = model
		}
	}
	if len(spec.Code) > 0 {
		apiErr.Code = jsonText(At(body, spec.Code))
	}
	if len(spec.Message) > 0 {
		apiErr.Message = jsonText(At(body, spec.Message))
	}
	return apiErr
}

func (r *Request) errorBody(status int) (ErrorBody, bool) {
	code := fmt.Sprint(status)
	for _, key := range []string{code, code[:1] + "XX", "default"} {
		if body, ok := r.errors[key]; ok {
			return body, true
		}
	}
	return ErrorBody{}, false
}

// AnyGiven reports whether at least one of values is present.
func AnyGiven(values ...Optional) bool {
	for _, v := range values {
		if _, ok := v.Present(); ok {
			return true
		}
	}
	return false
}

// Required is the error of a call that leaves out a required input that may be null.
func Required(name string) error {
	return &InvalidRequestError{Reason: name + " is required: give a value, or Null to send null"}
}

// GiveOneOf is the error of a call that gives none of a group of inputs.
func GiveOneOf(names ...string) error {
	return &InvalidRequestError{Reason: "give at least one of " + strings.Join(names, ", ")}
}
