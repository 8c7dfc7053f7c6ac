// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package syscall

// The socket constants package net uses (Linux's values).
const (
	AF_INET       = 0x2
	AF_INET6      = 0xa
	AF_UNIX       = 0x1
	AF_UNSPEC     = 0x0
	SOCK_STREAM   = 0x1
	SOCK_DGRAM    = 0x2
	SOCK_RAW      = 0x3
	SOCK_NONBLOCK = 0x800
	SOCK_CLOEXEC  = 0x80000
	SOL_SOCKET    = 0x1
	SO_REUSEADDR  = 0x2
	SO_KEEPALIVE  = 0x9
	SO_BROADCAST  = 0x6
	SO_ERROR      = 0x4
	SO_LINGER     = 0xd
	SO_RCVBUF     = 0x8
	SO_SNDBUF     = 0x7
	SO_TYPE       = 0x3
	IPPROTO_IP    = 0x0
	IPPROTO_IPV6  = 0x29
	IPPROTO_TCP   = 0x6
	IPPROTO_UDP   = 0x11
	IPV6_V6ONLY   = 0x1a
	TCP_NODELAY   = 0x1
	TCP_KEEPINTVL = 0x5
	TCP_KEEPIDLE  = 0x4
	TCP_KEEPCNT   = 0x6
	SHUT_RD       = 0x0
	SHUT_WR       = 0x1
	SHUT_RDWR     = 0x2
	SOMAXCONN     = 0x80
)
