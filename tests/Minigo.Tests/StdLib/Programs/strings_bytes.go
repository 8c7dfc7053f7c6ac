package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
		b.WriteRune('é')
	}
	fmt.Println(b.String(), b.Len())
	b.Reset()
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap() >= 10)

	r := strings.NewReader("héllo, world")
	c, size, _ := r.ReadRune()
	c2, size2, _ := r.ReadRune()
	fmt.Println(string(c), size, string(c2), size2, r.Len())
	r.UnreadRune()
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v %d\n", rest, err, r.Len())
	_, err = r.ReadByte()
	fmt.Println(err == io.EOF)
	r.Seek(2, io.SeekStart)
	buf := make([]byte, 4)
	n, _ := r.Read(buf)
	fmt.Printf("%q %d\n", buf[:n], r.Size())

	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("<a href=\"x&y\">"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaa"), strings.NewReplacer("", "-").Replace("abc"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana\xffé"))
	fmt.Println(strings.FieldsFunc("a1b22c333", unicode.IsDigit), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.IndexFunc("abc1", unicode.IsDigit), strings.LastIndexFunc("1abc", unicode.IsDigit))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Printf("%q\n", strings.Fields("  a \t b\n c  "))
	fmt.Printf("%q %q\n", strings.Split("a,b,,c", ","), strings.SplitN("a,b,c", ",", 2))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀÉÎ"), strings.Repeat("ab", 3))

	var bb bytes.Buffer
	bb.WriteString("line1\nline2\nrest")
	l1, _ := bb.ReadString('\n')
	fmt.Printf("%q %d\n", l1, bb.Len())
	next := bb.Next(3)
	fmt.Printf("%q\n", next)
	line, err := bb.ReadBytes('\n')
	fmt.Printf("%q %v\n", line, err)
	last, err := bb.ReadString('\n')
	fmt.Printf("%q %v %d\n", last, err, bb.Len())
	bb.Reset()
	bb.Write([]byte("xyz"))
	bb.WriteByte('!')
	bb.WriteRune('ü')
	fmt.Println(bb.String(), bb.Len())
	bb.Truncate(2)
	fmt.Println(bb.String())
	c3, _ := bb.ReadByte()
	bb.UnreadByte()
	fmt.Println(string(c3), bb.String())
	var out bytes.Buffer
	nw, _ := bb.WriteTo(&out)
	fmt.Println(nw, out.String(), bb.Len())

	data := []byte("a,b,c")
	parts := bytes.Split(data, []byte(","))
	parts[0][0] = 'A'
	fmt.Println(string(data), len(parts), cap(parts[0]))
	fmt.Printf("%q %q\n", bytes.Fields([]byte(" x  y ")), bytes.TrimSpace([]byte("  t  ")))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Contains(data, []byte("b,")))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, string(bytes.ToUpper([]byte("abc"))), string(bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+"))))
	br := bytes.NewReader([]byte("reader"))
	p := make([]byte, 3)
	io.ReadFull(br, p)
	fmt.Println(string(p), br.Len())
}
