package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"email,omitempty"`
	Ignored  string            `json:"-"`
	Dash     string            `json:"-,"`
	NoTag    bool
	OnlyOpts int               `json:",omitempty"`
	BadName  int               `json:"a\\b"`
	Home     *Address          `json:"home"`
	Work     *Address          `json:"work,omitempty"`
	Extra    map[string]string `json:"extra,omitempty"`
	List     []int             `json:"list"`
	Arr      [2]string         `json:"arr"`
	Empty    [0]int            `json:"empty,omitempty"`
	private  string
	Iface    any     `json:"iface"`
	Ptr      *int    `json:"ptr,omitempty"`
	Float    float32 `json:"float,omitempty"`
}

type Empty struct{}

type Unexported struct {
	a, b int
}

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	show(Person{})
	n := 0
	show(Person{Name: "Ann", Age: 31, Email: "a@b.c", Ignored: "x", Dash: "d", NoTag: true, OnlyOpts: 3, BadName: 4,
		Home: &Address{Street: "Main"}, Work: &Address{"Side", "Town"}, Extra: map[string]string{"k": "v"},
		List: []int{1, 2}, Arr: [2]string{"p", "q"}, private: "no", Iface: Address{"I", ""}, Ptr: &n, Float: 0.5})
	show(&Person{Name: "pointer"})
	show(Empty{})
	show(Unexported{1, 2})
	show([]Person(nil))
	show([]*Address{nil, {Street: "s"}})
	show(struct {
		A int `json:"a"`
		B int `json:"b" xml:"bb"`
		C int `xml:"c" json:"c,omitempty"`
		D int `json:"d,string"`
	}{1, 2, 0, 4})
	show(map[string]any{"z": 1, "a": []any{}, "m": map[string]any{}})
	show([]any{nil, 1.5, "two", true, []int(nil), map[string]int(nil)})
}
