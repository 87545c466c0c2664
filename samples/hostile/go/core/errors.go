package core

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// APIError is a response whose status is not a success. Use errors.As to get it from a call's error.
type APIError struct {
	// StatusCode is the HTTP status.
	StatusCode int
	// Header holds the response headers.
	Header http.Header
	// Body is the response body, unchanged.
	Body []byte
	// Model is the body decoded as the type the API declares for this status, or nil.
	Model any
	// Code is the API's own error code from the body, or "".
	Code string
	// Message is the API's own error message from the body, or "".
	Message string
}

// Error says the status and the API's code and message.
func (e *APIError) Error() string {
	text := fmt.Sprintf("status %d", e.StatusCode)
	if e.Code != "" {
		text += " (code " + e.Code + ")"
	}
	if e.Message != "" {
		text += ": " + e.Message
	}
	return text
}

// RetryAfter returns the wait the Retry-After header asks for, in seconds or as a date.
func (e *APIError) RetryAfter() (time.Duration, bool) {
	return retryAfter(e.Header)
}

// NotFound reports whether the status is 404.
func (e *APIError) NotFound() bool { return e.StatusCode == http.StatusNotFound }

// RateLimited reports whether the status is 429.
func (e *APIError) RateLimited() bool { return e.StatusCode == http.StatusTooManyRequests }

// ServerError reports whether the status is 500 or above.
func (e *APIError) ServerError() bool { return e.StatusCode >= 500 }

func retryAfter(header http.Header) (time.Duration, bool) {
	value := strings.TrimSpace(header.Get("Retry-After"))
	if value == "" {
		return 0, false
	}
	if seconds, err := strconv.ParseFloat(value, 64); err == nil && seconds >= 0 {
		return time.Duration(seconds * float64(time.Second)), true
	}
	if at, err := http.ParseTime(value); err == nil {
		return time.Until(at), true
	}
	return 0, false
}

// ErrorBody says how an error status's body is read: its type and where the API's code and message are.
type ErrorBody struct {
	Decode  func([]byte) (any, error)
	Code    []string
	Message []string
}

// DecodeAs decodes an error body as T; use it as ErrorBody.Decode.
func DecodeAs[T any](body []byte) (any, error) {
	var value T
	if err := Unmarshal(body, &value); err != nil {
		return nil, err
	}
	return &value, nil
}

// MissingCredentialsError is a call that needs credentials the client was not given and the
// environment does not hold.
type MissingCredentialsError struct {
	// Scheme is the security scheme's name.
	Scheme string
	// Variables are the environment variables that would give the credentials.
	Variables []string
	// Option is the client option that gives them.
	Option string
}

// Error names the option and the environment variables.
func (e *MissingCredentialsError) Error() string {
	return fmt.Sprintf("missing credentials for %s: pass %s or set %s", e.Scheme, e.Option,
		strings.Join(e.Variables, " and "))
}

// InvalidRequestError is a call refused before anything was sent.
type InvalidRequestError struct {
	// Reason says what is wrong.
	Reason string
}

// Error returns the reason.
func (e *InvalidRequestError) Error() string { return "invalid request: " + e.Reason }

// DecodeError is a success response whose body could not be decoded.
type DecodeError struct {
	// StatusCode is the HTTP status.
	StatusCode int
	// Body is the body as received.
	Body []byte
	// Err is what the decoder said.
	Err error
}

// Error says the status and the decoder's error.
func (e *DecodeError) Error() string {
	return fmt.Sprintf("cannot decode the body of a %d response: %v", e.StatusCode, e.Err)
}

// Unwrap returns the decoder's error.
func (e *DecodeError) Unwrap() error { return e.Err }

// ForeignLinkError is a next-page link to an origin other than the page's and the API's.
type ForeignLinkError struct {
	// Link is the refused URL.
	Link string
}

// Error names the link.
func (e *ForeignLinkError) Error() string {
	return "next-page link to another origin refused: " + e.Link
}

// ConnectionError is a request that got no response.
type ConnectionError struct {
	// Err is the transport's error.
	Err error
}

// Error says the transport's error.
func (e *ConnectionError) Error() string { return "connection failed: " + e.Err.Error() }

// Unwrap returns the transport's error.
func (e *ConnectionError) Unwrap() error { return e.Err }
