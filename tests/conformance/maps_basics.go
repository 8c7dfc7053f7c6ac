package main

import "fmt"

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	fmt.Println(ages, len(ages))
	v, ok := ages["bob"]
	fmt.Println(v, ok)
	v, ok = ages["dave"]
	fmt.Println(v, ok)
	delete(ages, "bob")
	delete(ages, "nobody")
	fmt.Println(ages, len(ages))
	ages["alice"]++
	ages["zed"] += 5
	fmt.Println(ages)
	if _, found := ages["carol"]; found {
		fmt.Println("carol present")
	}
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	m2 := make(map[int]string, 10)
	m2[3] = "three"
	fmt.Println(m2)
}
