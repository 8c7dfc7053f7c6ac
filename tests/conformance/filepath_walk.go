package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "minigo-walk-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"b/deep/er", "a", "c/skip/inner", "c/keep"} {
		os.MkdirAll(filepath.Join(root, d), 0755)
	}
	for _, f := range []string{"z.txt", "a/1.go", "a/2.go", "a/README", "b/deep/x.go", "b/deep/er/y.go", "c/skip/s.go", "c/skip/inner/t.go", "c/keep/k.go", "c/k2.txt"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0644)
	}
	rel := func(p string) string {
		r, err := filepath.Rel(root, p)
		if err != nil {
			panic(err)
		}
		return r
	}

	fmt.Println("Walk:")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		fmt.Printf("  %s dir=%v\n", rel(p), info.IsDir())
		if info.IsDir() && info.Name() == "skip" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("err:", err)

	fmt.Println("WalkDir:")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Printf("  %s %v %v\n", rel(p), d.IsDir(), d.Type())
		if !d.IsDir() && d.Name() == "x.go" {
			return filepath.SkipDir // skips the rest of b/deep
		}
		return nil
	})
	fmt.Println("err:", err)

	fmt.Println("fs.WalkDir over os.DirFS:")
	err = fs.WalkDir(os.DirFS(root), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(p, "c") {
			fmt.Println("  stop at", p)
			return errors.New("stopped")
		}
		fmt.Println(" ", p)
		return nil
	})
	fmt.Println("err:", err)

	fmt.Println("Walk of a missing root:")
	err = filepath.Walk(filepath.Join(root, "missing"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("  called with", rel(p), info == nil, os.IsNotExist(err))
		return err
	})
	fmt.Println("err is not-exist:", os.IsNotExist(err))

	fmt.Println("Glob:")
	for _, pat := range []string{"*.txt", "a/*.go", "*/*.go", "?/*", "c/[ks]*", "nothing*", "[", "*/deep/*"} {
		matches, err := filepath.Glob(filepath.Join(root, pat))
		rs := []string{}
		for _, m := range matches {
			rs = append(rs, rel(m))
		}
		fmt.Printf("  %s: %v %v\n", pat, rs, err)
	}
	matches, err := fs.Glob(os.DirFS(root), "*/*.go")
	fmt.Println("  fs.Glob:", matches, err)
	entries, err := fs.ReadDir(os.DirFS(root), "c")
	names := []string{}
	for _, e := range entries {
		names = append(names, e.Name())
	}
	fmt.Println("  fs.ReadDir:", names, err)
	data, err := fs.ReadFile(os.DirFS(root), "a/README")
	fmt.Printf("  fs.ReadFile: %q %v\n", data, err)
	_, err = fs.ReadFile(os.DirFS(root), "../escape")
	fmt.Println("  invalid path:", errors.Is(err, fs.ErrInvalid))
	sub, _ := fs.Sub(os.DirFS(root), "b")
	st, err := fs.Stat(sub, "deep/x.go")
	fmt.Println("  fs.Sub+Stat:", st.Name(), st.Size(), err)
}
