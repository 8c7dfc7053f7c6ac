// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// The socket calls Go's net makes through package syscall, made here by the runtime
// (NetNatives.cs): s is the runtime's socket, an errno is a syscall.Errno (0 for none).

package net

import (
	"os"
	"syscall"
)

// sysAddr is a socket address as the calls take and give it: Go's syscall.SockaddrInet4
// and SockaddrInet6 in one. family is 0 for none.
type sysAddr struct {
	family int
	ip     []byte // 4 bytes for AF_INET, 16 for AF_INET6
	port   int
	zone   int // IPv6 scope id
}

func sysSocketNative(family, sotype, proto int) (s uintptr, errno int)
func sysClose(s uintptr) (errno int)
func sysBind(s uintptr, family int, ip []byte, port, zone int) (errno int)
func sysListen(s uintptr, backlog int) (errno int)
func sysConnect(s uintptr, family int, ip []byte, port, zone int) (errno int)
func sysAccept(s uintptr) (ns uintptr, family int, ip []byte, port, zone int, errno int)
func sysRead(s uintptr, p []byte) (n int, errno int)
func sysWrite(s uintptr, p []byte) (n int, errno int)
func sysRecvfrom(s uintptr, p []byte) (n int, family int, ip []byte, port, zone int, errno int)
func sysSendto(s uintptr, p []byte, family int, ip []byte, port, zone int) (n int, errno int)
func sysShutdown(s uintptr, how int) (errno int)
func sysSetsockoptInt(s uintptr, level, name, value int) (errno int)
func sysSetsockoptLinger(s uintptr, onoff, linger int) (errno int)
func sysGetsockoptInt(s uintptr, level, name int) (value int, errno int)
func sysGetsockname(s uintptr) (family int, ip []byte, port, zone int, errno int)
func sysGetpeername(s uintptr) (family int, ip []byte, port, zone int, errno int)

// sysSocket creates a non-blocking socket (Go's sysSocket, which also asks for
// close-on-exec).
func sysSocket(family, sotype, proto int) (uintptr, error) {
	s, errno := sysSocketNative(family, sotype, proto)
	if errno != 0 {
		return 0, os.NewSyscallError("socket", syscall.Errno(errno))
	}
	return s, nil
}

func bind(s uintptr, sa sysAddr) error {
	return errnoErr(sysBind(s, sa.family, sa.ip, sa.port, sa.zone))
}

func getsockname(s uintptr) sysAddr {
	family, ip, port, zone, errno := sysGetsockname(s)
	if errno != 0 {
		return sysAddr{}
	}
	return sysAddr{family, ip, port, zone}
}

func getpeername(s uintptr) (sysAddr, error) {
	family, ip, port, zone, errno := sysGetpeername(s)
	if errno != 0 {
		return sysAddr{}, syscall.Errno(errno)
	}
	return sysAddr{family, ip, port, zone}, nil
}

// wrapSyscallError takes an error and a syscall name. If the error is a syscall.Errno, it
// wraps it in an os.SyscallError using the syscall name.
func wrapSyscallError(name string, err error) error {
	if _, ok := err.(syscall.Errno); ok {
		err = os.NewSyscallError(name, err)
	}
	return err
}

func boolint(b bool) int {
	if b {
		return 1
	}
	return 0
}
