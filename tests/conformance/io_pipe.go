package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	// A producer goroutine writes lines; the consumer scans them as they come.
	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	// A write blocks until readers have taken all of it, in pieces.
	pr, pw = io.Pipe()
	done := make(chan error)
	var written int
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		written = n
		done <- err
	}()
	buf := make([]byte, 4)
	for total := 0; total < 10; {
		n, _ := pr.Read(buf)
		fmt.Printf("read %q\n", buf[:n])
		total += n
	}
	err := <-done
	fmt.Println("write returned", written, err)

	// CloseWithError: the reader sees the writer's error; a closed reader fails writes.
	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial"))
		pw.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
	pr, pw = io.Pipe()
	pr.Close()
	n, err := pw.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gone"))
	_, err = pw.Write([]byte("x"))
	fmt.Println(err)
	pw.Close()
	_, err = pr.Read(buf)
	fmt.Println(err)
	pr, pw = io.Pipe()
	pw.Close()
	_, err = pr.Read(buf)
	fmt.Println(err == io.EOF)
	_, err = pw.Write([]byte("late"))
	fmt.Println(err)

	// Many writers, one reader: each Write is delivered whole, in some order.
	pr, pw = io.Pipe()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				fmt.Fprintf(pw, "%d", w)
			}
		}(w)
	}
	go func() {
		wg.Wait()
		pw.Close()
	}()
	all, _ := io.ReadAll(pr)
	counts := map[rune]int{}
	for _, r := range string(all) {
		counts[r]++
	}
	fmt.Println(len(all), counts)

	// io.Copy through a pipe with a TeeReader on the way.
	pr, pw = io.Pipe()
	go func() {
		io.Copy(pw, strings.NewReader(strings.Repeat("ab", 1000)))
		pw.Close()
	}()
	var copied strings.Builder
	var seen strings.Builder
	n64, err := io.Copy(&copied, io.TeeReader(pr, &seen))
	fmt.Println(n64, err, copied.Len(), seen.Len(), copied.String() == seen.String())
}
