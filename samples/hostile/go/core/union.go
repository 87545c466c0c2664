package core

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"sync"
)

// unionDecoders maps each union interface type to the function that decodes it.
var unionDecoders sync.Map

// RegisterUnion makes Unmarshal decode the union interface U with decode wherever U appears: as a
// field, a list item, a map value or a whole response.
func RegisterUnion[U any](decode func(data []byte) (U, error)) {
	unionDecoders.Store(reflect.TypeFor[U](), func(data []byte) (reflect.Value, error) {
		value, err := decode(data)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(&value).Elem(), nil
	})
}

// UnionVariant is how a union recognises one of its variants.
type UnionVariant[U any] struct {
	// Tags are the discriminator values that name the variant; none when it has no discriminator.
	Tags []string
	// Decode reads the variant, reporting false when the JSON is not one.
	Decode func(data []byte) (U, bool)
}

// DecodeUnion decodes a union's JSON. When property names a discriminator, the variant its value
// names is read; otherwise the first variant the JSON decodes as (with a discriminator, the
// first untagged one). JSON that is no known variant becomes unknown(raw), so that it is kept as it is.
func DecodeUnion[U any](data []byte, property string, unknown func(raw json.RawMessage) U, variants ...UnionVariant[U]) (U, error) {
	raw := append(json.RawMessage(nil), bytes.TrimSpace(data)...)
	if err := json.Unmarshal(raw, new(any)); err != nil {
		var zero U
		return zero, err
	}
	if property != "" {
		tag := jsonText(At(raw, []string{property}))
		for _, variant := range variants {
			if slices.Contains(variant.Tags, tag) {
				if value, ok := variant.Decode(raw); ok {
					return value, nil
				}
			}
		}
	}
	for _, variant := range variants {
		if property != "" && len(variant.Tags) > 0 {
			continue
		}
		if value, ok := variant.Decode(raw); ok {
			return value, nil
		}
	}
	return unknown(raw), nil
}

// Variant decodes JSON as V, a variant of the union U, when it is one: it must decode as V and,
// when V is an object, have every property in required.
func Variant[U, V any](required ...string) func(data []byte) (U, bool) {
	return func(data []byte) (U, bool) {
		var union U
		if len(required) > 0 {
			var fields map[string]json.RawMessage
			if json.Unmarshal(data, &fields) != nil {
				return union, false
			}
			for _, name := range required {
				if _, ok := fields[name]; !ok {
					return union, false
				}
			}
		}
		var value V
		if err := Unmarshal(data, &value); err != nil {
			return union, false
		}
		union, ok := any(value).(U)
		return union, ok
	}
}

// Unmarshal decodes JSON into target as json.Unmarshal does, and also into union interfaces,
// including those held in lists, maps and pointers.
func Unmarshal(data []byte, target any) error {
	v := reflect.ValueOf(target)
	if v.Kind() != reflect.Pointer || v.IsNil() || !holdsUnion(v.Type().Elem()) {
		return json.Unmarshal(data, target)
	}
	return decodeInto(data, v.Elem())
}

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

// holdsUnion says whether a type is a union interface or a list, map or pointer that leads to one
// without a JSON decoder of its own on the way.
func holdsUnion(t reflect.Type) bool {
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		return false
	}
	switch t.Kind() {
	case reflect.Interface:
		_, ok := unionDecoders.Load(t)
		return ok
	case reflect.Pointer, reflect.Slice, reflect.Map:
		return holdsUnion(t.Elem())
	}
	return false
}

func decodeInto(data []byte, v reflect.Value) error {
	t := v.Type()
	if !holdsUnion(t) {
		return json.Unmarshal(data, v.Addr().Interface())
	}
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		v.SetZero()
		return nil
	}
	switch t.Kind() {
	case reflect.Interface:
		decode, _ := unionDecoders.Load(t)
		value, err := decode.(func([]byte) (reflect.Value, error))(data)
		if err != nil {
			return err
		}
		v.Set(value)
	case reflect.Pointer:
		target := reflect.New(t.Elem())
		if err := decodeInto(data, target.Elem()); err != nil {
			return err
		}
		v.Set(target)
	case reflect.Slice:
		var items []json.RawMessage
		if err := json.Unmarshal(data, &items); err != nil {
			return err
		}
		list := reflect.MakeSlice(t, len(items), len(items))
		for i, item := range items {
			if err := decodeInto(item, list.Index(i)); err != nil {
				return err
			}
		}
		v.Set(list)
	case reflect.Map:
		var entries map[string]json.RawMessage
		if err := json.Unmarshal(data, &entries); err != nil {
			return err
		}
		table := reflect.MakeMapWithSize(t, len(entries))
		for key, entry := range entries {
			value := reflect.New(t.Elem()).Elem()
			if err := decodeInto(entry, value); err != nil {
				return err
			}
			table.SetMapIndex(reflect.ValueOf(key).Convert(t.Key()), value)
		}
		v.Set(table)
	}
	return nil
}

// RawJSON returns a value's JSON as kept, or null when there is none.
func RawJSON(raw json.RawMessage) []byte {
	if len(raw) == 0 {
		return []byte("null")
	}
	return raw
}
