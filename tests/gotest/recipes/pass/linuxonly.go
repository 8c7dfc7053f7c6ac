// run

//go:build windows

// Build constraints that exclude linux/amd64 skip the file.

package main

func main() { panic("not on linux") }
