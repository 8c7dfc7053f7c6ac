package main

import "fmt"

var handlers = map[string]func() string{
	"a": func() string { return "handled a" },
}

func main() {
	fmt.Println(handlers["a"]())
	fmt.Println(handlers["b"]())
}
