package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Nums struct {
	I8  int8
	I16 int16
	I32 int32
	I64 int64
	U   uint
	U8  uint8
	U64 uint64
	UP  uintptr
	F32 float32
	F64 float64
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
	show(Nums{-128, -32768, math.MinInt32, math.MinInt64, math.MaxUint64 >> 1, 255, math.MaxUint64, 7, 3.14, 2.718281828459045})
	for _, f := range []float64{0, 1, -1, 0.1, 1e20, 1e21, 123456789e13, 1e-6, 9.99e-7, 1e-7, 1.5e-10, 1e100, -1e-100,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 100, 1234567.891, 5e-324, 1.0 / 3} {
		show(f)
	}
	show(math.Copysign(0, -1))
	for _, f := range []float32{0.1, 1e20, 1e21, 1e-6, 1e-7, 3.4028235e38, 1.0 / 3, 16777216} {
		show(f)
	}
	show(math.NaN())
	show(math.Inf(1))
	show([]float64{1, math.Inf(-1)})
	show(float32(math.Inf(-1)))
	show(struct {
		F float64 `json:"f,string"`
		I int     `json:"i,string"`
		U uint8   `json:"u,string"`
		B bool    `json:"b,string"`
		S string  `json:"s,string"`
		P *int    `json:"p,string"`
		N *int    `json:"n,string"`
		L []int   `json:"l,string"`
	}{F: 1e-7, I: -5, U: 200, B: true, S: `a"b<`, P: new(int)})
	show(json.Number("12.5e3"))
	show(json.Number(""))
	show(json.Number("1x"))
	show(map[string]json.Number{"n": "-0.5"})
}
