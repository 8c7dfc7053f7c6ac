#!/usr/bin/env bash
# Echo benchmark (not part of the test suite): bench/echo/server.go run by the published
# minigo and the same server compiled by Go, each loaded by bench/echo/load.go (compiled by
# Go, the same generator for both):
#   scale:      CONNS (10,000) connections open at once, 10 round trips each, no errors;
#               the server's threads are sampled from /proc/PID/status meanwhile (Go's
#               budget: GOMAXPROCS + 4);
#   throughput: TCONNS (50) connections doing TROUNDS (4,000) round trips of 64 bytes;
#               round trips per second, and minigo's as a share of Go's.
#
#   bench/echo.sh                 # GOMAXPROCS=2 MINIGO_NETPOLL=... CONNS=... RUNS=... apply
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/out/bench"
mkdir -p "$out"
export GOMAXPROCS="${GOMAXPROCS:-2}"
CONNS="${CONNS:-10000}"
TCONNS="${TCONNS:-50}"
TROUNDS="${TROUNDS:-4000}"
RUNS="${RUNS:-3}"
# Both processes hold CONNS descriptors.
ulimit -n "$(ulimit -Hn)"

NAME=echo
. "$root/bench/servers.sh"

# run_server NAME CMD...: starts the server, runs both loads against it, prints their lines
# and the largest thread count seen during the scale load.
run_server() {
  local name=$1; shift
  start_server "$out/echo-$name.log" "$@"

  # Scale: sample the server's threads while the load runs.
  local maxthreads=0 t
  "$out/echo-load" -addr "$addr" -conns "$CONNS" -rounds 10 >"$out/echo-$name.scale" &
  local lpid=$!
  while kill -0 "$lpid" 2>/dev/null; do
    t=$(awk '/^Threads:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ "${t:-0}" -gt "$maxthreads" ] && maxthreads=$t
    sleep 0.02
  done
  wait "$lpid" || true
  echo "$name scale: $(cat "$out/echo-$name.scale") max_threads=$maxthreads (GOMAXPROCS+4 = $((GOMAXPROCS + 4)))"

  # Throughput: best of RUNS.
  best_of "$out/echo-$name.tput" -conns "$TCONNS" -rounds "$TROUNDS" >"$out/echo-$name.rps"
  echo "$name throughput: $(cat "$out/echo-$name.tput")"
  stop_server
}

run_server go "$out/echo-server"
run_server minigo "$minigo" run "$root/bench/echo/server.go"
awk -v m="$(cat "$out/echo-minigo.rps")" -v g="$(cat "$out/echo-go.rps")" \
  'BEGIN { printf "throughput: minigo %d rps, Go %d rps: minigo at %.0f%% of Go\n", m, g, 100 * m / g }'
