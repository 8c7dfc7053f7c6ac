package main

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }
func (p *Point) Move(dx int) { p.X += dx }

type Shape interface {
	Area() int
}

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Sq struct{ S int }

func (s *Sq) Area() int { return s.S * s.S }

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered")
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func main() {
	p := Point{1, 2}
	p.Move(5)
	println(p.X, p.Y, p.Sum())
	pp := &p
	pp.Move(1)
	println(p.X, pp.Sum())
	f := counter()
	f()
	f()
	println(f())
	var shapes []Shape
	shapes = append(shapes, Rect{2, 3}, &Sq{4})
	total := 0
	for _, s := range shapes {
		total += s.Area()
	}
	println(total)
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, g := range funcs {
		print(g(), " ")
	}
	println()
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	v, ok := m["b"]
	println(len(m), v, ok)
	q, r := divmod(7, 2)
	println(q, r)
	q, r = divmod(7, 0)
	println(q, r)
	var s Shape = Rect{5, 5}
	if rr, ok := s.(Rect); ok {
		println("rect", rr.W)
	}
	switch x := s.(type) {
	case *Sq:
		println("sq", x.S)
	case Rect:
		println("Rect", x.H)
	}
	arr := [3]int{1, 2, 3}
	b := arr
	b[0] = 100
	println(arr[0], b[0])
	str := "héllo"
	for i, c := range str {
		print(i, ":", c, " ")
	}
	println()
	bs := []byte(str)
	println(len(bs), string(bs[1:3]) == "é")
}
