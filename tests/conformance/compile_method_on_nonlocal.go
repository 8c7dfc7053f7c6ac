package main

import (
	"fmt"
	"strings"
)

func (b *strings.Builder) Hello() {}

func main() {
	fmt.Println("x")
}
