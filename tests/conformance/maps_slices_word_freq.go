// Go 1.21: word frequency report using maps, slices and cmp.
// expected output written from the Go 1.22 spec
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

const text = `the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while a quick bird sings over the brown field`

type entry struct {
	word  string
	count int
}

func main() {
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	entries := make([]entry, 0, len(freq))
	for w, c := range freq {
		entries = append(entries, entry{w, c})
	}
	slices.SortFunc(entries, func(a, b entry) int {
		return cmp.Or(cmp.Compare(b.count, a.count), strings.Compare(a.word, b.word))
	})
	for _, e := range entries[:6] {
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}
	longest := slices.MaxFunc(entries, func(a, b entry) int {
		return cmp.Or(cmp.Compare(len(a.word), len(b.word)), strings.Compare(b.word, a.word))
	})
	fmt.Println("longest:", longest.word)
	snapshot := maps.Clone(freq)
	maps.DeleteFunc(snapshot, func(_ string, c int) bool { return c < 2 })
	fmt.Println(snapshot)
	fmt.Println(len(freq), len(snapshot))
}
