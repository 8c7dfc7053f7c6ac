// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Go's ipsock.go, ipsock_posix.go and sockaddr_posix.go.

package net

import (
	"context"
	"strings"
	"sync"
	"syscall"
)

// A sockaddr represents a TCP or UDP network endpoint address that can be converted into a
// socket address.
type sockaddr interface {
	Addr

	// family returns the platform-dependent address family identifier.
	family() int

	// isWildcard reports whether the address is a wildcard address.
	isWildcard() bool

	// sockaddr returns the address converted into a socket address (family 0 when the
	// address is nil).
	sockaddr(family int) (sysAddr, error)

	// toLocal maps the zero address to a local system address (127.0.0.1 or ::1)
	toLocal(net string) sockaddr
}

// BUG(rsc,mikio): On DragonFly BSD and OpenBSD, listening on the "tcp" and "udp" networks
// does not listen for both IPv4 and IPv6 connections. This is due to the fact that IPv4
// traffic will not be routed to an IPv6 socket - two separate sockets are required if both
// address families are to be supported. See inet6(4) for details.

type ipStackCapabilities struct {
	sync.Once             // guards following
	ipv4Enabled           bool
	ipv6Enabled           bool
	ipv4MappedIPv6Enabled bool
}

var ipStackCaps ipStackCapabilities

// supportsIPv4 reports whether the platform supports IPv4 networking functionality.
func supportsIPv4() bool {
	ipStackCaps.Once.Do(ipStackCaps.probe)
	return ipStackCaps.ipv4Enabled
}

// supportsIPv6 reports whether the platform supports IPv6 networking functionality.
func supportsIPv6() bool {
	ipStackCaps.Once.Do(ipStackCaps.probe)
	return ipStackCaps.ipv6Enabled
}

// supportsIPv4map reports whether the platform supports mapping an IPv4 address inside an
// IPv6 address at transport layer protocols. See RFC 4291, RFC 4038 and RFC 3493.
func supportsIPv4map() bool {
	ipStackCaps.Once.Do(ipStackCaps.probe)
	return ipStackCaps.ipv4MappedIPv6Enabled
}

// probe probes IPv4, IPv6 and IPv4-mapped IPv6 communication capabilities which are
// controlled by the IPV6_V6ONLY socket option and kernel configuration.
//
// Should we try to use the IPv4 socket interface if we're only dealing with IPv4 sockets?
// As long as the host system understands IPv4-mapped IPv6, it's okay to pass IPv4-mapped
// IPv6 addresses to IPv6 interfaces. That simplifies our code and is most general.
// Unfortunately, we need to run on kernels built without IPv6 support too. So probe the
// kernel to figure it out.
func (p *ipStackCapabilities) probe() {
	s, err := sysSocket(syscall.AF_INET, syscall.SOCK_STREAM, syscall.IPPROTO_TCP)
	if err == nil {
		sysClose(s)
		p.ipv4Enabled = true
	}
	var probes = []struct {
		laddr TCPAddr
		value int
	}{
		// IPv6 communication capability
		{laddr: TCPAddr{IP: ParseIP("::1")}, value: 1},
		// IPv4-mapped IPv6 address communication capability
		{laddr: TCPAddr{IP: IPv4(127, 0, 0, 1)}, value: 0},
	}
	for i := range probes {
		s, err := sysSocket(syscall.AF_INET6, syscall.SOCK_STREAM, syscall.IPPROTO_TCP)
		if err != nil {
			continue
		}
		sysSetsockoptInt(s, syscall.IPPROTO_IPV6, syscall.IPV6_V6ONLY, probes[i].value)
		sa, err := probes[i].laddr.sockaddr(syscall.AF_INET6)
		if err == nil && bind(s, sa) == nil {
			if i == 0 {
				p.ipv6Enabled = true
			} else {
				p.ipv4MappedIPv6Enabled = true
			}
		}
		sysClose(s)
	}
}

