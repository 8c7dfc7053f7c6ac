// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Go's netFD (fd_posix.go, fd_unix.go) and socket creation (sock_posix.go).

package net

import (
	"context"
	"os"
	"syscall"
	"time"
)

// Network file descriptor.
type netFD struct {
	pfd pollFD

	// immutable until Close
	family      int
	sotype      int
	isConnected bool // handshake completed or use of association with peer
	net         string
	laddr       Addr
	raddr       Addr
}

func newFD(s uintptr, family, sotype int, net string) *netFD {
	return &netFD{
		pfd: pollFD{
			Sysfd:         s,
			IsStream:      sotype == syscall.SOCK_STREAM,
			ZeroReadIsEOF: sotype != syscall.SOCK_DGRAM && sotype != syscall.SOCK_RAW,
		},
		family: family,
		sotype: sotype,
		net:    net,
	}
}

func (fd *netFD) init() error {
	return fd.pfd.Init()
}

func (fd *netFD) setAddr(laddr, raddr Addr) {
	fd.laddr = laddr
	fd.raddr = raddr
}

func (fd *netFD) Close() error {
	return fd.pfd.Close()
}

func (fd *netFD) shutdown(how int) error {
	return wrapSyscallError("shutdown", fd.pfd.Shutdown(how))
}

func (fd *netFD) closeRead() error {
	return fd.shutdown(syscall.SHUT_RD)
}

func (fd *netFD) closeWrite() error {
	return fd.shutdown(syscall.SHUT_WR)
}

func (fd *netFD) Read(p []byte) (n int, err error) {
	n, err = fd.pfd.Read(p)
	return n, wrapSyscallError("read", err)
}

func (fd *netFD) readFrom(p []byte) (n int, sa sysAddr, err error) {
	n, sa, err = fd.pfd.ReadFrom(p)
	return n, sa, wrapSyscallError("recvfrom", err)
}

func (fd *netFD) Write(p []byte) (nn int, err error) {
	nn, err = fd.pfd.Write(p)
	return nn, wrapSyscallError("write", err)
}

func (fd *netFD) writeTo(p []byte, sa sysAddr) (n int, err error) {
	n, err = fd.pfd.WriteTo(p, sa)
	return n, wrapSyscallError("sendto", err)
}

func (fd *netFD) SetDeadline(t time.Time) error {
	return fd.pfd.SetDeadline(t)
}

func (fd *netFD) SetReadDeadline(t time.Time) error {
	return fd.pfd.SetReadDeadline(t)
}

func (fd *netFD) SetWriteDeadline(t time.Time) error {
	return fd.pfd.SetWriteDeadline(t)
}

// socket returns a network file descriptor that is ready for asynchronous I/O using the
// network poller.
func socket(ctx context.Context, net string, family, sotype, proto int, ipv6only bool, laddr, raddr sockaddr) (fd *netFD, err error) {
	s, err := sysSocket(family, sotype, proto)
	if err != nil {
		return nil, err
	}
	if err = setDefaultSockopts(s, family, sotype, ipv6only); err != nil {
		sysClose(s)
		return nil, err
	}
	fd = newFD(s, family, sotype, net)

	// This function makes a network file descriptor for the following applications:
	//
	// - An endpoint holder that opens a passive stream connection, known as a stream
	//   listener
	//
	// - An endpoint holder that opens a destination-unspecific datagram connection,
	//   known as a datagram listener
	//
	// - An endpoint holder that opens an active stream or a destination-specific
	//   datagram connection, known as a dialer
	//
	// - An endpoint holder that opens the other connection, such as talking to the
	//   protocol stack inside the kernel
	//
	// For stream and datagram listeners, they will only require named sockets, so we
	// can assume that it's just a request from stream or datagram listeners when laddr
	// is not nil but raddr is nil. Otherwise we assume it's just for dialers or the other
	// connection holders.

	if laddr != nil && raddr == nil {
		switch sotype {
		case syscall.SOCK_STREAM:
			if err := fd.listenStream(laddr, listenerBacklog()); err != nil {
				fd.Close()
				return nil, err
			}
			return fd, nil
		case syscall.SOCK_DGRAM:
			if err := fd.listenDatagram(laddr); err != nil {
				fd.Close()
				return nil, err
			}
			return fd, nil
		}
	}
	if err := fd.dial(ctx, laddr, raddr); err != nil {
		fd.Close()
		return nil, err
	}
	return fd, nil
}

