package main

import (
	"fmt"
	"io"
	"net"
	"strings"
)

// Half-close: the client sends a request and closes its writing side; the server reads to
// EOF, answers, and closes; the client reads the whole answer to EOF.
func main() {
	ln, err := net.ListenTCP("tcp4", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			c, err := ln.AcceptTCP()
			if err != nil {
				return
			}
			go func(c *net.TCPConn) {
				defer c.Close()
				req, err := io.ReadAll(c)
				fmt.Fprintf(c, "got %d bytes, %d words (%v); ", len(req), len(strings.Fields(string(req))), err)
				// Our reading side is done too: writing still works.
				c.CloseRead()
				io.WriteString(c, "bye")
			}(c)
		}
	}()

	raddr := ln.Addr().(*net.TCPAddr)
	for _, req := range []string{"", "one", strings.Repeat("many words ", 10000)} {
		c, err := net.DialTCP("tcp", nil, raddr)
		if err != nil {
			panic(err)
		}
		c.SetNoDelay(false)
		c.SetKeepAlive(true)
		io.WriteString(c, req)
		if err := c.CloseWrite(); err != nil {
			panic(err)
		}
		// Writing after CloseWrite fails with EPIPE.
		_, werr := c.Write([]byte("late"))
		fmt.Println("late write:", strings.Replace(strings.Replace(werr.Error(), c.LocalAddr().String(), "LOCAL", 1), c.RemoteAddr().String(), "REMOTE", 1))
		resp, err := io.ReadAll(c)
		fmt.Printf("%s %v\n", resp, err)
		c.Close()
	}
	ln.Close()
}