// favoriteAddrFamily returns the appropriate address family for the given network, laddr,
// raddr and mode.
//
// If mode indicates "listen" and laddr is a wildcard, we assume that the user wants to make
// a passive-open connection with a wildcard address family, both AF_INET and AF_INET6, and
// a wildcard address like the following:
//
//   - A listen for a wildcard communication domain, "tcp" or "udp", with a wildcard
//     address: If the platform supports both IPv6 and IPv4-mapped IPv6 communication
//     capabilities, or does not support IPv4, we use a dual stack, AF_INET6 and
//     IPV6_V6ONLY=0, wildcard address listen. The dual stack wildcard address listen may
//     fall back to an IPv6-only, AF_INET6 and IPV6_V6ONLY=1, listen. Otherwise we prefer an
//     IPv4-only, AF_INET, wildcard address listen.
//
//   - A listen for a wildcard communication domain, "tcp" or "udp", with an IPv4 wildcard
//     address: same as above.
//
//   - A listen for a wildcard communication domain, "tcp" or "udp", with an IPv6 wildcard
//     address: same as above.
//
//   - A listen for an IPv4 communication domain, "tcp4" or "udp4", with an IPv4 wildcard
//     address: We use an IPv4-only, AF_INET, wildcard address listen.
//
//   - A listen for an IPv6 communication domain, "tcp6" or "udp6", with an IPv6 wildcard
//     address: We use an IPv6-only, AF_INET6 and IPV6_V6ONLY=1, wildcard address listen.
//
// Otherwise guess: If the addresses are IPv4 then returns AF_INET, or else returns AF_INET6.
// It also returns a boolean value what designates IPV6_V6ONLY option.
//
// Note that the latest DragonFly BSD and OpenBSD kernels allow neither
// "net.inet6.ip6.v6only=1" change nor IPPROTO_IPV6 level IPV6_V6ONLY socket option setting.
func favoriteAddrFamily(network string, laddr, raddr sockaddr, mode string) (family int, ipv6only bool) {
	switch network[len(network)-1] {
	case '4':
		return syscall.AF_INET, false
	case '6':
		return syscall.AF_INET6, true
	}

	if mode == "listen" && (laddr == nil || laddr.isWildcard()) {
		if supportsIPv4map() || !supportsIPv4() {
			return syscall.AF_INET6, false
		}
		if laddr == nil {
			return syscall.AF_INET, false
		}
		return laddr.family(), false
	}

	if (laddr == nil || laddr.family() == syscall.AF_INET) &&
		(raddr == nil || raddr.family() == syscall.AF_INET) {
		return syscall.AF_INET, false
	}
	return syscall.AF_INET6, false
}

func internetSocket(ctx context.Context, net string, laddr, raddr sockaddr, sotype, proto int, mode string) (fd *netFD, err error) {
	family, ipv6only := favoriteAddrFamily(net, laddr, raddr, mode)
	return socket(ctx, net, family, sotype, proto, ipv6only, laddr, raddr)
}

func ipToSockaddrInet4(ip IP, port int) (sysAddr, error) {
	if len(ip) == 0 {
		ip = IPv4zero
	}
	ip4 := ip.To4()
	if ip4 == nil {
		return sysAddr{}, &AddrError{Err: "non-IPv4 address", Addr: ip.String()}
	}
	sa := sysAddr{family: syscall.AF_INET, ip: make([]byte, IPv4len), port: port}
	copy(sa.ip, ip4)
	return sa, nil
}

func ipToSockaddrInet6(ip IP, port int, zone string) (sysAddr, error) {
	// In general, an IP wildcard address, which is either "0.0.0.0" or "::", means the
	// entire IP addressing space. For some historical reason, it is used to specify "any
	// available address" on some operations of IP node.
	//
	// When the IP node supports IPv4-mapped IPv6 address, we allow a listener to listen to
	// the wildcard address of both IP addressing spaces by specifying IPv6 wildcard
	// address.
	if len(ip) == 0 || ip.Equal(IPv4zero) {
		ip = IPv6zero
	}
	// We accept any IPv6 address including IPv4-mapped IPv6 address.
	ip6 := ip.To16()
	if ip6 == nil {
		return sysAddr{}, &AddrError{Err: "non-IPv6 address", Addr: ip.String()}
	}
	sa := sysAddr{family: syscall.AF_INET6, ip: make([]byte, IPv6len), port: port, zone: zoneIndex(zone)}
	copy(sa.ip, ip6)
	return sa, nil
}

func ipToSockaddr(family int, ip IP, port int, zone string) (sysAddr, error) {
	switch family {
	case syscall.AF_INET:
		return ipToSockaddrInet4(ip, port)
	case syscall.AF_INET6:
		return ipToSockaddrInet6(ip, port, zone)
	}
	return sysAddr{}, &AddrError{Err: "invalid address family", Addr: ip.String()}
}

