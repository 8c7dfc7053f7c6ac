package main

type Animal interface{ Sound() string }
type Base struct{ Name string }

func (b Base) Hello() string  { return "hello " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Dog struct {
	Base
	Age int
}

func (d Dog) Sound() string { return "woof" }

type Greeter interface{ Hello() string }

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func deferOrder() (result int) {
	for i := 0; i < 3; i++ {
		defer func(n int) { result = result*10 + n }(i)
	}
	return 0
}

func main() {
	d := Dog{Base{"rex"}, 3}
	println(d.Hello(), d.Name, d.Sound())
	d.Rename("max")
	println(d.Name)
	var g Greeter = d
	println(g.Hello())
	var gp Greeter = &d
	println(gp.Hello())
	var a Animal = &d
	println(a.Sound())

	println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}))
	s := &Stack[string]{}
	s.Push("a")
	s.Push("b")
	x, ok := s.Pop()
	println(x, ok, len(s.items))
	strs := Map([]int{1, 2, 3}, func(i int) string { return string(rune('a' + i)) })
	println(len(strs), strs[0], strs[2])

	var m MyInt = 21
	f := m.Double
	println(f(), MyInt.Double(4))

	println(deferOrder())

	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	big := 1 << 62
	println(i8, u8, big*4, -7/2, -7%2, 7>>1)
	var f32 float32 = 0.1
	println(f32*3 == 0.3, float64(f32))

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	switch 2 {
	case 1:
		println("one")
	case 2:
		println("two")
		fallthrough
	case 3:
		println("three")
	default:
		println("def")
	}
	type P struct{ A, B int }
	println(P{1, 2} == P{1, 2}, [2]int{1, 2} != [2]int{1, 3})
	ps := []P{{1, 2}, {3, 4}}
	ps[1].A = 30
	q := ps[0]
	q.A = 99
	println(ps[0].A, ps[1].A, q.A)
	mp := map[P]string{{1, 2}: "x"}
	println(mp[P{1, 2}])
	sl := []int{1, 2, 3, 4, 5}
	t := sl[1:3]
	t = append(t, 100)
	println(sl[3], len(t), cap(t))
	n := copy(sl, []int{9, 9})
	println(n, sl[0], sl[1])
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	println(i)
	defer func() {
		r := recover()
		println("recovered:", r.(string))
	}()
	panic("boom")
}
