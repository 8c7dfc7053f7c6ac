package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

// hide replaces the connection's addresses in an error message, so that no port shows.
func hide(err error, c net.Conn) string {
	s := err.Error()
	s = strings.ReplaceAll(s, c.LocalAddr().String(), "LOCAL")
	return strings.ReplaceAll(s, c.RemoteAddr().String(), "REMOTE")
}

func describe(what string, err error, c net.Conn) {
	var ne net.Error
	isNetErr := errors.As(err, &ne)
	fmt.Printf("%s: %s | deadline exceeded: %v | net.Error: %v timeout: %v\n",
		what, hide(err, c), errors.Is(err, os.ErrDeadlineExceeded), isNetErr, isNetErr && ne.Timeout())
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	peer := make(chan net.Conn)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		peer <- c
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	s := <-peer

	// A read deadline fires: the read fails after it, having read nothing.
	start := time.Now()
	c.SetReadDeadline(start.Add(50 * time.Millisecond))
	n, err := c.Read(make([]byte, 10))
	elapsed := time.Since(start)
	fmt.Println("read returned", n, "after the deadline:", elapsed >= 50*time.Millisecond, "and not much later:", elapsed < 2*time.Second)
	describe("read", err, c)

	// The deadline stays expired until it is moved.
	_, err = c.Read(make([]byte, 10))
	describe("read again", err, c)

	// A deadline in the past fails at once; one far away lets data through.
	c.SetReadDeadline(time.Now().Add(-time.Second))
	_, err = c.Read(make([]byte, 10))
	describe("past deadline", err, c)
	c.SetReadDeadline(time.Now().Add(time.Hour))
	s.Write([]byte("ping"))
	buf := make([]byte, 10)
	n, err = c.Read(buf)
	fmt.Println("with a distant deadline:", string(buf[:n]), err)

	// Moving the deadline while a read waits: the read takes the new one.
	c.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	go func() {
		time.Sleep(5 * time.Millisecond)
		c.SetReadDeadline(time.Now().Add(80 * time.Millisecond))
	}()
	start = time.Now()
	_, err = c.Read(buf)
	fmt.Println("extended deadline honoured:", time.Since(start) >= 80*time.Millisecond)
	describe("extended", err, c)

	// Clearing the deadline: the read waits for data again.
	c.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(30 * time.Millisecond)
		s.Write([]byte("pong"))
	}()
	n, err = c.Read(buf)
	fmt.Println("without a deadline:", string(buf[:n]), err)

	// A write deadline: nobody reads, so the buffers fill and the write times out.
	c.SetWriteDeadline(time.Now().Add(100 * time.Millisecond))
	chunk := make([]byte, 64*1024)
	total := 0
	for {
		n, err := c.Write(chunk)
		total += n
		if err != nil {
			describe("write", err, c)
			break
		}
	}
	fmt.Println("wrote something before the timeout:", total > 0)

	// SetDeadline sets both; a listener has one too.
	c.SetDeadline(time.Now().Add(-time.Second))
	_, err = c.Read(buf)
	describe("read after SetDeadline", err, c)
	_, err = c.Write(buf)
	describe("write after SetDeadline", err, c)

	tl := ln.(*net.TCPListener)
	tl.SetDeadline(time.Now().Add(30 * time.Millisecond))
	_, err = ln.Accept()
	fmt.Println("accept:", strings.ReplaceAll(err.Error(), ln.Addr().String(), "LISTENER"), errors.Is(err, os.ErrDeadlineExceeded))

	c.Close()
	s.Close()
	ln.Close()
}
