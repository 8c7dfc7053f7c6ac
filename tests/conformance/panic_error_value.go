package main

import (
	"errors"
	"fmt"
)

func load() error { return errors.New("config file not found") }

func main() {
	if err := load(); err != nil {
		fmt.Println("failing")
		panic(err)
	}
}
