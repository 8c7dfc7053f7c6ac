// Go 1.22: closures in nested loops capture both per-iteration variables.
// expected output written from the Go 1.22 spec
package main

import "fmt"

func main() {
	var cells []func() string
	for r := 0; r < 2; r++ {
		for c := range 3 {
			cells = append(cells, func() string { return fmt.Sprintf("%d%d", r, c) })
		}
	}
	for _, f := range cells {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	m := map[string]*int{}
	for i, name := range []string{"a", "b", "c"} {
		m[name] = &i
	}
	fmt.Println(*m["a"], *m["b"], *m["c"])
}
