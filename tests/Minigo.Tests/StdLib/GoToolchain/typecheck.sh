#!/usr/bin/env bash
# Type-checks the Go sources of StdLib/ with a real Go toolchain: each package is copied
# into a scratch GOPATH under mgstd/, imports of provided packages are rewritten to it, an
# empty .s file lets bodyless (native) declarations through, and the Go 1.21 builtins
# min/max are shimmed for older toolchains.
#
# Usage: tests/Minigo.Tests/StdLib/GoToolchain/typecheck.sh
set -eu
GO=${GO:-/usr/lib/go-1.19/bin/go}
root=$(cd "$(dirname "$0")/../../../.." && pwd)
std="$root/StdLib"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pkgs=$(cd "$std" && find . -name '*.go' -printf '%h\n' | sed 's|^\./||' | sort -u)
for p in $pkgs; do
  mkdir -p "$tmp/src/mgstd/$p"
  cp "$std/$p"/*.go "$tmp/src/mgstd/$p/"
  : > "$tmp/src/mgstd/$p/natives.s"
done
# Rewrite imports of the packages we provide.
for p in $pkgs; do
  find "$tmp/src/mgstd" -name '*.go' -exec sed -i "s#\"$p\"#\"mgstd/$p\"#" {} +
done
if ! "$GO" version | grep -qE 'go1\.(2[1-9]|[3-9][0-9])'; then
  cat > "$tmp/src/mgstd/slices/minmax_shim.go" <<'SHIM'
package slices

import "mgstd/cmp"

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
cd "$tmp/src"
GOPATH="$tmp" GO111MODULE=off GOFLAGS= GOCACHE="${GOCACHE:-/tmp/gocache-typecheck}" "$GO" vet -stdmethods=false $(for p in $pkgs; do echo "mgstd/$p"; done) && echo "typecheck: ok ($(echo $pkgs | wc -w) packages)"
