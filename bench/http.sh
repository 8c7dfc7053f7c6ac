#!/usr/bin/env bash
# HTTP benchmark (not part of the test suite): bench/http/server.go (net/http, a "hello
# world" handler) run by the published minigo and the same server compiled by Go, each
# loaded by bench/http/load.go (compiled by Go, the same client for both): CONNS (50)
# keep-alive connections, REQUESTS (2,000) requests each; requests per second, best of
# RUNS, and minigo's as a share of Go's.
#
#   bench/http.sh                 # GOMAXPROCS=2 CONNS=... REQUESTS=... RUNS=... apply
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/out/bench"
mkdir -p "$out"
export GOMAXPROCS="${GOMAXPROCS:-2}"
CONNS="${CONNS:-50}"
REQUESTS="${REQUESTS:-2000}"
RUNS="${RUNS:-3}"

NAME=http
. "$root/bench/servers.sh"

# run_server NAME CMD...: starts the server, loads it RUNS times, keeps the best rate.
run_server() {
  local name=$1; shift
  start_server "$out/http-$name.log" "$@"
  best_of "$out/http-$name.best" -conns "$CONNS" -requests "$REQUESTS" >"$out/http-$name.rps"
  echo "$name: $(cat "$out/http-$name.best")"
  stop_server
}

run_server go "$out/http-server"
run_server minigo "$minigo" run "$root/bench/http/server.go"
awk -v m="$(cat "$out/http-minigo.rps")" -v g="$(cat "$out/http-go.rps")" \
  'BEGIN { printf "HTTP hello: minigo %d req/s, Go %d req/s: minigo at %.0f%% of Go\n", m, g, 100 * m / g }'
