// Package os provides the program's arguments, environment and standard streams, and exit.
// Files other than the standard streams are not provided.
package os

import (
	"errors"
	"internal/poll"
	"io"
	"io/fs"
)

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed

	ErrNoDeadline       = poll.ErrNoDeadline       // "file type does not support deadline"
	ErrDeadlineExceeded = poll.ErrDeadlineExceeded // "i/o timeout"
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

var errBadFd = errors.New("bad file descriptor")

// File represents an open file descriptor: one of the standard streams.
type File struct {
	fd     int
	name   string
	closed bool
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard output,
// and standard error file descriptors.
var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// write writes b to the stream of fd and reports false if fd cannot be written.
func write(fd int, b []byte) (int, bool)

// writeString writes s to the stream of fd and reports false if fd cannot be written.
func writeString(fd int, s string) (int, bool)

// read reads from the stream of fd into b; eof reports the end of the input, ok false if fd
// cannot be read.
func read(fd int, b []byte) (n int, eof bool, ok bool)

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Write writes len(b) bytes from b to the File. It returns the number of bytes written and
// an error, if any.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	n, ok := write(f.fd, b)
	if !ok {
		return 0, &PathError{Op: "write", Path: f.name, Err: errBadFd}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	n, ok := writeString(f.fd, s)
	if !ok {
		return 0, &PathError{Op: "write", Path: f.name, Err: errBadFd}
	}
	return n, nil
}

// Read reads up to len(b) bytes from the File and stores them in b. At end of file, Read
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	n, atEOF, ok := read(f.fd, b)
	if !ok {
		return 0, &PathError{Op: "read", Path: f.name, Err: errBadFd}
	}
	if atEOF && n == 0 && len(b) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return nil
}
