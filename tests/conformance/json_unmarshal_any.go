package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func describe(v any, indent string) {
	switch x := v.(type) {
	case map[string]any:
		fmt.Printf("%sobject(%d)\n", indent, len(x))
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		// sorted, without package sort
		for i := range keys {
			for j := i + 1; j < len(keys); j++ {
				if keys[j] < keys[i] {
					keys[i], keys[j] = keys[j], keys[i]
				}
			}
		}
		for _, k := range keys {
			fmt.Printf("%s %q:\n", indent, k)
			describe(x[k], indent+"  ")
		}
	case []any:
		fmt.Printf("%sarray(%d, cap %d)\n", indent, len(x), cap(x))
		for _, e := range x {
			describe(e, indent+"  ")
		}
	case float64:
		fmt.Printf("%sfloat64 %v\n", indent, x)
	case json.Number:
		i, ierr := x.Int64()
		f, ferr := x.Float64()
		fmt.Printf("%sNumber %s int=%d(%v) float=%v(%v)\n", indent, x.String(), i, ierr, f, ferr)
	case string:
		fmt.Printf("%sstring %q\n", indent, x)
	case bool:
		fmt.Printf("%sbool %v\n", indent, x)
	case nil:
		fmt.Printf("%snull\n", indent)
	default:
		fmt.Printf("%sunexpected %T\n", indent, x)
	}
}

const doc = `{"s": "text", "n": 12, "f": -1.5e3, "big": 12345678901234567890, "t": true, "z": null,
	"arr": [1, [2, [3]], {}, []], "obj": {"k": {"k2": "v"}}, "five": [1,2,3,4,5]}`

func main() {
	var v any
	err := json.Unmarshal([]byte(doc), &v)
	fmt.Println(err)
	describe(v, "")
	m := v.(map[string]any)
	fmt.Println(m["n"].(float64)+1, m["arr"].([]any)[1])

	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	var u any
	fmt.Println(dec.Decode(&u))
	describe(u, "")

	var m2 map[string]any
	fmt.Println(json.Unmarshal([]byte(`{"a": [true], "b": {"c": null}}`), &m2), m2)
	var list []any
	fmt.Println(json.Unmarshal([]byte(`[1, "x", null]`), &list), list, len(list), cap(list))
	var iface fmt.Stringer
	fmt.Println(json.Unmarshal([]byte(`"str"`), &iface))
	var self any
	self = &self
	fmt.Println(json.Unmarshal([]byte(`[1]`), &self), self)

	var num json.Number
	fmt.Println(json.Unmarshal([]byte(`"12"`), &num), num)
	fmt.Println(json.Unmarshal([]byte(`"1x"`), &num), num)
	fmt.Println(json.Unmarshal([]byte(`3.5`), &num), num)
	b, err := json.Marshal(map[string]any{"n": json.Number("7"), "f": 7.0})
	fmt.Println(string(b), err)
}
