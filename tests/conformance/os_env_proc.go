package main

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	fmt.Println(os.Setenv("MINIGO_OS_ENV_A", "alpha"))
	v, ok := os.LookupEnv("MINIGO_OS_ENV_A")
	fmt.Println(v, ok)
	_, ok = os.LookupEnv("MINIGO_OS_ENV_UNSET")
	fmt.Println(ok, os.Getenv("MINIGO_OS_ENV_UNSET") == "")
	os.Setenv("MINIGO_OS_ENV_EMPTY", "")
	v, ok = os.LookupEnv("MINIGO_OS_ENV_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, kv := range os.Environ() {
		if kv == "MINIGO_OS_ENV_A=alpha" {
			found = true
		}
	}
	fmt.Println("in Environ:", found)
	fmt.Println(os.ExpandEnv("a=$MINIGO_OS_ENV_A, b=${MINIGO_OS_ENV_A}!, none=[$MINIGO_OS_ENV_UNSET]"))
	fmt.Println(os.Expand("$x-${y}-$1-$$", func(s string) string { return "<" + s + ">" }))
	fmt.Println(os.Unsetenv("MINIGO_OS_ENV_A"))
	_, ok = os.LookupEnv("MINIGO_OS_ENV_A")
	fmt.Println(ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Setenv("MINIGO_OS_ENV_NUL", "a\x00b"))

	fmt.Println(os.Getpid() > 0, os.Getppid() > 0, os.Getpid() != os.Getppid())
	fmt.Println(os.Getuid() >= 0, os.Getgid() >= 0, os.Geteuid() == os.Getuid())
	host, err := os.Hostname()
	fmt.Println(host != "", err)
	os.Setenv("HOME", "/home/gopher")
	home, err := os.UserHomeDir()
	fmt.Println(home, err)
	os.Setenv("XDG_CONFIG_HOME", "")
	cfg, err := os.UserConfigDir()
	fmt.Println(cfg, err)
	os.Setenv("XDG_CACHE_HOME", "/cache")
	cache, err := os.UserCacheDir()
	fmt.Println(cache, err)
	os.Unsetenv("HOME")
	_, err = os.UserHomeDir()
	fmt.Println(err)
	os.Setenv("TMPDIR", "/var/tmp/x")
	fmt.Println(os.TempDir())
	os.Unsetenv("TMPDIR")
	fmt.Println(os.TempDir())
	fmt.Println(len(os.Args))
	fmt.Println(os.PathSeparator == '/', os.PathListSeparator == ':', os.DevNull, os.IsPathSeparator('/'))
	fmt.Println(os.Getpagesize())

	for _, m := range []fs.FileMode{0, 0644, 0755, 0600 | fs.ModeDir, fs.ModeSymlink | 0777, fs.ModeNamedPipe | 0600,
		fs.ModeSocket | 0700, fs.ModeDevice | fs.ModeCharDevice | 0620, fs.ModeDevice | 0660, fs.ModeSetuid | fs.ModeSetgid | 0755,
		fs.ModeSticky | fs.ModeDir | 0777, fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | 0400, fs.ModeIrregular | 0644, ^fs.FileMode(0)} {
		fmt.Printf("%v %o type=%v perm=%v dir=%v regular=%v\n", m, uint32(m&fs.ModePerm), m.Type(), m.Perm(), m.IsDir(), m.IsRegular())
	}
	fmt.Println(os.ModePerm, os.ModeType)
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"), fs.ValidPath("."), fs.ValidPath(""))

	var p os.Process
	fmt.Println(p.Signal(os.Interrupt))
	proc, err := os.FindProcess(os.Getpid())
	fmt.Println(proc.Pid == os.Getpid(), err)
	proc.Release()
	fmt.Println(proc.Signal(os.Kill))
	fmt.Println(os.Interrupt, os.Kill)
}
