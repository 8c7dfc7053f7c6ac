package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string  `json:"name"`
	Center Point   `json:"center"`
	Points []Point `json:"points"`
	Scale  uint8   `json:"scale"`
	Tiny   int8    `json:"tiny"`
	F32    float32 `json:"f32"`
	Meta   struct {
		Count int `json:"count"`
	} `json:"meta"`
	Err error `json:"err"`
}

func try(data string, v any) {
	err := json.Unmarshal([]byte(data), v)
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var ie *json.InvalidUnmarshalError
	switch {
	case err == nil:
		fmt.Println("ok")
	case errors.As(err, &se):
		fmt.Printf("SyntaxError at %d: %v\n", se.Offset, err)
	case errors.As(err, &te):
		fmt.Printf("UnmarshalTypeError value=%q offset=%d struct=%q field=%q: %v\n", te.Value, te.Offset, te.Struct, te.Field, err)
	case errors.As(err, &ie):
		fmt.Printf("InvalidUnmarshalError: %v\n", err)
	default:
		fmt.Printf("%T: %v\n", err, err)
	}
}

func main() {
	var s Shape
	// Syntax errors, with Go's messages and offsets.
	for _, in := range []string{``, ` `, `{`, `{"name"`, `{"name":}`, `{"name" "x"}`, `[1,]`, `[1 2]`, `{"a":1,}`,
		`tru`, `nul`, `falsy`, `01`, `-`, `1.`, `1e`, `1e+`, `.5`, `"abc`, "\"a\tb\"", `"\x"`, `"\u12g4"`,
		`{} x`, `[] []`, "\xff", `{'a':1}`, `{"a":1}}`, `[[[`, `"\`} {
		try(in, &s)
	}
	// Type errors: the first one is reported, decoding goes on.
	try(`{"name": 5}`, &s)
	try(`{"center": {"X": "1"}}`, &s)
	try(`{"points": [{"X": 1}, {"Y": true}]}`, &s)
	try(`{"scale": 256}`, &s)
	try(`{"scale": -1}`, &s)
	try(`{"tiny": 128}`, &s)
	try(`{"tiny": -128, "scale": 255}`, &s)
	try(`{"scale": 1.5}`, &s)
	try(`{"f32": 1e39}`, &s)
	try(`{"meta": {"count": [1]}}`, &s)
	try(`{"meta": []}`, &s)
	try(`{"points": {}}`, &s)
	try(`{"center": "x", "name": 1}`, &s)
	try(`{"err": "boom"}`, &s)
	try(`{"err": {}}`, &s)
	fmt.Println(s.Name, s.Center, s.Points, s.Scale, s.Tiny, s.Meta.Count)
	var i int
	try(`"str"`, &i)
	try(`1e3`, &i)
	try(`99999999999999999999`, &i)
	var str string
	try(`123`, &str)
	try(`true`, &str)
	try(`[]`, &str)
	try(`{}`, &str)
	var f float64
	try(`1e400`, &f)
	var m map[string]int
	try(`{"a": "b"}`, &m)
	var mb map[bool]int
	try(`{"true": 1}`, &mb)
	var mi map[int8]int
	try(`{"1": 1, "300": 2, "x": 3}`, &mi)
	fmt.Println(mi)
	var arr [2]int
	try(`[1, "2", 3]`, &arr)
	fmt.Println(arr)
	var a any
	try(`1e400`, &a)
	// Invalid targets.
	try(`{}`, nil)
	try(`{}`, s)
	try(`{}`, (*Shape)(nil))
	try(`{}`, 5)
	var pp *Shape
	try(`{}`, pp)
	try(`x`, nil)
}
