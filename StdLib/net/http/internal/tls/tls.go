// Package tls holds the crypto/tls types that net/http's API names (Server.TLSConfig,
// Request.TLS, Transport.TLSClientConfig...). minigo has no TLS: these types exist so that
// the API keeps its shape; the functions that would need TLS return an error instead.
package tls

import "net"

// Config is crypto/tls's configuration; minigo keeps the fields net/http reads.
type Config struct {
	Certificates       []Certificate
	NextProtos         []string
	ServerName         string
	InsecureSkipVerify bool
}

// Clone returns a shallow copy of c.
func (c *Config) Clone() *Config {
	if c == nil {
		return nil
	}
	cc := *c
	return &cc
}

// Certificate is a certificate chain with its key.
type Certificate struct{}

// ConnectionState describes a TLS connection.
type ConnectionState struct {
	HandshakeComplete          bool
	NegotiatedProtocol         string
	NegotiatedProtocolIsMutual bool
	ServerName                 string
}

// Conn is a TLS connection; none exist in minigo.
type Conn struct {
	net.Conn
}

// ConnectionState returns the connection's state.
func (c *Conn) ConnectionState() ConnectionState { return ConnectionState{} }

// RecordHeaderError is returned when a TLS record header is invalid.
type RecordHeaderError struct {
	Msg          string
	RecordHeader [5]byte
	Conn         net.Conn
}

func (e RecordHeaderError) Error() string { return "tls: " + e.Msg }
