// mime/multipart and mime/quotedprintable: writing and reading a form.
package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"mime/quotedprintable"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.SetBoundary("XYZ")
	w.WriteField("a", "1")
	fw, _ := w.CreateFormFile("f", "x.txt")
	fw.Write([]byte("file data"))
	w.Close()
	fmt.Printf("%q\n", buf.String())
	r := multipart.NewReader(&buf, "XYZ")
	f, err := r.ReadForm(1 << 20)
	fmt.Println(f.Value, err, f.File["f"][0].Filename)
	fh, _ := f.File["f"][0].Open()
	b, _ := io.ReadAll(fh)
	fmt.Println(string(b))
	qw := quotedprintable.NewWriter(os.Stdout)
	qw.Write([]byte("héllo = world"))
	qw.Close()
	fmt.Println()
	qr := quotedprintable.NewReader(strings.NewReader("h=C3=A9llo"))
	b, _ = io.ReadAll(qr)
	fmt.Println(string(b))
}
