package main

import "fmt"

func step(log *[]string, s string) { *log = append(*log, s) }

func run() (log []string) {
	defer func() {
		r := recover()
		step(&log, fmt.Sprint("recovered:", r))
	}()
	defer step(&log, "second defer")
	step(&log, "start")
	panic("oops")
}

func nested() (s string) {
	defer func() {
		s += " outer"
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				s = fmt.Sprint("caught ", r)
			}
		}()
		panic("deep")
	}()
	s += " after"
	return s
}

func main() {
	fmt.Println(run())
	fmt.Println(nested())
}
