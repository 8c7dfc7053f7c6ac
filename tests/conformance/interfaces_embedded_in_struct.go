package main

import (
	"fmt"
	"strings"
)

type Writer interface {
	Write(s string) int
}

type Upper struct{ buf []string }

func (u *Upper) Write(s string) int {
	u.buf = append(u.buf, strings.ToUpper(s))
	return len(s)
}

type CountingWriter struct {
	Writer
	total int
}

func (c *CountingWriter) Write(s string) int {
	n := c.Writer.Write(s)
	c.total += n
	return n
}

type Prefixed struct {
	Writer
	Prefix string
}

func (p Prefixed) Write(s string) int { return p.Writer.Write(p.Prefix + s) }

func main() {
	up := &Upper{}
	cw := &CountingWriter{Writer: up}
	cw.Write("hello ")
	cw.Write("world")
	fmt.Println(up.buf, cw.total)
	var w Writer = Prefixed{cw, "> "}
	w.Write("chained")
	fmt.Println(up.buf, cw.total)
	var nilEmbed CountingWriter
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	nilEmbed.Write("boom")
}
