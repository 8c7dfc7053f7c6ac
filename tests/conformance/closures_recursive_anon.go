package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func main() {
	var build func(lo, hi int) *Tree
	build = func(lo, hi int) *Tree {
		if lo > hi {
			return nil
		}
		mid := (lo + hi) / 2
		return &Tree{build(lo, mid-1), build(mid+1, hi), mid}
	}
	root := build(1, 7)
	var walk func(t *Tree, depth int)
	var out []int
	walk = func(t *Tree, depth int) {
		if t == nil {
			return
		}
		walk(t.Left, depth+1)
		out = append(out, t.Val*10+depth)
		walk(t.Right, depth+1)
	}
	walk(root, 0)
	fmt.Println(out)
	sum := 0
	var visit func(*Tree)
	visit = func(t *Tree) {
		if t != nil {
			sum += t.Val
			visit(t.Left)
			visit(t.Right)
		}
	}
	visit(root)
	fmt.Println(sum)
}
