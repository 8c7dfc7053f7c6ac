package main

import (
	"errors"
	"fmt"
)

func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = v
			case string:
				err = errors.New(v)
			default:
				err = fmt.Errorf("unknown panic: %v", v)
			}
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(try(func() { panic("string panic") }))
	fmt.Println(try(func() { panic(errors.New("error panic")) }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() {}))
	fmt.Println(try(func() {
		var a []int
		_ = a[3]
	}))
	fmt.Println(try(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(try(func() {
		x := 0
		fmt.Println(10 / x)
	}))
	fmt.Println(recover())
}
