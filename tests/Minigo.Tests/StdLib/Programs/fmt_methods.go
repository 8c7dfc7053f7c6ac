package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Money int

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "$%d.%02d", int(m)/100, int(m)%100)
		if f.Flag('+') {
			fmt.Fprint(f, " USD")
		}
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, int(m))
	}
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type valErr struct{ msg string }

func (v valErr) Error() string { return "valErr: " + v.msg }

type Inner struct {
	T Celsius
	e error
}

func main() {
	fmt.Println(Celsius(21.5), []Celsius{1, 2.25})
	fmt.Printf("%v %s %q %x %d\n", Celsius(3), Celsius(3), Celsius(3), Celsius(3), Celsius(3))
	p := &Point{1, 2}
	fmt.Println(p, *p)
	fmt.Printf("%v %+v\n", []*Point{p}, map[string]*Point{"a": p})
	var err error = &NotFound{"key"}
	fmt.Println(err)
	fmt.Printf("[%10v] [%-12s]\n", err, err)
	fmt.Println(Money(12345), []Money{5, 1000})
	fmt.Printf("%+v|%d|%6v\n", Money(250), Money(7), Money(1))
	fmt.Printf("%#v %v\n", Secret("x"), Secret("x"))
	fmt.Println(Boom{}, "after")
	fmt.Printf("%d|%s\n", Boom{}, Boom{})
	var np *Point
	fmt.Println(np)
	fmt.Printf("%v %+v\n", Inner{T: 5}, Inner{T: 7, e: valErr{"hidden"}})
	m := map[Celsius]int{3: 1, 1: 2, 2: 3}
	fmt.Println(m)

	var sb strings.Builder
	fmt.Fprintf(&sb, "%03d|", 7)
	fmt.Fprint(&sb, "a", 1, 2, "b")
	fmt.Fprintln(&sb, "end", 3)
	fmt.Print(sb.String())
	var buf bytes.Buffer
	n, e := fmt.Fprintf(&buf, "%s=%v", "k", []string{"x"})
	fmt.Println(buf.String(), n, e)
	fmt.Fprintln(os.Stdout, "to stdout", 1.5)
	s := fmt.Sprint("a", "b", 1, 2, true, "c", nil)
	fmt.Println(s, len(fmt.Sprintln()))
	b := fmt.Appendf([]byte("pre:"), "%x", 255)
	fmt.Println(string(b))

	base := errors.New("base")
	w1 := fmt.Errorf("layer1: %w", base)
	w2 := fmt.Errorf("layer2: %w", w1)
	fmt.Println(w2, errors.Is(w2, base), errors.Unwrap(w2) == w1)
	var nf *NotFound
	w3 := fmt.Errorf("ctx: %w", &NotFound{"user"})
	fmt.Println(errors.As(w3, &nf), nf.Name)
	fmt.Printf("%T %T\n", w1, fmt.Errorf("plain"))
	fmt.Println(fmt.Errorf("bad %w", 42))
}
