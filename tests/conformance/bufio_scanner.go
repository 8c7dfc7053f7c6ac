package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

func main() {
	input := "first line\r\nsecond  line with   words\n\nlast without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader(input))
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
		fmt.Printf("[%s]", sc.Bytes())
	}
	fmt.Println(" words:", words)

	sc = bufio.NewScanner(strings.NewReader("héllo, 世界\xff!"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Bytes(), " ")
	}
	fmt.Println()

	// A line longer than the buffer allows.
	long := strings.Repeat("x", 100) + "\nshort\n"
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 16), 64)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println("err:", sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 16), 200)
	for sc.Scan() {
		fmt.Println("len", len(sc.Text()))
	}
	fmt.Println("err:", sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize+1)))
	fmt.Println(sc.Scan(), sc.Err())

	// A custom split function: comma-separated values, with an error on "bad".
	sc = bufio.NewScanner(strings.NewReader("a,b,,c,bad,d"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "bad" {
				return 0, nil, errors.New("bad field")
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("field %q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	// ErrFinalToken stops the scan after a token.
	sc = bufio.NewScanner(strings.NewReader("1 2 STOP 3 4"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "STOP" {
			return adv, []byte("stopped"), bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Println("tok", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc := bufio.NewScanner(strings.NewReader("x"))
		sc.Scan()
		sc.Buffer(nil, 10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc := bufio.NewScanner(strings.NewReader("x"))
		sc.Scan()
		sc.Split(bufio.ScanWords)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc := bufio.NewScanner(strings.NewReader(""))
		sc.Split(func([]byte, bool) (int, []byte, error) { return 0, []byte{}, nil })
		for sc.Scan() {
		}
	}()
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func([]byte, bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(d []byte, _ bool) (int, []byte, error) { return len(d) + 1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
}
