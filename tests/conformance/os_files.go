package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

var tmp string

// clean hides the temporary directory's name, which differs from run to run.
func clean(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), tmp, "$TMP")
}

func check(err error) {
	if err != nil {
		panic(clean(err))
	}
}

func main() {
	var err error
	tmp, err = os.MkdirTemp("", "minigo-os-*")
	check(err)
	defer os.RemoveAll(tmp)
	fmt.Println(strings.HasPrefix(filepath.Base(tmp), "minigo-os-"), filepath.Dir(tmp) == filepath.Clean(os.TempDir()))

	name := filepath.Join(tmp, "a.txt")
	f, err := os.Create(name)
	check(err)
	fmt.Println(clean(f.Name()))
	n, err := f.Write([]byte("hello, "))
	fmt.Println(n, err)
	n, err = f.WriteString("world\n")
	fmt.Println(n, err)
	fmt.Fprintf(f, "line %d\n", 2)
	off, err := f.Seek(0, io.SeekCurrent)
	fmt.Println("offset", off, err)
	off, err = f.Seek(0, io.SeekStart)
	fmt.Println("offset", off, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 7)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 18)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	_, err = f.ReadAt(buf, -1)
	fmt.Println(clean(err))
	off, err = f.Seek(-3, io.SeekEnd)
	fmt.Println("offset", off, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	n, err = f.Read(buf)
	fmt.Println(n, err)
	_, err = f.Seek(0, 7)
	fmt.Println(clean(err))
	fmt.Println(f.Sync())
	// Modes are set explicitly: what Create and Mkdir give depends on the umask.
	fmt.Println(f.Chmod(0644))
	fi, err := f.Stat()
	check(err)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm())
	fmt.Println(f.Close())
	fmt.Println(clean(f.Close()))
	_, err = f.Write([]byte("x"))
	fmt.Println(clean(err), errors.Is(err, os.ErrClosed))
	_, err = f.Read(buf)
	fmt.Println(clean(err))
	_, err = f.Stat()
	fmt.Println(clean(err))

	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)

	// Append, exclusive create, truncate, permissions.
	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	f.WriteString("appended\n")
	_, err = f.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	f.Close()
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(clean(err), os.IsExist(err))
	ro, err := os.Open(name)
	check(err)
	_, err = ro.Write([]byte("x"))
	fmt.Println(clean(err))
	ro.Close()
	check(os.WriteFile(filepath.Join(tmp, "b.txt"), []byte("0123456789"), 0600))
	fi, _ = os.Stat(filepath.Join(tmp, "b.txt"))
	fmt.Println(fi.Mode(), fi.Size())
	check(os.Truncate(filepath.Join(tmp, "b.txt"), 4))
	check(os.Chmod(filepath.Join(tmp, "b.txt"), 0640))
	fi, _ = os.Stat(filepath.Join(tmp, "b.txt"))
	fmt.Println(fi.Mode(), fi.Size())
	f, _ = os.OpenFile(filepath.Join(tmp, "b.txt"), os.O_RDWR|os.O_TRUNC, 0)
	fi, _ = f.Stat()
	fmt.Println("truncated", fi.Size())
	f.WriteAt([]byte("ab"), 3)
	f.Truncate(8)
	f.Close()
	data, _ = os.ReadFile(filepath.Join(tmp, "b.txt"))
	fmt.Printf("%q\n", data)

	// Directories.
	check(os.MkdirAll(filepath.Join(tmp, "d1", "d2", "d3"), 0755))
	check(os.MkdirAll(filepath.Join(tmp, "d1", "d2"), 0755))
	err = os.MkdirAll(filepath.Join(tmp, "a.txt", "sub"), 0755)
	fmt.Println(clean(err))
	err = os.Mkdir(filepath.Join(tmp, "d1"), 0755)
	fmt.Println(clean(err), os.IsExist(err))
	err = os.Remove(filepath.Join(tmp, "d1"))
	fmt.Println(clean(err), os.IsExist(err))
	check(os.Chmod(filepath.Join(tmp, "d1"), 0755))
	d, _ := os.Stat(filepath.Join(tmp, "d1"))
	fmt.Println(d.Name(), d.IsDir(), d.Mode(), d.Mode().IsDir())
	for _, n := range []string{"zeta", "alpha", "Mid", "beta.txt"} {
		os.WriteFile(filepath.Join(tmp, "d1", n), []byte(n), 0644)
	}
	entries, err := os.ReadDir(filepath.Join(tmp, "d1"))
	for _, e := range entries {
		info, _ := e.Info()
		if e.IsDir() {
			fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Mode().IsDir()) // a directory's size depends on the file system
		} else {
			fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Size())
		}
	}
	dir, _ := os.Open(filepath.Join(tmp, "d1"))
	names, err := dir.Readdirnames(-1)
	fmt.Println(len(names), err)
	dir.Seek(0, io.SeekStart)
	first, err := dir.ReadDir(2)
	fmt.Println(len(first), err)
	more, err := dir.ReadDir(10)
	fmt.Println(len(more), err)
	more, err = dir.ReadDir(10)
	fmt.Println(len(more), err)
	_, err = dir.Read(buf)
	fmt.Println(clean(err))
	dir.Close()
	_, err = os.ReadDir(name)
	fmt.Println(clean(err))
	_, err = os.ReadFile(filepath.Join(tmp, "d1"))
	fmt.Println(clean(err))

	// Rename, remove.
	check(os.Rename(filepath.Join(tmp, "d1", "alpha"), filepath.Join(tmp, "d1", "omega")))
	_, err = os.Stat(filepath.Join(tmp, "d1", "alpha"))
	fmt.Println(os.IsNotExist(err))
	err = os.Rename(filepath.Join(tmp, "d1", "omega"), filepath.Join(tmp, "d1", "d2"))
	fmt.Println(clean(err))
	check(os.Remove(filepath.Join(tmp, "d1", "omega")))
	check(os.RemoveAll(filepath.Join(tmp, "d1")))
	_, err = os.Stat(filepath.Join(tmp, "d1"))
	fmt.Println(os.IsNotExist(err))
	check(os.RemoveAll(filepath.Join(tmp, "d1")))

	// Temporary files.
	tf, err := os.CreateTemp(tmp, "pre-*.suf")
	check(err)
	base := filepath.Base(tf.Name())
	fmt.Println(strings.HasPrefix(base, "pre-"), strings.HasSuffix(base, ".suf"), filepath.Dir(tf.Name()) == tmp)
	tf.Close()
	_, err = os.CreateTemp(tmp, "bad/pattern")
	fmt.Println(err)

	// Symbolic links.
	check(os.Symlink("a.txt", filepath.Join(tmp, "link")))
	target, err := os.Readlink(filepath.Join(tmp, "link"))
	fmt.Println(target, err)
	li, _ := os.Lstat(filepath.Join(tmp, "link"))
	si, _ := os.Stat(filepath.Join(tmp, "link"))
	fmt.Println(li.Mode()&os.ModeSymlink != 0, li.Mode().Type() == os.ModeSymlink, si.Mode().IsRegular(), os.SameFile(si, fi), os.SameFile(si, si))

	// The working directory.
	wd, _ := os.Getwd()
	check(os.Chdir(tmp))
	here, _ := os.Getwd()
	real, _ := filepath.EvalSymlinks(tmp)
	fmt.Println(here == real || here == tmp)
	data, err = os.ReadFile("a.txt")
	fmt.Println(len(data), err)
	check(os.Mkdir("rel", 0700))
	fi, _ = os.Stat(filepath.Join(tmp, "rel"))
	fmt.Println(fi.Mode())
	err = os.Chdir("a.txt")
	fmt.Println(err)
	check(os.Chdir(wd))
	_, err = os.Stat("a.txt")
	fmt.Println(os.IsNotExist(err))
}
