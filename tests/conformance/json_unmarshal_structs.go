package main

import (
	"encoding/json"
	"fmt"
)

type Inner struct {
	N int `json:"n"`
}

type Config struct {
	Name     string            `json:"name"`
	Port     int               `json:"port"`
	Debug    bool              `json:"debug"`
	Ratio    float64           `json:"ratio"`
	Tags     []string          `json:"tags"`
	Limits   map[string]int    `json:"limits"`
	Inner    Inner             `json:"inner"`
	PInner   *Inner            `json:"pinner"`
	PPInt    **int             `json:"ppint"`
	Skip     string            `json:"-"`
	Any      any               `json:"any"`
	Raw      json.RawMessage   `json:"raw"`
	CamelKey string
	private  string
	Nested   map[string][]Inner `json:"nested"`
}

func main() {
	var c Config
	data := `{
		"name": "server", "PORT": 8080, "Debug": true, "ratio": 0.25,
		"tags": ["a", "b"], "limits": {"x": 1, "y": 2},
		"inner": {"n": 1}, "pinner": {"N": 2}, "ppint": 3,
		"Skip": "no", "-": "dash", "any": {"k": [1, "2"]},
		"raw": [1, 2,  3], "camelkey": "ck", "private": "p",
		"nested": {"q": [{"n": 5}, {"n": 6}]}, "unknown": {"deep": [1]}
	}`
	err := json.Unmarshal([]byte(data), &c)
	fmt.Println(err)
	fmt.Println(c.Name, c.Port, c.Debug, c.Ratio, c.Tags, c.Limits, c.Inner, *c.PInner, **c.PPInt)
	fmt.Printf("%q %v %s %q %q %v\n", c.Skip, c.Any, c.Raw, c.CamelKey, c.private, c.Nested)

	// Existing values are kept where the JSON says nothing; maps are merged.
	c2 := Config{Name: "keep", Port: 1, Limits: map[string]int{"old": 0, "x": 100}}
	err = json.Unmarshal([]byte(`{"port": 2, "limits": {"x": 5}}`), &c2)
	fmt.Println(c2.Name, c2.Port, c2.Limits, err)

	// null leaves non-pointer values alone and clears pointers, maps, slices, interfaces.
	n := 7
	pn := &n
	c3 := Config{Name: "n", Port: 3, Tags: []string{"t"}, Limits: map[string]int{"a": 1}, PInner: &Inner{1}, Any: 5, PPInt: &pn}
	err = json.Unmarshal([]byte(`{"name":null,"port":null,"tags":null,"limits":null,"pinner":null,"any":null,"ppint":null,"inner":null}`), &c3)
	fmt.Println(c3.Name, c3.Port, c3.Tags == nil, c3.Limits == nil, c3.PInner == nil, c3.Any == nil, c3.PPInt == nil, err)

	// Top-level values of every kind.
	var i int
	var s string
	var f float32
	var b bool
	var p *string
	fmt.Println(json.Unmarshal([]byte(" 42 "), &i), i)
	fmt.Println(json.Unmarshal([]byte(`"hi"`), &s), s)
	fmt.Println(json.Unmarshal([]byte(`1.1`), &f), f)
	fmt.Println(json.Unmarshal([]byte(`true`), &b), b)
	fmt.Println(json.Unmarshal([]byte(`"ptr"`), &p), *p)
	fmt.Println(json.Unmarshal([]byte(`null`), &p), p == nil)

	// Case-insensitive matching prefers an exact match.
	var ci struct {
		Aa int
		AA int
		K  int
	}
	fmt.Println(json.Unmarshal([]byte(`{"AA": 1, "aa": 2, "k": 3, "\u212a": 4}`), &ci), ci)

	// Decoding into an interface that holds a pointer fills what it points to.
	var target Inner
	var holder any = &target
	fmt.Println(json.Unmarshal([]byte(`{"n": 11}`), &holder), target.N)
	var holder2 any = target
	fmt.Println(json.Unmarshal([]byte(`{"n": 12}`), &holder2), holder2)
}
