package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("this deferred call must not run")
	fmt.Println("about to exit")
	fmt.Fprintln(os.Stderr, "fatal: configuration missing")
	os.Exit(3)
}