// listenerBacklog is as many pending connections as the kernel allows (it caps the
// number at net.core.somaxconn, which Go reads).
func listenerBacklog() int { return 1<<16 - 1 }

func (fd *netFD) addrFunc() func(sysAddr) Addr {
	switch fd.sotype {
	case syscall.SOCK_STREAM:
		return sockaddrToTCP
	case syscall.SOCK_DGRAM:
		return sockaddrToUDP
	}
	return func(sysAddr) Addr { return nil }
}

func (fd *netFD) dial(ctx context.Context, laddr, raddr sockaddr) error {
	var err error
	var lsa sysAddr
	if laddr != nil {
		if lsa, err = laddr.sockaddr(fd.family); err != nil {
			return err
		} else if lsa.family != 0 {
			if err = bind(fd.pfd.Sysfd, lsa); err != nil {
				return os.NewSyscallError("bind", err)
			}
		}
	}
	var rsa sysAddr  // remote address from the user
	var crsa sysAddr // remote address we actually connected to
	if raddr != nil {
		if rsa, err = raddr.sockaddr(fd.family); err != nil {
			return err
		}
		if crsa, err = fd.connect(ctx, rsa); err != nil {
			return err
		}
		fd.isConnected = true
	} else {
		if err := fd.init(); err != nil {
			return err
		}
	}
	// Record the local and remote addresses from the actual socket. Get the local address
	// by calling Getsockname. For the remote address, use 1) the one returned by the
	// connect method, if any; or 2) the one from Getpeername, if it succeeds; or 3) the
	// one passed to us as the raddr parameter.
	lsa = getsockname(fd.pfd.Sysfd)
	if crsa.family != 0 {
		fd.setAddr(fd.addrFunc()(lsa), fd.addrFunc()(crsa))
	} else if rsa, err = getpeername(fd.pfd.Sysfd); err == nil {
		fd.setAddr(fd.addrFunc()(lsa), fd.addrFunc()(rsa))
	} else {
		fd.setAddr(fd.addrFunc()(lsa), raddr)
	}
	return nil
}

func (fd *netFD) listenStream(laddr sockaddr, backlog int) error {
	var err error
	if err = setDefaultListenerSockopts(fd.pfd.Sysfd); err != nil {
		return err
	}
	var lsa sysAddr
	if lsa, err = laddr.sockaddr(fd.family); err != nil {
		return err
	}
	if err = bind(fd.pfd.Sysfd, lsa); err != nil {
		return os.NewSyscallError("bind", err)
	}
	if errno := sysListen(fd.pfd.Sysfd, backlog); errno != 0 {
		return os.NewSyscallError("listen", syscall.Errno(errno))
	}
	if err = fd.init(); err != nil {
		return err
	}
	fd.setAddr(fd.addrFunc()(getsockname(fd.pfd.Sysfd)), nil)
	return nil
}

func (fd *netFD) listenDatagram(laddr sockaddr) error {
	var err error
	var lsa sysAddr
	if lsa, err = laddr.sockaddr(fd.family); err != nil {
		return err
	}
	if err = bind(fd.pfd.Sysfd, lsa); err != nil {
		return os.NewSyscallError("bind", err)
	}
	if err = fd.init(); err != nil {
		return err
	}
	fd.setAddr(fd.addrFunc()(getsockname(fd.pfd.Sysfd)), nil)
	return nil
}

