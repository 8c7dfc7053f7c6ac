package sum

import "testing"

func Sum(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return s
}

func TestSum(t *testing.T) {
	if Sum([]int{1, 2, 3}) != 6 {
		t.Fatal("wrong sum")
	}
}

func BenchmarkSum(b *testing.B) {
	xs := make([]int, 100)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Sum(xs)
	}
	if b.N != 1 && b.N != 10 { // a first run with 1, then -benchtime's 10
		b.Fatalf("b.N = %d with -benchtime 10x", b.N)
	}
}

func BenchmarkSizes(b *testing.B) {
	for _, n := range []int{10, 1000} {
		b.Run("n", func(b *testing.B) {
			xs := make([]int, n)
			b.SetBytes(int64(8 * n))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				Sum(xs)
			}
		})
	}
}
