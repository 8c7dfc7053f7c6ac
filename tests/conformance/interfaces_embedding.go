package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
}

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func pump(r Reader, w Writer) int {
	n := 0
	for s := r.Read(); s != ""; s = r.Read() {
		w.Write(s + "!")
		n++
	}
	return n
}

func main() {
	src := &Buffer{data: []string{"a", "b", "c"}}
	dst := &Buffer{}
	var rw ReadWriter = dst
	fmt.Println(pump(src, rw))
	fmt.Println(dst.data)
	var r Reader = rw
	fmt.Println(r.Read())
	w, ok := r.(Writer)
	fmt.Println(ok)
	w.Write("z")
	fmt.Println(dst.data)
}
