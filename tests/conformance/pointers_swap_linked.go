package main

import "fmt"

func swap(a, b *int) {
	*a, *b = *b, *a
}

type List struct {
	head *elem
	size int
}

type elem struct {
	v    string
	next *elem
}

func (l *List) Push(v string) {
	l.head = &elem{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *elem
	cur := l.head
	for cur != nil {
		cur.next, prev, cur = prev, cur, cur.next
	}
	l.head = prev
}

func (l List) String() string {
	s := "["
	for e := l.head; e != nil; e = e.next {
		if e != l.head {
			s += " "
		}
		s += e.v
	}
	return s + "]"
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	var l List
	for _, v := range []string{"a", "b", "c", "d"} {
		l.Push(v)
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(&l)
}
