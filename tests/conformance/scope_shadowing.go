package main

import "fmt"

var x = "package"

func show() { fmt.Println("show:", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		fmt.Println(x)
	}
	fmt.Println(x)
	show()
	if x := 5; x > 3 {
		fmt.Println("if", x)
		x := "inner"
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("shadow err")
		_ = err
	}
	fmt.Println(err)
	fmt := "fmt is shadowed"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println(s) }
