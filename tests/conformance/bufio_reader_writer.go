package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

func main() {
	r := bufio.NewReaderSize(strings.NewReader("alpha\nbeta\r\ngamma héllo\nno newline"), 16)
	fmt.Println(r.Size(), r.Buffered())
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v %d\n", s, err, r.Buffered())
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	peek, err := r.Peek(5)
	fmt.Printf("peek %q %v\n", peek, err)
	_, err = r.Peek(100)
	fmt.Println(err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	n, err := r.Discard(6)
	fmt.Println(n, err)
	c, err := r.ReadByte()
	fmt.Printf("%q %v\n", c, err)
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	rn, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", rn, size, err)
	rn, size, err = r.ReadRune()
	fmt.Printf("%q %d %v\n", rn, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	n, err = r.Discard(1)
	fmt.Println(n, err)

	// ReadSlice and ReadLine on lines longer than the buffer.
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\nend"), 16)
	sl, err := r.ReadSlice('\n')
	fmt.Println(len(sl), err, errors.Is(err, bufio.ErrBufferFull))
	line, isPrefix, err = r.ReadLine()
	fmt.Println(len(line), isPrefix, err)
	line, isPrefix, err = r.ReadLine()
	fmt.Println(len(line), isPrefix, err)
	line, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)

	// Read through a reader that delivers one byte at a time.
	r = bufio.NewReader(oneByte{strings.NewReader("slow input\nmore")})
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
	r.Reset(strings.NewReader("reset"))
	p := make([]byte, 3)
	k, err := r.Read(p)
	fmt.Printf("%d %q %v\n", k, p[:k], err)
	fmt.Println(r.UnreadByte())
	fmt.Println(bufio.NewReaderSize(r, 4096) == r, bufio.NewReaderSize(strings.NewReader(""), 1).Size())

	// Writer.
	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	fmt.Println(w.Buffered(), w.Available(), out.Len())
	w.Write([]byte("0123456789"))
	fmt.Println(w.Buffered(), out.Len(), out.String())
	fmt.Println(w.Flush(), out.String(), w.Buffered())
	nn, err := w.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(nn, err)
	w.Flush()
	fmt.Println(out.String())
	fmt.Println(len(w.AvailableBuffer()), cap(w.AvailableBuffer()) == w.Available())
	w.Reset(&out)
	fmt.Fprintf(w, "%d-%s", 42, "fmt")
	w.Flush()
	fmt.Println(out.String())

	// A failing writer: the error sticks.
	fw := bufio.NewWriterSize(errWriter{}, 4)
	fw.WriteString("abcdef")
	fmt.Println(fw.Flush())
	_, err = fw.WriteString("x")
	fmt.Println(err)

	// ReadWriter.
	var rwOut bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("question?\n")), bufio.NewWriter(&rwOut))
	q, _ := rw.ReadString('\n')
	rw.WriteString("answer to " + q)
	rw.Flush()
	fmt.Print(rwOut.String())
}

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 0, errors.New("write failed") }
