package main

import (
	"fmt"
	"sort"
)

type Card struct {
	Rank int
	Suit string
}

type ByRank []Card

func (b ByRank) Len() int      { return len(b) }
func (b ByRank) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b ByRank) Less(i, j int) bool {
	if b[i].Rank != b[j].Rank {
		return b[i].Rank < b[j].Rank
	}
	return b[i].Suit < b[j].Suit
}

type Counted struct {
	data  []int
	swaps int
}

func (c *Counted) Len() int           { return len(c.data) }
func (c *Counted) Less(i, j int) bool { return c.data[i] < c.data[j] }
func (c *Counted) Swap(i, j int)      { c.data[i], c.data[j] = c.data[j], c.data[i]; c.swaps++ }

func main() {
	hand := []Card{{10, "h"}, {2, "s"}, {10, "c"}, {14, "d"}, {2, "c"}}
	sort.Sort(ByRank(hand))
	fmt.Println(hand)
	fmt.Println(sort.IsSorted(ByRank(hand)))
	sort.Sort(sort.Reverse(ByRank(hand)))
	fmt.Println(hand)
	c := &Counted{data: []int{3, 1, 2}}
	sort.Sort(c)
	fmt.Println(c.data, c.swaps > 0)
	sort.Stable(ByRank(hand))
	fmt.Println(hand)
}
