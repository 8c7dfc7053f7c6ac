#!/usr/bin/env bash
# Regenerate expected outputs (.out/.err/.code) for the conformance programs
# by compiling and running them with a real Go toolchain.
#
# Usage: tests/conformance/regen.sh [NAME.go ...]     (default: all *.go)
#        CORPUS_DIR=tests/concurrent tests/conformance/regen.sh ...  (another folder;
#        tests/concurrent/regen.sh does this)
#
# A program's standard input is NAME.in when present, else /dev/null (the test runner
# feeds the same).
#
# Programs whose first or second line contains "written from the Go 1.22 spec" are
# skipped: their expected outputs were written by hand (Go 1.19 can't run them).
# A deadlock keeps three lines of stderr (the fatal error, a blank line and main's
# "goroutine 1 [reason]:"), with Go 1.19's "semacquire" named as Go 1.24 names it.
# RUNS=N runs each program N times with GOMAXPROCS=1 and N times with GOMAXPROCS=2
# and fails if any run differs from the first (the concurrent programs must be
# deterministic by synchronization).
# Go's compile-error text is normalised to what minigo prints (Go 1.22 wording,
# "NAME.go:L:C: msg", no "# command-line-arguments" header, no "./" prefix).
set -u
cd "${CORPUS_DIR:-$(dirname "$0")}"
GO=${GO:-/usr/lib/go-1.19/bin/go}
if [ ! -x "$GO" ]; then GO=$(command -v go || true); fi
if [ -z "$GO" ]; then echo "regen.sh: no Go toolchain found (set GO=...)" >&2; exit 1; fi
export GOCACHE=${GOCACHE:-/tmp/gocache-conformance} GO111MODULE=off GOFLAGS= CGO_ENABLED=0 GOPATH=/tmp/gopath-conformance
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Map Go 1.19 compile-error wording to Go 1.22 wording.
normalise_compile_error() {
  # A first line ending in ':' is continued on the next (tab-indented) line in
  # Go 1.19; Go 1.22 prints the whole message on one line.
  awk 'NR==1 { line=$0; if (line !~ /:$/) { print line; exit } next }
       NR==2 { sub(/^\t/, ""); print line " " $0; exit }
       END { if (NR==1 && line ~ /:$/) print line }' |
  sed -e 's|^\./||' \
      -e 's|\./\([A-Za-z0-9_]*\.go:\)|\1|g' \
      -e 's/^\(.*\): \([A-Za-z_][A-Za-z_0-9]*\) declared but not used$/\1: declared and not used: \2/' \
      -e 's/: imported and not used: \("[^"]*"\)$/: \1 imported and not used/' \
      -e 's/: cannot use \(.*\) as type \([^ ]*\) in /: cannot use \1 as \2 value in /' \
      -e 's/: cannot assign to \([^ ]*\) (.*)$/: cannot assign to \1 (neither addressable nor a map index expression)/' \
      -e "s/unknown field '\\([^']*\\)' in struct literal/unknown field \\1 in struct literal/" \
      -e 's/ does not implement \([^ ]*\) (\([^)]*\) missing in / does not satisfy \1 (\2 missing in /' \
      -e 's/(missing \([A-Za-z_0-9]*\) method)/(missing method \1)/' \
      -e 's/(\([A-Za-z_0-9]*\) method has pointer receiver)/(method \1 has pointer receiver)/' \
      -e 's/\(cannot convert .* constant)\) to \([A-Za-z0-9_.]*\)$/\1 to type \2/' \
      -e 's/: syntax error: \(.*\), expecting /: syntax error: \1, expected /'
}

# Map Go 1.19 runtime-panic wording to Go 1.22 wording.
normalise_runtime_error() {
  sed -e 's/cannot convert slice with length \([0-9-]*\) to pointer to array with length/cannot convert slice with length \1 to array or pointer to array with length/'
}

