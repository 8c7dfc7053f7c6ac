package main

import (
	"errors"
	"fmt"
)

type shape interface{ area() float64 }
type rect struct{ w, h float64 }
type square float64

func (r rect) area() float64   { return r.w * r.h }
func (s square) area() float64 { return float64(s * s) }

func main() {
	c := make(chan any)
	go func() {
		defer close(c)
		c <- 1
		c <- "two"
		c <- rect{2, 3}
		c <- errors.New("four")
		c <- nil
		c <- []int{6}
		c <- square(7)
	}()
	for v := range c {
		switch x := v.(type) {
		case int:
			fmt.Println("int", x)
		case string:
			fmt.Println("string", x)
		case error:
			fmt.Println("error", x)
		case shape:
			fmt.Println("shape", x.area())
		case nil:
			fmt.Println("nil")
		default:
			fmt.Printf("other %T %v\n", x, x)
		}
	}
	shapes := make(chan shape, 2)
	shapes <- rect{1, 5}
	shapes <- square(3)
	close(shapes)
	total := 0.0
	for s := range shapes {
		total += s.area()
	}
	fmt.Println(total)
}