func (fd *netFD) connect(ctx context.Context, ra sysAddr) (rsa sysAddr, ret error) {
	// Do not need to call fd.writeLock here, because fd is not yet accessible to user,
	// so no concurrent operations are possible.
	switch err := syscall.Errno(sysConnect(fd.pfd.Sysfd, ra.family, ra.ip, ra.port, ra.zone)); err {
	case syscall.EINPROGRESS, syscall.EALREADY, syscall.EINTR:
	case 0, syscall.EISCONN:
		select {
		case <-ctx.Done():
			return sysAddr{}, mapErr(ctx.Err())
		default:
		}
		if err := fd.init(); err != nil {
			return sysAddr{}, err
		}
		return sysAddr{}, nil
	default:
		return sysAddr{}, os.NewSyscallError("connect", err)
	}
	if err := fd.init(); err != nil {
		return sysAddr{}, err
	}
	if deadline, hasDeadline := ctx.Deadline(); hasDeadline {
		fd.pfd.SetWriteDeadline(deadline)
		defer fd.pfd.SetWriteDeadline(noDeadline)
	}

	// Start the "interrupter" goroutine, if this context might be canceled.
	//
	// The interrupter goroutine waits for the context to be done and interrupts the dial
	// (by altering the fd's write deadline, which wakes up waitWrite).
	ctxDone := ctx.Done()
	if ctxDone != nil {
		// Wait for the interrupter goroutine to exit before returning from connect.
		done := make(chan struct{})
		interruptRes := make(chan error)
		defer func() {
			close(done)
			if ctxErr := <-interruptRes; ctxErr != nil && ret == nil {
				// The interrupter goroutine called SetWriteDeadline, but the connect
				// code below had returned from waitWrite already and did a successful
				// connect (ret == nil). Because we've now poisoned the connection by
				// making it unwritable, don't return a successful dial. This was issue
				// 16523.
				ret = mapErr(ctxErr)
				fd.Close() // prevent a leak
			}
		}()
		go func() {
			select {
			case <-ctxDone:
				// Force the runtime's poller to immediately give up waiting for
				// writability, unblocking waitWrite below.
				fd.pfd.SetWriteDeadline(aLongTimeAgo)
				interruptRes <- ctx.Err()
			case <-done:
				interruptRes <- nil
			}
		}()
	}

	for {
		// Performing multiple connect system calls on a non-blocking socket under Unix
		// variants does not necessarily result in earlier errors being returned. Instead,
		// once runtime-integrated network poller tells us that the socket is ready, get
		// the SO_ERROR socket option to see if the connection succeeded or failed.
		if err := fd.pfd.WaitWrite(); err != nil {
			select {
			case <-ctxDone:
				return sysAddr{}, mapErr(ctx.Err())
			default:
			}
			return sysAddr{}, err
		}
		nerr, errno := sysGetsockoptInt(fd.pfd.Sysfd, syscall.SOL_SOCKET, syscall.SO_ERROR)
		if errno != 0 {
			return sysAddr{}, os.NewSyscallError("getsockopt", syscall.Errno(errno))
		}
		switch err := syscall.Errno(nerr); err {
		case syscall.EINPROGRESS, syscall.EALREADY, syscall.EINTR:
		case syscall.EISCONN:
			return sysAddr{}, nil
		case syscall.Errno(0):
			// The runtime poller can wake us up spuriously; see issues 14548 and
			// 19289. Check that we are really connected; if not, wait again.
			if rsa, err := getpeername(fd.pfd.Sysfd); err == nil {
				return rsa, nil
			}
		default:
			return sysAddr{}, os.NewSyscallError("connect", err)
		}
	}
}

func (fd *netFD) accept() (netfd *netFD, err error) {
	s, rsa, errcall, err := fd.pfd.Accept()
	if err != nil {
		if errcall != "" {
			err = wrapSyscallError(errcall, err)
		}
		return nil, err
	}

	netfd = newFD(s, fd.family, fd.sotype, fd.net)
	if err = netfd.init(); err != nil {
		netfd.Close()
		return nil, err
	}
	netfd.setAddr(netfd.addrFunc()(getsockname(netfd.pfd.Sysfd)), netfd.addrFunc()(rsa))
	return netfd, nil
}
