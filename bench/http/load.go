// The load generator of bench/http.sh (compiled by Go, the same for both servers): -conns
// keep-alive connections, each sending -requests GET requests one after another and
// reading each response (status line, headers, Content-Length body) before the next, as
// an HTTP/1.1 client without pipelining does. Reports errors and requests per second.
// With -probe it only checks that the server answers.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "server address")
	conns := flag.Int("conns", 50, "keep-alive connections")
	requests := flag.Int("requests", 2000, "requests per connection")
	probe := flag.Bool("probe", false, "only check that the server answers")
	flag.Parse()

	if *probe {
		c, err := net.DialTimeout("tcp", *addr, time.Second)
		if err != nil {
			os.Exit(1)
		}
		c.Close()
		return
	}

	request := []byte("GET / HTTP/1.1\r\nHost: " + *addr + "\r\nUser-Agent: load\r\n\r\n")
	var failed, done int64
	var firstErr atomic.Value
	fail := func(err error) {
		if atomic.AddInt64(&failed, 1) == 1 {
			firstErr.Store(err.Error())
		}
	}
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < *conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", *addr)
			if err != nil {
				fail(err)
				return
			}
			defer c.Close()
			r := bufio.NewReader(c)
			for n := 0; n < *requests; n++ {
				if _, err := c.Write(request); err != nil {
					fail(err)
					return
				}
				if err := readResponse(r); err != nil {
					fail(err)
					return
				}
				atomic.AddInt64(&done, 1)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	first, _ := firstErr.Load().(string)
	fmt.Printf("conns=%d requests=%d done=%d errors=%d run_s=%.3f rps=%.0f first_error=%q\n",
		*conns, *requests, done, failed, elapsed.Seconds(), float64(done)/elapsed.Seconds(), first)
}

// readResponse reads one response with a Content-Length body and checks its status.
func readResponse(r *bufio.Reader) error {
	status, err := r.ReadString('\n')
	if err != nil {
		return err
	}
	if !strings.HasPrefix(status, "HTTP/1.1 200 ") {
		return fmt.Errorf("status %q", status)
	}
	length := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(k, "Content-Length") {
			if length, err = strconv.Atoi(strings.TrimSpace(v)); err != nil {
				return err
			}
		}
	}
	if length < 0 {
		return fmt.Errorf("no Content-Length")
	}
	_, err = io.CopyN(io.Discard, r, int64(length))
	return err
}
