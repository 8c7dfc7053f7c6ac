// Go 1.20-1.21: causes, AfterFunc, WithoutCancel, WithDeadlineCause, WithTimeoutCause.
// expected output written from the Go 1.22 spec
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// funcCtx is a Context of the program's own with an AfterFunc method: children are tied
// to it through that method instead of a goroutine. (It hides the values of the context it
// wraps, or its children would find that one's cancelCtx and bypass it.)
type funcCtx struct {
	context.Context
	registered *int
}

func (funcCtx) Value(key any) any { return nil }

func (c funcCtx) AfterFunc(f func()) func() bool {
	*c.registered++
	return context.AfterFunc(c.Context, f)
}

func main() {
	errTired := errors.New("tired")

	// WithCancelCause: Err is Canceled, Cause is the cause, for the context and below.
	ctx, cancel := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println(context.Cause(ctx), context.Cause(child))
	cancel(errTired)
	cancel(errors.New("ignored: already cancelled"))
	fmt.Println(ctx.Err(), context.Cause(ctx), context.Cause(child), child.Err())
	fmt.Println(ctx)

	// Without a cause (nil, or a plain CancelFunc): Cause is Err.
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	ctx3, cancel3 := context.WithCancel(context.Background())
	cancel3()
	fmt.Println(context.Cause(ctx2), context.Cause(ctx3), context.Cause(context.Background()))

	// WithTimeoutCause / WithDeadlineCause: the cause when the time is up, not on cancel.
	t1, c1 := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errTired)
	defer c1()
	<-t1.Done()
	fmt.Println(t1.Err(), context.Cause(t1))
	t2, c2 := context.WithDeadlineCause(context.Background(), time.Now().Add(time.Hour), errTired)
	c2()
	fmt.Println(t2.Err(), context.Cause(t2))
	t3, c3 := context.WithDeadlineCause(context.Background(), time.Now().Add(-time.Second), errTired)
	defer c3()
	fmt.Println(t3.Err(), context.Cause(t3))

	// AfterFunc: f runs in its own goroutine once the context is done.
	base, cancelBase := context.WithCancel(context.Background())
	ran := make(chan string, 3)
	stop1 := context.AfterFunc(base, func() { ran <- "f1" })
	stop2 := context.AfterFunc(base, func() { ran <- "f2" })
	fmt.Println("stop2 before cancel:", stop2(), stop2())
	cancelBase()
	fmt.Println(<-ran)
	fmt.Println("stop1 after it ran:", stop1())
	// On a context that is already done, f runs at once.
	block := make(chan bool)
	stop3 := context.AfterFunc(base, func() {
		<-block
		ran <- "f3"
	})
	close(block)
	fmt.Println(<-ran, stop3())

	// WithoutCancel: values pass, cancellation does not.
	parent, cancelParent := context.WithCancel(context.WithValue(context.Background(), "k", "v"))
	wc := context.WithoutCancel(parent)
	cancelParent()
	_, hasDeadline := wc.Deadline()
	fmt.Println(wc.Err(), wc.Done() == nil, hasDeadline, wc.Value("k"), context.Cause(wc))
	fmt.Println(wc)
	sub, cancelSub := context.WithCancel(wc)
	fmt.Println(sub.Err())
	cancelSub()
	fmt.Println(sub.Err(), sub)

	// A parent with an AfterFunc method: a child registers through it.
	n := 0
	inner, cancelInner := context.WithCancel(context.Background())
	fc := funcCtx{inner, &n}
	fchild, cancelF := context.WithCancel(fc)
	defer cancelF()
	fmt.Println("registered:", n)
	cancelInner()
	<-fchild.Done()
	fmt.Println(fchild.Err(), context.Cause(fchild))

	// AfterFunc's goroutines run concurrently with the canceller.
	var wg sync.WaitGroup
	wc2, cancelWc2 := context.WithCancel(context.Background())
	count := 0
	var mu sync.Mutex
	for i := 0; i < 5; i++ {
		wg.Add(1)
		context.AfterFunc(wc2, func() {
			mu.Lock()
			count++
			mu.Unlock()
			wg.Done()
		})
	}
	cancelWc2()
	wg.Wait()
	fmt.Println("ran:", count)
}
