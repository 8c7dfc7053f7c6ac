package main

import "fmt"

func describe(vals []any) {
	for i, v := range vals {
		fmt.Printf("%d: %v (%T)\n", i, v, v)
	}
}

func main() {
	vals := []any{1, "a", 2.5, []string{"x"}, map[string]int{"k": 1}, nil, 'r', byte(1), struct{ A int }{3}}
	describe(vals)
	var a any = vals
	if s, ok := a.([]any); ok {
		fmt.Println(len(s))
	}
	box := map[string]any{"n": 1, "s": "str", "l": []any{1, "two"}}
	fmt.Println(box)
	total := 0
	for _, v := range []any{1, 2, "x", 3, 4.0} {
		if n, ok := v.(int); ok {
			total += n
		}
	}
	fmt.Println(total)
}
