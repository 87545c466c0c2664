package core

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// member is one field of a JSON object, in the object's order.
type member struct {
	name  string
	value any
}

// object is a JSON object with its fields in the order they were written.
type object []member

// MarshalJSON writes the object's fields in their order.
func (o object) MarshalJSON() ([]byte, error) {
	var w ObjectWriter
	for _, m := range o {
		w.Field(m.name, m.value)
	}
	return w.Bytes()
}

// plain turns any value into what its JSON holds: string, json.Number, bool, nil, []any or object.
func plain(value any) (any, error) {
	encoded, err := Marshal(value)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(encoded))
	dec.UseNumber()
	return readValue(dec)
}

func readValue(dec *json.Decoder) (any, error) {
	token, err := dec.Token()
	if err != nil {
		return nil, err
	}
	delim, ok := token.(json.Delim)
	if !ok {
		return token, nil
	}
	if delim == '[' {
		items := []any{}
		for dec.More() {
			item, err := readValue(dec)
			if err != nil {
				return nil, err
			}
			items = append(items, item)
		}
		_, err := dec.Token()
		return items, err
	}
	fields := object{}
	for dec.More() {
		name, err := dec.Token()
		if err != nil {
			return nil, err
		}
		value, err := readValue(dec)
		if err != nil {
			return nil, err
		}
		fields = append(fields, member{fmt.Sprint(name), value})
	}
	_, err = dec.Token()
	return fields, err
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
	case object:
		if style == "form" {
			out := make([]pair, 0, len(v))
			for _, m := range v {
				out = append(out, pair{key: m.name, value: scalar(m.value)})
			}
			return out, nil
		}
		texts := make([]string, 0, 2*len(v))
		for _, m := range v {
			texts = append(texts, m.name, scalar(m.value))
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
	case object:
		var out []pair
		for _, m := range v {
			out = append(out, deep(key+"["+m.name+"]", m.value)...)
		}
		return out
	case nil:
		return nil
	default:
		return []pair{{key: key, value: scalar(v)}}
	}
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
