package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := strings.Fields("apple avocado banana blueberry cherry apricot bean")
	byLetter := map[byte][]string{}
	for _, w := range words {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	letters := []int{}
	for k := range byLetter {
		letters = append(letters, int(k))
	}
	sort.Ints(letters)
	for _, l := range letters {
		fmt.Printf("%c: %v\n", l, byLetter[byte(l)])
	}
	counts := map[string]int{}
	for _, w := range strings.Fields("the cat and the hat and the bat") {
		counts[w]++
	}
	fmt.Println(counts)
	sets := map[string]map[int]bool{"odd": {1: true, 3: true}, "even": {2: true}}
	fmt.Println(sets, sets["odd"][3], sets["even"][3])
}
