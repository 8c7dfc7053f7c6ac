package main

import "fmt"

const small int8 = 200

func main() {
	fmt.Println(small)
}
