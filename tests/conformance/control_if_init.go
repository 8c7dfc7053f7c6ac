package main

import (
	"fmt"
	"strconv"
)

func parse(s string) {
	if n, err := strconv.Atoi(s); err != nil {
		fmt.Println("error:", err)
	} else if n < 0 {
		fmt.Println("negative", n)
	} else if n == 0 {
		fmt.Println("zero")
	} else {
		fmt.Println("positive", n)
	}
}

func main() {
	for _, s := range []string{"12", "-3", "0", "abc"} {
		parse(s)
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("found", v)
	}
	if x := len(m); x > 0 {
		fmt.Println("non-empty", x)
	}
}
