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

// Pages yields every item of every page, fetching pages as they are read; at most limit items when
// a limit is given, which must be positive.
func Pages[T any](ctx context.Context, c *Client, req *Request, opts []Option, paging Paging, itemLimit Opt[int]) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		limit, limited := itemLimit.Get()
		if limited && limit <= 0 {
			yield(zero, &InvalidRequestError{Reason: fmt.Sprintf("the item limit must be positive, got %d", limit)})
			return
		}
		if limited && paging.PageSizeParam != "" {
			if _, given := req.queryValue(paging.PageSizeParam); !given {
				req.setQuery(paging.PageSizeParam, strconv.FormatInt(min(int64(limit), paging.PageSizeMax), 10))
			}
		}
		yielded := 0
		for {
			options := c.options.with(opts)
			pageURL, _ := c.url(req, options)
			resp, err := c.send(ctx, req, opts)
			if err != nil {
				yield(zero, err)
				return
			}
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				yield(zero, &ConnectionError{Err: err})
				return
			}
			var items []json.RawMessage
			if !json.Valid(body) {
				yield(zero, &DecodeError{StatusCode: resp.StatusCode, Body: body, Err: errors.New("the page is not valid JSON")})
				return
			}
			if err := json.Unmarshal(orNull(At(body, paging.Items)), &items); err != nil {
				yield(zero, &DecodeError{StatusCode: resp.StatusCode, Body: body, Err: err})
				return
			}
			for _, raw := range items {
				var item T
				if err := Unmarshal(raw, &item); err != nil {
					yield(zero, &DecodeError{StatusCode: resp.StatusCode, Body: raw, Err: err})
					return
				}
				if !yield(item, nil) {
					return
				}
				yielded++
				if limit > 0 && yielded >= limit {
					return
				}
			}
			next, err := c.nextPage(req, options, paging, pageURL, resp, body, items)
			if err != nil {
				yield(zero, err)
				return
			}
			if next == nil {
				return
			}
			req = next
		}
	}
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
