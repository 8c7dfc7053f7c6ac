// Random values (a fixed seed: math/rand gives Go's sequence) through Marshal, the Encoder
// (HTML escaping on and off, indented or not) and back through Unmarshal: every byte must be Go's.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
)

type T struct {
	F32 float32
	F   float64 `json:",omitempty"`
	S   string  `json:"s,string"`
	M   map[int64]any
	P   *T `json:",omitempty"`
	B   []byte
	U   uint64 `json:",string"`
}

func rstr(r *rand.Rand) string {
	n := r.Intn(8)
	b := make([]byte, n)
	for i := range b {
		switch r.Intn(4) {
		case 0:
			b[i] = byte(r.Intn(256))
		case 1:
			b[i] = "<>&\"\\\n\t\x00\x7f"[r.Intn(9)]
		default:
			b[i] = byte('a' + r.Intn(26))
		}
	}
	if r.Intn(5) == 0 {
		return string(b) + "\u2028é😀"
	}
	return string(b)
}

func rfloat(r *rand.Rand) float64 {
	switch r.Intn(5) {
	case 0:
		return math.Float64frombits(r.Uint64())
	case 1:
		return float64(r.Intn(1000)) / float64(1+r.Intn(1000))
	case 2:
		return math.Pow(10, float64(r.Intn(60)-30)) * float64(r.Intn(10))
	case 3:
		return float64(float32(r.NormFloat64() * 1e10))
	}
	return r.ExpFloat64()
}

func rval(r *rand.Rand, d int) any {
	switch r.Intn(9) {
	case 0:
		if d > 3 {
			return nil
		}
		m := map[string]any{}
		for i := r.Intn(4); i > 0; i-- {
			m[rstr(r)] = rval(r, d+1)
		}
		return m
	case 1:
		if d > 3 {
			return 1
		}
		var s []any
		for i := r.Intn(4); i > 0; i-- {
			s = append(s, rval(r, d+1))
		}
		return s
	case 2:
		return rstr(r)
	case 3:
		return rfloat(r)
	case 4:
		return float32(rfloat(r))
	case 5:
		return r.Int63() - r.Int63()
	case 6:
		t := T{F32: float32(rfloat(r)), F: rfloat(r), S: rstr(r), B: []byte(rstr(r)), U: r.Uint64()}
		if r.Intn(2) == 0 {
			t.M = map[int64]any{r.Int63n(100) - 50: rval(r, d+1)}
		}
		if d < 3 && r.Intn(3) == 0 {
			t.P = &T{S: "inner"}
		}
		return t
	case 7:
		return []byte(rstr(r))
	}
	return nil
}

func main() {
	r := rand.New(rand.NewSource(99))
	enc := json.NewEncoder(os.Stdout)
	for n := 0; n < 300; n++ {
		v := rval(r, 0)
		b, err := json.Marshal(v)
		fmt.Printf("%d %s %v\n", n, b, err)
		if err == nil {
			var back any
			e := json.Unmarshal(b, &back)
			b2, _ := json.Marshal(back)
			fmt.Printf("  %s %v\n", b2, e)
			enc.SetEscapeHTML(n%2 == 0)
			if n%3 == 0 {
				enc.SetIndent("", " ")
			} else {
				enc.SetIndent("", "")
			}
			enc.Encode(v)
		}
	}
}
