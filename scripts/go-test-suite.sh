#!/usr/bin/env bash
# Runs Go's own test directory (Debian: golang-1.19-src installs /usr/lib/go-1.19/test)
# through minigo: every file whose first line is `// run` is a program whose output must equal
# the .out file next to it, or be empty when there is none (Go's test/run.go convention; such
# programs check themselves and panic on failure). Prints PASS/FAIL per file and a summary per
# directory. Not part of CI (it needs the Go sources installed).
#
#   scripts/go-test-suite.sh [GO_TEST_DIR] [max-seconds-per-program]
#   MINIGO=path/to/minigo scripts/go-test-suite.sh    # use a published binary
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
testdir="${1:-/usr/lib/go-1.19/test}"
limit="${2:-10}"
[ -d "$testdir" ] || { echo "no Go test directory at $testdir (apt-get install golang-1.19-src)" >&2; exit 1; }

out="$root/out/go-test-suite"
mkdir -p "$out"
if [ -n "${MINIGO:-}" ]; then
  minigo="$MINIGO"   # an already published minigo
else
  dotnet publish "$root/Cli" -c Release -o "$out/minigo" >/dev/null || exit 1
  minigo="$out/minigo/minigo"
fi

pass=0; fail=0
declare -A dpass dfail
while IFS= read -r f; do
  [ "$(head -n 1 "$f")" = "// run" ] || continue
  exp="${f%.go}.out"
  rel="${f#$testdir/}"
  dir="$(dirname "$rel")"
  got="$(cd "$(dirname "$f")" && timeout "$limit" "$minigo" run "$(basename "$f")" 2>&1)"; code=$?
  want=""; [ -f "$exp" ] && want="$(cat "$exp")"
  if [ "$code" = 0 ] && [ "$got" = "$want" ]; then
    pass=$((pass + 1)); dpass[$dir]=$(( ${dpass[$dir]:-0} + 1 )); echo "PASS $rel"
  else
    fail=$((fail + 1)); dfail[$dir]=$(( ${dfail[$dir]:-0} + 1 )); echo "FAIL $rel"
  fi
done < <(find -L "$testdir" -name '*.go' | sort)

echo
for d in $(printf '%s\n' "${!dpass[@]}" "${!dfail[@]}" | sort -u); do
  echo "$d: ${dpass[$d]:-0} passed, ${dfail[$d]:-0} failed"
done
echo "$pass passed, $fail failed"
