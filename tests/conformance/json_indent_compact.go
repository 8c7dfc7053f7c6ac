package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

func main() {
	src := []byte(` { "a" : [ 1 , 2 , { "b" : null } ] , "c" : "x <y> \u2028" , "d" : [ ] , "e" : { } } `)
	var buf bytes.Buffer
	fmt.Println(json.Compact(&buf, src), buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, src, "", "  "))
	fmt.Println(buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, []byte(`[1,[2,[3]]]`+"\n"), "//", "\t"))
	fmt.Printf("%q\n", buf.String())

	for _, bad := range []string{`{"a":}`, `[1,2`, `{"a" 1}`, ``, `"x`, `[] x`} {
		buf.Reset()
		buf.WriteString("kept:")
		err := json.Compact(&buf, []byte(bad))
		var se *json.SyntaxError
		errors.As(err, &se)
		fmt.Printf("compact %q: %v (offset %d) buf=%q\n", bad, err, se.Offset, buf.String())
		buf.Reset()
		err = json.Indent(&buf, []byte(bad), "", " ")
		errors.As(err, &se)
		fmt.Printf("indent %q: %v (offset %d) buf=%q\n", bad, err, se.Offset, buf.String())
	}

	for _, s := range []string{`{}`, `[]`, `"x"`, `1e5`, `-0`, `null`, ` true `, `{"a":[1,{"b":2}]}`,
		`{`, `{"a"}`, `01`, `1.`, `[1,]`, `"\u00e9"`, `"\q"`, "\"\x01\"", `{"a":1}{}`, ``, "\xef\xbb\xbf{}"} {
		fmt.Printf("%q valid=%v\n", s, json.Valid([]byte(s)))
	}

	var deep bytes.Buffer
	for i := 0; i < 10001; i++ {
		deep.WriteByte('[')
	}
	fmt.Println(json.Valid(deep.Bytes()))
	var v any
	fmt.Println(json.Unmarshal(deep.Bytes(), &v))
}
