// wc counts the lines of files, as `wc -l` does, with a pool of worker goroutines:
//
//	minigo run examples/wc.go FILE|DIR...
//
// A directory stands for every regular file below it. With no arguments, wc counts standard
// input. Files are counted concurrently (one worker per CPU); each read blocks only its
// worker's thread, not the others. The counts are printed in argument order, then the total.
package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

type job struct {
	index int
	path  string
}

type result struct {
	lines int
	err   error
}

// countLines counts the newlines of r, reading it in 32 KB chunks.
func countLines(r io.Reader) (int, error) {
	buf := make([]byte, 32*1024)
	lines := 0
	for {
		n, err := r.Read(buf)
		lines += bytes.Count(buf[:n], []byte{'\n'})
		if err == io.EOF {
			return lines, nil
		}
		if err != nil {
			return lines, err
		}
	}
}

func countFile(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return countLines(f)
}

// expand replaces each directory argument by the regular files below it, in lexical order.
func expand(args []string) ([]string, []error) {
	var paths []string
	var errs []error
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil || !info.IsDir() {
			paths = append(paths, arg) // counting it reports the error
			continue
		}
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			if d.Type().IsRegular() {
				paths = append(paths, p)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
	}
	return paths, errs
}

func main() {
	if len(os.Args) < 2 {
		n, err := countLines(os.Stdin)
		if err != nil {
			fmt.Fprintln(os.Stderr, "wc:", err)
			os.Exit(1)
		}
		fmt.Printf("%8d\n", n)
		return
	}

	paths, errs := expand(os.Args[1:])
	failed := len(errs) > 0
	for _, err := range errs {
		fmt.Fprintln(os.Stderr, "wc:", err)
	}

	jobs := make(chan job)
	results := make([]result, len(paths))
	var wg sync.WaitGroup
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				n, err := countFile(j.path)
				results[j.index] = result{n, err} // each worker writes its own elements
			}
		}()
	}
	for i, p := range paths {
		jobs <- job{i, p}
	}
	close(jobs)
	wg.Wait()

	total := 0
	for i, r := range results {
		if r.err != nil {
			fmt.Fprintln(os.Stderr, "wc:", r.err)
			failed = true
			continue
		}
		total += r.lines
		fmt.Printf("%8d %s\n", r.lines, paths[i])
	}
	if len(paths) > 1 {
		fmt.Printf("%8d total\n", total)
	}
	if failed {
		os.Exit(1)
	}
}
