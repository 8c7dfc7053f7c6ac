package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var t interface{} = Celsius(20)
	f := t.(Fahrenheit)
	fmt.Println(f)
}
