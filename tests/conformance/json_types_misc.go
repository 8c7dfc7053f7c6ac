package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K `json:"key"`
	Val V `json:"val"`
}

type Bytes []byte

type MyByte byte

func (b MyByte) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"b%d"`, b)), nil }

type TextByte byte

func (b *TextByte) MarshalText() ([]byte, error) { return []byte{'t', byte('0' + *b)}, nil }

type Names []string

type Index map[string]int

type ValueUnmarshaler struct{ N int }

func (v ValueUnmarshaler) UnmarshalJSON(b []byte) error {
	v.N = 99 // a copy: no effect
	return nil
}

type base struct {
	ID int
}

type WithUnexportedPtr struct {
	*base
	Name string
}

type Base struct{ ID int }

type WithExportedPtr struct {
	*Base
	Name string
}

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Box struct {
	Shape Shape  `json:"shape"`
	Anon  struct {
		A int `json:"a"`
	} `json:"anon"`
	PP   **int          `json:"pp"`
	PI   *any           `json:"pi"`
	Ptrs map[string]*Base `json:"ptrs"`
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	show(Pair[string, int]{"a", 1})
	show([]Pair[int, []string]{{1, []string{"x"}}})
	var p Pair[string, int]
	fmt.Println(json.Unmarshal([]byte(`{"key": 1}`), &p))
	fmt.Println(json.Unmarshal([]byte(`{"val": "x"}`), &p))

	show(Bytes("hi"))
	show([]MyByte{1, 2})
	show([]TextByte{3, 4})
	tb := []TextByte{5}
	show(&tb)
	show(Names{"a"})
	show(Names(nil))
	show(Index{"z": 1, "a": 2})
	var names Names
	fmt.Println(json.Unmarshal([]byte(`["p", "q"]`), &names), names)
	var idx Index
	fmt.Println(json.Unmarshal([]byte(`{"k": 3}`), &idx), idx)
	var bs Bytes
	fmt.Println(json.Unmarshal([]byte(`"aGk="`), &bs), string(bs))

	vu := ValueUnmarshaler{1}
	fmt.Println(json.Unmarshal([]byte(`{"N": 5}`), &vu), vu.N)

	var wu WithUnexportedPtr
	fmt.Println(json.Unmarshal([]byte(`{"ID": 1, "Name": "n"}`), &wu), wu.base == nil, wu.Name)
	show(WithUnexportedPtr{&base{3}, "m"})
	var we WithExportedPtr
	fmt.Println(json.Unmarshal([]byte(`{"ID": 2, "Name": "n"}`), &we), we.Base.ID, we.Name)

	show(Box{Shape: Square{2}})
	var box Box
	err := json.Unmarshal([]byte(`{"shape": {"Side": 3}}`), &box)
	fmt.Println(err)
	box.Shape = &Square{}
	err = json.Unmarshal([]byte(`{"shape": {"Side": 3}, "anon": {"a": "x"}}`), &box)
	fmt.Println(err, box.Shape.Area())
	err = json.Unmarshal([]byte(`{"pp": 7, "pi": [1], "ptrs": {"a": {"ID": 4}, "b": null}}`), &box)
	fmt.Println(err, **box.PP, *box.PI, box.Ptrs["a"].ID, box.Ptrs["b"])
	show(box.Ptrs)

	var mi map[int]Base
	fmt.Println(json.Unmarshal([]byte(`{"1": {"ID": 1}, "-2": {"ID": 2}}`), &mi), mi)
	var mu map[uint]string
	fmt.Println(json.Unmarshal([]byte(`{"-1": "x"}`), &mu), mu)

	var x any = Base{5}
	fmt.Println(json.Unmarshal([]byte(`{"ID": 6}`), &x), x)
	var pa *any
	fmt.Println(json.Unmarshal([]byte(`"s"`), &pa), *pa)

	// A long document read through the Decoder's buffer refills.
	var sb strings.Builder
	sb.WriteString("[")
	for i := 0; i < 300; i++ {
		if i > 0 {
			sb.WriteString(",")
		}
		fmt.Fprintf(&sb, `{"key":"k%d","val":%d}`, i, i*i)
	}
	sb.WriteString("]")
	dec := json.NewDecoder(strings.NewReader(sb.String()))
	var pairs []Pair[string, int]
	fmt.Println(dec.Decode(&pairs), len(pairs), pairs[299], dec.InputOffset())
}
