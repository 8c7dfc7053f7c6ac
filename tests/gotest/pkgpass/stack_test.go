package stack

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func expectPop(t *testing.T, s *Stack[int], want int) {
	t.Helper()
	got, ok := s.Pop()
	if !ok || got != want {
		t.Fatalf("Pop() = %d, %v; want %d, true", got, ok, want)
	}
}

func TestPushPop(t *testing.T) {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	expectPop(t, &s, 2)
	expectPop(t, &s, 1)
	if _, ok := s.Pop(); ok {
		t.Error("Pop of an empty stack succeeded")
	}
	t.Log("log lines show with -v")
}

func TestTable(t *testing.T) {
	for _, n := range []int{0, 1, 10} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			var s Stack[string]
			for i := 0; i < n; i++ {
				s.Push("x")
			}
			if s.Len() != n {
				t.Errorf("Len() = %d, want %d", s.Len(), n)
			}
		})
	}
}

func TestParallelSubtests(t *testing.T) {
	var mu sync.Mutex
	var s Stack[int]
	t.Cleanup(func() {
		if s.Len() != 3 {
			t.Errorf("after the parallel subtests: Len() = %d, want 3", s.Len())
		}
	})
	for i := 0; i < 3; i++ {
		t.Run("worker", func(t *testing.T) {
			t.Parallel()
			mu.Lock()
			defer mu.Unlock()
			s.Push(i)
		})
	}
}

func TestTempDirAndSetenv(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "f"), []byte("data"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("STACK_TEST", "1")
	if os.Getenv("STACK_TEST") != "1" {
		t.Error("Setenv did not set")
	}
	if _, ok := t.Deadline(); !ok {
		t.Error("no deadline, though minigo test passes -timeout")
	}
	if t.Name() != "TestTempDirAndSetenv" || t.Failed() {
		t.Errorf("Name() = %q, Failed() = %v", t.Name(), t.Failed())
	}
}

func TestSkipped(t *testing.T) {
	t.Skip("nothing to check here")
	t.Error("not reached")
}

func ExampleStack() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, _ := s.Pop()
	fmt.Println(v, s.Len())
	// Output: b 1
}

func ExampleStack_Len() {
	var s Stack[int]
	for i := 0; i < 3; i++ {
		s.Push(i)
		fmt.Println(s.Len())
	}
	// Unordered output:
	// 3
	// 1
	// 2
}
