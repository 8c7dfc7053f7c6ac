package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{ Name string }
type Cat struct{ Name string }

func (d Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return "meow" }

func main() {
	var a, b Animal = Dog{"rex"}, Dog{"rex"}
	fmt.Println(a == b)
	b = Dog{"max"}
	fmt.Println(a == b)
	c1 := &Cat{"tom"}
	var x, y Animal = c1, c1
	fmt.Println(x == y)
	y = &Cat{"tom"}
	fmt.Println(x == y)
	var i1 interface{} = 3
	var i2 interface{} = 3.0
	var i3 interface{} = 3
	fmt.Println(i1 == i2, i1 == i3, i1 == 3)
	var s interface{} = "go"
	fmt.Println(s == "go", s != "Go")
	var n1, n2 interface{}
	fmt.Println(n1 == n2)
	fmt.Println(a == Animal(Dog{"rex"}))
}
