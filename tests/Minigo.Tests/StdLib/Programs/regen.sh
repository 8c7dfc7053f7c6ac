#!/usr/bin/env bash
# Regenerates the expected outputs (.out, and .err with the first line of stderr) of the
# programs here with a real Go toolchain. Go releases before 1.21 lack slices, maps and cmp:
# StdLib's own versions are put on GOPATH for them (sort_slices.go's sort order is checked
# against Go's sort package by GoToolchain/sortcheck.sh).
#
# Usage: tests/Minigo.Tests/StdLib/Programs/regen.sh [NAME.go ...]
set -eu
cd "$(dirname "$0")"
GO=${GO:-/usr/lib/go-1.19/bin/go}
std=$(cd ../../../../StdLib && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! "$GO" version | grep -qE 'go1\.(2[1-9]|[3-9][0-9])'; then
  for p in slices maps cmp; do mkdir -p "$tmp/src/$p"; cp "$std/$p"/*.go "$tmp/src/$p/"; done
  cat > "$tmp/src/slices/minmax_shim.go" <<'SHIM'
package slices

import "cmp"

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
fi
export GOPATH="$tmp" GO111MODULE=off GOFLAGS= GOCACHE=${GOCACHE:-/tmp/gocache-stdprograms}
if [ $# -gt 0 ]; then files=("$@"); else files=(*.go); fi
for f in "${files[@]}"; do
  n=${f%.go}
  # Programs using APIs newer than the toolchain carry hand-written expected outputs.
  if sed -n 2p "$f" | grep -q 'written from the Go 1.22 documentation'; then continue; fi
  mkdir -p "$tmp/run/$n" && cp "$f" "$tmp/run/$n/"
  (cd "$tmp/run/$n" && "$GO" build -o prog "$f")
  (cd "$tmp/run/$n" && ./prog > out 2> err) || true
  cp "$tmp/run/$n/out" "$n.out"
  rm -f "$n.err"
  if [ -s "$tmp/run/$n/err" ]; then head -n 1 "$tmp/run/$n/err" > "$n.err"; fi
done
echo "regen: done"
