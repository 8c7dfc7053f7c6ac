package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i*i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	var b strings.Builder
	b.Grow(10)
	for _, w := range []string{"x", "y", "z"} {
		b.WriteString(strings.ToUpper(w))
	}
	fmt.Println(b.String())
}
