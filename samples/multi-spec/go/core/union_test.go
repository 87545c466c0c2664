package core

import (
	"encoding/json"
	"testing"
)

type testShape interface{ isTestShape() }

type testCircle struct {
	Kind   string  `json:"kind"`
	Radius float64 `json:"radius"`
}

type testLabel string

type testShapeUnknown struct{ Raw json.RawMessage }

func (testCircle) isTestShape()       {}
func (testLabel) isTestShape()        {}
func (testShapeUnknown) isTestShape() {}

func (u testShapeUnknown) MarshalJSON() ([]byte, error) { return RawJSON(u.Raw), nil }

func decodeTestShape(property string) func([]byte) (testShape, error) {
	return func(data []byte) (testShape, error) {
		unknown := func(raw json.RawMessage) testShape { return testShapeUnknown{Raw: raw} }
		return DecodeUnion(data, property, unknown,
			UnionVariant[testShape]{Tags: []string{"circle"}, Decode: Variant[testShape, testCircle]("radius")},
			UnionVariant[testShape]{Decode: Variant[testShape, testLabel]()})
	}
}

func TestUnionsDecodeInListsMapsAndOpts(t *testing.T) {
	RegisterUnion(decodeTestShape("kind"))
	if err := Unmarshal([]byte(`{"kind":"circle","radius":2}`), new(testShape)); err != nil {
		t.Fatal(err)
	}
	var list []testShape
	if err := Unmarshal([]byte(`[{"kind":"circle","radius":2},"label",{"kind":"square","side":1},null]`), &list); err != nil {
		t.Fatal(err)
	}
	if c, ok := list[0].(testCircle); !ok || c.Radius != 2 {
		t.Errorf("item 0: got %#v", list[0])
	}
	if l, ok := list[1].(testLabel); !ok || l != "label" {
		t.Errorf("item 1: got %#v", list[1])
	}
	unknown, ok := list[2].(testShapeUnknown)
	if !ok || string(unknown.Raw) != `{"kind":"square","side":1}` {
		t.Errorf("item 2: got %#v", list[2])
	}
	if list[3] != nil {
		t.Errorf("item 3: want nil, got %#v", list[3])
	}
	written, err := Marshal(list)
	if err != nil || string(written) != `[{"kind":"circle","radius":2},"label",{"kind":"square","side":1},null]` {
		t.Errorf("written back: %s, %v", written, err)
	}
	var table map[string]testShape
	if err := Unmarshal([]byte(`{"a":{"kind":"circle","radius":3}}`), &table); err != nil {
		t.Fatal(err)
	}
	if _, ok := table["a"].(testCircle); !ok {
		t.Errorf("map value: got %#v", table["a"])
	}
	var opt Opt[[]testShape]
	if err := Unmarshal([]byte(`["x"]`), &opt); err != nil {
		t.Fatal(err)
	}
	if got, _ := opt.Get(); len(got) != 1 || got[0] != testLabel("x") {
		t.Errorf("opt: got %#v", got)
	}
}

func TestUnionsWithoutADiscriminatorTakeTheFirstVariantThatFits(t *testing.T) {
	decode := decodeTestShape("")
	circle, _ := decode([]byte(`{"radius":1}`))
	if _, ok := circle.(testCircle); !ok {
		t.Errorf("want a circle, got %#v", circle)
	}
	other, _ := decode([]byte(`{"side":1}`))
	if _, ok := other.(testShapeUnknown); !ok {
		t.Errorf("an object without radius: want unknown, got %#v", other)
	}
	if _, err := decode([]byte(`{`)); err == nil {
		t.Error("invalid JSON: want an error")
	}
}
