package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	inputs := []string{
		`"plain"`,
		`"quote \" backslash \\ slash \/ "`,
		`"\b\f\n\r\t"`,
		`"\u0041\u00e9\u4e16\uFFFD"`,
		`"\ud83d\ude00 smile"`,
		`"\ud83d alone"`,
		`"\ude00 low alone"`,
		`"\ud83d\u0041 high then A"`,
		`"\ud83d\ud83d two highs"`,
		`"raw é ✓ 😀"`,
		"\"bad \xff byte\"",
		"\"\xed\xa0\x80 encoded surrogate\"",
		`"\u0000 nul"`,
		`"\u2028\u2029"`,
	}
	for _, in := range inputs {
		var s string
		err := json.Unmarshal([]byte(in), &s)
		b, _ := json.Marshal(s)
		fmt.Printf("%q -> %q %v -> %s\n", in, s, err, b)
	}
	var m map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"\u006bey":1,"k\"q":2}`), &m), m)
	var st struct {
		Key int `json:"key"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"\u006bey":5}`), &st), st.Key)
}
