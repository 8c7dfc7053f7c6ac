package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func show(what string, err error) {
	fmt.Printf("%s: %v\n", what, err)
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Printf("  PathError op=%q path=%q err=%v errno=%v\n", pe.Op, pe.Path, pe.Err, pe.Err == syscall.ENOENT)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		fmt.Printf("  LinkError op=%q old=%q new=%q err=%v\n", le.Op, le.Old, le.New, le.Err)
	}
	fmt.Printf("  notexist=%v exist=%v perm=%v isnotexist=%v isexist=%v\n",
		errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrExist), errors.Is(err, os.ErrPermission),
		os.IsNotExist(err), os.IsExist(err))
}

func main() {
	_, err := os.Open("no-such-file.txt")
	show("open", err)
	_, err = os.ReadFile("missing/dir/file")
	show("readfile", err)
	_, err = os.Stat("no-such-file.txt")
	show("stat", err)
	_, err = os.Lstat("nope")
	show("lstat", err)
	show("remove", os.Remove("no-such-file.txt"))
	show("rename", os.Rename("no-such-file.txt", "other.txt"))
	show("chdir", os.Chdir("no-such-dir"))
	show("mkdir", os.Mkdir("no-such-dir/sub", 0755))
	_, err = os.ReadDir("no-such-dir")
	show("readdir", err)
	show("removeall", os.RemoveAll("no-such-dir"))
	show("removeall dot", os.RemoveAll("."))
	_, err = os.OpenFile("no-such-dir/x", os.O_RDWR|os.O_CREATE, 0644)
	show("create in missing dir", err)

	var nilFile *os.File
	_, err = nilFile.Read(make([]byte, 1))
	show("nil file", err)
	fmt.Println(nilFile.Close() == os.ErrInvalid)

	fmt.Println(syscall.ENOENT, "|", syscall.EEXIST, "|", syscall.EACCES, "|", syscall.ENOTDIR, "|", syscall.EISDIR, "|", syscall.ENOTEMPTY)
	fmt.Println(syscall.Errno(0), "|", syscall.Errno(200))
	fmt.Println(errors.Is(syscall.ENOENT, fs.ErrNotExist), errors.Is(syscall.EEXIST, fs.ErrExist), errors.Is(syscall.ENOTEMPTY, fs.ErrExist), errors.Is(syscall.EPERM, fs.ErrPermission))
	fmt.Println(syscall.EAGAIN.Timeout(), syscall.EINTR.Temporary(), syscall.ENOENT.Temporary())
	fmt.Println(os.ErrNotExist, "|", os.ErrExist, "|", os.ErrPermission, "|", os.ErrClosed, "|", os.ErrInvalid)
	fmt.Println(os.ErrDeadlineExceeded, os.IsTimeout(os.ErrDeadlineExceeded), os.ErrNoDeadline, os.ErrProcessDone)
	err = os.NewSyscallError("open", syscall.ENOENT)
	fmt.Println(err, errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	fmt.Println(os.NewSyscallError("x", nil) == nil)
	err = fmt.Errorf("wrapped: %w", &os.PathError{Op: "open", Path: "f", Err: syscall.ENOENT})
	fmt.Println(err, errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
}
