package main

import (
	"errors"
	"fmt"
	"strings"
)

var numerals = []struct {
	Value  int
	Symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("toRoman: %d out of range", n)
	}
	var sb strings.Builder
	for _, nm := range numerals {
		for n >= nm.Value {
			sb.WriteString(nm.Symbol)
			n -= nm.Value
		}
	}
	return sb.String(), nil
}

var values = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func fromRoman(s string) (int, error) {
	if s == "" {
		return 0, errors.New("fromRoman: empty string")
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, fmt.Errorf("fromRoman: bad symbol %q", s[i])
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println(err)
			continue
		}
		back, _ := fromRoman(r)
		fmt.Printf("%4d -> %-12s -> %d\n", n, r, back)
	}
	for _, s := range []string{"MCMXC", "XLII", "ABC", ""} {
		n, err := fromRoman(s)
		fmt.Println(s, n, err)
	}
}