// zoneIndex is an IPv6 zone's interface index. Interfaces are not enumerated: only numeric
// zones ("fe80::1%2") are known, as Go's zone cache does when it finds no such name.
func zoneIndex(zone string) int {
	if zone == "" {
		return 0
	}
	index, _, _ := dtoi(zone)
	return index
}

// zoneName is the zone of an interface index: the number, as Go gives it for an interface
// it does not know.
func zoneName(index int) string {
	if index == 0 {
		return ""
	}
	return uitoa(uint(index))
}

// An addrList represents a list of network endpoint addresses.
type addrList []Addr

// isIPv4 reports whether addr contains an IPv4 address.
func isIPv4(addr Addr) bool {
	switch addr := addr.(type) {
	case *TCPAddr:
		return addr.IP.To4() != nil
	case *UDPAddr:
		return addr.IP.To4() != nil
	case *IPAddr:
		return addr.IP.To4() != nil
	}
	return false
}

// isNotIPv4 reports whether addr does not contain an IPv4 address.
func isNotIPv4(addr Addr) bool { return !isIPv4(addr) }

// forResolve returns the most appropriate address in address for a call to ResolveTCPAddr,
// ResolveUDPAddr, or ResolveIPAddr. IPv4 is preferred, unless addr contains an IPv6
// literal.
func (addrs addrList) forResolve(network, addr string) Addr {
	var want6 bool
	switch network {
	case "ip":
		// IPv6 literal (addr does NOT contain a port)
		want6 = count(addr, ':') > 0
	case "tcp", "udp":
		// IPv6 literal. (addr contains a port, so look for '[')
		want6 = count(addr, '[') > 0
	}
	if want6 {
		return addrs.first(isNotIPv4)
	}
	return addrs.first(isIPv4)
}

// first returns the first address which satisfies strategy, or if none do, then the first
// address of any kind.
func (addrs addrList) first(strategy func(Addr) bool) Addr {
	for _, addr := range addrs {
		if strategy(addr) {
			return addr
		}
	}
	return addrs[0]
}

// partition divides an address list into two categories, using a strategy function to
// assign a boolean label to each address. The first address, and any with a matching
// label, are returned as primaries, while addresses with the opposite label are returned as
// fallbacks. For non-empty inputs, primaries is guaranteed to be non-empty.
func (addrs addrList) partition(strategy func(Addr) bool) (primaries, fallbacks addrList) {
	var primaryLabel bool
	for i, addr := range addrs {
		label := strategy(addr)
		if i == 0 || label == primaryLabel {
			primaryLabel = label
			primaries = append(primaries, addr)
		} else {
			fallbacks = append(fallbacks, addr)
		}
	}
	return
}

// filterAddrList applies a filter to a list of IP addresses, yielding a list of Addr
// objects. Known filters are nil, ipv4only, and ipv6only. It returns every address when the
// filter is nil. The result contains at least one address when error is nil.
func filterAddrList(filter func(IPAddr) bool, ips []IPAddr, inetaddr func(IPAddr) Addr, originalAddr string) (addrList, error) {
	var addrs addrList
	for _, ip := range ips {
		if filter == nil || filter(ip) {
			addrs = append(addrs, inetaddr(ip))
		}
	}
	if len(addrs) == 0 {
		return nil, &AddrError{Err: errNoSuitableAddress.Error(), Addr: originalAddr}
	}
	return addrs, nil
}

// ipv4only reports whether addr is an IPv4 address.
func ipv4only(addr IPAddr) bool {
	return addr.IP.To4() != nil
}

// ipv6only reports whether addr is an IPv6 address except IPv4-mapped IPv6 address.
func ipv6only(addr IPAddr) bool {
	return len(addr.IP) == IPv6len && addr.IP.To4() == nil
}

