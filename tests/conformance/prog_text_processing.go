package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func wordWrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line == "" {
			line = w
		} else if len(line)+1+len(w) <= width {
			line += " " + w
		} else {
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func sortedKey(w string) string {
	rs := []rune(w)
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return string(rs)
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems."
	for i, l := range wordWrap(text, 28) {
		fmt.Printf("%2d |%-28s|\n", i+1, l)
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "été"} {
		fmt.Printf("%q palindrome=%v\n", s, isPalindrome(s))
	}
	groups := map[string][]string{}
	for _, w := range strings.Fields("listen silent enlist google inlets banana tinsel gogole") {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	var keys []string
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	title := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "hello, world!")
	fmt.Println(title)
}
