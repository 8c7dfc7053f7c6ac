package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	A int
	B string
}

func main() {
	var s []int
	fmt.Println(json.Unmarshal([]byte(`[]`), &s), s == nil, len(s), cap(s))
	s = nil
	fmt.Println(json.Unmarshal([]byte(`[1,2,3,4,5,6,7,8,9,10]`), &s), s, len(s), cap(s))
	s = make([]int, 2, 10)
	fmt.Println(json.Unmarshal([]byte(`[7]`), &s), s, len(s), cap(s))
	backing := []int{1, 2, 3, 4, 5}
	s = backing[:1]
	fmt.Println(json.Unmarshal([]byte(`[9, 8]`), &s), s, backing)
	s = []int{1, 2, 3}
	fmt.Println(json.Unmarshal([]byte(`[]`), &s), s == nil, len(s), cap(s))

	items := []Item{{1, "one"}, {2, "two"}}
	orig := items
	fmt.Println(json.Unmarshal([]byte(`[{"A": 10}, {"B": "zwei"}, {"A": 3}]`), &items), items, orig)
	items[0].A = 100
	fmt.Println(items[0], orig[0], len(items), cap(items))
	var many []Item
	for i := 0; i < 3; i++ {
		fmt.Println(json.Unmarshal([]byte(`[{"A":1},{"A":2},{"A":3},{"A":4},{"A":5},{"A":6},{"A":7}]`), &many), many, len(many), cap(many))
		many = many[:1]
	}
	many = many[:cap(many)]
	fmt.Println(many)

	var arr [3]int
	fmt.Println(json.Unmarshal([]byte(`[1, 2, 3, 4, 5]`), &arr), arr)
	arr = [3]int{7, 8, 9}
	fmt.Println(json.Unmarshal([]byte(`[1]`), &arr), arr)
	var grid [2][2]string
	fmt.Println(json.Unmarshal([]byte(`[["a","b"],["c"]]`), &grid), grid)
	var bools []bool
	fmt.Println(json.Unmarshal([]byte(`[true, false, true]`), &bools), bools)
	var i8 []int8
	fmt.Println(json.Unmarshal([]byte(`[-1, 127, -128]`), &i8), i8)
	var f32 []float32
	fmt.Println(json.Unmarshal([]byte(`[0.1, 1e10, -2.5]`), &f32), f32)
	var ptrs []*Item
	fmt.Println(json.Unmarshal([]byte(`[{"A":1}, null, {"B":"x"}]`), &ptrs), len(ptrs), *ptrs[0], ptrs[1], *ptrs[2])
	var nested [][]string
	fmt.Println(json.Unmarshal([]byte(`[["a"], [], null, ["b", "c"]]`), &nested), nested, nested[1] == nil, nested[2] == nil)

	var raw []byte
	fmt.Println(json.Unmarshal([]byte(`"aGVsbG8gd29ybGQ="`), &raw), string(raw), len(raw), cap(raw))
	fmt.Println(json.Unmarshal([]byte(`"YQ=="`), &raw), string(raw))
	fmt.Println(json.Unmarshal([]byte(`"YWI\n="`), &raw), string(raw))
	fmt.Println(json.Unmarshal([]byte(`""`), &raw), raw == nil, len(raw))
	fmt.Println(json.Unmarshal([]byte(`null`), &raw), raw == nil)
	for _, bad := range []string{`"YQ"`, `"Y==="`, `"!!!!"`, `"YQ==YQ=="`, `"YWJj ZA=="`, `"YQ=x"`} {
		raw = []byte("old")
		fmt.Println(json.Unmarshal([]byte(bad), &raw), string(raw))
	}
	var bytesArr [4]byte
	fmt.Println(json.Unmarshal([]byte(`[1, 2, 255]`), &bytesArr), bytesArr)
	var byteList []byte
	fmt.Println(json.Unmarshal([]byte(`[1, 2]`), &byteList), byteList)
}
