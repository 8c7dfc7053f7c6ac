// An echo server: one goroutine per connection copies what the client sends back to it.
//
//	minigo run examples/echo.go [address]     (default 127.0.0.1:7007; use :0 for any port)
//
// Try it with `nc 127.0.0.1 7007`. Reads and writes park the goroutine on the netpoller,
// so ten thousand idle clients cost memory, not threads.
package main

import (
	"fmt"
	"io"
	"net"
	"os"
)

func main() {
	addr := "127.0.0.1:7007"
	if len(os.Args) > 1 {
		addr = os.Args[1]
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "echo:", err)
		os.Exit(1)
	}
	fmt.Println("echo server listening on", ln.Addr())
	for {
		conn, err := ln.Accept()
		if err != nil {
			fmt.Fprintln(os.Stderr, "echo:", err)
			continue
		}
		go func(c net.Conn) {
			defer c.Close()
			io.Copy(c, c) // until the client closes its side
		}(conn)
	}
}
