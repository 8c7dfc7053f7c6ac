package main

import (
	"context"
	"fmt"
)

type key int
type name string

func (n name) String() string { return "name:" + string(n) }

type otherKey struct{ a, b int }

func main() {
	const k1, k2 key = 1, 2
	ctx := context.WithValue(context.Background(), k1, "one")
	ctx = context.WithValue(ctx, k2, 2)
	c, cancel := context.WithCancel(ctx)
	defer cancel()
	ctx = context.WithValue(c, name("n"), name("v"))
	ctx = context.WithValue(ctx, otherKey{1, 2}, []int{3})
	ctx = context.WithValue(ctx, k1, "shadowed")
	fmt.Println(ctx.Value(k1), ctx.Value(k2), ctx.Value(name("n")), ctx.Value(otherKey{1, 2}), ctx.Value(otherKey{2, 1}))
	fmt.Println(ctx.Value(1), ctx.Value("n"), c.Value(k1), c.Value(name("n")))
	for _, f := range []func(){
		func() { context.WithValue(context.Background(), nil, 1) },
		func() { context.WithValue(context.Background(), []int{1}, 1) },
		func() { context.WithValue(context.Background(), func() {}, 1) },
		func() { context.WithValue(nil, 1, 1) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
