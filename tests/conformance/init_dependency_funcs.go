package main

import "fmt"

var registry = map[string]func() string{}

var greeting = makeGreeting()

var order []string

func makeGreeting() string {
	order = append(order, "greeting")
	return prefix + "world"
}

var prefix = computePrefix()

func computePrefix() string {
	order = append(order, "prefix")
	return "hello, "
}

func register(name string, fn func() string) bool {
	registry[name] = fn
	return true
}

var _ = register("a", func() string { return "A" })
var registered = register("b", func() string { return "B" })

func init() {
	order = append(order, "init")
}

func main() {
	fmt.Println(greeting)
	fmt.Println(order)
	fmt.Println(len(registry), registered, registry["a"](), registry["b"]())
}
