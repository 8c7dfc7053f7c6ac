package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- [2]int) {
	for j := range jobs {
		results <- [2]int{j, j * j}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan [2]int, 10)
	for w := 0; w < 4; w++ {
		go worker(w, jobs, results)
	}
	for i := 1; i <= 20; i++ {
		jobs <- i
	}
	close(jobs)
	squares := make([]int, 21)
	for i := 0; i < 20; i++ {
		r := <-results
		squares[r[0]] = r[1]
	}
	fmt.Println(squares[1:])
}
