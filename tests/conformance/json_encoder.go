package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

type Entry struct {
	Key   string   `json:"key"`
	Vals  []int    `json:"vals"`
	Empty []string `json:"empty"`
	Obj   struct{} `json:"obj"`
	HTML  string   `json:"html"`
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	f.n++
	return 0, errors.New("disk full")
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	e := Entry{Key: "k", Vals: []int{1, 2}, Empty: []string{}, HTML: "<b>"}
	enc.Encode(e)
	enc.Encode(42)
	enc.Encode(nil)
	enc.SetIndent(">", "\t")
	enc.Encode(e)
	enc.Encode([]int{})
	enc.Encode(map[string]int{})
	enc.SetIndent("", "")
	enc.SetEscapeHTML(false)
	enc.Encode(e)
	fmt.Println(enc.Encode(make(chan int)))

	var buf bytes.Buffer
	enc = json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	for i := 0; i < 2; i++ {
		enc.Encode(map[string]any{"i": i, "list": []any{i, "x"}})
	}
	fmt.Print(buf.String())

	fw := &failWriter{}
	enc = json.NewEncoder(fw)
	fmt.Println(enc.Encode(1), enc.Encode(2), fw.n)

	b, err := json.MarshalIndent(e, "", "    ")
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent([]any{1, []any{}, map[string]any{"a": []int{1}}}, "# ", "-")
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(func() {}, "", " ")
	fmt.Println(b == nil, err)
}
