// Go 1.21/1.22: modifying slices with the slices package; since Go 1.22 Delete, Compact,
// expected output written from the Go 1.22 spec
// DeleteFunc and Replace zero the elements between the new and the old length.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	t := slices.Delete(s, 1, 3)
	fmt.Println(t, len(t))
	fmt.Println(s)

	u := []string{"a", "b", "c"}
	u = slices.Insert(u, 1, "x", "y")
	fmt.Println(u, len(u))
	u = slices.Insert(u, len(u), "end")
	fmt.Println(u)

	d := []int{1, 1, 2, 2, 2, 3, 1, 1}
	c := slices.Compact(d)
	fmt.Println(c)
	fmt.Println(d)

	r := []int{1, 2, 3, 4, 5}
	r2 := slices.Replace(r, 1, 4, 9)
	fmt.Println(r2)
	fmt.Println(r)

	rev := []string{"x", "y", "z"}
	slices.Reverse(rev)
	fmt.Println(rev)

	orig := []int{1, 2, 3}
	cl := slices.Clone(orig)
	cl[0] = 100
	fmt.Println(orig, cl)
	fmt.Println(slices.Clone([]int(nil)) == nil)

	all := slices.Concat([]int{1, 2}, nil, []int{3}, []int{4, 5})
	fmt.Println(all, len(all))

	words := []string{"apple", "bob", "kayak", "go", "level"}
	words = slices.DeleteFunc(words, func(w string) bool {
		for i := 0; i < len(w)/2; i++ {
			if w[i] != w[len(w)-1-i] {
				return false
			}
		}
		return true
	})
	fmt.Println(words)
}
