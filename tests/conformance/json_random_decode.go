// Random documents (a fixed seed, so the same as Go's) through Unmarshal, Marshal, Indent,
// Valid, the Decoder and the Token API: every result, error and offset must be Go's.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
)

type Up string

func (u *Up) UnmarshalText(b []byte) error {
	if len(b) > 3 {
		return fmt.Errorf("too long %q", b)
	}
	*u = Up(strings.ToUpper(string(b)))
	return nil
}

type Inner struct {
	A int `json:"a,string"`
	K map[Up]int
}

type S struct {
	*Inner
	Up Up `json:"c"`
	X  fmt.Stringer `json:"b"`

	D  map[string]*S      `json:"d"`
	E  any                `json:"e"`
	F  bool               `json:"f,string"`
	G  [2]uint8           `json:"g"`
	H  *int32             `json:"h"`
	I  json.Number        `json:"i,string"`
	J  []byte             `json:"j"`
	K  map[int]string     `json:"k"`
	L  json.RawMessage    `json:"l"`
}

var pieces = []string{"{", "}", "[", "]", ":", ",", `"a"`, `"b"`, `"c"`, `"d"`, `"e"`, `"f"`, `"g"`, `"h"`, `"i"`, `"j"`, `"k"`, `"l"`,
	"1", "-2", "3.5", "1e3", "-0", "1e400", "255", "256", "-129", "2147483648", "true", "false", "null", `"true"`, `"x"`,
	`"\u00e9"`, `"\ud800"`, ` `, "\n", `"aGk="`, `"1"`, "0.1", "9999999999999999999", `"\"`, "tru", "01", "x", "\t", `"é"`}

func gen(r *rand.Rand, depth int) string {
	switch r.Intn(6) {
	case 0:
		if depth > 3 {
			return "1"
		}
		n := r.Intn(4)
		var sb strings.Builder
		sb.WriteString("{")
		for i := 0; i < n; i++ {
			if i > 0 {
				sb.WriteString(",")
			}
			sb.WriteString(pieces[6+r.Intn(12)])
			sb.WriteString(":")
			sb.WriteString(gen(r, depth+1))
		}
		sb.WriteString("}")
		return sb.String()
	case 1:
		if depth > 3 {
			return "[]"
		}
		n := r.Intn(4)
		var sb strings.Builder
		sb.WriteString("[")
		for i := 0; i < n; i++ {
			if i > 0 {
				sb.WriteString(",")
			}
			sb.WriteString(gen(r, depth+1))
		}
		sb.WriteString("]")
		return sb.String()
	default:
		return pieces[18+r.Intn(len(pieces)-18)]
	}
}

func mutate(r *rand.Rand, s string) string {
	if len(s) == 0 || r.Intn(2) != 0 {
		return s
	}
	i := r.Intn(len(s))
	switch r.Intn(3) {
	case 0:
		return s[:i] + s[i+1:]
	case 1:
		return s[:i] + pieces[r.Intn(len(pieces))] + s[i:]
	}
	return s[:i]
}

func main() {
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 400; n++ {
		in := mutate(r, gen(r, 0))
		var s S
		err := json.Unmarshal([]byte(in), &s)
		out, merr := json.Marshal(s)
		var a any
		d2 := json.NewDecoder(strings.NewReader(in))
		d2.UseNumber()
		err2 := d2.Decode(&a)
		tok := json.NewDecoder(strings.NewReader(in))
		for {
			t, e := tok.Token()
			if e != nil {
				fmt.Printf("  tokerr %v\n", e)
				break
			}
			fmt.Printf("  tok %T %v\n", t, t)
		}
		out2, _ := json.Marshal(a)
		var buf bytes.Buffer
		ierr := json.Indent(&buf, []byte(in), "", " ")
		fmt.Printf("%d %q\n  S: %v | %s %v\n  any: %v | %s\n  valid=%v indent=%v %d\n", n, in, err, out, merr, err2, out2, json.Valid([]byte(in)), ierr, buf.Len())
		dec := json.NewDecoder(strings.NewReader(in + " " + in))
		for i := 0; i < 3; i++ {
			var x S
			e := dec.Decode(&x)
			fmt.Printf("  dec%d: %v %d\n", i, e, dec.InputOffset())
			if e != nil {
				break
			}
		}
	}
}
