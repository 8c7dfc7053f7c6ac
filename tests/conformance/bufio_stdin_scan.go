package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Counts lines, words and word frequencies of standard input (bufio_stdin_scan.in).
func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines, words := 0, 0
	freq := map[string]int{}
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			words++
			freq[strings.ToLower(strings.Trim(w, ".,;!?"))]++
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println("lines:", lines, "words:", words)
	type kv struct {
		w string
		n int
	}
	var list []kv
	for w, n := range freq {
		list = append(list, kv{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	for _, e := range list[:5] {
		fmt.Printf("%-6s %d\n", e.w, e.n)
	}
	// Standard input is at its end now.
	n, err := os.Stdin.Read(make([]byte, 8))
	fmt.Println(n, err)
}
