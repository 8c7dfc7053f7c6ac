package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Duration struct{ Seconds int }

func (d *Duration) UnmarshalJSON(b []byte) error {
	s, err := strconv.Unquote(string(b))
	if err != nil {
		return fmt.Errorf("duration: %w", err)
	}
	if !strings.HasSuffix(s, "s") {
		return errors.New("duration needs a unit")
	}
	n, err := strconv.Atoi(strings.TrimSuffix(s, "s"))
	d.Seconds = n
	return err
}

type Upper string

func (u *Upper) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		return errors.New("empty text")
	}
	*u = Upper(strings.ToUpper(string(b)))
	return nil
}

type Pair struct{ A, B string }

func (p *Pair) UnmarshalText(b []byte) error {
	a, bb, ok := strings.Cut(string(b), "-")
	if !ok {
		return fmt.Errorf("bad pair %q", b)
	}
	p.A, p.B = a, bb
	return nil
}

type Raw struct{ Seen string }

func (r *Raw) UnmarshalJSON(b []byte) error {
	r.Seen = string(b)
	return nil
}

type TypeErr struct{}

func (t *TypeErr) UnmarshalJSON(b []byte) error {
	return &json.UnmarshalTypeError{Value: "custom", Offset: 99}
}

type Job struct {
	Timeout  Duration         `json:"timeout"`
	PTimeout *Duration        `json:"ptimeout"`
	Name     Upper            `json:"name"`
	Keys     map[Pair]int     `json:"keys"`
	Names    map[Upper]string `json:"names"`
	Raw      Raw              `json:"raw"`
	Msg      json.RawMessage  `json:"msg"`
	Inner    struct {
		T TypeErr `json:"t"`
	} `json:"inner"`
}

func main() {
	var j Job
	err := json.Unmarshal([]byte(`{"timeout": "30s", "ptimeout": "5s", "name": "bob",
		"keys": {"a-b": 1, "c-d": 2}, "names": {"x": "y"}, "raw": {"any" : [1, 2]}, "msg": [ "kept", 1 ]}`), &j)
	fmt.Println(err)
	fmt.Println(j.Timeout.Seconds, j.PTimeout.Seconds, j.Name, j.Keys, j.Names, j.Raw.Seen, string(j.Msg))

	fmt.Println(json.Unmarshal([]byte(`{"timeout": 30}`), &j))
	fmt.Println(json.Unmarshal([]byte(`{"timeout": "30"}`), &j))
	fmt.Println(json.Unmarshal([]byte(`{"timeout": "xs"}`), &j))
	fmt.Println(json.Unmarshal([]byte(`{"name": ""}`), &j))
	fmt.Println(json.Unmarshal([]byte(`{"name": 5}`), &j))
	fmt.Println(json.Unmarshal([]byte(`{"name": null}`), &j), j.Name)
	fmt.Println(json.Unmarshal([]byte(`{"name": [1]}`), &j))
	fmt.Println(json.Unmarshal([]byte(`{"keys": {"nodash": 1}}`), &j))
	fmt.Println(json.Unmarshal([]byte(`{"raw": null}`), &j), j.Raw.Seen)
	err = json.Unmarshal([]byte(`{"inner": {"t": 1}}`), &j)
	var te *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &te), te.Struct, te.Field, te.Offset)

	var d Duration
	fmt.Println(json.Unmarshal([]byte(`"7s"`), &d), d)
	var pd *Duration
	fmt.Println(json.Unmarshal([]byte(`"8s"`), &pd), *pd)
	var ds []Duration
	fmt.Println(json.Unmarshal([]byte(`["1s", "2s"]`), &ds), ds)
	var dm map[string]Duration
	fmt.Println(json.Unmarshal([]byte(`{"a": "3s"}`), &dm), dm)
	var r json.RawMessage
	fmt.Println(json.Unmarshal([]byte(` {"a" : 1} `), &r), string(r))
	var rp *json.RawMessage
	fmt.Println(json.Unmarshal([]byte(`null`), &rp), rp == nil)
	var u Upper
	fmt.Println(json.Unmarshal([]byte(`"\u0041bc"`), &u), u)
}
