package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Count *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Count *= 10
	}
	fmt.Println(items)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s[2] = 30
			s = append(s, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	for i, v := range &arr {
		if i == 0 {
			arr[2] = 300
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
