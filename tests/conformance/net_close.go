package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	hide := func(err error) string { return strings.ReplaceAll(err.Error(), addr, "ADDR") }

	// Close unblocks an Accept waiting in another goroutine.
	accepted := make(chan error)
	go func() {
		_, err := ln.Accept()
		accepted <- err
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("close:", ln.Close())
	err = <-accepted
	fmt.Println("accept:", hide(err))
	fmt.Println("ErrClosed:", errors.Is(err, net.ErrClosed), "timeout:", err.(net.Error).Timeout())
	err = ln.Close()
	fmt.Println("second close:", hide(err), errors.Is(err, net.ErrClosed))
	_, err = ln.Accept()
	fmt.Println("accept after close:", hide(err))

	// A connection closed while a Read and a Write wait in other goroutines.
	ln, err = net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	peer := make(chan net.Conn)
	go func() {
		c, _ := ln.Accept()
		peer <- c
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	s := <-peer
	hidec := func(err error) string {
		m := strings.ReplaceAll(err.Error(), c.LocalAddr().String(), "LOCAL")
		return strings.ReplaceAll(m, c.RemoteAddr().String(), "REMOTE")
	}
	readErr := make(chan error)
	go func() {
		_, err := c.Read(make([]byte, 10))
		readErr <- err
	}()
	writeErr := make(chan error)
	go func() {
		chunk := make([]byte, 64*1024)
		for {
			if _, err := c.Write(chunk); err != nil {
				writeErr <- err
				return
			}
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("close conn:", c.Close())
	err = <-readErr
	fmt.Println("read:", hidec(err), errors.Is(err, net.ErrClosed))
	err = <-writeErr
	fmt.Println("write:", hidec(err), errors.Is(err, net.ErrClosed))
	_, err = c.Read(make([]byte, 1))
	fmt.Println("read after close:", hidec(err))
	_, err = c.Write([]byte("x"))
	fmt.Println("write after close:", hidec(err))
	err = c.Close()
	fmt.Println("close again:", hidec(err))
	fmt.Println("deadline after close:", hidec(c.SetDeadline(time.Now())))

	// The peer sees the data then EOF.
	n, err := io.Copy(io.Discard, s)
	fmt.Println("peer got bytes:", n > 0, err)
	s.Close()
	ln.Close()
}
