package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type Meta struct {
	Name    string `json:"name"` // conflicts with Base.Name at the same depth: both dropped
	Version int
}

type Tagged struct {
	Version int `json:"Version"` // tagged: wins over Meta.Version at the same depth
}

type Doc struct {
	Base
	*Meta
	Title string `json:"title"`
}

type Doc2 struct {
	Meta
	Tagged
}

type Shallow struct {
	Base
	ID string `json:"id"` // shallower: wins over Base.ID
}

type inner struct {
	Visible int
	hidden  int
}

type WithUnexported struct {
	inner
	Own int
}

type Named struct {
	Base `json:"base"` // a tagged embedded struct is a field
}

type IntAlias int

type WithNonStruct struct {
	IntAlias
	*Base
}

type Level2 struct{ Deep string }
type Level1 struct {
	Level2
	Mid string
}
type Top struct {
	Level1
	Deep string // shallower Deep wins
}

type A struct{ X int }
type B struct{ X int }
type AB struct {
	A
	B
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
	show(Doc{Base: Base{1, "base"}, Title: "t"})
	show(Doc{Base: Base{1, "base"}, Meta: &Meta{"meta", 2}, Title: "t"})
	show(Doc2{Meta{"m", 1}, Tagged{2}})
	show(Shallow{Base{7, "n"}, "shadow"})
	show(WithUnexported{inner{1, 2}, 3})
	show(Named{Base{1, "x"}})
	show(WithNonStruct{5, &Base{2, "y"}})
	show(WithNonStruct{5, nil})
	show(Top{Level1{Level2{"deep"}, "mid"}, "top"})
	show(AB{A{1}, B{2}})

	var d Doc
	err := json.Unmarshal([]byte(`{"id":3,"name":"ignored","title":"T","Version":9}`), &d)
	fmt.Println(d.ID, d.Base.Name, d.Title, d.Meta != nil, err)
	if d.Meta != nil {
		fmt.Println(d.Meta.Version)
	}
	var w WithUnexported
	err = json.Unmarshal([]byte(`{"Visible":4,"hidden":5,"Own":6}`), &w)
	fmt.Println(w.Visible, w.hidden, w.Own, err)
	var t Top
	err = json.Unmarshal([]byte(`{"Deep":"d","Mid":"m"}`), &t)
	fmt.Printf("%+v %v\n", t, err)
	var ab AB
	err = json.Unmarshal([]byte(`{"X":1}`), &ab)
	fmt.Printf("%+v %v\n", ab, err)
}
