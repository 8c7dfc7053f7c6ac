package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	s := <-c
	fmt.Println("got", s, s == os.Interrupt)
	p, _ := os.FindProcess(os.Getpid())
	p.Signal(syscall.SIGTERM)
	fmt.Println("got", <-c)

	// Two channels both receive a signal they asked for.
	c2 := make(chan os.Signal, 1)
	signal.Notify(c2, syscall.SIGUSR1)
	signal.Notify(c, syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	fmt.Println("c2 got", <-c2, "c got", <-c)

	// Delivery never blocks: a full channel misses the signal.
	full := make(chan os.Signal, 1)
	full <- syscall.SIGHUP
	signal.Notify(full, syscall.SIGUSR2)
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("full still holds", <-full)
	select {
	case s := <-full:
		fmt.Println("unexpected", s)
	default:
		fmt.Println("the second one was dropped")
	}
	signal.Stop(full)
	signal.Stop(c2)
	signal.Stop(c)

	// Ignore: the signal neither arrives nor kills.
	signal.Ignore(syscall.SIGHUP)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGHUP), signal.Ignored(syscall.SIGINT))
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	signal.Reset(syscall.SIGHUP)
	fmt.Println("ignored after reset:", signal.Ignored(syscall.SIGHUP))

	// NotifyContext: the context is cancelled by the signal.
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	fmt.Println(ctx)
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	<-ctx.Done()
	fmt.Println("ctx:", ctx.Err())
	stop()

	// Notify with no signals relays all of them.
	all := make(chan os.Signal, 4)
	signal.Notify(all)
	syscall.Kill(os.Getpid(), syscall.SIGWINCH)
	fmt.Println("all got", <-all)
	signal.Stop(all)

	fmt.Println(syscall.SIGINT, "|", syscall.SIGKILL, "|", syscall.SIGQUIT, "|", syscall.Signal(77), "|", int(syscall.SIGTERM))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		signal.Notify(nil, os.Interrupt)
	}()
	fmt.Println(syscall.Kill(os.Getpid(), 0))
}
