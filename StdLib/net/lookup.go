// Copyright 2012 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Name resolution (Go's lookup.go and port.go): literal addresses here; host names from the
// hosts file, then the system's resolver as Go's cgo resolver calls it, a blocking call
// that holds a thread but not the goroutine's P; service names from the services file, then
// Go's built-in table.

package net

import (
	"context"
	"errors"
)

// A Resolver looks up names and numbers.
//
// A nil *Resolver is equivalent to a zero Resolver.
type Resolver struct {
	// PreferGo controls whether Go's built-in DNS resolver is preferred on platforms where
	// it's available. minigo always uses the system's resolver.
	PreferGo bool

	// StrictErrors controls the behavior of temporary errors (including timeout, socket
	// errors, and SERVFAIL) when using Go's built-in resolver.
	StrictErrors bool
}

// DefaultResolver is the resolver used by the package-level Lookup functions and by Dialers
// without a specified Resolver.
var DefaultResolver = &Resolver{}

var errNoSuchHost = errors.New("no such host")

// DNSError represents a DNS lookup error.
type DNSError struct {
	Err         string // description of the error
	Name        string // name looked for
	Server      string // server used
	IsTimeout   bool   // if true, timed out; not all timeouts set this
	IsTemporary bool   // if true, error is temporary; not all errors set this
	IsNotFound  bool   // if true, host could not be found
}

func (e *DNSError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := "lookup " + e.Name
	if e.Server != "" {
		s += " on " + e.Server
	}
	s += ": " + e.Err
	return s
}

// Timeout reports whether the DNS lookup is known to have timed out. This is not always
// known; a DNS lookup may fail due to a timeout and return a DNSError for which Timeout
// returns false.
func (e *DNSError) Timeout() bool { return e.IsTimeout }

// Temporary reports whether the DNS error is known to be temporary. This is not always
// known; a DNS lookup may fail due to a temporary error and return a DNSError for which
// Temporary returns false.
func (e *DNSError) Temporary() bool { return e.IsTimeout || e.IsTemporary }

// lookupHostNative resolves a host name: the hosts file, then the system's resolver. err is
// the resolver's error text, notFound that it knows no such host, temporary that it may
// know later.
func lookupHostNative(host string) (addrs []string, err string, notFound, temporary bool)

// lookupServiceNative is the port of a service name in the services file.
func lookupServiceNative(network, service string) (port int, ok bool)

// LookupHost looks up the given host using the local resolver. It returns a slice of that
// host's addresses.
func LookupHost(host string) (addrs []string, err error) {
	return DefaultResolver.LookupHost(context.Background(), host)
}

// LookupHost looks up the given host using the local resolver. It returns a slice of that
// host's addresses.
func (r *Resolver) LookupHost(ctx context.Context, host string) (addrs []string, err error) {
	// Make sure that no matter what we do later, host=="" is rejected. parseIP, for
	// example, does accept empty strings.
	if host == "" {
		return nil, &DNSError{Err: errNoSuchHost.Error(), Name: host, IsNotFound: true}
	}
	if ip, _ := parseIPZone(host); ip != nil {
		return []string{host}, nil
	}
	return r.lookupHost(ctx, host)
}

func (r *Resolver) lookupHost(ctx context.Context, host string) ([]string, error) {
	addrs, err, notFound, temporary := lookupHostNative(host)
	if err != "" {
		return nil, &DNSError{Err: err, Name: host, IsNotFound: notFound, IsTemporary: temporary}
	}
	// The addresses as Go writes them (the hosts file may spell them otherwise).
	for i, a := range addrs {
		if ip, zone := parseIPZone(a); ip != nil {
			addrs[i] = ip.String()
			if zone != "" {
				addrs[i] += "%" + zone
			}
		}
	}
	return addrs, nil
}

// LookupIP looks up host using the local resolver. It returns a slice of that host's IPv4
// and IPv6 addresses.
func LookupIP(host string) ([]IP, error) {
	addrs, err := DefaultResolver.LookupIPAddr(context.Background(), host)
	if err != nil {
		return nil, err
	}
	ips := make([]IP, len(addrs))
	for i, ia := range addrs {
		ips[i] = ia.IP
	}
	return ips, nil
}

// LookupIPAddr looks up host using the local resolver. It returns a slice of that host's
// IPv4 and IPv6 addresses.
func (r *Resolver) LookupIPAddr(ctx context.Context, host string) ([]IPAddr, error) {
	return r.lookupIPAddr(ctx, "ip", host)
}

// LookupIP looks up host for the given network using the local resolver. It returns a
// slice of that host's IP addresses of the type specified by network. network must be one
// of "ip", "ip4" or "ip6".
func (r *Resolver) LookupIP(ctx context.Context, network, host string) ([]IP, error) {
	afnet, _, err := parseNetwork(ctx, network, false)
	if err != nil {
		return nil, err
	}
	switch afnet {
	case "ip", "ip4", "ip6":
	default:
		return nil, UnknownNetworkError(network)
	}
	addrs, err := r.internetAddrList(ctx, afnet, host)
	if err != nil {
		return nil, err
	}
	ips := make([]IP, 0, len(addrs))
	for _, addr := range addrs {
		ips = append(ips, addr.(*IPAddr).IP)
	}
	return ips, nil
}

