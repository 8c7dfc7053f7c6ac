package sort

import "math/bits"

// sliceLen returns the length of the slice x, and panics as Go's reflection does if x is
// not a slice.
func sliceLen(x any) int

// swapSlice swaps the elements i and j of the slice x.
func swapSlice(x any, i, j int)

// swapper returns a function that swaps the elements of the slice x (reflect.Swapper).
func swapper(x any) func(i, j int) {
	switch sliceLen(x) {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	return func(i, j int) { swapSlice(x, i, j) }
}

// Slice sorts the slice x given the provided less function. It panics if x is not a slice.
// The sort is not guaranteed to be stable: equal elements may be reversed from their
// original order. For a stable sort, use SliceStable.
func Slice(x any, less func(i, j int) bool) {
	swap := swapper(x)
	length := sliceLen(x)
	limit := bits.Len(uint(length))
	pdqsort_func(lessSwap{less, swap}, 0, length, limit)
}

// SliceStable sorts the slice x using the provided less function, keeping equal elements in
// their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	swap := swapper(x)
	stable_func(lessSwap{less, swap}, sliceLen(x))
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less
// function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
