package core

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

// Marshal writes v as compact JSON with HTML characters and non-ASCII text left as they are.
func Marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// ObjectWriter writes a JSON object's fields in the order they are given.
type ObjectWriter struct {
	buf   bytes.Buffer
	count int
	err   error
}

// Field writes one field; an absent Opt is left out.
func (w *ObjectWriter) Field(name string, value any) {
	if opt, ok := value.(Optional); ok {
		if _, present := opt.Present(); !present {
			return
		}
	}
	encoded, err := Marshal(value)
	if err != nil {
		if w.err == nil {
			w.err = fmt.Errorf("field %q: %w", name, err)
		}
		return
	}
	w.raw(name, encoded)
}

// Extra writes fields kept from a decoded object that its type does not declare, sorted by name.
func (w *ObjectWriter) Extra(fields map[string]json.RawMessage) {
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		w.raw(name, fields[name])
	}
}

func (w *ObjectWriter) raw(name string, value []byte) {
	if w.count == 0 {
		w.buf.WriteByte('{')
	} else {
		w.buf.WriteByte(',')
	}
	w.count++
	key, _ := Marshal(name)
	w.buf.Write(key)
	w.buf.WriteByte(':')
	w.buf.Write(value)
}

// Bytes returns the object written so far, or the first error.
func (w *ObjectWriter) Bytes() ([]byte, error) {
	if w.err != nil {
		return nil, w.err
	}
	if w.count == 0 {
		return []byte("{}"), nil
	}
	return append(w.buf.Bytes(), '}'), nil
}

// ObjectReader reads a JSON object's fields one by one and keeps the ones nobody asked for.
type ObjectReader struct {
	fields map[string]json.RawMessage
}

// ReadObject starts reading the JSON object in data.
func ReadObject(data []byte) (*ObjectReader, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, err
	}
	if fields == nil {
		return nil, fmt.Errorf("expected a JSON object, got null")
	}
	return &ObjectReader{fields: fields}, nil
}

// Field decodes the field name into target when the object has it, and marks it read. A value of
// another type than declared leaves the field as it was and stays among the fields not read, so a
// response that breaks its schema still decodes and keeps that value.
func (r *ObjectReader) Field(name string, target any) error {
	raw, ok := r.fields[name]
	if !ok {
		return nil
	}
	if err := Unmarshal(raw, target); err == nil || readTimeWithoutOffset(raw, target) {
		delete(r.fields, name)
	}
	return nil
}

// readTimeWithoutOffset reads an RFC 3339 date-time that lacks its offset as UTC, as the SDKs of the
// other languages read it (time.Time's own decoding refuses it), into a time.Time field or an optional one.
func readTimeWithoutOffset(raw json.RawMessage, target any) bool {
	var text string
	if json.Unmarshal(raw, &text) != nil {
		return false
	}
	parsed, err := time.Parse("2006-01-02T15:04:05.999999999", strings.Replace(strings.TrimSpace(text), " ", "T", 1))
	if err != nil {
		return false
	}
	switch field := target.(type) {
	case *time.Time:
		*field = parsed
	case *Opt[time.Time]:
		*field = Some(parsed)
	default:
		return false
	}
	return true
}

// Rest returns the fields not read, or nil when every field was read.
func (r *ObjectReader) Rest() map[string]json.RawMessage {
	if len(r.fields) == 0 {
		return nil
	}
	return r.fields
}

// At follows a path of field names into a JSON document; it returns nil when a step is missing.
func At(data json.RawMessage, path []string) json.RawMessage {
	current := data
	for _, name := range path {
		var fields map[string]json.RawMessage
		if json.Unmarshal(current, &fields) != nil {
			return nil
		}
		next, ok := fields[name]
		if !ok {
			return nil
		}
		current = next
	}
	return current
}

// jsonText returns a JSON string's text, a number's or boolean's literal, and "" for null or anything else.
func jsonText(raw json.RawMessage) string {
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 || bytes.Equal(trimmed, []byte("null")) {
		return ""
	}
	if trimmed[0] == '"' {
		var s string
		if json.Unmarshal(trimmed, &s) == nil {
			return s
		}
		return ""
	}
	if trimmed[0] == '{' || trimmed[0] == '[' {
		return ""
	}
	return string(trimmed)
}
