package main

import (
	"fmt"
	"io"
	"net"
	"sort"
	"strings"
	"sync"
)

// Several goroutines share one connection: writes are whole (Go serializes them), readers
// take turns, and every byte arrives once.
func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	got := make(chan []string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		data, _ := io.ReadAll(c)
		lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		sort.Strings(lines)
		// Answer with 4 readers' worth of bytes.
		c.Write([]byte(strings.Repeat("0123456789", 4000)))
		c.Close()
		got <- lines
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				line := fmt.Sprintf("writer %d line %02d %s\n", w, i, strings.Repeat("x", 2000))
				if _, err := c.Write([]byte(line)); err != nil {
					panic(err)
				}
			}
		}(w)
	}
	wg.Wait()
	c.(*net.TCPConn).CloseWrite()
	lines := <-got
	ok := len(lines) == 400
	for _, l := range lines {
		if len(l) != len("writer 0 line 00 ")+2000 {
			ok = false
		}
	}
	fmt.Println("lines:", len(lines), "all whole:", ok, "first:", lines[0][:17], "last:", lines[399][:17])

	var mu sync.Mutex
	total := 0
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 1000)
			for {
				n, err := c.Read(buf)
				mu.Lock()
				total += n
				mu.Unlock()
				if err != nil {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("read by 4 readers:", total)
	c.Close()
	ln.Close()
}
