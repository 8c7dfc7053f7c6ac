// Go 1.21: the maps package (Clone, Copy, DeleteFunc, Equal, EqualFunc).
// expected output written from the Go 1.22 spec
package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	src := map[string]int{"a": 1, "b": 2, "c": 3}
	cl := maps.Clone(src)
	cl["a"] = 100
	fmt.Println(src, cl)
	fmt.Println(maps.Equal(src, cl))
	cl["a"] = 1
	fmt.Println(maps.Equal(src, cl))

	dst := map[string]int{"a": 0, "z": 26}
	maps.Copy(dst, src)
	fmt.Println(dst)

	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(dst, len(dst))

	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, maps.Equal(nilMap, map[string]int{}))

	upper := map[string]string{"x": "HELLO"}
	lower := map[string]string{"x": "hello"}
	fmt.Println(maps.EqualFunc(upper, lower, strings.EqualFold))
	nested := map[string][]int{"k": {1, 2}}
	shallow := maps.Clone(nested)
	shallow["k"][0] = 99
	fmt.Println(nested)
}
