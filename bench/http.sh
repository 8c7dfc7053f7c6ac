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

go="${GO:-$(command -v go || true)}"
[ -z "$go" ] && [ -x /usr/lib/go-1.19/bin/go ] && go=/usr/lib/go-1.19/bin/go
[ -z "$go" ] && { echo "http.sh: needs Go for the load generator and the reference server" >&2; exit 1; }

if [ -z "${NO_PUBLISH:-}" ]; then
  echo "publishing minigo (Release)..." >&2
  dotnet publish "$root/Cli" -c Release -o "$out/minigo" >/dev/null
fi
minigo="$out/minigo/minigo"
export GOCACHE="$out/gocache" GO111MODULE=off
"$go" build -o "$out/http-load" "$root/bench/http/load.go"
"$go" build -o "$out/http-server" "$root/bench/http/server.go"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# run_server NAME CMD...: starts the server, loads it RUNS times, keeps the best rate.
run_server() {
  local name=$1; shift
  local addr pid best=0 line rps
  addr="127.0.0.1:$(free_port)"
  "$@" "$addr" >"$out/http-$name.log" 2>&1 &
  pid=$!
  for _ in $(seq 300); do "$out/http-load" -addr "$addr" -probe && break; sleep 0.1; done
  for _ in $(seq "$RUNS"); do
    line=$("$out/http-load" -addr "$addr" -conns "$CONNS" -requests "$REQUESTS")
    rps=$(sed -n 's/.* rps=\([0-9]*\) .*/\1/p' <<<"$line")
    [ "${rps:-0}" -gt "$best" ] && best=$rps && echo "$line" >"$out/http-$name.best"
  done
  echo "$name: $(cat "$out/http-$name.best")"
  echo "$best" >"$out/http-$name.rps"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

run_server go "$out/http-server"
run_server minigo "$minigo" run "$root/bench/http/server.go"
awk -v m="$(cat "$out/http-minigo.rps")" -v g="$(cat "$out/http-go.rps")" \
  'BEGIN { printf "HTTP hello: minigo %d req/s, Go %d req/s: minigo at %.0f%% of Go\n", m, g, 100 * m / g }'
