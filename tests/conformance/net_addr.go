package main

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{"127.0.0.1", "::1", "::ffff:10.0.0.1", "2001:db8::68", "fe80::1:2:3:4", "0.0.0.0", "::", "1.2.3", "256.1.1.1", "::1::2", "", "1.2.3.4%eth0", "01.2.3.4", "2001:0db8:0000:0000:0000:ff00:0042:8329"} {
		ip := net.ParseIP(s)
		fmt.Printf("%q -> %v len=%d to4=%v loopback=%v unspecified=%v private=%v\n", s, ip, len(ip), ip.To4(), ip.IsLoopback(), ip.IsUnspecified(), ip.IsPrivate())
	}
	a := net.IPv4(192, 168, 1, 10)
	fmt.Println(a, len(a), a.To4(), len(a.To4()), a.To16() != nil, a.Equal(net.ParseIP("192.168.1.10")), a.Equal(net.ParseIP("::1")))
	fmt.Println(net.IPv4(10, 0, 0, 1).DefaultMask(), a.Mask(net.CIDRMask(16, 32)), net.IP{1, 2, 3}.String(), net.IP(nil).String())
	fmt.Println(net.IPv4bcast, net.IPv4zero, net.IPv6loopback, net.IPv6unspecified)
	fmt.Printf("%v %s %x\n", a, a, []byte(a.To4()))

	ip, ipnet, err := net.ParseCIDR("192.168.100.14/22")
	fmt.Println(ip, ipnet, err, ipnet.Contains(net.ParseIP("192.168.101.1")), ipnet.Contains(net.ParseIP("192.168.104.1")))
	_, _, err = net.ParseCIDR("192.168.0.1/33")
	fmt.Println(err)
	ones, bits := ipnet.Mask.Size()
	fmt.Println(ones, bits, ipnet.Mask.String(), ipnet.Network())

	for _, hp := range []string{"localhost:80", "[::1]:443", "127.0.0.1:0", ":8080", "host", "[::1]", "a:b:c", "[fe80::1%eth0]:22", "[::1]:x:y"} {
		h, p, err := net.SplitHostPort(hp)
		fmt.Printf("%q -> %q %q %v\n", hp, h, p, err)
	}
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("example.com", "http"), net.JoinHostPort("", "0"))

	for _, s := range []string{"127.0.0.1:80", "[::1]:8080", ":0", "[fe80::1%2]:22", "127.0.0.1:http", "127.0.0.1:ssh"} {
		t, err := net.ResolveTCPAddr("tcp", s)
		fmt.Println(s, "->", t, err)
	}
	u, err := net.ResolveUDPAddr("udp4", "127.0.0.1:53")
	fmt.Println(u, u.Network(), err)
	_, err = net.ResolveTCPAddr("ip", "127.0.0.1:80")
	fmt.Println(err)
	fmt.Println(&net.TCPAddr{IP: net.ParseIP("::1"), Port: 9, Zone: "lo"}, (*net.TCPAddr)(nil), &net.UDPAddr{Port: 7}, &net.IPAddr{IP: net.IPv4(1, 2, 3, 4)})

	addrs, err := net.LookupHost("localhost")
	has := false
	for _, a := range addrs {
		if a == "127.0.0.1" {
			has = true
		}
	}
	fmt.Println("localhost has 127.0.0.1:", has, err)
	addrs, err = net.LookupHost("10.1.2.3")
	fmt.Println(addrs, err)
	_, err = net.LookupHost("")
	fmt.Println(err)
	ips, err := net.LookupIP("127.0.0.1")
	fmt.Println(ips, err)
	p, err := net.LookupPort("tcp", "80")
	fmt.Println(p, err)
	p, err = net.LookupPort("tcp", "https")
	fmt.Println(p, err)
	p, err = net.LookupPort("tcp", "70000")
	fmt.Println(p, err)

	var e net.Error = &net.AddrError{Err: "bad", Addr: "x"}
	fmt.Println(e, e.Timeout())
	fmt.Println(net.UnknownNetworkError("foo"), &net.ParseError{Type: "IP address", Text: "x"}, net.InvalidAddrError("nope"))
	fmt.Println(&net.OpError{Op: "read", Net: "tcp", Err: net.ErrClosed}, (*net.OpError)(nil).Error())
	fmt.Println(&net.DNSError{Err: "no such host", Name: "x.invalid", Server: "10.0.0.1:53"})
}
