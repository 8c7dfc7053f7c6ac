package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

type myCtx struct{ context.Context }

type named string

func (n named) String() string { return "named(" + string(n) + ")" }

type key struct{}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	c, cancel := context.WithCancel(bg)
	defer cancel()
	fmt.Println(c)
	v := context.WithValue(c, key{}, "val")
	fmt.Println(v)
	fmt.Println(context.WithValue(v, "k", named("x")))
	fmt.Println(context.WithValue(bg, 1, 2))
	m := myCtx{v}
	mc, cancelM := context.WithCancel(m)
	defer cancelM()
	fmt.Println(mc)
	fmt.Printf("%v|%s\n", context.TODO(), c)
	d, cancelD := context.WithDeadline(c, time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC))
	defer cancelD()
	s := fmt.Sprint(d)
	fmt.Println(strings.HasPrefix(s, "context.Background.WithCancel.WithDeadline(2009-11-10 23:00:00 +0000 UTC ["), strings.HasSuffix(s, "])"))
	fmt.Println(d.Err())
}
