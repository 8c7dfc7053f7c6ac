package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type StrList []string

func (s StrList) Join() string { return strings.Join(s, "+") }

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Set map[string]bool

func (s Set) Add(v string)      { s[v] = true }
func (s Set) Has(v string) bool { return s[v] }

func main() {
	fmt.Println(Celsius(100).ToF(), Fahrenheit(212).ToC(), Celsius(-40).ToF())
	fmt.Println(StrList{"a", "b"}.Join())
	h := Handler(func(s string) string { return "<" + s + ">" })
	fmt.Println(h.Twice("x"))
	s := Set{}
	s.Add("go")
	fmt.Println(s.Has("go"), s.Has("c"), len(s))
}
