package main

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setup")
	code := m.Run()
	fmt.Println("teardown, exit code", code)
	os.Exit(code)
}

func TestGreeting(t *testing.T) {
	if got := greeting("go"); got != "hello, go" {
		t.Errorf("greeting = %q", got)
	}
	if !testing.Verbose() {
		t.Error("-v was given")
	}
}
