// run

// A `// run` program: its combined output must equal hello.out.

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hello")
	fmt.Fprintln(os.Stderr, "to stderr")
	println("builtin println goes to stderr too")
}
