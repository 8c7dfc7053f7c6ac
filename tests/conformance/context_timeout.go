package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	// WithTimeout: Done closes after at least the timeout; Err is DeadlineExceeded.
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, dl.After(start))
	select {
	case <-ctx.Done():
		fmt.Println("done after >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	case <-time.After(10 * time.Second):
		fmt.Println("timeout did not fire")
	}
	err := ctx.Err()
	fmt.Println(err, err == context.DeadlineExceeded, errors.Is(err, context.DeadlineExceeded))
	var te interface{ Timeout() bool }
	fmt.Println("Timeout():", errors.As(err, &te) && te.Timeout())
	cancel()
	fmt.Println("cancel after expiry keeps the error:", ctx.Err())

	// Work that finishes first: select on ctx.Done() and a result.
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	result := make(chan int)
	go func() { result <- 42 }()
	select {
	case r := <-result:
		fmt.Println("result", r, ctx2.Err())
	case <-ctx2.Done():
		fmt.Println("unexpected")
	}
	cancel2()
	fmt.Println("cancelled:", ctx2.Err())

	// A deadline in the past: already done.
	past, cancel3 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel3()
	<-past.Done()
	fmt.Println("past deadline:", past.Err())

	// A child's deadline cannot be later than its parent's.
	parent, cancelP := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancelP()
	child, cancelC := context.WithTimeout(parent, time.Hour)
	defer cancelC()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline is parent's:", pd.Equal(cd))
	<-child.Done()
	fmt.Println("child:", child.Err())

	// A shorter deadline under a longer one fires on its own.
	long, cancelL := context.WithTimeout(context.Background(), time.Hour)
	defer cancelL()
	short, cancelS := context.WithTimeout(long, 10*time.Millisecond)
	defer cancelS()
	<-short.Done()
	fmt.Println("short:", short.Err(), "long:", long.Err())

	// Cancelling the parent of a timer context: Canceled, not DeadlineExceeded.
	p2, cancelP2 := context.WithCancel(context.Background())
	t2, cancelT2 := context.WithTimeout(p2, time.Hour)
	defer cancelT2()
	cancelP2()
	<-t2.Done()
	fmt.Println("parent cancelled:", t2.Err())
}
