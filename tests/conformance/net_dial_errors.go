package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"syscall"
	"time"
)

func main() {
	// A port nobody listens on: listen, note the address, stop listening.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	hide := func(err error) string { return strings.ReplaceAll(err.Error(), addr, "ADDR") }

	_, err = net.Dial("tcp", addr)
	fmt.Println(hide(err))
	fmt.Println("ECONNREFUSED:", errors.Is(err, syscall.ECONNREFUSED))
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println("op:", op.Op, "net:", op.Net, "source nil:", op.Source == nil, "addr:", op.Addr.String() == addr)
		var se *os.SyscallError
		fmt.Println("syscall error:", errors.As(err, &se) && se.Syscall == "connect", se.Err == syscall.ECONNREFUSED)
		fmt.Println("timeout:", op.Timeout(), "temporary:", op.Temporary())
	}
	var errno syscall.Errno
	fmt.Println("errno:", errors.As(err, &errno), uintptr(errno), errno.Timeout(), errno.Temporary())

	_, err = net.DialTimeout("tcp", addr, time.Second)
	fmt.Println("DialTimeout:", hide(err))

	_, err = net.DialTCP("tcp", nil, &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: ln.Addr().(*net.TCPAddr).Port})
	fmt.Println("DialTCP:", hide(err))

	// Dialer and contexts.
	d := net.Dialer{Timeout: time.Second}
	_, err = d.Dial("tcp", addr)
	fmt.Println("Dialer:", hide(err))

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = d.DialContext(ctx, "tcp", addr)
	fmt.Println("canceled:", hide(err), errors.Is(err, context.Canceled))

	ctx, cancel = context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	_, err = d.DialContext(ctx, "tcp", addr)
	var ne net.Error
	fmt.Println("expired:", hide(err), errors.As(err, &ne) && ne.Timeout(), errors.Is(err, context.DeadlineExceeded))

	// Networks and addresses that cannot be dialed.
	for _, a := range [][2]string{
		{"tcp", "localhost"},
		{"tcp", "127.0.0.1:http2"},
		{"tcp", "127.0.0.1:-1"},
		{"tcp", "[::1"},
		{"udp7", "127.0.0.1:80"},
		{"tcp", ""},
		{"tcp4", "[::1]:80"},
	} {
		_, err := net.Dial(a[0], a[1])
		fmt.Printf("Dial(%q, %q): %v\n", a[0], a[1], err)
	}
	_, err = net.DialTCP("tcp", nil, nil)
	fmt.Println("DialTCP nil:", err)
	_, err = net.DialTCP("udp", nil, &net.TCPAddr{Port: 1})
	fmt.Println("DialTCP udp:", err)

	// Listening where one cannot.
	ln2, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	_, err = net.Listen("tcp", ln2.Addr().String())
	fmt.Println("in use:", strings.ReplaceAll(err.Error(), ln2.Addr().String(), "ADDR"), errors.Is(err, syscall.EADDRINUSE))
	ln2.Close()
	_, err = net.Listen("tcp", "127.0.0.1:99999")
	fmt.Println(err)
	_, err = net.Listen("udp", "127.0.0.1:0")
	fmt.Println(err)
	_, err = net.ListenTCP("tcp", &net.TCPAddr{IP: net.ParseIP("192.0.2.1")})
	fmt.Println(err)
}
