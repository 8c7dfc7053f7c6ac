// Go 1.22: the iteration variable takes the type of the integer range expression.
// expected output written from the Go 1.22 spec
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	numDays
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

func main() {
	for d := range numDays {
		fmt.Printf("%d:%v:%T ", int(d), d, d)
	}
	fmt.Println()
	var small uint8 = 4
	for i := range small {
		fmt.Printf("%T=%d ", i, i)
	}
	fmt.Println()
	for i := range int64(2) {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	var k int16
	for k = range 3 {
	}
	fmt.Printf("%T %d\n", k, k)
	const limit = 3
	for i := range limit {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	total := uint(0)
	for i := range uint(5) {
		total += i * i
	}
	fmt.Println(total)
}
