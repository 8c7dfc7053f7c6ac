package calc

import (
	"fmt"
	"testing"
)

func check(t *testing.T, a, b, want int) {
	t.Helper()
	if got := Div(a, b); got != want {
		t.Errorf("Div(%d, %d) = %d, want %d", a, b, got, want)
	}
}

func TestDivExact(t *testing.T) {
	check(t, 6, 3, 2)
}

func TestDivRounds(t *testing.T) {
	t.Log("integer division truncates")
	check(t, 7, 2, 3)
	check(t, 9, 4, 2)
}

func TestFatalStopsOnlyThisTest(t *testing.T) {
	defer func() { t.Log("deferred calls run after Fatal") }()
	t.Fatal("first problem\nsecond line")
	t.Error("not reached")
}

func TestSub(t *testing.T) {
	t.Run("one", func(t *testing.T) {})
	t.Run("two", func(t *testing.T) { t.Errorf("two: %v", Div(1, 2)) })
	t.Run("three", func(t *testing.T) { t.Skipf("skipped %d", 3) })
}

func ExampleDiv() {
	fmt.Println(Div(7, 2))
	// Output: 3
}
