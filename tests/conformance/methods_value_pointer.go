package main

import "fmt"

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func (r Rect) ScaleCopy(f float64) Rect {
	r.W *= f
	r.H *= f
	return r
}

func (r *Rect) Scale(f float64) {
	r.W *= f
	r.H *= f
}

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Inc()         { *m++ }

type Names []string

func (n Names) Len() int      { return len(n) }
func (n *Names) Add(s string) { *n = append(*n, s) }

func main() {
	r := Rect{2, 3}
	fmt.Println(r.Area())
	c := r.ScaleCopy(2)
	fmt.Println(r, c)
	r.Scale(10)
	fmt.Println(r, r.Area())
	var m MyInt = 5
	m.Inc()
	fmt.Println(m.Double(), m)
	var ns Names
	ns.Add("a")
	ns.Add("b")
	fmt.Println(ns, ns.Len())
	fmt.Println(MyInt(21).Double())
}