# Go's first stderr lines: one; for a deadlock the three that name main's wait (Go 1.19
# reports every sync wait as "semacquire"; newer Go names the operation); with
# GOROUTINE_HEADERS=1, for a panic or fatal error the lines up to the goroutine's header
# (`goroutine 1 [running]:`, any other goroutine's number written `*`: numbers differ).
first_stderr_lines() {
  awk -v headers="${GOROUTINE_HEADERS:-0}" '
       NR==1 { first = $0; deadlock = /^fatal error: all goroutines are asleep/
               if (!deadlock && !headers) { print; done = 1; exit }
               n = 1; kept[1] = $0; next }
       deadlock && NR==2 { next }
       deadlock && NR==3 { header = $0; if (header !~ /\[semacquire\]:$/) { print first; print ""; print header; done = 1; exit } next }
       deadlock && /^sync\.\(\*WaitGroup\)\.Wait\(/  { reason = "sync.WaitGroup.Wait" }
       deadlock && /^sync\.\(\*Mutex\)\.lockSlow\(/  { reason = "sync.Mutex.Lock" }
       deadlock && /^sync\.\(\*RWMutex\)\.RLock\(/   { reason = "sync.RWMutex.RLock" }
       deadlock && /^sync\.\(\*RWMutex\)\.Lock\(/    { reason = "sync.RWMutex.Lock" }
       deadlock && reason != "" { sub(/\[semacquire\]/, "[" reason "]", header); print first; print ""; print header; done = 1; exit }
       deadlock { next }
       /^goroutine [0-9]+ \[.*\]:$/ { for (i = 1; i <= n; i++) print kept[i]
                                       if ($2 != "1") sub(/^goroutine [0-9]+/, "goroutine *")
                                       print; done = 1; exit }
       (/^$/ || /^\tpanic: /) && n < 8 { kept[++n] = $0; next }
       { print first; done = 1; exit }
       END { if (!done) print first }'
}

# Runs the built program RUNS times at GOMAXPROCS=1 and 2; complains if any run differs.
check_deterministic() {
  local d=$1 name=$2 procs i rc input=/dev/null
  if [ -f "$name.in" ]; then input="$PWD/$name.in"; fi
  for procs in 1 2; do
    for ((i = 0; i < RUNS; i++)); do
      (cd "$d" && GOMAXPROCS=$procs timeout 20 ./prog <"$input" >stdout.again 2>stderr.again)
      rc=$?
      if ! cmp -s "$d/stdout" "$d/stdout.again" || [ "$rc" != "$3" ] ||
         [ "$(first_stderr_lines <"$d/stderr")" != "$(first_stderr_lines <"$d/stderr.again")" ]; then
        echo "regen.sh: $name is not deterministic (GOMAXPROCS=$procs, run $((i + 1)))" >&2
        bad=$((bad + 1))
        return
      fi
    done
  done
}

if [ $# -gt 0 ]; then files=("$@"); else files=(*.go); fi
RUNS=${RUNS:-0}
n=0
bad=0
for f in "${files[@]}"; do
  f=${f##*/}
  name=${f%.go}
  if head -n 2 "$f" | grep -q 'written from the Go 1.22 spec'; then continue; fi
  rm -f "$name.out" "$name.err" "$name.code"
  d="$tmp/$name"; mkdir -p "$d"; cp "$f" "$d/"
  if ! (cd "$d" && "$GO" build -o prog "$f") >"$d/build.out" 2>"$d/build.err"; then
    : > "$name.out"
    grep -v '^#' "$d/build.err" | normalise_compile_error > "$name.err"
    echo 2 > "$name.code"
  else
    input=/dev/null
    if [ -f "$name.in" ]; then input="$PWD/$name.in"; fi
    (cd "$d" && timeout 20 ./prog <"$input" >stdout 2>stderr)
    rc=$?
    cp "$d/stdout" "$name.out"
    if [ -s "$d/stderr" ]; then first_stderr_lines <"$d/stderr" | normalise_runtime_error > "$name.err"; fi
    if [ $rc -ne 0 ]; then echo $rc > "$name.code"; fi
    if [ "$RUNS" -gt 0 ]; then check_deterministic "$d" "$name" "$rc"; fi
  fi
  n=$((n+1))
done
echo "regen.sh: regenerated $n program(s)"
[ "$bad" -eq 0 ]
