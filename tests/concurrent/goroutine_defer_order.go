package main

import (
	"fmt"
	"strings"
)

func worker(id int, log chan<- string) {
	var steps []string
	defer func() { log <- fmt.Sprint(id, ": ", strings.Join(steps, ",")) }()
	for i := 0; i < 3; i++ {
		defer func(i int) { steps = append(steps, fmt.Sprint("d", i)) }(i)
	}
	steps = append(steps, "body")
}

func main() {
	log := make(chan string)
	for id := 0; id < 3; id++ {
		go worker(id, log)
	}
	lines := make([]string, 3)
	for i := 0; i < 3; i++ {
		s := <-log
		lines[s[0]-'0'] = s
	}
	fmt.Println(strings.Join(lines, "\n"))
}
