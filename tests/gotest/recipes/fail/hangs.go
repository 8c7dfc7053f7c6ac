// run

// Loops forever: stopped at the time limit and counted as a failure.

package main

func main() {
	n := 0
	for {
		n++
	}
}
