package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func people() []person {
	var ps []person
	for i := 0; i < 40; i++ {
		ps = append(ps, person{fmt.Sprintf("p%02d", i), (i * 7) % 5})
	}
	return ps
}

func main() {
	ps := people()
	sort.Sort(byAge(ps))
	fmt.Println(ps)
	ps = people()
	sort.Slice(ps, func(i, j int) bool { return ps[i].age < ps[j].age })
	fmt.Println(ps)
	ps = people()
	sort.Stable(byAge(ps))
	fmt.Println(ps[:8])
	ps = people()
	slices.SortFunc(ps, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(ps)
	ps = people()
	slices.SortStableFunc(ps, func(a, b person) int { return cmp.Compare(b.age, a.age) })
	fmt.Println(ps[:6])

	xs := []int{5, 2, 8, 2, 9, 1, 5, 5}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 5), sort.SearchInts(xs, 6))
	strs := []string{"pear", "apple", "fig"}
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Println(strs, sort.Search(100, func(i int) bool { return i*i >= 50 }))
	fl := []float64{2.5, -1, 0, 3}
	sort.Float64s(fl)
	fmt.Println(fl)

	ys := []int{3, 1, 2}
	slices.Sort(ys)
	i, found := slices.BinarySearch(ys, 2)
	fmt.Println(ys, i, found, slices.Contains(ys, 3), slices.Index(ys, 9), slices.Max(ys), slices.Min(ys))
	ys = slices.Insert(ys, 1, 10, 11)
	fmt.Println(ys)
	ys = slices.Delete(ys, 0, 2)
	fmt.Println(ys, slices.Compact([]int{1, 1, 2, 2, 2, 1}), slices.Equal(ys, []int{11, 2, 3}))
	slices.Reverse(ys)
	fmt.Println(ys, slices.IndexFunc(ys, func(v int) bool { return v > 5 }), slices.Clone(ys), len(slices.Grow(ys, 10)))
	words := []string{"Banana", "apple", "cherry"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words, slices.IsSorted([]int{1, 2, 2}), cmp.Compare(2, 1), cmp.Less("a", "b"))

	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	m2["c"] = 3
	fmt.Println(m, m2, maps.Equal(m, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2)
	maps.Copy(m2, map[string]int{"z": 26})
	fmt.Println(m2)
}
