package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write(bytes.ToUpper(p)) }

func main() {
	fmt.Println(len(os.Args) >= 1)
	os.Setenv("MINIGO_STD_TEST", "v1")
	v, ok := os.LookupEnv("MINIGO_STD_TEST")
	fmt.Println(v, ok, os.Getenv("MINIGO_STD_TEST_UNSET") == "")
	os.Unsetenv("MINIGO_STD_TEST")
	_, ok = os.LookupEnv("MINIGO_STD_TEST")
	fmt.Println(ok)
	n, err := os.Stdout.WriteString("direct\n")
	fmt.Println(n, err)
	os.Stdout.Write([]byte("bytes\n"))
	fmt.Fprintln(os.Stderr, "to stderr")

	var buf bytes.Buffer
	w := io.MultiWriter(&buf, upper{os.Stdout})
	fmt.Fprintf(w, "multi %d\n", 1)
	fmt.Print(buf.String())
	cn, err := io.Copy(&buf, strings.NewReader("copied"))
	fmt.Println(cn, err, buf.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	data, _ := io.ReadAll(lr)
	fmt.Println(string(data))
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee!"), &tee)
	io.ReadAll(tr)
	fmt.Println(tee.String())
	p := make([]byte, 8)
	k, err := io.ReadFull(strings.NewReader("abc"), p)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadAtLeast(strings.NewReader(""), p, 1)
	fmt.Println(k, err == io.EOF)
	mr := io.MultiReader(strings.NewReader("a"), strings.NewReader("b"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
	io.WriteString(os.Stdout, "ws\n")
	fmt.Fprint(io.Discard, "nothing")
	cn, _ = io.CopyN(os.Stdout, strings.NewReader("12345\n"), 3)
	fmt.Println("", cn)
	f := os.Stdout
	fmt.Println(f.Name())
}
