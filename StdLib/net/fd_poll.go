// Copyright 2017 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Go's internal/poll.FD for sockets (fd_unix.go, fd_posix.go, fd_poll_runtime.go): every
// call is tried at once on the non-blocking socket; one that would block (EAGAIN) waits in
// the runtime's poller, which parks the goroutine, not the thread.

package net

import (
	"internal/poll"
	"io"
	"syscall"
	"time"
)

// pollFD is a socket: Go's poll.FD.
type pollFD struct {
	// Lock sysfd and serialize access to Read and Write methods.
	fdmu fdMutex

	// The runtime's socket, with its poll descriptor. Immutable until Close.
	Sysfd uintptr

	// Registered with the poller.
	pollable bool

	// Semaphore signaled when file is closed.
	csema uint32

	// Whether this is a streaming descriptor, as opposed to a
	// packet-based descriptor like a UDP socket. Immutable.
	IsStream bool

	// Whether a zero byte read indicates EOF. This is false for a
	// message based socket connection.
	ZeroReadIsEOF bool
}

// Error values returned by runtime_pollReset and runtime_pollWait.
const (
	pollNoError        = 0
	pollErrClosing     = 1
	pollErrTimeout     = 2
	pollErrNotPollable = 3
)

// The runtime's poller (Go's runtime_poll* functions), on the socket's poll descriptor;
// mode is 'r' or 'w' (or their sum for deadlines).
func runtime_pollOpen(s uintptr) (errno int)
func runtime_pollClose(s uintptr)
func runtime_pollWait(s uintptr, mode int) int
func runtime_pollReset(s uintptr, mode int) int
func runtime_pollSetDeadline(s uintptr, d int64, mode int)
func runtime_pollUnblock(s uintptr)

func convertErr(res int) error {
	switch res {
	case pollNoError:
		return nil
	case pollErrClosing:
		return poll.ErrNetClosing
	case pollErrTimeout:
		return poll.ErrDeadlineExceeded
	case pollErrNotPollable:
		return poll.ErrNotPollable
	}
	println("unreachable: ", res)
	panic("unreachable")
}

// Init registers the socket with the poller. The Sysfd field should already be set.
func (fd *pollFD) Init() error {
	if errno := runtime_pollOpen(fd.Sysfd); errno != 0 {
		return syscall.Errno(errno)
	}
	fd.pollable = true
	return nil
}

func (fd *pollFD) prepare(mode int) error {
	if !fd.pollable {
		return nil
	}
	return convertErr(runtime_pollReset(fd.Sysfd, mode))
}

func (fd *pollFD) wait(mode int) error {
	if !fd.pollable {
		return poll.ErrNotPollable
	}
	return convertErr(runtime_pollWait(fd.Sysfd, mode))
}

// Destroy closes the socket. This is called when there are no remaining references.
func (fd *pollFD) destroy() error {
	// The poller unregisters the socket first.
	if fd.pollable {
		runtime_pollClose(fd.Sysfd)
		fd.pollable = false
	}
	var err error
	if errno := sysClose(fd.Sysfd); errno != 0 {
		err = syscall.Errno(errno)
	}
	fd.Sysfd = 0
	runtime_Semrelease(&fd.csema)
	return err
}

// Close closes the FD. The underlying socket is closed by the destroy method when there
// are no remaining references.
func (fd *pollFD) Close() error {
	if !fd.fdmu.increfAndClose() {
		return poll.ErrNetClosing
	}

	// Unblock any I/O. Once it all unblocks and returns, so that it cannot be referring to
	// fd.Sysfd anymore, the final decref will close fd.Sysfd. This should happen fairly
	// quickly, since all the I/O is non-blocking, and any attempts to block in the poller
	// will return ErrNetClosing.
	if fd.pollable {
		runtime_pollUnblock(fd.Sysfd)
	}

	// The call to decref will call destroy if there are no other references.
	err := fd.decref()

	// Wait until the descriptor is closed. If this was the only reference, it is already
	// closed.
	runtime_Semacquire(&fd.csema)
	return err
}

// Darwin and FreeBSD can't read or write 2GB+ files at a time, nor can many socket
// implementations. Use 1GB instead, to keep subsequent reads aligned.
const maxRW = 1 << 30

// eofError returns io.EOF when fd is available for reading end of file.
func (fd *pollFD) eofError(n int, err error) error {
	if n == 0 && err == nil && fd.ZeroReadIsEOF {
		return io.EOF
	}
	return err
}

func errnoErr(errno int) error {
	if errno == 0 {
		return nil
	}
	return syscall.Errno(errno)
}

// Read implements io.Reader.
func (fd *pollFD) Read(p []byte) (int, error) {
	if err := fd.readLock(); err != nil {
		return 0, err
	}
	defer fd.readUnlock()
	if len(p) == 0 {
		// If the caller wanted a zero byte read, return immediately without trying (but
		// after acquiring the readLock). Otherwise read returns 0, nil which looks like
		// io.EOF.
		return 0, nil
	}
	if err := fd.prepare('r'); err != nil {
		return 0, err
	}
	if fd.IsStream && len(p) > maxRW {
		p = p[:maxRW]
	}
	for {
		n, errno := sysRead(fd.Sysfd, p)
		if errno != 0 {
			n = 0
			if errno == int(syscall.EAGAIN) && fd.pollable {
				if err := fd.wait('r'); err != nil {
					return 0, err
				}
				continue
			}
		}
		return n, fd.eofError(n, errnoErr(errno))
	}
}

