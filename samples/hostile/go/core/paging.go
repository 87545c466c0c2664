package core

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// Paging says how an operation's pages follow one another.
type Paging struct {
	// Style is next-url, link-header, cursor or offset.
	Style string
	// Items is the path to a page's items; empty when the page is the list.
	Items []string
	// Next is the path to the next page's URL (next-url) or cursor (cursor).
	Next []string
	// CursorParam is the query parameter a cursor is sent in.
	CursorParam string
	// HasMore is the path to a field that says whether more pages follow.
	HasMore []string
	// LastItem reads the cursor from the page's last item.
	LastItem bool
	// OffsetParam and LimitParam are an offset pagination's query parameters.
	OffsetParam, LimitParam string
	// Pages counts pages instead of items.
	Pages bool
	// PageSizeParam and PageSizeMax: a call with an item limit asks for pages of the limit's size.
	PageSizeParam string
	PageSizeMax   int64
}

// Page is one page of a list operation's results.
type Page[T any] struct {
	// Items are the page's items.
	Items []T
	// Response is the HTTP response the page came in; its body has been read into Body.
	Response *http.Response
	// Body is the page's JSON as it was received.
	Body json.RawMessage
	// URL is the page's URL; NextURL is the next page's, or empty when this page is the last.
	URL, NextURL string

	next    *Request
	nextErr error
}

// Pages yields every page of a list operation, fetching each only when the one before it has been
// used; with an item limit, which must be positive, it stops after the page that reaches it.
func Pages[T any](ctx context.Context, c *Client, req *Request, opts []Option, paging Paging, itemLimit Opt[int]) iter.Seq2[*Page[T], error] {
	return func(yield func(*Page[T], error) bool) {
		limit, limited := itemLimit.Get()
		if limited && limit <= 0 {
			yield(nil, &InvalidRequestError{Reason: fmt.Sprintf("the item limit must be positive, got %d", limit)})
			return
		}
		if limited && paging.PageSizeParam != "" {
			if _, given := req.queryValue(paging.PageSizeParam); !given {
				req.setQuery(paging.PageSizeParam, strconv.FormatInt(min(int64(limit), paging.PageSizeMax), 10))
			}
		}
		seen := 0
		for req != nil {
			page, err := fetchPage[T](ctx, c, req, opts, paging)
			if err != nil {
				yield(nil, err)
				return
			}
			if !yield(page, nil) {
				return
			}
			seen += len(page.Items)
			if limited && seen >= limit {
				return
			}
			if page.nextErr != nil {
				yield(nil, page.nextErr)
				return
			}
			req = page.next
		}
	}
}

// Items yields every item of every page, at most limit items when a limit is given; no page past
// them is fetched.
func Items[T any](pages iter.Seq2[*Page[T], error], itemLimit Opt[int]) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		limit, _ := itemLimit.Get()
		yielded := 0
		for page, err := range pages {
			if err != nil {
				yield(zero, err)
				return
			}
			for _, item := range page.Items {
				if !yield(item, nil) {
					return
				}
				yielded++
				if limit > 0 && yielded >= limit {
					return
				}
			}
		}
	}
}

// fetchPage fetches one page, decodes its items and works out the request of the next.
func fetchPage[T any](ctx context.Context, c *Client, req *Request, opts []Option, paging Paging) (*Page[T], error) {
	options := c.options.with(opts)
	pageURL, _ := c.url(req, options)
	resp, err := c.send(ctx, req, opts)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, &ConnectionError{Err: err}
	}
	if !json.Valid(body) {
		return nil, &DecodeError{StatusCode: resp.StatusCode, Body: body, Err: errors.New("the page is not valid JSON")}
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(orNull(At(body, paging.Items)), &raws); err != nil {
		return nil, &DecodeError{StatusCode: resp.StatusCode, Body: body, Err: err}
	}
	page := &Page[T]{Items: make([]T, len(raws)), Response: resp, Body: body, URL: pageURL}
	for i, raw := range raws {
		if err := Unmarshal(raw, &page.Items[i]); err != nil {
			return nil, &DecodeError{StatusCode: resp.StatusCode, Body: raw, Err: err}
		}
	}
	page.next, page.nextErr = c.nextPage(req, options, paging, pageURL, resp, body, raws)
	if page.next != nil {
		page.NextURL, _ = c.url(page.next, options)
	}
	return page, nil
}

func orNull(raw json.RawMessage) json.RawMessage {
	if raw == nil {
		return json.RawMessage("null")
	}
	return raw
}

