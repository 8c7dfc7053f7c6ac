// Package rand implements a cryptographically secure random number generator: the host's
// (System.Security.Cryptography.RandomNumberGenerator), as Go's reads the system's.
package rand

import "io"

// Reader is a global, shared instance of a cryptographically secure random number generator.
var Reader io.Reader = reader{}

type reader struct{}

func (reader) Read(b []byte) (int, error) {
	fill(b)
	return len(b), nil
}

func fill(b []byte)

// Read is a helper function that calls Reader.Read using io.ReadFull.
// On return, n == len(b) if and only if err == nil.
func Read(b []byte) (n int, err error) {
	return io.ReadFull(Reader, b)
}
