package core

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// plain turns any value into what its JSON holds: string, json.Number, bool, nil, []any or map[string]any.
func plain(value any) (any, error) {
	encoded, err := Marshal(value)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(encoded))
	dec.UseNumber()
	var out any
	if err := dec.Decode(&out); err != nil {
		return nil, err
	}
	return out, nil
}

// scalar writes a scalar as text: a string as is, numbers and booleans as JSON writes them.
func scalar(value any) string {
	switch v := value.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		return strconv.FormatBool(v)
	default:
		encoded, _ := Marshal(v)
		return string(encoded)
	}
}

// pair is one key and value of a query or form; a joined list keeps its items, whose separator a
// query writes as is.
type pair struct {
	key, value string
	items      []string
	separator  string
}

// queryValue is the pair's value percent-encoded for a query: a joined list's items each, joined by
// a literal separator.
func (p pair) queryValue() string {
	if p.items == nil {
		return escapeQuery(p.value)
	}
	escaped := make([]string, len(p.items))
	for i, item := range p.items {
		escaped[i] = escapeQuery(item)
	}
	return strings.Join(escaped, strings.ReplaceAll(p.separator, " ", "%20"))
}

// pairs writes a value in a style: form (exploded), csv, ssv, pipes or deep.
func pairs(key string, value any, style string) ([]pair, error) {
	if opt, ok := value.(Optional); ok {
		inner, present := opt.Present()
		if !present || inner == nil {
			return nil, nil
		}
		value = inner
	}
	data, err := plain(value)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", key, err)
	}
	if data == nil {
		return nil, nil
	}
	if style == "deep" {
		return deep(key, data), nil
	}
	switch v := data.(type) {
	case []any:
		if style == "form" {
			out := make([]pair, 0, len(v))
			for _, item := range v {
				out = append(out, pair{key: key, value: scalar(item)})
			}
			return out, nil
		}
		texts := make([]string, len(v))
		for i, item := range v {
			texts[i] = scalar(item)
		}
		return []pair{joined(key, texts, style)}, nil
	case map[string]any:
		names := sortedKeys(v)
		if style == "form" {
			out := make([]pair, 0, len(v))
			for _, name := range names {
				out = append(out, pair{key: name, value: scalar(v[name])})
			}
			return out, nil
		}
		texts := make([]string, 0, 2*len(v))
		for _, name := range names {
			texts = append(texts, name, scalar(v[name]))
		}
		return []pair{joined(key, texts, style)}, nil
	default:
		return []pair{{key: key, value: scalar(v)}}, nil
	}
}

func joined(key string, texts []string, style string) pair {
	sep := separator(style)
	return pair{key: key, value: strings.Join(texts, sep), items: texts, separator: sep}
}

func separator(style string) string {
	switch style {
	case "ssv":
		return " "
	case "pipes":
		return "|"
	default:
		return ","
	}
}

func deep(key string, value any) []pair {
	switch v := value.(type) {
	case []any:
		var out []pair
		for i, item := range v {
			out = append(out, deep(key+"["+strconv.Itoa(i)+"]", item)...)
		}
		return out
	case map[string]any:
		var out []pair
		for _, name := range sortedKeys(v) {
			out = append(out, deep(key+"["+name+"]", v[name])...)
		}
		return out
	case nil:
		return nil
	default:
		return []pair{{key: key, value: scalar(v)}}
	}
}

func sortedKeys(m map[string]any) []string {
	names := make([]string, 0, len(m))
	for name := range m {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// escapeQuery percent-encodes a query name or value: unreserved characters and ":@/" are kept.
func escapeQuery(s string) string {
	return escape(s, ":@/")
}

// escapePath percent-encodes a path parameter: only unreserved characters are kept.
func escapePath(s string) string {
	return escape(s, "")
}

func escape(s, keep string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.IndexByte("-._~", c) >= 0 ||
			strings.IndexByte(keep, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// Form is an application/x-www-form-urlencoded body, fields in the order they are added.
type Form struct {
	fields []pair
	err    error
}

// Add writes a field in a style (form, csv, ssv, pipes or deep); an absent or null value is left out.
func (f *Form) Add(key string, value any, style string) {
	written, err := pairs(key, value, style)
	if err != nil && f.err == nil {
		f.err = err
	}
	f.fields = append(f.fields, written...)
}

// Encode writes the form as HTML forms do: "+" for a space.
func (f *Form) Encode() ([]byte, error) {
	if f.err != nil {
		return nil, f.err
	}
	parts := make([]string, len(f.fields))
	for i, field := range f.fields {
		parts[i] = url.QueryEscape(field.key) + "=" + url.QueryEscape(field.value)
	}
	return []byte(strings.Join(parts, "&")), nil
}
