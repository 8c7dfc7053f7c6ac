// Go 1.21's netpoller: once no goroutine waits on a socket, a deadlock is reported again.
// expected output written from the Go 1.22 spec (Go 1.19 hangs here: its count of goroutines
// waiting on the network is never decremented for those the poller readied)
package main

import (
	"fmt"
	"net"
)

// Once every socket is closed nothing waits on the network any more: a goroutine blocked
// for good on a channel is a deadlock again, reported as Go reports it.
func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	done := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			c.Write([]byte("bye"))
			c.Close()
		}
		done <- true
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	buf := make([]byte, 3)
	n, _ := c.Read(buf)
	fmt.Println(string(buf[:n]))
	<-done
	c.Close()
	ln.Close()
	<-done
}
