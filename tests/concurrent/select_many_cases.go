package main

import "fmt"

// A select over 40 channels, each fed by its own goroutine: every value arrives exactly once.
func main() {
	const n = 40
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
		go func(i int) {
			for k := 0; k < 5; k++ {
				chans[i] <- i*10 + k
			}
			close(chans[i])
		}(i)
	}
	// Written out, since select has a fixed set of cases: a helper over 8 at a time.
	recv := func(cs []chan int) (int, int, bool) {
		select {
		case v, ok := <-cs[0]:
			return 0, v, ok
		case v, ok := <-cs[1]:
			return 1, v, ok
		case v, ok := <-cs[2]:
			return 2, v, ok
		case v, ok := <-cs[3]:
			return 3, v, ok
		case v, ok := <-cs[4]:
			return 4, v, ok
		case v, ok := <-cs[5]:
			return 5, v, ok
		case v, ok := <-cs[6]:
			return 6, v, ok
		case v, ok := <-cs[7]:
			return 7, v, ok
		}
	}
	seen := make([]int, n*10)
	open := n
	groups := make([][]chan int, n/8)
	for g := range groups {
		groups[g] = chans[g*8 : g*8+8]
	}
	for open > 0 {
		for _, grp := range groups {
			i, v, ok := recv(grp)
			if !ok {
				grp[i] = nil
				open--
				continue
			}
			seen[v]++
		}
	}
	total, dup := 0, 0
	for _, c := range seen {
		total += c
		if c > 1 {
			dup++
		}
	}
	fmt.Println(total, dup)
}
