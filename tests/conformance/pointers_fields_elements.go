package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr[1]
	*p = 20
	fmt.Println(arr)
	sl := []int{4, 5, 6}
	q := &sl[2]
	*q *= 10
	fmt.Println(sl)
	n := Node{Val: 1}
	vp := &n.Val
	*vp = 7
	fmt.Println(n.Val)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for c := head; c != nil; c = c.Next {
		fmt.Print(c.Val, " ")
	}
	fmt.Println()
	head.Next.Val = 200
	fmt.Println(head.Next.Val, (*head.Next).Val)
	ps := &struct{ A, B int }{1, 2}
	ps.B = 5
	fmt.Println(*ps)
	grow := sl
	old := &sl[0]
	grow = append(grow, 1, 2, 3, 4)
	*old = -1
	fmt.Println(sl[0], grow[0])
}
