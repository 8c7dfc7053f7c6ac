package main

import (
	"encoding/json"
	"fmt"
)

type Quoted struct {
	I  int     `json:"i,string"`
	F  float64 `json:"f,string"`
	B  bool    `json:"b,string"`
	S  string  `json:"s,string"`
	U  uint16  `json:"u,string,omitempty"`
	P  *int    `json:"p,string"`
	IA []int   `json:"ia,string"`
	St struct {
		X int
	} `json:"st,string"`
}

func main() {
	n := 5
	b, err := json.Marshal(Quoted{I: -3, F: 2.5, B: true, S: "hi \"x\"", P: &n, IA: []int{1}})
	fmt.Println(string(b), err)

	var q Quoted
	err = json.Unmarshal([]byte(`{"i":"12","f":"1e2","b":"false","s":"\"quoted\"","u":"7","p":"8","ia":[1,2],"st":{"X":3}}`), &q)
	fmt.Println(q.I, q.F, q.B, q.S, q.U, *q.P, q.IA, q.St.X, err)

	for _, in := range []string{
		`{"i": 12}`,
		`{"i": "x"}`,
		`{"i": "1.5"}`,
		`{"i": ""}`,
		`{"i": "null"}`,
		`{"i": null}`,
		`{"b": "yes"}`,
		`{"b": true}`,
		`{"s": "unquoted"}`,
		`{"s": "\"ok\""}`,
		`{"s": 5}`,
		`{"f": "[1]"}`,
		`{"i": "\"5\""}`,
		`{"p": "null"}`,
		`{"u": "70000"}`,
		`{"i": [1]}`,
	} {
		var q Quoted
		err := json.Unmarshal([]byte(in), &q)
		fmt.Printf("%s -> i=%d b=%v s=%q u=%d p=%v: %v\n", in, q.I, q.B, q.S, q.U, q.P != nil, err)
	}
}
