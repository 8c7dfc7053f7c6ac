package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('\n')
	fmt.Fprintf(&buf, "n=%d", 42)
	fmt.Printf("%q %d\n", buf.String(), buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	p := make([]byte, 2)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.String())
	rest, _ := io.ReadAll(&buf)
	fmt.Println(string(rest), buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err)
	b2 := bytes.NewBufferString("abc")
	b2.Truncate(2)
	fmt.Println(b2.String())
	b3 := bytes.NewBuffer([]byte("xyz"))
	c, _ := b3.ReadByte()
	b3.UnreadByte()
	fmt.Println(string(c), b3.String(), string(b3.Bytes()))
	b3.Reset()
	fmt.Println(b3.Len())
}
