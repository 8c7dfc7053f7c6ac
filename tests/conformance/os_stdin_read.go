package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

// Reads standard input (os_stdin_read.in) through os.Stdin: a prompt-style ReadString, then the rest whole.
func main() {
	r := bufio.NewReader(os.Stdin)
	fmt.Print("name? ")
	name, err := r.ReadString('\n')
	fmt.Printf("hello %q %v\n", name, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%d bytes, %q..., %v\n", len(rest), rest[:12], err)
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	fmt.Fprintln(os.Stdout, "via Fprintln")
	n, err := os.Stdout.Write([]byte("via Write\n"))
	fmt.Println(n, err)
	_, err = os.Stdin.Write([]byte("x"))
	fmt.Println(err)
	_, err = os.Stdout.Read(make([]byte, 1))
	fmt.Println(err)
	os.Stdin.Close()
	_, err = os.Stdin.Read(make([]byte, 1))
	fmt.Println(err)
}
