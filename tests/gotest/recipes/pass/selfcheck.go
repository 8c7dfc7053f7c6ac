// run

// A `// run` program without a .out file checks itself: it must print nothing and exit 0.

package main

func main() {
	if x := 6 * 7; x != 42 {
		panic("arithmetic")
	}
}
