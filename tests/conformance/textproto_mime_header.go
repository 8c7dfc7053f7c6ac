// net/textproto: reading a request line and MIME headers, canonical keys.
package main

import (
	"bufio"
	"fmt"
	"net/textproto"
	"strings"
)

func main() {
	r := textproto.NewReader(bufio.NewReader(strings.NewReader("GET / HTTP/1.1\r\nhost: x\r\ncontent-type: a\r\nX-Multi: 1\r\nx-multi: 2\r\n\r\nbody")))
	l, err := r.ReadLine()
	fmt.Println(l, err)
	h, err := r.ReadMIMEHeader()
	fmt.Println(h, err)
	fmt.Println(textproto.CanonicalMIMEHeaderKey("content-length"), h.Values("X-Multi"))
}