// SplitHostPort splits a network address of the form "host:port", "host%zone:port",
// "[host]:port" or "[host%zone]:port" into host or host%zone and port.
//
// A literal IPv6 address in hostport must be enclosed in square brackets, as in
// "[::1]:80", "[::1%lo0]:80".
//
// See func Dial for a description of the hostport parameter, and host and port results.
func SplitHostPort(hostport string) (host, port string, err error) {
	const (
		missingPort   = "missing port in address"
		tooManyColons = "too many colons in address"
	)
	addrErr := func(addr, why string) (host, port string, err error) {
		return "", "", &AddrError{Err: why, Addr: addr}
	}
	j, k := 0, 0

	// The port starts after the last colon.
	i := last(hostport, ':')
	if i < 0 {
		return addrErr(hostport, missingPort)
	}

	if hostport[0] == '[' {
		// Expect the first ']' just before the last ':'.
		end := strings.IndexByte(hostport, ']')
		if end < 0 {
			return addrErr(hostport, "missing ']' in address")
		}
		switch end + 1 {
		case len(hostport):
			// There can't be a ':' behind the ']' now.
			return addrErr(hostport, missingPort)
		case i:
			// The expected result.
		default:
			// Either ']' isn't followed by a colon, or it is followed by a colon that is
			// not the last one.
			if hostport[end+1] == ':' {
				return addrErr(hostport, tooManyColons)
			}
			return addrErr(hostport, missingPort)
		}
		host = hostport[1:end]
		j, k = 1, end+1 // there can't be a '[' resp. ']' before these positions
	} else {
		host = hostport[:i]
		if strings.IndexByte(host, ':') >= 0 {
			return addrErr(hostport, tooManyColons)
		}
	}
	if strings.IndexByte(hostport[j:], '[') >= 0 {
		return addrErr(hostport, "unexpected '[' in address")
	}
	if strings.IndexByte(hostport[k:], ']') >= 0 {
		return addrErr(hostport, "unexpected ']' in address")
	}

	port = hostport[i+1:]
	return host, port, nil
}

func splitHostZone(s string) (host, zone string) {
	// The IPv6 scoped addressing zone identifier starts after the last percent sign.
	if i := last(s, '%'); i > 0 {
		host, zone = s[:i], s[i+1:]
	} else {
		host = s
	}
	return
}

// JoinHostPort combines host and port into a network address of the form "host:port". If
// host contains a colon, as found in literal IPv6 addresses, then JoinHostPort returns
// "[host]:port".
//
// See func Dial for a description of the host and port parameters.
func JoinHostPort(host, port string) string {
	// We assume that host is a literal IPv6 address if host has colons.
	if strings.IndexByte(host, ':') >= 0 {
		return "[" + host + "]:" + port
	}
	return host + ":" + port
}

// internetAddrList resolves addr, which may be a literal IP address or a DNS name, and
// returns a list of internet protocol family addresses. The result contains at least one
// address when error is nil.
func (r *Resolver) internetAddrList(ctx context.Context, net, addr string) (addrList, error) {
	var (
		err        error
		host, port string
		portnum    int
	)
	switch net {
	case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
		if addr != "" {
			if host, port, err = SplitHostPort(addr); err != nil {
				return nil, err
			}
			if portnum, err = r.LookupPort(ctx, net, port); err != nil {
				return nil, err
			}
		}
	case "ip", "ip4", "ip6":
		if addr != "" {
			host = addr
		}
	default:
		return nil, UnknownNetworkError(net)
	}
	inetaddr := func(ip IPAddr) Addr {
		switch net {
		case "tcp", "tcp4", "tcp6":
			return &TCPAddr{IP: ip.IP, Port: portnum, Zone: ip.Zone}
		case "udp", "udp4", "udp6":
			return &UDPAddr{IP: ip.IP, Port: portnum, Zone: ip.Zone}
		case "ip", "ip4", "ip6":
			return &IPAddr{IP: ip.IP, Zone: ip.Zone}
		default:
			panic("unexpected network: " + net)
		}
	}
	if host == "" {
		return addrList{inetaddr(IPAddr{})}, nil
	}

	// Try as a literal IP address, then as a DNS name.
	ips, err := r.lookupIPAddr(ctx, net, host)
	if err != nil {
		return nil, err
	}
	// Issue 18806: if the machine has halfway configured IPv6 such that it can bind on
	// "::" (IPv6unspecified) but not connect back to that same address, fall back to
	// dialing 0.0.0.0.
	if len(ips) == 1 && ips[0].IP.Equal(IPv6unspecified) {
		ips = append(ips, IPAddr{IP: IPv4zero})
	}

	var filter func(IPAddr) bool
	if net != "" && net[len(net)-1] == '4' {
		filter = ipv4only
	}
	if net != "" && net[len(net)-1] == '6' {
		filter = ipv6only
	}
	return filterAddrList(filter, ips, inetaddr, host)
}

func loopbackIP(net string) IP {
	if net != "" && net[len(net)-1] == '6' {
		return IPv6loopback
	}
	return IP{127, 0, 0, 1}
}
