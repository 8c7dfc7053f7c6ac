package main

import (
	"fmt"
	"io"
	"net"
	"sync"
)

// 200 clients at once against one echo server, each doing 20 round trips of its own
// messages; the server counts bytes with a mutex. Everything is checked, only totals are
// printed.
func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	var mu sync.Mutex
	echoed := 0
	var conns sync.WaitGroup
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns.Add(1)
			go func(c net.Conn) {
				defer conns.Done()
				defer c.Close()
				buf := make([]byte, 64)
				for {
					n, err := c.Read(buf)
					if n > 0 {
						mu.Lock()
						echoed += n
						mu.Unlock()
						if _, err := c.Write(buf[:n]); err != nil {
							return
						}
					}
					if err != nil {
						return
					}
				}
			}(c)
		}
	}()

	const clients, rounds = 200, 20
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				errs <- err
				return
			}
			defer c.Close()
			for r := 0; r < rounds; r++ {
				msg := fmt.Sprintf("client %03d round %02d", id, r)
				if _, err := c.Write([]byte(msg)); err != nil {
					errs <- err
					return
				}
				got := make([]byte, len(msg))
				if _, err := io.ReadFull(c, got); err != nil {
					errs <- err
					return
				}
				if string(got) != msg {
					errs <- fmt.Errorf("client %d: got %q, want %q", id, got, msg)
					return
				}
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		fmt.Println("error:", err)
	}
	ln.Close()
	conns.Wait()
	fmt.Println("bytes echoed:", echoed, "want", clients*rounds*len("client 000 round 00"))
}
