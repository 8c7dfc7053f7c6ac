// A main package under test keeps its own main: the generated test main has another name.
package main

import "fmt"

func greeting(name string) string { return "hello, " + name }

func main() { fmt.Println(greeting("world")) }
