// Go 1.22: range over an integer permits only one iteration variable.
// expected output written from the Go 1.22 spec
package main

import "fmt"

func main() {
	for i, j := range 10 {
		fmt.Println(i, j)
	}
}
