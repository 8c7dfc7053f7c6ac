#!/usr/bin/env bash
# Benchmark runner: runs the yardstick programs (../shared/bench/*.go, plus bench/*.go here)
# with the published minigo and, when Go is installed, the same programs compiled by Go,
# and prints wall time, peak memory and the ratio minigo/Go. Not part of the test suite.
#
#   bench/run.sh [name ...]        # e.g. bench/run.sh fib sieve
#   bench/run.sh concurrent        # the concurrent programs (skynet, pingpong, ...)
#   GOMAXPROCS=1 bench/run.sh concurrent   # both minigo and Go honour GOMAXPROCS
#
# For spawnpark it also prints the memory per parked goroutine: peak RSS minus that of the
# same program with n = 0, divided by n (the figure ../shared/DESIGN.md asks for).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared/bench"
out="$root/out/bench"
mkdir -p "$out"

echo "publishing minigo (Release)..." >&2
[ -n "${NO_PUBLISH:-}" ] || dotnet publish "$root/Cli" -c Release -o "$out/minigo" >/dev/null
minigo="$out/minigo/minigo"

go="${GO:-$(command -v go || true)}"
[ -z "$go" ] && [ -x /usr/lib/go-1.19/bin/go ] && go=/usr/lib/go-1.19/bin/go

sequential=(fib sieve nbody spectralnorm fannkuch binarytrees mapstr)
concurrent=(skynet pingpong threadring spawnpark selectfan mutex prodcons)
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=("${sequential[@]}" "${concurrent[@]}")
elif [ "${names[0]}" = concurrent ]; then
  names=("${concurrent[@]}")
elif [ "${names[0]}" = sequential ]; then
  names=("${sequential[@]}")
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

# Memory per parked goroutine (spawnpark): peak RSS with n goroutines minus with none, over n.
if printf '%s\n' "${names[@]}" | grep -qx spawnpark; then
  src="$shared/spawnpark.go"
  n=$(sed -n 's/^const n = \([0-9]*\)$/\1/p' "$src")
  sed 's/^const n = [0-9]*$/const n = 0/' "$src" >"$out/spawnpark0.go"
  per_goroutine() { # peak KB with n, peak KB with 0 -> bytes per goroutine
    awk -v a="$1" -v b="$2" -v n="$n" 'BEGIN { printf "%d", (a - b) * 1024 / n }'
  }
  peak_kb() { /usr/bin/time -f "%M" -o "$out/time.log" "$@" >/dev/null 2>&1 || true; tail -n 1 "$out/time.log"; }
  mfull=$(peak_kb "$minigo" run "$src"); mzero=$(peak_kb "$minigo" run "$out/spawnpark0.go")
  line="spawnpark: bytes per parked goroutine: minigo $(per_goroutine "$mfull" "$mzero")"
  if [ -n "$go" ]; then
    (cd "$out" && GOCACHE="$out/gocache" GO111MODULE=off "$go" build -o "$out/spawnpark0.bin" "$out/spawnpark0.go")
    gfull=$(peak_kb "$out/spawnpark.bin"); gzero=$(peak_kb "$out/spawnpark0.bin")
    line="$line, Go $(per_goroutine "$gfull" "$gzero")"
  fi
  echo "$line"
fi
