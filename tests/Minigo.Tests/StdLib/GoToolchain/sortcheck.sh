#!/usr/bin/env bash
# Checks that StdLib's sort and slices leave equal elements in exactly the order Go's sort
# package does: both sort the same inputs (many duplicate keys, patterns that make pdqsort
# break patterns and fall back) under a real Go toolchain and the permutations are compared.
#
# Usage: tests/Minigo.Tests/StdLib/GoToolchain/sortcheck.sh
set -eu
GO=${GO:-/usr/lib/go-1.19/bin/go}
std=$(cd "$(dirname "$0")/../../../../StdLib" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/mg" "$tmp/src/sortcheck"
for p in sort slices cmp; do mkdir -p "$tmp/src/mg/$p"; cp "$std/$p"/*.go "$tmp/src/mg/$p/"; done
sed -i 's#"slices"#"mg/slices"#; s#"cmp"#"mg/cmp"#' "$tmp"/src/mg/*/*.go
# sort.Slice's natives, with reflection.
sed -i '/^func sliceLen(x any) int$/d; /^func swapSlice(x any, i, j int)$/d' "$tmp/src/mg/sort/slice.go"
cat > "$tmp/src/mg/sort/natives.go" <<'SHIM'
package sort

import "reflect"

func sliceLen(x any) int        { return reflect.ValueOf(x).Len() }
func swapSlice(x any, i, j int) { reflect.Swapper(x)(i, j) }
SHIM
cat > "$tmp/src/mg/slices/minmax.go" <<'SHIM'
package slices

import "mg/cmp"

func min[T cmp.Ordered](a, b T) T {
	if a < b || a != a {
		return a
	}
	return b
}

func max[T cmp.Ordered](a, b T) T {
	if a > b || a != a {
		return a
	}
	return b
}
SHIM
cat > "$tmp/src/sortcheck/main.go" <<'PROG'
package main

import (
	"fmt"
	"math"
	"math/rand"
	mcmp "mg/cmp"
	mslices "mg/slices"
	msort "mg/sort"
	"reflect"
	"sort"
)

type item struct{ key, idx int }
type byKey []item

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func gen(r *rand.Rand, n, kind int) []item {
	s := make([]item, n)
	for i := range s {
		var k int
		switch kind {
		case 0:
			k = r.Intn(n/4 + 1)
		case 1:
			k = i / 3
		case 2:
			k = (n - i) / 2
		case 3:
			k = r.Intn(3)
		case 4:
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case 5:
			k = i % 7
		default:
			k = r.Intn(1 << 30)
		}
		s[i] = item{k, i}
	}
	return s
}

func main() {
	r := rand.New(rand.NewSource(42))
	fails := 0
	cases := 0
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 21, 49, 50, 51, 100, 257, 1000, 5000} {
		for kind := 0; kind < 7; kind++ {
			for rep := 0; rep < 3; rep++ {
				base := gen(r, n, kind)
				cp := func() []item { return append([]item(nil), base...) }
				a, b := cp(), cp()
				sort.Sort(byKey(a))
				msort.Sort(byKey(b))
				cases++
				if !reflect.DeepEqual(a, b) {
					fails++
					fmt.Println("Sort differs", n, kind)
				}
				a, b = cp(), cp()
				sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
				msort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
				if !reflect.DeepEqual(a, b) {
					fails++
					fmt.Println("Slice differs", n, kind)
				}
				c := cp()
				mslices.SortFunc(c, func(x, y item) int { return mcmp.Compare(x.key, y.key) })
				if !reflect.DeepEqual(a, c) {
					fails++
					fmt.Println("SortFunc differs", n, kind)
				}
				a, b = cp(), cp()
				sort.Stable(byKey(a))
				msort.Stable(byKey(b))
				c = cp()
				mslices.SortStableFunc(c, func(x, y item) int { return mcmp.Compare(x.key, y.key) })
				if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(a, c) {
					fails++
					fmt.Println("Stable differs", n, kind)
				}
				d := cp()
				msort.SliceStable(d, func(i, j int) bool { return d[i].key < d[j].key })
				if !reflect.DeepEqual(a, d) {
					fails++
					fmt.Println("SliceStable differs", n, kind)
				}
				// Floats with signed zeros and NaNs: slices.Sort must match sort.Float64s.
				f := make([]float64, n)
				for i := range f {
					switch r.Intn(5) {
					case 0:
						f[i] = 0
					case 1:
						f[i] = math.Copysign(0, -1)
					case 2:
						f[i] = math.NaN()
					default:
						f[i] = float64(r.Intn(5))
					}
				}
				g := append([]float64(nil), f...)
				sort.Float64s(f)
				mslices.Sort(g)
				for i := range f {
					if math.Float64bits(f[i]) != math.Float64bits(g[i]) && !(math.IsNaN(f[i]) && math.IsNaN(g[i])) {
						fails++
						fmt.Println("slices.Sort floats differ", n)
						break
					}
				}
				ints := make([]int, n)
				for i := range ints {
					ints[i] = base[i].key
				}
				if !sort.IntsAreSorted(ints) == msort.IntsAreSorted(ints) {
					fails++
				}
				msort.Ints(ints)
				if !sort.IntsAreSorted(ints) {
					fails++
				}
			}
		}
	}
	fmt.Println("sortcheck:", cases, "inputs,", fails, "differences")
	if fails > 0 {
		os.Exit(1)
	}
}
PROG
sed -i 's#^	"math/rand"$#	"math/rand"\n	"os"#' "$tmp/src/sortcheck/main.go"
cd "$tmp/src/sortcheck"
GOPATH="$tmp" GO111MODULE=off GOFLAGS= GOCACHE="${GOCACHE:-/tmp/gocache-sortcheck}" "$GO" run .
