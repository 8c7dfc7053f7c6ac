package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// otherCtx is a Context of the program's own that wraps a standard one: its children find
// the cancelCtx inside through Value and attach to it.
type otherCtx struct {
	context.Context
}

// chanCtx is a Context of the program's own, done when its channel is closed: its children
// are tied to it by a goroutine waiting on Done.
type chanCtx chan struct{}

func (c chanCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c chanCtx) Done() <-chan struct{}       { return c }
func (c chanCtx) Value(key any) any           { return nil }
func (c chanCtx) Err() error {
	select {
	case <-c:
		return context.Canceled
	default:
		return nil
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	v := context.WithValue(a1, "k", "v")
	a2, cancelA2 := context.WithCancel(v)
	o := otherCtx{a}
	o1, cancelO1 := context.WithCancel(o)
	defer cancelB()
	defer cancelA2()
	defer cancelO1()

	show := func(label string) {
		fmt.Println(label)
		for _, c := range []struct {
			name string
			ctx  context.Context
		}{{"root", root}, {"a", a}, {"b", b}, {"a1", a1}, {"v", v}, {"a2", a2}, {"o", o}, {"o1", o1}} {
			done := false
			select {
			case <-c.ctx.Done():
				done = true
			default:
			}
			fmt.Printf("  %-4s done=%-5v err=%v\n", c.name, done, c.ctx.Err())
		}
	}
	show("initially:")

	// Cancelling a1 cancels what derives from it, not its parent or siblings.
	cancelA1()
	show("after cancel a1:")

	// Cancelling a reaches o1 through o (a Context of another kind) as well.
	cancelA()
	<-o1.Done()
	show("after cancel a:")

	// Cancelling the root reaches b; cancelling again changes nothing.
	cancelRoot()
	cancelRoot()
	cancelA()
	show("after cancel root:")

	// A child of a cancelled parent starts cancelled.
	c, cancelC := context.WithCancel(root)
	defer cancelC()
	fmt.Println("child of cancelled:", c.Err())

	// Many goroutines wait on the same Done; all wake.
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			mu.Lock()
			woken++
			mu.Unlock()
		}()
	}
	cancel()
	wg.Wait()
	fmt.Println("woken:", woken, ctx.Err() == context.Canceled)

	// A Context of another kind: a goroutine carries its cancellation to its children.
	cc := make(chanCtx)
	ccChild, cancelCC := context.WithCancel(cc)
	defer cancelCC()
	ccGrandchild, cancelCCG := context.WithTimeout(ccChild, time.Hour)
	defer cancelCCG()
	fmt.Println(ccChild, ccChild.Err())
	close(cc)
	<-ccGrandchild.Done()
	fmt.Println(ccChild.Err(), ccGrandchild.Err())

	// Background and TODO are never cancelled.
	fmt.Println(context.Background().Done() == nil, context.TODO().Err(), context.Background().Value("k"))
	_, ok := context.Background().Deadline()
	fmt.Println("deadline:", ok)

	defer func() { fmt.Println("recovered:", recover()) }()
	context.WithCancel(nil)
}
