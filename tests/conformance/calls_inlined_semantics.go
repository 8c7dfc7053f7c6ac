package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

// Small functions that minigo compiles in place: each must behave as a call does.

type Point struct{ X, Y int }

func (p Point) Sum() int       { return p.X + p.Y }
func (p Point) Moved() Point   { p.X += 100; return p }
func (p *Point) Shift(d int)   { p.X += d; p.Y += d }
func (p Point) Scaled(k int) int {
	if k == 0 {
		return 0
	}
	return p.Sum() * k
}

type Named struct {
	Point
	Name string
}

func swap(a, b int) (int, int) { return b, a }
func clamp(x, lo, hi int) int {
	if x < lo {
		return lo
	} else if x > hi {
		return hi
	}
	return x
}
func negate(x int) int { x = -x; return x }
func first(xs []int) int {
	if len(xs) == 0 {
		return -1
	}
	return xs[0]
}
func setFirst(xs []int, v int) { xs[0] = v }
func sumArr(a [3]int) int { return a[0] + a[1] + a[2] }
func bumpArr(a [3]int) int { a[0] = 99; return a[0] }
func pair() (int, string) { return swapped() }
func swapped() (int, string) { return 7, "seven" }

var counter int

func next() int { counter++; return counter }
func add(a, b int) int { return a - b }

func where() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

func lineOfCaller() int { return where() }

func at(xs []int, i int) int { return xs[i] }

func describe(s string) string {
	const prefix = "<"
	x := strings.ToUpper(s)
	return prefix + x + ">"
}

func main() {
	p := Point{1, 2}
	fmt.Println(p.Sum(), p.Moved(), p)
	p.Shift(10)
	fmt.Println(p, p.Scaled(0), p.Scaled(2))
	pp := &p
	fmt.Println(pp.Sum(), pp.Moved().X, pp.X)
	n := Named{Point{3, 4}, "n"}
	n.Shift(1)
	fmt.Println(n.Sum(), n.Point.Sum(), n)

	a, b := swap(1, 2)
	a, b = swap(a, b)
	fmt.Println(a, b)
	fmt.Println(clamp(-5, 0, 10), clamp(50, 0, 10), clamp(5, 0, 10))
	x := 8
	fmt.Println(negate(x), x)
	xs := []int{4, 5}
	fmt.Println(first(xs), first(nil))
	setFirst(xs, 40)
	fmt.Println(xs)
	arr := [3]int{1, 2, 3}
	fmt.Println(sumArr(arr), bumpArr(arr), arr)
	fmt.Println(pair())

	// Arguments are evaluated left to right, once.
	counter = 0
	fmt.Println(add(next(), next()), counter)

	// A struct receiver read in place is the value at the call.
	q := Point{1, 1}
	r := q.Scaled(3)
	q.X = 50
	fmt.Println(r, q.Scaled(3), q.Moved(), q)

	// Names in the inlined body do not clash with the caller's.
	k := 5
	fmt.Println(Point{k, k}.Scaled(k), k)

	fmt.Println(lineOfCaller() > 0, describe("go"))

	var t time.Time
	fmt.Println(t.IsZero(), t.Equal(time.Time{}), time.Unix(5, 0).Unix())

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(at(xs, 7))
}

// Bodies with loops, switches and named results, and calls that stay calls.

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

func classify(n int) (kind string) {
	switch {
	case n < 0:
		kind = "negative"
	case n == 0:
		return "zero"
	default:
		kind = "positive"
	}
	return
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func kindOf(v any) string {
	switch v.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func sumTo(n int) (s int) {
	for i := 1; i <= n; i++ {
		if i%2 == 0 {
			continue
		}
		s += i
		if s > 50 {
			break
		}
	}
	return s
}

//go:noinline
func callerLines() (int, int) {
	_, _, l1, _ := runtime.Caller(1)
	_, _, l2, _ := runtime.Caller(2)
	return l1, l2
}

func viaSmall() (int, int) {
	return callerLines()
}

func init() {
	fmt.Println(indexOf([]string{"a", "b", "c"}, "c"), indexOf(nil, "x"))
	fmt.Println(classify(-3), classify(0), classify(4))
	fmt.Println(divmod(17, 5))
	fmt.Println(kindOf(1), kindOf("s"), kindOf(1.5))
	fmt.Println(sumTo(5), sumTo(100))
	l1, l2 := viaSmall()
	fmt.Println(l1, l2)
outer:
	for i := 0; i < 3; i++ {
		switch classify(i) {
		case "zero":
			continue outer
		}
		fmt.Println("i", i, sumTo(i))
	}
}

// Parameters whose address is taken inside the body: the caller's value must not change.

type Counter struct{ n int }

func (c *Counter) bump() int  { c.n++; return c.n }
func (c *Counter) read() int  { return c.n }
func (c Counter) bumped() int { return c.bump() }
func (c Counter) peek() int   { return c.read() }

func zeroFirst(a [3]int) int {
	s := a[:]
	s[0] = 0
	return a[0] + len(s)
}

func init() {
	c := Counter{5}
	fmt.Println(c.bumped(), c.peek(), c.n)
	arr := [3]int{7, 8, 9}
	fmt.Println(zeroFirst(arr), arr)
	pc := &c
	fmt.Println(pc.bumped(), pc.peek(), pc.n)
}

// Boolean helpers used as conditions compile to branches.

func isCTL(b byte) bool {
	const del = 0x7f
	return b < ' ' || b == del
}

func isLWS(b byte) bool { return b == ' ' || b == '\t' }

func (p Point) Origin() bool { return p.X == 0 && p.Y == 0 }

func valid(s string) bool {
	for i := 0; i < len(s); i++ {
		if isCTL(s[i]) && !isLWS(s[i]) {
			return false
		}
	}
	return true
}

func init() {
	fmt.Println(valid("a b\tc"), valid("a\x01b"), valid("x\x7f"))
	for _, p := range []Point{{0, 0}, {0, 1}} {
		if p.Origin() {
			fmt.Println("origin")
		} else if !p.Origin() && isLWS(' ') {
			fmt.Println("elsewhere", p)
		}
	}
}
