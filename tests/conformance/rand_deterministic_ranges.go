package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	okInt, okFloat, okPerm := true, true, true
	counts := make([]int, 6)
	for i := 0; i < 1000; i++ {
		n := r.Intn(6)
		if n < 0 || n >= 6 {
			okInt = false
		}
		counts[n]++
		f := r.Float64()
		if f < 0 || f >= 1 {
			okFloat = false
		}
	}
	p := r.Perm(10)
	seen := map[int]bool{}
	for _, v := range p {
		if v < 0 || v >= 10 || seen[v] {
			okPerm = false
		}
		seen[v] = true
	}
	allHit := true
	for _, c := range counts {
		if c == 0 {
			allHit = false
		}
	}
	fmt.Println(okInt, okFloat, okPerm, len(p), allHit)
	a := rand.New(rand.NewSource(42))
	b := rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 100; i++ {
		if a.Int63() != b.Int63() {
			same = false
		}
	}
	fmt.Println("same seed same sequence:", same)
	x := r.Int63n(100)
	fmt.Println(x >= 0 && x < 100)
}
