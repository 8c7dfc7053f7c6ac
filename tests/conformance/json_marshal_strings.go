package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	show("plain")
	show("<script>alert('x' & \"y\")</script>")
	show("tab\there\nnewline\rreturn\\back/slash")
	show("\x00\x01\x1f\x7f")
	show("line\u2028sep\u2029para")
	show("héllo wörld ✓ 😀")
	show("bad \xff\xfe utf8 \xe2\x82")
	show(string([]byte{0xed, 0xa0, 0x80}))
	show(map[string]string{"<k>": "&v"})
	show([]byte("<bytes>"))
	show([]byte{})
	show([]byte(nil))
	show([]byte{0, 255, 128, 64})
	show([3]byte{1, 2, 3})
	show(struct {
		B []byte `json:"b"`
	}{[]byte("any carnal pleasure.")})

	enc := json.NewEncoder(os.Stdout)
	enc.Encode("<no escape?> & \u2028")
	enc.SetEscapeHTML(false)
	enc.Encode("<no escape?> & \u2028")
	enc.Encode(map[string]string{"<a>": "&"})

	var buf bytes.Buffer
	json.HTMLEscape(&buf, []byte(`{"x":"<tag>&amp;"} `+"\u2029"))
	fmt.Println(buf.String())
}
