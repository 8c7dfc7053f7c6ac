// Package json implements encoding and decoding of JSON as defined in RFC 7159, with the
// API and behaviour of Go's encoding/json. Encoding and decoding walk Go values natively
// (JsonNatives.cs and the C# files next to it), following Go's encode.go and decode.go;
// the streaming Encoder and Decoder and the error types are Go code (stream.go, errors.go).
//
// Differences from Go: the error types have no reflect fields (Type, Value), since minigo
// has no package reflect; cyclic values are reported as Go does after 1000 nested pointers.
package json

import (
	"bytes"
	"encoding"
)

// Marshaler is the interface implemented by types that can marshal themselves into valid
// JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Unmarshaler is the interface implemented by types that can unmarshal a JSON description
// of themselves. The input can be assumed to be a valid encoding of a JSON value.
// UnmarshalJSON must copy the JSON data if it wishes to retain the data after returning.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// Marshal returns the JSON encoding of v, following Go's rules: struct fields by their
// json tags (omitempty, "-", string), maps with sorted keys, []byte as base64, Marshaler
// and encoding.TextMarshaler implementations, HTML-safe string escaping.
func Marshal(v any) ([]byte, error) {
	return encode(v, true)
}

// encode runs the native encoder. Go's encoder recovers panics to return its own errors
// and raises the others again, so a panicking MarshalJSON is reported as [recovered]: so
// does this.
func encode(v any, escapeHTML bool) ([]byte, error) {
	defer func() {
		if r := recover(); r != nil {
			panic(r)
		}
	}()
	return marshal(v, escapeHTML)
}

// MarshalIndent is like Marshal but applies Indent to format the output. Each JSON element
// in the output will begin on a new line beginning with prefix followed by one or more
// copies of indent according to the indentation nesting.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = Indent(&buf, b, prefix, indent)
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Unmarshal parses the JSON-encoded data and stores the result in the value pointed to by
// v. If v is nil or not a pointer, Unmarshal returns an InvalidUnmarshalError.
func Unmarshal(data []byte, v any) error {
	return unmarshal(data, v, false, false, true)
}

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool

// Compact appends to dst the JSON-encoded src with insignificant space characters elided.
func Compact(dst *bytes.Buffer, src []byte) error {
	b, err := compact(src, false)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

// Indent appends to dst an indented form of the JSON-encoded src. Each element in a JSON
// object or array begins on a new, indented line beginning with prefix followed by one or
// more copies of indent according to the indentation nesting. The data appended to dst
// does not begin with the prefix nor any indentation, to make it easier to embed inside
// other formatted JSON data. Although leading space characters (space, tab, carriage
// return, newline) at the beginning of src are dropped, trailing space characters at the
// end of src are preserved and copied to dst.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	b, err := indentJSON(src, prefix, indent)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

// HTMLEscape appends to dst the JSON-encoded src with <, >, &, U+2028 and U+2029
// characters inside string literals changed to \u003c, \u003e, \u0026, \u2028, \u2029 so
// that the JSON will be safe to embed inside HTML <script> tags.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	dst.Write(htmlEscape(src))
}

// The natives (JsonNatives.cs).

// marshal encodes v as Marshal does, escaping HTML characters in strings if escapeHTML.
func marshal(v any, escapeHTML bool) ([]byte, error)

// unmarshal decodes data into v; checkValid first checks the whole of data, as Unmarshal
// does (a Decoder has already scanned the value).
func unmarshal(data []byte, v any, useNumber, disallowUnknownFields, checkValid bool) error

// compact is Go's compact: src without insignificant space, with HTML characters escaped
// if escape.
func compact(src []byte, escape bool) ([]byte, error)

// indentJSON is Indent's work: the indented form of src.
func indentJSON(src []byte, prefix, indent string) ([]byte, error)

// htmlEscape is HTMLEscape's work.
func htmlEscape(src []byte) []byte

// setup hands the natives the error constructor and the types they create values of.
func setup(newError func(kind int, a, b, c, d string, off int64, err error) error, samples ...any)

func init() {
	setup(newError, map[string]any(nil), []any(nil), Number(""),
		(*Marshaler)(nil), (*Unmarshaler)(nil), (*encoding.TextMarshaler)(nil), (*encoding.TextUnmarshaler)(nil), (*UnmarshalTypeError)(nil))
}
