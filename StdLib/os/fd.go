package os

import (
	"internal/poll"
	"io"
	"sync/atomic"
	"syscall"
)

// fd is what files need of Go's poll.FD: the descriptor, and a Close after which every call
// fails with poll.ErrFileClosing. Files are not registered with a poller: each call goes to
// package syscall, whose natives run between entersyscall and exitsyscall, so a read that
// blocks (a pipe, a terminal) blocks its thread, not the program.
type fd struct {
	Sysfd  int
	closed atomic.Bool
}

// maxRW is the most a single read or write asks of the kernel (poll's limit, see
// golang.org/issue/7812).
const maxRW = 1 << 30

func (f *fd) Close() error {
	if !f.closed.CompareAndSwap(false, true) {
		return poll.ErrFileClosing
	}
	return syscall.Close(f.Sysfd)
}

// Read reads as poll.FD does for files: a zero-byte read at the end is io.EOF.
func (f *fd) Read(p []byte) (int, error) {
	if f.closed.Load() {
		return 0, poll.ErrFileClosing
	}
	if len(p) == 0 {
		return 0, nil
	}
	if len(p) > maxRW {
		p = p[:maxRW]
	}
	n, err := syscall.Read(f.Sysfd, p)
	if err != nil {
		n = 0
	}
	return n, eofError(n, err)
}

func (f *fd) Pread(p []byte, off int64) (int, error) {
	if f.closed.Load() {
		return 0, poll.ErrFileClosing
	}
	if len(p) > maxRW {
		p = p[:maxRW]
	}
	n, err := syscall.Pread(f.Sysfd, p, off)
	if err != nil {
		n = 0
	}
	return n, eofError(n, err)
}

func eofError(n int, err error) error {
	if n == 0 && err == nil {
		return io.EOF
	}
	return err
}

// Write writes all of p, in as many calls as the kernel needs.
func (f *fd) Write(p []byte) (int, error) {
	return f.writeAll(p, func(b []byte, done int) (int, error) { return syscall.Write(f.Sysfd, b) })
}

func (f *fd) Pwrite(p []byte, off int64) (int, error) {
	return f.writeAll(p, func(b []byte, done int) (int, error) { return syscall.Pwrite(f.Sysfd, b, off+int64(done)) })
}

// writeAll is poll.FD's write loop: write(b, done) writes b, the part of p after the done bytes.
func (f *fd) writeAll(p []byte, write func(b []byte, done int) (int, error)) (int, error) {
	if f.closed.Load() {
		return 0, poll.ErrFileClosing
	}
	var nn int
	for {
		max := len(p)
		if max-nn > maxRW {
			max = nn + maxRW
		}
		n, err := write(p[nn:max], nn)
		if n > 0 {
			nn += n
		}
		if nn == len(p) {
			return nn, err
		}
		if err != nil {
			return nn, err
		}
		if n == 0 {
			return nn, io.ErrUnexpectedEOF
		}
	}
}

// call runs a syscall on the descriptor unless it is closed.
func (f *fd) call(op func(int) error) error {
	if f.closed.Load() {
		return poll.ErrFileClosing
	}
	return op(f.Sysfd)
}

func (f *fd) Seek(offset int64, whence int) (int64, error) {
	if f.closed.Load() {
		return 0, poll.ErrFileClosing
	}
	return syscall.Seek(f.Sysfd, offset, whence)
}

func (f *fd) Fstat(s *syscall.Stat_t) error {
	return f.call(func(fd int) error { return syscall.Fstat(fd, s) })
}

func (f *fd) Fchmod(mode uint32) error {
	return f.call(func(fd int) error { return syscall.Fchmod(fd, mode) })
}

func (f *fd) Fchown(uid, gid int) error {
	return f.call(func(fd int) error { return syscall.Fchown(fd, uid, gid) })
}

func (f *fd) Ftruncate(size int64) error {
	return f.call(func(fd int) error { return syscall.Ftruncate(fd, size) })
}

func (f *fd) Fsync() error {
	return f.call(syscall.Fsync)
}

func (f *fd) Fchdir() error {
	return f.call(syscall.Fchdir)
}

func (f *fd) ReadDirent(buf []byte) (int, error) {
	if f.closed.Load() {
		return 0, poll.ErrFileClosing
	}
	n, err := syscall.ReadDirent(f.Sysfd, buf)
	if err != nil {
		n = 0
	}
	return n, err
}

// SetDeadline: files are not polled, so none supports a deadline.
func (f *fd) SetDeadline(t any) error {
	if f.closed.Load() {
		return poll.ErrFileClosing
	}
	return poll.ErrNoDeadline
}
