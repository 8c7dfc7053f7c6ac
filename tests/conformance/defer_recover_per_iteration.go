package main

import (
	"errors"
	"fmt"
)

func process(items []int) (results []string) {
	for _, it := range items {
		func() {
			defer func() {
				if r := recover(); r != nil {
					results = append(results, fmt.Sprintf("item %d failed: %v", it, r))
				}
			}()
			if it < 0 {
				panic(errors.New("negative"))
			}
			results = append(results, fmt.Sprintf("item %d => %d", it, 100/it))
		}()
	}
	return
}

func cleanupOrder() {
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Print("close", n, " ") }(i)
	}
}

func main() {
	for _, r := range process([]int{5, 0, -1, 20}) {
		fmt.Println(r)
	}
	cleanupOrder()
	fmt.Println()
}
