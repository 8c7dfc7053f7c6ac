package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	s := fmt.Sprint("a", 1, 2, "b", 3.0, nil)
	fmt.Println(s)
	s = fmt.Sprintln("a", 1, 2, "b")
	fmt.Printf("%q\n", s)
	var sb strings.Builder
	fmt.Fprint(&sb, "x", 1)
	fmt.Fprintln(&sb, " y", 2)
	fmt.Fprintf(&sb, "%03d", 7)
	fmt.Printf("%q\n", sb.String())
	fmt.Fprintln(os.Stdout, "direct to stdout")
	e := fmt.Errorf("code %d: %s", 404, "not found")
	fmt.Println(e, errors.Unwrap(e) == nil)
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint([]byte("ab")))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("1", "2"), fmt.Sprint(1, "2", 3))
}