// lookupIPAddr looks up host using the local resolver and particular network. It returns a
// list of that host's IPv4 and IPv6 addresses.
func (r *Resolver) lookupIPAddr(ctx context.Context, network, host string) ([]IPAddr, error) {
	// Make sure that no matter what we do later, host=="" is rejected. parseIP, for
	// example, does accept empty strings.
	if host == "" {
		return nil, &DNSError{Err: errNoSuchHost.Error(), Name: host, IsNotFound: true}
	}
	if ip, zone := parseIPZone(host); ip != nil {
		return []IPAddr{{IP: ip, Zone: zone}}, nil
	}
	addrs, err := r.lookupHost(ctx, host)
	if err != nil {
		return nil, err
	}
	ips := make([]IPAddr, 0, len(addrs))
	for _, a := range addrs {
		if ip, zone := parseIPZone(a); ip != nil {
			ips = append(ips, IPAddr{IP: ip, Zone: zone})
		}
	}
	if len(ips) == 0 {
		return nil, &DNSError{Err: errNoSuchHost.Error(), Name: host, IsNotFound: true}
	}
	return ips, nil
}

// LookupPort looks up the port for the given network and service.
func LookupPort(network, service string) (port int, err error) {
	return DefaultResolver.LookupPort(context.Background(), network, service)
}

// LookupPort looks up the port for the given network and service.
func (r *Resolver) LookupPort(ctx context.Context, network, service string) (port int, err error) {
	port, needsLookup := parsePort(service)
	if needsLookup {
		switch network {
		case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
		case "": // a hint wildcard for Go 1.0 undocumented behavior
			network = "ip"
		default:
			return 0, &AddrError{Err: "unknown network", Addr: network}
		}
		port, err = r.lookupPort(ctx, network, service)
		if err != nil {
			return 0, err
		}
	}
	if 0 > port || port > 65535 {
		return 0, &AddrError{Err: "invalid port", Addr: service}
	}
	return port, nil
}

func (r *Resolver) lookupPort(ctx context.Context, network, service string) (int, error) {
	if port, ok := lookupServiceNative(network, service); ok {
		return port, nil
	}
	return lookupPortMap(network, service)
}

// services contains minimal mappings between services names and port numbers for
// platforms that don't have a complete list of port numbers.
//
// See https://www.iana.org/assignments/service-names-port-numbers
//
// On Unix, this map is augmented by readServices via goLookupPort.
var services = map[string]map[string]int{
	"udp": {
		"domain": 53,
	},
	"tcp": {
		"ftp":    21,
		"ftps":   990,
		"gopher": 70, // ʕ◔ϖ◔ʔ
		"http":   80,
		"https":  443,
		"imap2":  143,
		"imap3":  220,
		"imaps":  993,
		"pop3":   110,
		"pop3s":  995,
		"smtp":   25,
		"ssh":    22,
		"telnet": 23,
	},
}

func lookupPortMap(network, service string) (port int, error error) {
	switch network {
	case "tcp4", "tcp6":
		network = "tcp"
	case "udp4", "udp6":
		network = "udp"
	}

	if m, ok := services[network]; ok {
		if port, ok := m[lowerASCII(service)]; ok {
			return port, nil
		}
	}
	return 0, &AddrError{Err: "unknown port", Addr: network + "/" + service}
}

// parsePort parses service as a decimal integer and returns the corresponding value as
// port. It is the caller's responsibility to parse service as a non-decimal integer when
// needsLookup is true.
//
// Some system resolvers will return a valid port number when given a number over 65536
// (see https://golang.org/issues/11715). Alas, the parser can't bail early on numbers >
// 65536. Therefore reasonably large/small numbers are parsed in full and rejected if
// invalid.
func parsePort(service string) (port int, needsLookup bool) {
	if service == "" {
		// Lock in the legacy behavior that an empty string means port 0. See
		// golang.org/issue/13610.
		return 0, false
	}
	const (
		max    = uint32(1<<32 - 1)
		cutoff = uint32(1 << 30)
	)
	neg := false
	if service[0] == '+' {
		service = service[1:]
	} else if service[0] == '-' {
		neg = true
		service = service[1:]
	}
	var n uint32
	for _, d := range service {
		if '0' <= d && d <= '9' {
			d -= '0'
		} else {
			return 0, true
		}
		if n >= cutoff {
			n = max
			break
		}
		n *= 10
		nn := n + uint32(d)
		if nn < n || nn > max {
			n = max
			break
		}
		n = nn
	}
	if !neg && n >= cutoff {
		port = int(cutoff - 1)
	} else if neg && n > cutoff {
		port = int(cutoff)
	} else {
		port = int(n)
	}
	if neg {
		port = -port
	}
	return port, false
}
