package main

import "fmt"

// An actor: one goroutine owns the state; everyone else sends it messages, some with a
// reply channel. No locks are needed.
type msg struct {
	op    string
	key   string
	n     int
	reply chan map[string]int
}

func actor(inbox <-chan msg) {
	state := map[string]int{}
	for m := range inbox {
		switch m.op {
		case "add":
			state[m.key] += m.n
		case "snapshot":
			cp := map[string]int{}
			for k, v := range state {
				cp[k] = v
			}
			m.reply <- cp
		}
	}
}

func main() {
	inbox := make(chan msg, 8)
	go actor(inbox)
	done := make(chan bool)
	for g := 0; g < 10; g++ {
		go func(g int) {
			for i := 0; i < 100; i++ {
				inbox <- msg{op: "add", key: []string{"x", "y", "z"}[(g+i)%3], n: 1}
			}
			done <- true
		}(g)
	}
	for g := 0; g < 10; g++ {
		<-done
	}
	reply := make(chan map[string]int)
	inbox <- msg{op: "snapshot", reply: reply}
	fmt.Println(<-reply)
	close(inbox)
}
