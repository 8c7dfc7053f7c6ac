package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Move(dx, dy int)  { p.X += dx; p.Y += dy }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	p := Point{1, 2}
	add := p.Add
	p = Point{100, 100}
	fmt.Println(add(Point{1, 1}))
	move := p.Move
	move(1, 1)
	move(1, 1)
	fmt.Println(p)
	f := Point.Add
	fmt.Println(f(Point{1, 1}, Point{2, 2}))
	g := (*Point).Move
	g(&p, -2, -2)
	fmt.Println(p)
	h := (*Point).Add
	fmt.Println(h(&p, Point{0, 1}))
	str := Point.String
	fmt.Println(str(Point{7, 8}))
	fmt.Printf("%T\n", f)
	fmt.Printf("%T\n", g)
	ops := []func(Point) Point{p.Add, Point{10, 10}.Add}
	for _, op := range ops {
		fmt.Println(op(Point{1, 1}))
	}
}
