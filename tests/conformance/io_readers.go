package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type slowReader struct{ s string }

// Read returns one byte at a time, to exercise loops that must call Read again.
func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func main() {
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b, os.Stdout)
	n, err := fmt.Fprintln(mw, "to all three")
	fmt.Println(n, err, a.String() == b.String())
	n, err = io.WriteString(mw, "as string\n")
	fmt.Println(n, err)
	_, err = io.MultiWriter(&a, shortWriter{}).Write([]byte("abcd"))
	fmt.Println(err)
	_, err = io.MultiWriter(failWriter{}, &a).Write([]byte("abcd"))
	fmt.Println(err)

	mr := io.MultiReader(strings.NewReader("one "), &slowReader{"two "}, strings.NewReader(""), strings.NewReader("three"))
	all, err := io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)

	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed text"), &tee)
	p := make([]byte, 4)
	tr.Read(p)
	fmt.Printf("%q %q\n", p, tee.String())
	io.Copy(io.Discard, tr)
	fmt.Printf("%q\n", tee.String())

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	all, _ = io.ReadAll(lr)
	fmt.Printf("%q\n", all)
	l := &io.LimitedReader{R: strings.NewReader("abc"), N: 10}
	all, _ = io.ReadAll(l)
	fmt.Printf("%q %d\n", all, l.N)

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	fmt.Println(sr.Size())
	all, _ = io.ReadAll(sr)
	fmt.Printf("%q\n", all)
	pos, err := sr.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	k, err := sr.Read(p)
	fmt.Printf("%d %q %v\n", k, p[:k], err)
	k, err = sr.ReadAt(p, 3)
	fmt.Printf("%d %q %v\n", k, p[:k], err)
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = sr.Seek(0, 9)
	fmt.Println(err)
	pos, _ = sr.Seek(-2, io.SeekEnd)
	fmt.Println(pos)

	buf := make([]byte, 6)
	k, err = io.ReadFull(&slowReader{"abcdefgh"}, buf)
	fmt.Printf("%d %q %v\n", k, buf, err)
	k, err = io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Println(k, err, err == io.ErrUnexpectedEOF)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err, err == io.EOF)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf[:2], 3)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&slowReader{"abcdef"}, buf, 3)
	fmt.Println(k, err)

	var out bytes.Buffer
	c, err := io.CopyN(&out, strings.NewReader("0123456789"), 4)
	fmt.Println(c, err, out.String())
	c, err = io.CopyN(&out, strings.NewReader("01"), 4)
	fmt.Println(c, err)
	c, err = io.CopyBuffer(&out, &slowReader{"xyz"}, make([]byte, 2))
	fmt.Println(c, err, out.String())
	c, err = io.Copy(shortWriter{}, &slowReader{"xyz"})
	fmt.Println(c, err)
	c, err = io.Copy(failWriter{}, strings.NewReader("data"))
	fmt.Println(c, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&out, strings.NewReader("x"), make([]byte, 0))
	}()

	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	_, isWT := rc.(io.WriterTo)
	fmt.Println(isWT)
	_, isWT = io.NopCloser(&slowReader{}).(io.WriterTo)
	fmt.Println(isWT)

	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println(n, err)
	c, err = io.Copy(io.Discard, strings.NewReader("also gone"))
	fmt.Println(c, err)
	fmt.Println(io.EOF, "|", io.ErrUnexpectedEOF, "|", io.ErrShortWrite, "|", io.ErrClosedPipe, "|", io.ErrShortBuffer, "|", io.ErrNoProgress)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)

	var sw io.StringWriter = &out
	sw.WriteString("!")
	var rw io.ReadWriter = &out
	var rwc io.ReadWriteCloser
	var rs io.ReadSeeker = strings.NewReader("x")
	var ra io.ReaderAt = strings.NewReader("x")
	var rf io.ReaderFrom = &out
	var wt io.WriterTo = &out
	var bs io.ByteScanner = strings.NewReader("x")
	var rsc io.RuneScanner = strings.NewReader("x")
	fmt.Println(rw != nil, rwc == nil, rs != nil, ra != nil, rf != nil, wt != nil, bs != nil, rsc != nil)
}
