package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c *Counter) Ptr() int { return c.n * 100 }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c.Ptr())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n, p.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
	arrp := &[2]Counter{}
	arrp[1].Inc()
	fmt.Println(arrp[1].n)
}
