package core

import (
	"bufio"
	"context"
	"io"
	"iter"
	"net/http"
	"strings"
)

// Decode makes the request and decodes its JSON body as T.
func Decode[T any](ctx context.Context, c *Client, req *Request, opts []Option) (T, error) {
	var value T
	resp, err := c.send(ctx, req, opts)
	if err != nil {
		return value, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return value, &ConnectionError{Err: err}
	}
	if err := Unmarshal(body, &value); err != nil {
		return value, &DecodeError{StatusCode: resp.StatusCode, Body: body, Err: err}
	}
	return value, nil
}

// DecodePtr is Decode returning a pointer, for structs.
func DecodePtr[T any](ctx context.Context, c *Client, req *Request, opts []Option) (*T, error) {
	value, err := Decode[T](ctx, c, req, opts)
	if err != nil {
		return nil, err
	}
	return &value, nil
}

// Text makes the request and returns its body as text.
func Text(ctx context.Context, c *Client, req *Request, opts []Option) (string, error) {
	resp, err := c.send(ctx, req, opts)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", &ConnectionError{Err: err}
	}
	return string(body), nil
}

// Binary makes the request and returns its body unread; the caller closes it.
func Binary(ctx context.Context, c *Client, req *Request, opts []Option) (io.ReadCloser, error) {
	resp, err := c.send(ctx, req, opts)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

// NoContent makes the request and discards its body.
func NoContent(ctx context.Context, c *Client, req *Request, opts []Option) error {
	resp, err := c.send(ctx, req, opts)
	if err != nil {
		return err
	}
	return discard(resp)
}

// Deleted makes a delete request, discards its body and reports whether the server deleted: any
// success but 202 Accepted, which only queues the deletion.
func Deleted(ctx context.Context, c *Client, req *Request, opts []Option) (bool, error) {
	resp, err := c.send(ctx, req, opts)
	if err != nil {
		return false, err
	}
	if err := discard(resp); err != nil {
		return false, err
	}
	return resp.StatusCode != http.StatusAccepted, nil
}

func discard(resp *http.Response) error {
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.Body.Close()
}

// Stream makes the request and yields the data of each server-sent event decoded as T.
func Stream[T any](ctx context.Context, c *Client, req *Request, opts []Option) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		resp, err := c.send(ctx, req, opts)
		if err != nil {
			yield(zero, err)
			return
		}
		defer resp.Body.Close()
		scanner := bufio.NewScanner(resp.Body)
		scanner.Buffer(make([]byte, 64*1024), 16*1024*1024)
		var data []string
		for scanner.Scan() {
			line := scanner.Text()
			if line == "" {
				if len(data) > 0 && !emit(yield, resp.StatusCode, strings.Join(data, "\n")) {
					return
				}
				data = nil
				continue
			}
			if value, ok := strings.CutPrefix(line, "data:"); ok {
				data = append(data, strings.TrimPrefix(value, " "))
			}
		}
		if err := scanner.Err(); err != nil {
			yield(zero, &ConnectionError{Err: err})
			return
		}
		if len(data) > 0 {
			emit(yield, resp.StatusCode, strings.Join(data, "\n"))
		}
	}
}

func emit[T any](yield func(T, error) bool, status int, data string) bool {
	var value T
	if err := Unmarshal([]byte(data), &value); err != nil {
		return yield(value, &DecodeError{StatusCode: status, Body: []byte(data), Err: err})
	}
	return yield(value, nil)
}
