// Go 1.20-1.22 additions to io, io/fs, os, path/filepath and bufio.
// expected output written from the Go 1.22 spec
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

type memAt struct{ b []byte }

func (m *memAt) WriteAt(p []byte, off int64) (int, error) {
	copy(m.b[off:], p)
	return len(p), nil
}

type fakeInfo struct{}

func (fakeInfo) Name() string       { return "hello.go" }
func (fakeInfo) Size() int64        { return 100 }
func (fakeInfo) Mode() fs.FileMode  { return 0o644 }
func (fakeInfo) ModTime() time.Time { return time.Date(1970, 1, 1, 12, 0, 0, 0, time.UTC) }
func (fakeInfo) IsDir() bool        { return false }
func (fakeInfo) Sys() any           { return nil }

func main() {
	// io.OffsetWriter (1.20) and SectionReader.Outer (1.22).
	m := &memAt{b: []byte("..........")}
	ow := io.NewOffsetWriter(m, 2)
	ow.Write([]byte("ab"))
	ow.Write([]byte("cd"))
	pos, err := ow.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	ow.Write([]byte("X"))
	ow.WriteAt([]byte("Z"), 6)
	_, err = ow.Seek(-1, io.SeekStart)
	fmt.Println(string(m.b), err)
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	r, off, n := sr.Outer()
	fmt.Println(r != nil, off, n)

	// fs.FormatFileInfo and FormatDirEntry (1.21), and DirEntry's String.
	fmt.Println(fs.FormatFileInfo(fakeInfo{}))
	fmt.Println(fs.FormatDirEntry(fs.FileInfoToDirEntry(fakeInfo{})))
	dir, _ := os.MkdirTemp("", "go122-")
	defer os.RemoveAll(dir)
	os.Mkdir(filepath.Join(dir, "sub"), 0755)
	os.WriteFile(filepath.Join(dir, "sub", "deep.txt"), nil, 0644)
	os.WriteFile(filepath.Join(dir, "a.txt"), nil, 0644)
	os.WriteFile(filepath.Join(dir, "z.txt"), nil, 0644)
	entries, _ := os.ReadDir(dir)
	fmt.Println(entries)

	// SkipAll (1.20) stops a walk without an error.
	visited := 0
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		visited++
		if d.Name() == "sub" {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println(visited, err)
	visited = 0
	err = filepath.Walk(dir, func(p string, info fs.FileInfo, err error) error {
		visited++
		if info.Name() == "a.txt" {
			return fs.SkipAll
		}
		return nil
	})
	fmt.Println(visited, err)
	err = fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(" ", p, d)
		return nil
	})
	fmt.Println(err)

	// DirFS's ReadFile and ReadDir (1.21).
	data, err := fs.ReadFile(os.DirFS(dir), "a.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(os.DirFS(dir), "../a.txt")
	fmt.Println(err)
	_, err = os.DirFS(dir).Open("/abs")
	fmt.Println(err)
	names, err := fs.ReadDir(os.DirFS(dir), "sub")
	fmt.Println(names, err)

	// filepath.IsLocal (1.20).
	for _, p := range []string{"a/b", "", "/a", "../a", "a/../../b", "a/../b", ".", "a/./b/.."} {
		fmt.Printf("IsLocal(%q) = %v\n", p, filepath.IsLocal(p))
	}

	// ErrFinalToken with a nil token ends the scan without a token (1.22).
	sc := bufio.NewScanner(strings.NewReader("a b STOP c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "STOP" {
			return adv, nil, bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println(sc.Err())

	// errors.ErrUnsupported (1.21) through Errno.
	fmt.Println(errors.Is(syscall.ENOSYS, errors.ErrUnsupported), errors.Is(syscall.ENOENT, errors.ErrUnsupported))
}
