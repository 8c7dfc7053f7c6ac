package main

import (
	"fmt"
	"strings"
)

type Greeter interface{ Greet(name string) string }

type English struct{}
type Pirate struct{ Ship string }

func (English) Greet(n string) string  { return "Hello, " + n }
func (p Pirate) Greet(n string) string { return "Ahoy " + n + " from the " + p.Ship }

func apply(fs []func(string) string, arg string) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f(arg))
	}
	return out
}

func main() {
	var g Greeter = Pirate{"Black Pearl"}
	bound := g.Greet
	g = English{}
	fmt.Println(bound("Jack"))
	fmt.Println(g.Greet("Jack"))
	expr := Greeter.Greet
	fmt.Println(expr(Pirate{"Dutchman"}, "Will"))
	fns := []func(string) string{English{}.Greet, Pirate{"Ark"}.Greet, strings.ToUpper, strings.TrimSpace}
	fmt.Printf("%q\n", apply(fns, " noah "))
	var sb strings.Builder
	write := sb.WriteString
	write("a")
	write("b")
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("%T\n", expr)
}
