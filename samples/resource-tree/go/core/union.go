package core

import (
	"bytes"
	"encoding/json"
)

// Union holds a value of a oneOf or anyOf type as the JSON it is, so that variants this SDK does
// not know are kept; generated union types embed it and read it as each variant.
type Union struct {
	raw json.RawMessage
}

// UnionOf returns a Union holding v written as JSON.
func UnionOf(v any) Union {
	encoded, err := Marshal(v)
	if err != nil {
		return Union{}
	}
	return Union{raw: encoded}
}

// Raw returns the value's JSON, or nil when the union holds nothing.
func (u Union) Raw() json.RawMessage {
	return u.raw
}

// MarshalJSON writes the value as it was received or given.
func (u Union) MarshalJSON() ([]byte, error) {
	if u.raw == nil {
		return []byte("null"), nil
	}
	return u.raw, nil
}

// UnmarshalJSON keeps the value's JSON.
func (u *Union) UnmarshalJSON(data []byte) error {
	u.raw = append(json.RawMessage(nil), bytes.TrimSpace(data)...)
	return nil
}

// Variant decodes a union's value as T when it is one: when property names a discriminator, its
// value must be one of values; otherwise the value must decode as T.
func Variant[T any](u Union, property string, values ...string) (T, bool) {
	var value T
	if u.raw == nil {
		return value, false
	}
	if property != "" {
		tag := jsonText(At(u.raw, []string{property}))
		matched := false
		for _, v := range values {
			matched = matched || v == tag
		}
		if !matched {
			return value, false
		}
	}
	dec := json.NewDecoder(bytes.NewReader(u.raw))
	if err := dec.Decode(&value); err != nil {
		return value, false
	}
	return value, true
}
