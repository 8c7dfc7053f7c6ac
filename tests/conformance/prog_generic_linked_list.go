package main

import (
	"fmt"
	"strings"
)

type element[T any] struct {
	val        T
	prev, next *element[T]
}

type DList[T any] struct {
	head, tail *element[T]
	n          int
}

func (l *DList[T]) PushBack(v T) {
	e := &element[T]{val: v, prev: l.tail}
	if l.tail != nil {
		l.tail.next = e
	} else {
		l.head = e
	}
	l.tail = e
	l.n++
}

func (l *DList[T]) PushFront(v T) {
	e := &element[T]{val: v, next: l.head}
	if l.head != nil {
		l.head.prev = e
	} else {
		l.tail = e
	}
	l.head = e
	l.n++
}

func (l *DList[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for e := l.head; e != nil; e = e.next {
		if !pred(e.val) {
			continue
		}
		if e.prev != nil {
			e.prev.next = e.next
		} else {
			l.head = e.next
		}
		if e.next != nil {
			e.next.prev = e.prev
		} else {
			l.tail = e.prev
		}
		l.n--
		removed++
	}
	return removed
}

func (l *DList[T]) Backward() []T {
	var out []T
	for e := l.tail; e != nil; e = e.prev {
		out = append(out, e.val)
	}
	return out
}

func (l *DList[T]) String() string {
	parts := []string{}
	for e := l.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprint(e.val))
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

func MapList[T, U any](l *DList[T], f func(T) U) *DList[U] {
	out := &DList[U]{}
	for e := l.head; e != nil; e = e.next {
		out.PushBack(f(e.val))
	}
	return out
}

func main() {
	l := &DList[int]{}
	for i := 1; i <= 6; i++ {
		if i%2 == 0 {
			l.PushBack(i)
		} else {
			l.PushFront(i)
		}
	}
	fmt.Println(l, l.n)
	fmt.Println(l.Backward())
	fmt.Println(l.RemoveIf(func(v int) bool { return v%3 == 0 }), l, l.n)
	s := MapList(l, func(v int) string { return strings.Repeat("*", v) })
	fmt.Println(s)
	var empty DList[string]
	fmt.Println(&empty, empty.Backward() == nil)
}
