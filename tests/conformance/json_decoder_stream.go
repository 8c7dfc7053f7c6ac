package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Msg struct {
	Name string
	Text string
}

// oneByte reads one byte at a time, so the decoder must keep its state across reads.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

const stream = `
	{"Name": "Ed", "Text": "Knock knock."}
	{"Name": "Sam", "Text": "Who's there?"}
	{"Name": "Ed", "Text": "Go fmt."}
	{"Name": "Sam", "Text": "Go fmt who?"}
	{"Name": "Ed", "Text": "Go fmt yourself!"}
`

func main() {
	for _, r := range []io.Reader{strings.NewReader(stream), oneByte{strings.NewReader(stream)}} {
		dec := json.NewDecoder(r)
		for {
			var m Msg
			if err := dec.Decode(&m); err == io.EOF {
				break
			} else if err != nil {
				fmt.Println("error:", err)
				break
			}
			fmt.Printf("%s: %s (offset %d)\n", m.Name, m.Text, dec.InputOffset())
		}
	}

	// Values of any kind, back to back; numbers need a following byte to end.
	dec := json.NewDecoder(strings.NewReader(`1 "two" [3] {"four":4} true null 5`))
	for {
		var v any
		err := dec.Decode(&v)
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}

	// Token streaming through an array of objects.
	const arr = `[{"Name": "Ed", "Text": "Knock knock."}, {"Name": "Sam", "Text": "Who's there?"}]`
	dec = json.NewDecoder(strings.NewReader(arr))
	t, err := dec.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)
	for dec.More() {
		var m Msg
		err := dec.Decode(&m)
		fmt.Printf("%v: %v\n", m, err)
	}
	t, err = dec.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)
	t, err = dec.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)

	// Every token of a document.
	dec = json.NewDecoder(strings.NewReader(`{"a": [1, "x", true, null, {"b": -2.5}], "c": {}}`))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%T: %v", t, t)
		if dec.More() {
			fmt.Printf(" (more)")
		}
		fmt.Println()
	}

	// Errors.
	for _, in := range []string{`{"a": 1`, `{"a": 1} x`, `[1, 2,]`, `   `, `{"a":"b"}{`, `{"Name": 5}{"Name":"ok"}`} {
		dec := json.NewDecoder(strings.NewReader(in))
		for i := 0; i < 3; i++ {
			var m Msg
			err := dec.Decode(&m)
			fmt.Printf("%q #%d: %v %v\n", in, i, m, err)
			if err == io.EOF {
				break
			}
		}
	}
	dec = json.NewDecoder(strings.NewReader(`[1 2]`))
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())
	dec = json.NewDecoder(strings.NewReader(`{"a" 1}`))
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())

	// Buffered holds what was read past the value.
	dec = json.NewDecoder(strings.NewReader(`{"Name":"x"} trailing stuff`))
	var m Msg
	fmt.Println(dec.Decode(&m), m)
	rest, _ := io.ReadAll(dec.Buffered())
	fmt.Printf("%q\n", rest)

	// Unknown fields.
	dec = json.NewDecoder(strings.NewReader(`{"Name":"x","Extra":1,"Text":"t"}`))
	dec.DisallowUnknownFields()
	m = Msg{}
	fmt.Println(dec.Decode(&m), m)
}