// nextPage returns the request of the page after this one, or nil at the end.
func (c *Client) nextPage(req *Request, options Options, paging Paging, pageURL string, resp *http.Response,
	body []byte, items []json.RawMessage) (*Request, error) {
	if len(paging.HasMore) > 0 && jsonText(At(body, paging.HasMore)) != "true" {
		return nil, nil
	}
	switch paging.Style {
	case "next-url":
		return c.follow(req, options, pageURL, jsonText(At(body, paging.Next)))
	case "link-header":
		return c.follow(req, options, pageURL, nextLink(resp.Header.Values("Link")))
	case "cursor":
		source := json.RawMessage(body)
		if paging.LastItem {
			if len(items) == 0 {
				return nil, nil
			}
			source = items[len(items)-1]
		}
		cursor := jsonText(At(source, paging.Next))
		if cursor == "" {
			return nil, nil
		}
		next := *req
		next.query = append([]querySlot(nil), req.query...)
		next.setQuery(paging.CursorParam, cursor)
		return &next, nil
	case "offset":
		return c.nextOffset(req, paging, len(items))
	}
	return nil, nil
}

func (c *Client) nextOffset(req *Request, paging Paging, count int) (*Request, error) {
	if count == 0 {
		return nil, nil
	}
	if text, ok := req.queryValue(paging.LimitParam); ok && paging.LimitParam != "" {
		if size, err := strconv.Atoi(text); err == nil && count < size {
			return nil, nil
		}
	}
	start := 0
	if paging.Pages {
		start = 1
	}
	if text, ok := req.queryValue(paging.OffsetParam); ok {
		if current, err := strconv.Atoi(text); err == nil {
			start = current
		}
	}
	step := count
	if paging.Pages {
		step = 1
	}
	next := *req
	next.query = append([]querySlot(nil), req.query...)
	next.setQuery(paging.OffsetParam, strconv.Itoa(start+step))
	return &next, nil
}

func nextLink(values []string) string {
	for _, value := range values {
		for _, link := range strings.Split(value, ",") {
			parts := strings.Split(link, ";")
			target := strings.TrimSpace(parts[0])
			for _, param := range parts[1:] {
				param = strings.ReplaceAll(strings.TrimSpace(param), " ", "")
				if (param == `rel="next"` || param == "rel=next") && strings.HasPrefix(target, "<") && strings.HasSuffix(target, ">") {
					return target[1 : len(target)-1]
				}
			}
		}
	}
	return ""
}

// follow makes the request of a next-page link: on the page's origin as is, on the API server's
// origin (or an absolute path) moved onto the base URL, any other origin refused.
func (c *Client) follow(req *Request, options Options, pageURL, link string) (*Request, error) {
	if link == "" {
		return nil, nil
	}
	server := req.server
	if server == "" {
		server = c.server(options)
	}
	serverURL, err := url.Parse(server)
	if err != nil {
		return nil, &InvalidRequestError{Reason: err.Error()}
	}
	var target *url.URL
	onServer := strings.HasPrefix(link, "/") && !strings.HasPrefix(link, "//")
	if onServer {
		target, err = serverURL.Parse(link)
	} else {
		var page *url.URL
		if page, err = url.Parse(pageURL); err == nil {
			target, err = page.Parse(link)
		}
	}
	if err != nil {
		return nil, &InvalidRequestError{Reason: "next-page link: " + err.Error()}
	}
	page, _ := url.Parse(pageURL)
	var resolved string
	anonymous := req.anonymous
	switch {
	case !onServer && sameOrigin(target, page):
		resolved = target.String()
	case onServer || sameOrigin(target, serverURL):
		resolved = rebase(target, serverURL, c.base(options, req.server))
	case options.foreign:
		resolved, anonymous = target.String(), true
	default:
		return nil, &ForeignLinkError{Link: target.String()}
	}
	next := &Request{method: http.MethodGet, header: req.header, accept: req.accept, security: req.security,
		server: req.server, errors: req.errors, absolute: resolved, anonymous: anonymous}
	return next, nil
}

func sameOrigin(a, b *url.URL) bool {
	return a != nil && b != nil && strings.EqualFold(a.Scheme, b.Scheme) && strings.EqualFold(a.Host, b.Host)
}

// rebase moves a URL on the API's server onto base: the server's path prefix becomes the base's path.
func rebase(target, server *url.URL, base string) string {
	prefix := strings.TrimRight(server.EscapedPath(), "/")
	path := target.EscapedPath()
	if prefix != "" && (path == prefix || strings.HasPrefix(path, prefix+"/")) {
		path = path[len(prefix):]
	} else if prefix != "" {
		baseURL, err := url.Parse(base)
		if err == nil {
			base = baseURL.Scheme + "://" + baseURL.Host
		}
	}
	out := strings.TrimRight(base, "/") + path
	if target.RawQuery != "" {
		out += "?" + target.RawQuery
	}
	return out
}
