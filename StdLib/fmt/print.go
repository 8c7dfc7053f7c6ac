// Package fmt implements formatted I/O with functions analogous to C's printf. The formatting
// itself is native (Printer*.cs); this file declares the API and the Go helper through which
// the native printer calls String, Error, GoString and Format methods.
package fmt

import (
	"io"
	"strconv"
	"unicode/utf8"
)

// Stringer is implemented by any value that has a String method, which defines the "native"
// format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the Go
// syntax for that value, printed by %#v.
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method, which controls how State
// and rune are interpreted.
type Formatter interface {
	Format(f State, verb rune)
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Sprint formats using the default formats for its operands and returns the resulting
// string. Spaces are added between operands when neither is a string.
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns the resulting
// string. Spaces are always added between operands and a newline is appended.
func Sprintln(a ...any) string

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error)

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error)

// Println formats using the default formats for its operands and writes to standard output,
// with spaces between operands and a final newline.
func Println(a ...any) (n int, err error)

// Appendf formats according to a format specifier, appends the result to the byte slice,
// and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte

// Append formats using the default formats for its operands, appends the result to the byte
// slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte

// Appendln formats using the default formats for its operands, appends the result to the
// byte slice, and returns the updated slice.
func Appendln(b []byte, a ...any) []byte

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write(Appendf(nil, format, a...))
}

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write(Append(nil, a...))
}

// Fprintln formats using the default formats for its operands and writes to w, with spaces
// between operands and a final newline.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write(Appendln(nil, a...))
}

// FormatString returns a string representing the fully qualified formatting directive
// captured by the State, followed by the argument verb.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	return string(utf8.AppendRune(b, verb))
}

// The methods the native printer calls through callMethod.
const (
	methodError = iota
	methodString
	methodGoString
	methodFormat
)

// The bits of a state's flags, as the native printer encodes them.
const (
	flagMinus = 1 << iota
	flagPlus
	flagSharp
	flagSpace
	flagZero
	flagWidth
	flagPrecision
)

// setCallMethod registers callMethod with the native printer.
func setCallMethod(f func(arg any, which int, verb rune, wid, prec, flags int) (string, bool, any))

func init() {
	setCallMethod(callMethod)
}

// callMethod calls a method of arg for the native printer and recovers a panic in it, which
// the printer reports as %!verb(PANIC=Method method: value), as Go's catchPanic does.
func callMethod(arg any, which int, verb rune, wid, prec, flags int) (s string, panicked bool, p any) {
	var st *state
	defer func() {
		if r := recover(); r != nil {
			panicked = true
			p = r
			if st != nil {
				s = string(st.buf)
			}
		}
	}()
	switch which {
	case methodError:
		return arg.(error).Error(), false, nil
	case methodString:
		return arg.(Stringer).String(), false, nil
	case methodGoString:
		return arg.(GoStringer).GoString(), false, nil
	}
	st = &state{wid: wid, prec: prec, flags: flags}
	arg.(Formatter).Format(st, verb)
	return string(st.buf), false, nil
}

// state is the State handed to a Formatter: it collects what Format writes.
type state struct {
	buf   []byte
	wid   int
	prec  int
	flags int
}

func (s *state) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *state) WriteString(str string) (int, error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *state) Width() (int, bool) { return s.wid, s.flags&flagWidth != 0 }

func (s *state) Precision() (int, bool) { return s.prec, s.flags&flagPrecision != 0 }

func (s *state) Flag(c int) bool {
	switch c {
	case '-':
		return s.flags&flagMinus != 0
	case '+':
		return s.flags&flagPlus != 0
	case '#':
		return s.flags&flagSharp != 0
	case ' ':
		return s.flags&flagSpace != 0
	case '0':
		return s.flags&flagZero != 0
	}
	return false
}
