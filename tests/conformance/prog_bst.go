package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Left, Right *Node
}

func insert(n *Node, k int) *Node {
	if n == nil {
		return &Node{Key: k}
	}
	switch {
	case k < n.Key:
		n.Left = insert(n.Left, k)
	case k > n.Key:
		n.Right = insert(n.Right, k)
	}
	return n
}

func minNode(n *Node) *Node {
	for n.Left != nil {
		n = n.Left
	}
	return n
}

func remove(n *Node, k int) *Node {
	if n == nil {
		return nil
	}
	if k < n.Key {
		n.Left = remove(n.Left, k)
	} else if k > n.Key {
		n.Right = remove(n.Right, k)
	} else {
		if n.Left == nil {
			return n.Right
		}
		if n.Right == nil {
			return n.Left
		}
		m := minNode(n.Right)
		n.Key = m.Key
		n.Right = remove(n.Right, m.Key)
	}
	return n
}

func inorder(n *Node, visit func(int)) {
	if n != nil {
		inorder(n.Left, visit)
		visit(n.Key)
		inorder(n.Right, visit)
	}
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.Left), height(n.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func render(n *Node, depth int, sb *strings.Builder) {
	if n == nil {
		return
	}
	render(n.Right, depth+1, sb)
	sb.WriteString(strings.Repeat("    ", depth))
	fmt.Fprintln(sb, n.Key)
	render(n.Left, depth+1, sb)
}

func main() {
	var root *Node
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, k)
	}
	var keys []int
	inorder(root, func(k int) { keys = append(keys, k) })
	fmt.Println(keys, height(root))
	var sb strings.Builder
	render(root, 0, &sb)
	fmt.Print(sb.String())
	for _, k := range []int{20, 30, 50, 99} {
		root = remove(root, k)
	}
	keys = keys[:0]
	inorder(root, func(k int) { keys = append(keys, k) })
	fmt.Println(keys, height(root), root.Key)
}
