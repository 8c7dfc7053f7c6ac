// Package syscall is the interface to the operating system that packages os, os/signal and
// time are built on: Linux system calls on descriptors and paths, errno values and signals.
// Relative paths resolve against the program's own working directory (Chdir, Getwd), and
// descriptors 0, 1, 2 are the program's standard streams.
package syscall

import (
	errorspkg "errors"
	"internal/itoa"
	"internal/oserror"
)

// An Errno is an unsigned number describing an error condition. It implements the error
// interface. The zero Errno is by convention a non-error, so code to convert from Errno to
// error should use:
//
//	err = nil
//	if errno != 0 {
//		err = errno
//	}
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errors) {
		s := errors[e]
		if s != "" {
			return s
		}
	}
	return "errno " + itoa.Itoa(int(e))
}

func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case errorspkg.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// errnoErr returns e as an error: nil for 0.
func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}
