// Copyright 2011 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Socket options (Go's sockopt_posix.go and sockopt_linux.go).

package net

import (
	"os"
	"syscall"
)

func setDefaultSockopts(s uintptr, family, sotype int, ipv6only bool) error {
	if family == syscall.AF_INET6 && sotype != syscall.SOCK_RAW {
		// Allow both IP versions even if the OS default is otherwise. Note that some
		// operating systems never admit this option.
		sysSetsockoptInt(s, syscall.IPPROTO_IPV6, syscall.IPV6_V6ONLY, boolint(ipv6only))
	}
	if (sotype == syscall.SOCK_DGRAM || sotype == syscall.SOCK_RAW) && family != syscall.AF_UNIX {
		// Allow broadcast.
		return os.NewSyscallError("setsockopt", errnoErr(sysSetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_BROADCAST, 1)))
	}
	return nil
}

func setDefaultListenerSockopts(s uintptr) error {
	// Allow reuse of recently-used addresses.
	return os.NewSyscallError("setsockopt", errnoErr(sysSetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)))
}

func setReadBuffer(fd *netFD, bytes int) error {
	err := fd.pfd.SetsockoptInt(syscall.SOL_SOCKET, syscall.SO_RCVBUF, bytes)
	return wrapSyscallError("setsockopt", err)
}

func setWriteBuffer(fd *netFD, bytes int) error {
	err := fd.pfd.SetsockoptInt(syscall.SOL_SOCKET, syscall.SO_SNDBUF, bytes)
	return wrapSyscallError("setsockopt", err)
}

func setKeepAlive(fd *netFD, keepalive bool) error {
	err := fd.pfd.SetsockoptInt(syscall.SOL_SOCKET, syscall.SO_KEEPALIVE, boolint(keepalive))
	return wrapSyscallError("setsockopt", err)
}

func setLinger(fd *netFD, sec int) error {
	onoff, linger := 0, 0
	if sec >= 0 {
		onoff, linger = 1, sec
	}
	err := fd.pfd.SetsockoptLinger(onoff, linger)
	return wrapSyscallError("setsockopt", err)
}
