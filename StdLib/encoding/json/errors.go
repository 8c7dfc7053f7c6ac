package json

import (
	"errors"
	"fmt"
	"strconv"
)

// A SyntaxError is a description of a JSON syntax error. Unmarshal will return a
// SyntaxError if the JSON can't be parsed.
type SyntaxError struct {
	msg    string // description of error
	Offset int64  // error occurred after reading Offset bytes
}

func (e *SyntaxError) Error() string { return e.msg }

// An UnmarshalTypeError describes a JSON value that was not appropriate for a value of a
// specific Go type. (Go's has a Type reflect.Type field; minigo has no reflect, so the
// type is kept as its name.)
type UnmarshalTypeError struct {
	Value  string // description of JSON value - "bool", "array", "number -5"
	typ    string // the Go type it could not be assigned to
	Offset int64  // error occurred after reading Offset bytes
	Struct string // name of the struct type containing the field
	Field  string // the full path from root node to the field
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + typeString(e.typ)
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + typeString(e.typ)
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal. (The
// argument must be a non-nil pointer.)
type InvalidUnmarshalError struct {
	typ     string // the argument's type; "" for nil
	pointer bool
}

func (e *InvalidUnmarshalError) Error() string {
	if e.typ == "" {
		return "json: Unmarshal(nil)"
	}
	if !e.pointer {
		return "json: Unmarshal(non-pointer " + e.typ + ")"
	}
	return "json: Unmarshal(nil " + e.typ + ")"
}

// An UnsupportedTypeError is returned by Marshal when attempting to encode an unsupported
// value type.
type UnsupportedTypeError struct {
	typ string
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + typeString(e.typ)
}

// An UnsupportedValueError is returned by Marshal when attempting to encode an unsupported
// value.
type UnsupportedValueError struct {
	Str string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// Before Go 1.2, an InvalidUTF8Error was returned by Marshal when attempting to encode a
// string value with invalid UTF-8 sequences. As of Go 1.2, Marshal instead coerces the
// string to valid UTF-8 by replacing invalid bytes with the Unicode replacement rune
// U+FFFD.
//
// Deprecated: No longer used; kept for compatibility.
type InvalidUTF8Error struct {
	S string // the whole string value that caused the error
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

// A MarshalerError represents an error from calling a MarshalJSON or MarshalText method.
type MarshalerError struct {
	typ        string
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	srcFunc := e.sourceFunc
	if srcFunc == "" {
		srcFunc = "MarshalJSON"
	}
	return "json: error calling " + srcFunc +
		" for type " + typeString(e.typ) +
		": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *MarshalerError) Unwrap() error { return e.Err }

// typeString is Go's e.Type.String() for the type names kept instead of reflect types: an
// error value made without a type panics, as calling String on a nil reflect.Type does.
func typeString(name string) string {
	if name == "" {
		var t *struct{ name string }
		return t.name
	}
	return name
}

// The errors the natives report, by kind (JsonError.cs has the same list).
const (
	errSyntax = iota
	errUnmarshalType
	errInvalidUnmarshal
	errUnsupportedType
	errUnsupportedValue
	errMarshaler
	errMessage
	errMapKey
)

// newError builds the error a native reports: a, b, c and d are the kind's strings.
func newError(kind int, a, b, c, d string, off int64, err error) error {
	switch kind {
	case errSyntax:
		return &SyntaxError{msg: a, Offset: off}
	case errUnmarshalType:
		return &UnmarshalTypeError{Value: a, typ: b, Offset: off, Struct: c, Field: d}
	case errInvalidUnmarshal:
		return &InvalidUnmarshalError{typ: a, pointer: b != ""}
	case errUnsupportedType:
		return &UnsupportedTypeError{typ: a}
	case errUnsupportedValue:
		return &UnsupportedValueError{Str: a}
	case errMarshaler:
		return &MarshalerError{typ: a, Err: err, sourceFunc: b}
	case errMapKey:
		return fmt.Errorf("json: encoding error for type %q: %q", a, err.Error())
	}
	return errors.New(a)
}
