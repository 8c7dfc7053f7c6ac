package main

import (
	"fmt"
	"sort"
	"sync"
)

type acc struct {
	name string
	mu   sync.Mutex
	sum  int
}

func (a *acc) add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
}

type greeter string

func (g greeter) greet(out chan<- string, who string) { out <- string(g) + ", " + who }

type speaker interface{ speak(chan<- string) }
type dog struct{}
type cat struct{ name string }

func (dog) speak(c chan<- string)  { c <- "woof" }
func (k *cat) speak(c chan<- string) { c <- k.name + ": meow" }

func main() {
	a := &acc{name: "a"}
	var wg sync.WaitGroup
	f := a.add // a method value: the receiver is bound now
	for i := 1; i <= 10; i++ {
		wg.Add(2)
		go a.add(i, &wg)
		go f(100, &wg)
	}
	wg.Wait()
	fmt.Println(a.name, a.sum)

	out := make(chan string, 3)
	g := greeter("hello")
	go g.greet(out, "gopher")
	hi := greeter("hi").greet
	go hi(out, "there")
	go greeter.greet("hey", out, "you") // a method expression
	var got []string
	for i := 0; i < 3; i++ {
		got = append(got, <-out)
	}
	sort.Strings(got)
	fmt.Println(got)

	var sp []speaker = []speaker{dog{}, &cat{"tom"}}
	for _, s := range sp {
		go s.speak(out) // through an interface
	}
	got = []string{<-out, <-out}
	sort.Strings(got)
	fmt.Println(got)
}
