package main

import "fmt"

func cleanup(name string) { fmt.Println("cleanup", name) }

func work() {
	defer cleanup("work")
	var m map[int]int
	m[1] = 1
}

func main() {
	defer cleanup("main")
	fmt.Println("start")
	work()
}
