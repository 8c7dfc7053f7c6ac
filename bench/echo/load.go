// The load generator of bench/echo.sh (compiled by Go, the same for both servers): opens
// -conns connections, waits until all are open at once, then has each do -rounds round
// trips of -size bytes, and reports errors and round trips per second. With -probe it only
// checks that the server accepts connections.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:7777", "server address")
	conns := flag.Int("conns", 100, "connections open at once")
	rounds := flag.Int("rounds", 10, "round trips per connection")
	size := flag.Int("size", 64, "bytes per message")
	dialers := flag.Int("dialers", 256, "dials in flight at most")
	probe := flag.Bool("probe", false, "only check that the server accepts connections")
	flag.Parse()

	if *probe {
		c, err := net.DialTimeout("tcp", *addr, time.Second)
		if err != nil {
			os.Exit(1)
		}
		c.Close()
		return
	}

	var failed int64
	var firstErr atomic.Value
	fail := func(err error) {
		if atomic.AddInt64(&failed, 1) == 1 {
			firstErr.Store(err.Error())
		}
	}

	// Phase 1: every connection open at once.
	open := make([]net.Conn, *conns)
	sem := make(chan struct{}, *dialers)
	var wg sync.WaitGroup
	dialStart := time.Now()
	for i := range open {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			var err error
			for try := 0; try < 5; try++ {
				if open[i], err = net.DialTimeout("tcp", *addr, 10*time.Second); err == nil {
					return
				}
				time.Sleep(100 * time.Millisecond)
			}
			fail(err)
		}(i)
	}
	wg.Wait()
	dialTime := time.Since(dialStart)

	// Phase 2: round trips on all of them concurrently.
	msg := bytes.Repeat([]byte("x"), *size)
	start := time.Now()
	var trips int64
	for _, c := range open {
		if c == nil {
			continue
		}
		wg.Add(1)
		go func(c net.Conn) {
			defer wg.Done()
			defer c.Close()
			got := make([]byte, *size)
			for r := 0; r < *rounds; r++ {
				if _, err := c.Write(msg); err != nil {
					fail(err)
					return
				}
				if _, err := io.ReadFull(c, got); err != nil {
					fail(err)
					return
				}
				if !bytes.Equal(got, msg) {
					fail(fmt.Errorf("echo differs"))
					return
				}
				atomic.AddInt64(&trips, 1)
			}
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(start)
	first, _ := firstErr.Load().(string)
	fmt.Printf("conns=%d rounds=%d trips=%d errors=%d dial_s=%.2f run_s=%.3f rps=%.0f first_error=%q\n",
		*conns, *rounds, trips, failed, dialTime.Seconds(), elapsed.Seconds(), float64(trips)/elapsed.Seconds(), first)
}
