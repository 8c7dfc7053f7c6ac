// A chat server: each client is served by its own goroutine; a broadcaster goroutine owns
// the set of clients and relays every message to all the others over channels (after
// "The Go Programming Language", section 8.10).
//
//	minigo run examples/chat.go [address]     (default 127.0.0.1:7008)
//
// Connect with `nc 127.0.0.1 7008`: the first line you type is your name.
package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"strings"
)

// A client is the outgoing message channel of one connection.
type client struct {
	name string
	out  chan<- string
}

var (
	entering = make(chan client)
	leaving  = make(chan client)
	messages = make(chan string) // every incoming message, to broadcast
)

func broadcaster() {
	clients := map[client]bool{}
	for {
		select {
		case msg := <-messages:
			for c := range clients {
				select {
				case c.out <- msg:
				default: // a client that cannot keep up misses messages rather than stall everyone
				}
			}
		case c := <-entering:
			var names []string
			for other := range clients {
				names = append(names, other.name)
			}
			c.out <- fmt.Sprintf("* %d other(s) here: %s", len(names), strings.Join(names, ", "))
			clients[c] = true
		case c := <-leaving:
			delete(clients, c)
			close(c.out)
		}
	}
}

func handle(conn net.Conn) {
	defer conn.Close()
	out := make(chan string, 16)
	go func() { // the writer: everything for this client goes through out
		for msg := range out {
			fmt.Fprintln(conn, msg)
		}
	}()

	in := bufio.NewScanner(conn)
	fmt.Fprintln(conn, "* your name?")
	if !in.Scan() {
		close(out)
		return
	}
	name := strings.TrimSpace(in.Text())
	me := client{name, out}
	entering <- me
	messages <- "* " + name + " joined"
	for in.Scan() {
		messages <- name + ": " + in.Text()
	}
	leaving <- me
	messages <- "* " + name + " left"
}

func main() {
	addr := "127.0.0.1:7008"
	if len(os.Args) > 1 {
		addr = os.Args[1]
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "chat:", err)
		os.Exit(1)
	}
	fmt.Println("chat server listening on", ln.Addr())
	go broadcaster()
	for {
		conn, err := ln.Accept()
		if err != nil {
			continue
		}
		go handle(conn)
	}
}
