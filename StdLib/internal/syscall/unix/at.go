// Package unix holds the *at system calls package os removes directory trees with (Go's
// internal/syscall/unix, Linux only).
package unix

import "syscall"

const (
	AT_REMOVEDIR        = 0x200
	AT_SYMLINK_NOFOLLOW = 0x100
)

func unlinkat(dirfd int, path string, flags int) syscall.Errno

func Unlinkat(dirfd int, path string, flags int) error {
	if e := unlinkat(dirfd, path, flags); e != 0 {
		return e
	}
	return nil
}

func Openat(dirfd int, path string, flags int, perm uint32) (int, error) {
	return syscall.Openat(dirfd, path, flags, perm)
}

func Fstatat(dirfd int, path string, stat *syscall.Stat_t, flags int) error {
	return syscall.Fstatat(dirfd, path, stat, flags)
}
