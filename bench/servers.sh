# Shared by bench/echo.sh and bench/http.sh (sourced): the Go toolchain, the published
# minigo, the load generator and reference server compiled by Go, and the steps of loading
# a server. Expects root, out and NAME (echo, http: bench/NAME/{server,load}.go).

go="${GO:-$(command -v go || true)}"
[ -z "$go" ] && [ -x /usr/lib/go-1.19/bin/go ] && go=/usr/lib/go-1.19/bin/go
[ -z "$go" ] && { echo "$NAME.sh: needs Go for the load generator and the reference server" >&2; exit 1; }

if [ -z "${NO_PUBLISH:-}" ]; then
  echo "publishing minigo (Release)..." >&2
  dotnet publish "$root/Cli" -c Release -o "$out/minigo" >/dev/null
fi
minigo="$out/minigo/minigo"
export GOCACHE="$out/gocache" GO111MODULE=off
"$go" build -o "$out/$NAME-load" "$root/bench/$NAME/load.go"
"$go" build -o "$out/$NAME-server" "$root/bench/$NAME/server.go"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_server LOG CMD...: runs CMD ADDR in the background until it accepts connections;
# sets addr and pid.
start_server() {
  local log=$1; shift
  addr="127.0.0.1:$(free_port)"
  "$@" "$addr" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 300); do "$out/$NAME-load" -addr "$addr" -probe && break; sleep 0.1; done
}

stop_server() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# best_of FILE LOAD-ARGS...: runs the load generator RUNS times against addr, keeps the line
# with the highest rps= in FILE, prints that rate.
best_of() {
  local file=$1; shift
  local best=0 line rps
  for _ in $(seq "$RUNS"); do
    line=$("$out/$NAME-load" -addr "$addr" "$@")
    rps=$(sed -n 's/.* rps=\([0-9]*\) .*/\1/p' <<<"$line")
    [ "${rps:-0}" -gt "$best" ] && best=$rps && echo "$line" >"$file"
  done
  echo "$best"
}