// ReadFrom wraps the recvfrom network call.
func (fd *pollFD) ReadFrom(p []byte) (int, sysAddr, error) {
	if err := fd.readLock(); err != nil {
		return 0, sysAddr{}, err
	}
	defer fd.readUnlock()
	if err := fd.prepare('r'); err != nil {
		return 0, sysAddr{}, err
	}
	for {
		n, family, ip, port, zone, errno := sysRecvfrom(fd.Sysfd, p)
		if errno != 0 {
			n = 0
			if errno == int(syscall.EAGAIN) && fd.pollable {
				if err := fd.wait('r'); err != nil {
					return 0, sysAddr{}, err
				}
				continue
			}
		}
		return n, sysAddr{family, ip, port, zone}, fd.eofError(n, errnoErr(errno))
	}
}

// Write implements io.Writer.
func (fd *pollFD) Write(p []byte) (int, error) {
	if err := fd.writeLock(); err != nil {
		return 0, err
	}
	defer fd.writeUnlock()
	if err := fd.prepare('w'); err != nil {
		return 0, err
	}
	var nn int
	for {
		max := len(p)
		if fd.IsStream && max-nn > maxRW {
			max = nn + maxRW
		}
		n, errno := sysWrite(fd.Sysfd, p[nn:max])
		if n > 0 {
			nn += n
		}
		if nn == len(p) {
			return nn, errnoErr(errno)
		}
		if errno == int(syscall.EAGAIN) && fd.pollable {
			if err := fd.wait('w'); err != nil {
				return nn, err
			}
			continue
		}
		if errno != 0 {
			return nn, syscall.Errno(errno)
		}
		if n == 0 {
			return nn, io.ErrUnexpectedEOF
		}
	}
}

// WriteTo wraps the sendto network call.
func (fd *pollFD) WriteTo(p []byte, sa sysAddr) (int, error) {
	if err := fd.writeLock(); err != nil {
		return 0, err
	}
	defer fd.writeUnlock()
	if err := fd.prepare('w'); err != nil {
		return 0, err
	}
	for {
		n, errno := sysSendto(fd.Sysfd, p, sa.family, sa.ip, sa.port, sa.zone)
		if errno == int(syscall.EAGAIN) && fd.pollable {
			if err := fd.wait('w'); err != nil {
				return 0, err
			}
			continue
		}
		if errno != 0 {
			return 0, syscall.Errno(errno)
		}
		return n, nil
	}
}

// Accept wraps the accept network call: the new socket, its peer's address, and the name
// of the call that failed.
func (fd *pollFD) Accept() (uintptr, sysAddr, string, error) {
	if err := fd.readLock(); err != nil {
		return 0, sysAddr{}, "", err
	}
	defer fd.readUnlock()

	if err := fd.prepare('r'); err != nil {
		return 0, sysAddr{}, "", err
	}
	for {
		s, family, ip, port, zone, errno := sysAccept(fd.Sysfd)
		if errno == 0 {
			return s, sysAddr{family, ip, port, zone}, "", nil
		}
		switch syscall.Errno(errno) {
		case syscall.EAGAIN:
			if fd.pollable {
				if err := fd.wait('r'); err != nil {
					return 0, sysAddr{}, "", err
				}
				continue
			}
		case syscall.ECONNABORTED:
			// This means that a socket on the listen queue was closed before we
			// Accept()ed it; it's a silly error, so try again.
			continue
		}
		return 0, sysAddr{}, "accept4", syscall.Errno(errno)
	}
}

// WaitWrite waits until data can be written to fd (a connect in progress completes).
func (fd *pollFD) WaitWrite() error {
	return fd.wait('w')
}

// Shutdown wraps the shutdown network call.
func (fd *pollFD) Shutdown(how int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	return errnoErr(sysShutdown(fd.Sysfd, how))
}

// SetsockoptInt wraps the setsockopt network call with an int argument.
func (fd *pollFD) SetsockoptInt(level, name, arg int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	return errnoErr(sysSetsockoptInt(fd.Sysfd, level, name, arg))
}

// SetsockoptLinger wraps the setsockopt network call with a Linger argument.
func (fd *pollFD) SetsockoptLinger(onoff, linger int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	return errnoErr(sysSetsockoptLinger(fd.Sysfd, onoff, linger))
}

// SetDeadline sets the read and write deadlines associated with fd.
func (fd *pollFD) SetDeadline(t time.Time) error {
	return setDeadlineImpl(fd, t, 'r'+'w')
}

// SetReadDeadline sets the read deadline associated with fd.
func (fd *pollFD) SetReadDeadline(t time.Time) error {
	return setDeadlineImpl(fd, t, 'r')
}

// SetWriteDeadline sets the write deadline associated with fd.
func (fd *pollFD) SetWriteDeadline(t time.Time) error {
	return setDeadlineImpl(fd, t, 'w')
}

func setDeadlineImpl(fd *pollFD, t time.Time, mode int) error {
	var d int64
	if !t.IsZero() {
		d = int64(time.Until(t))
		if d == 0 {
			d = -1 // don't confuse deadline right now with no deadline
		}
	}
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	if !fd.pollable {
		return poll.ErrNoDeadline
	}
	runtime_pollSetDeadline(fd.Sysfd, d, mode)
	return nil
}
