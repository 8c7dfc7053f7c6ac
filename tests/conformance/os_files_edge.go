package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

var tmp string

func clean(v any) string { return strings.ReplaceAll(fmt.Sprint(v), tmp, "$TMP") }

func main() {
	tmp, _ = os.MkdirTemp("", "minigo-edge-")
	defer os.RemoveAll(tmp)
	p := func(name string) string { return filepath.Join(tmp, name) }
	os.Mkdir(p("dir"), 0755)
	os.WriteFile(p("dir/f"), []byte("f"), 0644)
	os.WriteFile(p("file"), []byte("content"), 0644)

	d, _ := os.Open(p("dir"))
	_, err := d.Read(make([]byte, 4))
	fmt.Println(clean(err))
	_, err = d.Write([]byte("x"))
	fmt.Println(clean(err))
	d.Close()
	_, err = os.Create(p("dir"))
	fmt.Println(clean(err))
	_, err = os.OpenFile(p("dir"), os.O_WRONLY, 0)
	fmt.Println(clean(err))
	_, err = os.Open("")
	fmt.Println(err)
	_, err = os.Stat("")
	fmt.Println(err)
	fmt.Println(os.Chdir(""))
	fmt.Println(os.Mkdir("", 0755))
	fmt.Println(os.Remove(""))
	fmt.Println(os.RemoveAll(""))
	_, err = os.Readlink(p("file"))
	fmt.Println(clean(err))
	fmt.Println(clean(os.Symlink("x", p("file"))))
	fmt.Println(clean(os.Link(p("file"), p("hard"))))
	fi1, _ := os.Stat(p("file"))
	fi2, _ := os.Stat(p("hard"))
	fmt.Println(os.SameFile(fi1, fi2))
	fmt.Println(clean(os.Link(p("missing"), p("hard2"))))
	fmt.Println(clean(os.Rename(p("dir"), p("file"))))
	os.Mkdir(p("dir2"), 0755)
	os.WriteFile(p("dir2/g"), nil, 0644)
	fmt.Println(clean(os.Rename(p("dir"), p("dir2"))))
	fmt.Println(clean(os.Rename(p("file"), p("dir2"))))
	fmt.Println(clean(os.Mkdir(p("file"), 0755)))
	fmt.Println(clean(os.Remove(p("dir2"))))
	fmt.Println(clean(os.Truncate(p("file"), -1)))
	fmt.Println(clean(os.Truncate(p("nope"), 0)))

	// Times.
	mt := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	at := time.Date(2002, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(os.Chtimes(p("file"), at, mt))
	fi, _ := os.Stat(p("file"))
	fmt.Println(fi.ModTime().UTC(), fi.ModTime().Equal(mt))
	fmt.Println(clean(os.Chtimes(p("nope"), at, mt)))

	// Mode bits.
	os.Chmod(p("file"), 0755|os.ModeSetuid|os.ModeSetgid|os.ModeSticky)
	fi, _ = os.Stat(p("file"))
	fmt.Println(fi.Mode())
	os.Chmod(p("file"), 0)
	fi, _ = os.Stat(p("file"))
	fmt.Println(fi.Mode())
	os.Chmod(p("file"), 0644)

	// Readdir in batches and its end.
	for i := 0; i < 5; i++ {
		os.WriteFile(p(fmt.Sprintf("dir2/n%d", i)), nil, 0644)
	}
	d, _ = os.Open(p("dir2"))
	total := 0
	for {
		infos, err := d.Readdir(2)
		total += len(infos)
		if err == io.EOF {
			fmt.Println("EOF after", total)
			break
		}
	}
	infos, err := d.Readdir(-1)
	fmt.Println(len(infos), err)
	d.Seek(0, io.SeekStart)
	names, _ := d.Readdirnames(0)
	sort.Strings(names)
	fmt.Println(names)
	d.Close()
	_, err = d.Readdirnames(1)
	fmt.Println(clean(err))

	// Pipes.
	r, w, _ := os.Pipe()
	fmt.Println(r.Name(), w.Name())
	_, err = r.Seek(0, io.SeekStart)
	fmt.Println(err)
	st, _ := r.Stat()
	fmt.Println(st.Mode().Type() == fs.ModeNamedPipe)
	w.Write([]byte("through the pipe"))
	w.Close()
	all, err := io.ReadAll(r)
	fmt.Println(string(all), err)
	r.Close()
	r, w, _ = os.Pipe()
	r.Close()
	_, err = w.Write([]byte("nobody reads"))
	fmt.Println(err)
	w.Close()
	fmt.Println(r.SetDeadline(time.Now()))

	// A File's own directory operations.
	d, _ = os.Open(p("dir2"))
	wd, _ := os.Getwd()
	fmt.Println(d.Chdir())
	here, _ := os.Getwd()
	fmt.Println(filepath.Base(here))
	_, err = os.Stat("g")
	fmt.Println(err)
	os.Chdir(wd)
	d.Close()
	f, _ := os.Open(p("file"))
	fmt.Println(clean(f.Chdir()))
	f.Close()
	fmt.Println(errors.Is(f.Chdir(), os.ErrClosed))

	// RemoveAll of a nested tree.
	os.MkdirAll(p("tree/ro/x"), 0755)
	os.WriteFile(p("tree/ro/x/file"), nil, 0644)
	fmt.Println(os.RemoveAll(p("tree")))
	_, err = os.Stat(p("tree"))
	fmt.Println(os.IsNotExist(err))
}
