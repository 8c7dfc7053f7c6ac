package main

import "fmt"

func get() (int, bool) { return 1, true }

func main() {
	if v, ok := get(); ok {
		fmt.Println("ok")
	}
}
