// Conditions compiled as branches: && and || with side effects in order, !, comparisons of
// integers with constants on either side (negative, zero, large), mixed signedness kinds,
// bools, nil against every nilable kind, in if, for and expressionless switch.
package main

import "fmt"

var trace []string

func t(name string, v bool) bool {
	trace = append(trace, name)
	return v
}

type S struct{ p *int }

func classify(x int) string {
	switch {
	case x < -5:
		return "very negative"
	case x <= 0 && x != -1:
		return "non-positive"
	case x == -1:
		return "minus one"
	case 10 > x:
		return "small"
	case 100 >= x || x == 1000:
		return "medium or 1000"
	}
	return "large"
}

func main() {
	for _, c := range [][4]bool{{true, true, true, true}, {true, false, true, false}, {false, true, false, true}, {false, false, false, false}} {
		trace = nil
		if t("a", c[0]) && t("b", c[1]) || t("c", c[2]) && !t("d", c[3]) {
			trace = append(trace, "then")
		} else {
			trace = append(trace, "else")
		}
		if !(t("e", c[0]) || t("f", c[1])) {
			trace = append(trace, "neither")
		}
		fmt.Println(c, trace)
	}
	for _, x := range []int{-10, -5, -1, 0, 3, 9, 10, 50, 100, 101, 1000, 1 << 40} {
		fmt.Println(x, classify(x))
	}

	var u8 uint8 = 200
	var i8 int8 = -100
	var u uint64 = 1 << 63
	fmt.Println(u8 > 100, u8 < 250, i8 < -99, i8 >= -100, u > 1, u == 1<<63, 0 < u)
	if u8 == 200 && i8 != 0 && u != 0 {
		fmt.Println("mixed kinds ok")
	}

	n := 0
	for i := 0; i < 10 && n < 20; i++ {
		n += i
	}
	fmt.Println("n", n)
	for i := 10; i > 0 || n > 100; i -= 3 {
		n++
	}
	fmt.Println("n", n)

	b1, b2 := true, false
	if b1 == true && b2 == false && b1 != b2 {
		fmt.Println("bools ok")
	}

	var p *int
	var sl []int
	var m map[string]int
	var f func()
	var ifc any
	var err error
	var ch chan int
	fmt.Println(p == nil, sl == nil, m == nil, f == nil, ifc == nil, err == nil, ch == nil)
	if p != nil || sl != nil || m != nil || f != nil || ifc != nil || err != nil || ch != nil {
		fmt.Println("wrong")
	}
	x := 5
	p, sl, m, f, ifc, err, ch = &x, []int{}, map[string]int{}, func() {}, (*int)(nil), fmt.Errorf("e"), make(chan int)
	if p != nil && sl != nil && m != nil && f != nil && ifc != nil && err != nil && ch != nil {
		fmt.Println("all non-nil (an interface holding a nil pointer is not nil)")
	}
	s := S{}
	if nil == s.p {
		fmt.Println("nil on the left")
	}
	k := 7
	if 7 == k && -3 != k && 7 <= k && k >= 7 && !(k > 7) && !(k < 7) {
		fmt.Println("constants on both sides")
	}
}
