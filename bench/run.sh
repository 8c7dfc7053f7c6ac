#!/usr/bin/env bash
# Benchmark runner: runs the yardstick programs (../shared/bench/*.go, plus bench/*.go here)
# with the published minigo and, when Go is installed, the same programs compiled by Go,
# and prints wall time, peak memory and the ratio minigo/Go. Not part of the test suite.
#
#   bench/run.sh [name ...]        # e.g. bench/run.sh fib sieve
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared/bench"
out="$root/out/bench"
mkdir -p "$out"

echo "publishing minigo (Release)..." >&2
dotnet publish "$root/Cli" -c Release -o "$out/minigo" >/dev/null
minigo="$out/minigo/minigo"

go="${GO:-$(command -v go || true)}"
[ -z "$go" ] && [ -x /usr/lib/go-1.19/bin/go ] && go=/usr/lib/go-1.19/bin/go

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=(fib sieve nbody spectralnorm fannkuch binarytrees mapstr)
fi

# wall seconds (ns clock, best of $RUNS) and peak RSS (MB, via GNU time) of a command
RUNS="${RUNS:-3}"
measure() {
  local log="$out/time.log" best="" kb=0
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$log" "$@" >"$out/stdout.txt" 2>"$out/stderr.txt" || true
    t1=$(date +%s%N)
    local ns=$((t1 - t0))
    if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then best=$ns; fi
    kb=$(tail -n 1 "$log")
  done
  awk -v ns="$best" -v kb="$kb" 'BEGIN { printf "%.3f %d\n", ns / 1e9, kb / 1024 }'
}

printf "%-14s %10s %10s %8s %10s %10s  %s\n" program minigo_s go_s ratio minigo_MB go_MB output
for n in "${names[@]}"; do
  src="$shared/$n.go"; [ -f "$src" ] || src="$root/bench/$n.go"
  read -r ms mm < <(measure "$minigo" run "$src")
  cp "$out/stdout.txt" "$out/$n.minigo.txt"
  check="-"
  if [ -n "$go" ]; then
    (cd "$out" && GOCACHE="$out/gocache" GO111MODULE=off "$go" build -o "$out/$n.bin" "$src")
    read -r gs gm < <(measure "$out/$n.bin")
    ratio=$(awk -v a="$ms" -v b="$gs" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
    if cmp -s "$out/stdout.txt" "$out/$n.minigo.txt"; then check="same"; else check="DIFFERS"; fi
  else
    gs="-"; gm="-"; ratio="-"
  fi
  printf "%-14s %10s %10s %8s %10s %10s  %s\n" "$n" "$ms" "$gs" "$ratio" "$mm" "$gm" "$check"
done
