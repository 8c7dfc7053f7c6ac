package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(filepath.Join("a", "b", "../c", "/d/"), filepath.Join("", ""), filepath.Join("/", "x"), filepath.Join("a", ""))
	for _, p := range []string{"", ".", "/", "//a//b/", "a/b/../../..", "/../x", "a/./b/./c/", "abc/def/..", "./a"} {
		fmt.Printf("Clean(%q)=%q\n", p, filepath.Clean(p))
	}
	for _, p := range []string{"", "/", "a", "a/", "/a/b/c.txt", "dir/file.tar.gz", "noext", ".hidden", "a/b/"} {
		dir, file := filepath.Split(p)
		fmt.Printf("%q: Base=%q Dir=%q Ext=%q Split=(%q,%q) IsAbs=%v\n", p, filepath.Base(p), filepath.Dir(p), filepath.Ext(p), dir, file, filepath.IsAbs(p))
	}
	for _, c := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "a"}, {"a/b", "c"}, {"/a", "b"}, {"../a", "b"}, {"a", "../b"}} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", c[0], c[1], r, err)
	}
	for _, c := range [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"},
		{"[!a-c]x", "dx"}, {"\\*", "*"}, {"a/*/c", "a/b/c"}, {"[", "a"}, {"a[", "a"}, {"[a-]", "a"}, {"*", ""}, {"**", "ab"}} {
		ok, err := filepath.Match(c[0], c[1])
		pok, perr := path.Match(c[0], c[1])
		fmt.Printf("Match(%q, %q) = %v %v | path: %v %v\n", c[0], c[1], ok, err, pok, perr)
	}
	fmt.Printf("%q %q %q\n", filepath.SplitList("/bin:/usr/bin::/x"), filepath.SplitList(""), filepath.SplitList("one"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a/b") == "", string(filepath.Separator), string(filepath.ListSeparator))

	wd, _ := os.Getwd()
	abs, err := filepath.Abs("sub/../file.txt")
	fmt.Println(strings.TrimPrefix(abs, wd), err)
	abs, _ = filepath.Abs("/already/abs/../x")
	fmt.Println(abs)
	abs, _ = filepath.Abs("")
	fmt.Println(abs == wd)

	fmt.Println(path.Join("a", "b/", "/c"), path.Base("/x/y.go"), path.Dir("/x/y.go"), path.Ext("y.go"), path.Clean("a//b/../c"), path.IsAbs("/a"))
	d, f := path.Split("static/myfile.css")
	fmt.Println(d, f)
}
