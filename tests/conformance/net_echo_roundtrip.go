package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"strings"
)

// An echo server: each connection gets what it sends back in upper case, until the client
// closes its side.
func serve(ln net.Listener, done chan<- int) {
	served := 0
	for {
		c, err := ln.Accept()
		if err != nil {
			done <- served
			return
		}
		served++
		go func(c net.Conn) {
			defer c.Close()
			buf := make([]byte, 1000)
			for {
				n, err := c.Read(buf)
				if n > 0 {
					c.Write(bytes.ToUpper(buf[:n]))
				}
				if err != nil {
					return
				}
			}
		}(c)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	fmt.Println("listening on", ln.Addr().Network())
	done := make(chan int)
	go serve(ln, done)

	for round := 1; round <= 3; round++ {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		fmt.Println("local and remote are tcp:", c.LocalAddr().Network(), c.RemoteAddr().Network())
		fmt.Println("remote is the listener:", c.RemoteAddr().String() == ln.Addr().String())
		for i := 0; i < 4; i++ {
			msg := fmt.Sprintf("round %d message %d", round, i)
			if _, err := io.WriteString(c, msg); err != nil {
				panic(err)
			}
			reply := make([]byte, len(msg))
			n, err := io.ReadFull(c, reply)
			fmt.Printf("%d %q %v\n", n, reply, err)
		}
		// A large message comes back whole, whatever the segments: written by another
		// goroutine while this one reads, or neither side's buffers would drain.
		big := strings.Repeat("abcdefghij", 20000)
		go io.WriteString(c, big)
		reply := make([]byte, len(big))
		n, err := io.ReadFull(c, reply)
		fmt.Println(n, string(reply) == strings.ToUpper(big), err)
		// Half-close: the server sees EOF, closes, and so do we.
		c.(*net.TCPConn).CloseWrite()
		n, err = c.Read(make([]byte, 10))
		fmt.Println(n, err)
		c.Close()
	}
	ln.Close()
	fmt.Println("served", <-done)
}
