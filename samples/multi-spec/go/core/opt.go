// Package core is the runtime every generated package of this SDK shares: the HTTP client,
// its options, request encoding, retries, errors, pagination and optional values.
package core

import (
	"bytes"
)

// Opt is an optional value that tells three states apart: absent (the zero Opt), null and a
// value. Optional request fields are left out of the request when absent and sent as null when
// null; optional response fields say whether the API sent the field and whether it was null.
type Opt[T any] struct {
	value T
	set   bool
	null  bool
}

// Some returns an Opt holding v.
func Some[T any](v T) Opt[T] {
	return Opt[T]{value: v, set: true}
}

// Null returns an Opt that is present and null.
func Null[T any]() Opt[T] {
	return Opt[T]{set: true, null: true}
}

// Get returns the value and true when the Opt holds one (present and not null).
func (o Opt[T]) Get() (T, bool) {
	return o.value, o.set && !o.null
}

// Or returns the value, or fallback when the Opt is absent or null.
func (o Opt[T]) Or(fallback T) T {
	if o.set && !o.null {
		return o.value
	}
	return fallback
}

// IsSet reports whether the Opt is present, null or not.
func (o Opt[T]) IsSet() bool {
	return o.set
}

// IsNull reports whether the Opt is present and null.
func (o Opt[T]) IsNull() bool {
	return o.set && o.null
}

// Present returns the value as an interface (nil when null) and whether the Opt is present.
func (o Opt[T]) Present() (any, bool) {
	if !o.set {
		return nil, false
	}
	if o.null {
		return nil, true
	}
	return o.value, true
}

// MarshalJSON writes the value, or null when the Opt is absent or null.
func (o Opt[T]) MarshalJSON() ([]byte, error) {
	if !o.set || o.null {
		return []byte("null"), nil
	}
	return Marshal(o.value)
}

// UnmarshalJSON reads null or a value; a field that is not in the JSON leaves the Opt absent.
func (o *Opt[T]) UnmarshalJSON(data []byte) error {
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		*o = Null[T]()
		return nil
	}
	var v T
	if err := Unmarshal(data, &v); err != nil {
		return err
	}
	*o = Some(v)
	return nil
}

// Optional is what every Opt is, whatever its type: the encoders read it to leave absent values out.
type Optional interface {
	Present() (any, bool)
}
