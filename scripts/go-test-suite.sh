#!/usr/bin/env bash
# Runs Go's own test directory (Debian: golang-1.19-src installs /usr/lib/go-1.19/test)
# through `minigo test -v`, one process per file (a compiler crash, such as a stack overflow
# on a recursive type, then fails that file alone): `// run` programs must print what their .out file holds
# (or nothing without one) and exit 0, `// errorcheck` files must get exactly the compile
# errors their `// ERROR "regexp"` comments expect, `// compile` files must compile; the other
# recipes are reported as skipped (see docs/go-test-suite.md). Prints minigo test's report,
# then a table per directory and recipe. Not part of CI (it needs the Go sources installed).
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

log="$out/report.txt"
: > "$log"
find -L "$testdir" -name '*.go' -not -path '*.dir/*' -not -path '*/testdata/*' -not -name '*_test.go' | sort | while IFS= read -r f; do
  "$minigo" test -v -timeout "${limit}s" "$f" > "$out/one.txt" 2>&1; code=$?
  if [ "$code" -gt 1 ]; then   # minigo itself died: report the file as failed
    printf -- '--- FAIL: %s (0.00s)\n    minigo test crashed: exit status %s\nFAIL\t%s\t0.000s\n' "$(basename "$f")" "$code" "$(dirname "$f")" > "$out/one.txt"
  fi
  grep -av '^\(=== RUN\|PASS$\|FAIL$\)' "$out/one.txt" | tee -a "$log"
done

# The table: each `--- STATUS: file.go` line belongs to the directory of the `ok`/`FAIL`
# line that ends its block; the recipe is the file's first comment word.
echo
awk -v testdir="$testdir" '
  /^--- (PASS|FAIL|SKIP): / { n++; status[n] = $2; sub(/:$/, "", status[n]); name[n] = $3; next }
  /^(ok  |FAIL)\t/ {
    split($0, f, "\t"); dir = f[2]; rel = substr(dir, length(testdir) + 2); if (rel == "") rel = ".";
    for (i = 1; i <= n; i++) {
      file = dir "/" name[i]; recipe = "";
      while ((getline line < file) > 0) { if (line ~ /\+build/) continue; split(line, w, " "); recipe = w[2]; break }
      close(file);
      if (status[i] == "SKIP") recipe = "skipped";
      key = rel SUBSEP recipe; total[key]++; if (status[i] == "PASS") pass[key]++;
      dirs[rel] = 1; recipes[recipe] = 1;
      all[recipe]++; if (status[i] == "PASS") allpass[recipe]++;
    }
    n = 0
  }
  END {
    printf "| directory | run | errorcheck | compile | skipped |\n|---|---:|---:|---:|---:|\n";
    for (d in dirs) {
      printf "| %s | %d/%d | %d/%d | %d/%d | %d |\n", d,
        pass[d SUBSEP "run"], total[d SUBSEP "run"], pass[d SUBSEP "errorcheck"], total[d SUBSEP "errorcheck"],
        pass[d SUBSEP "compile"], total[d SUBSEP "compile"], total[d SUBSEP "skipped"] | "sort";
    }
    close("sort");
    printf "| **all** | %d/%d | %d/%d | %d/%d | %d |\n", allpass["run"], all["run"], allpass["errorcheck"], all["errorcheck"],
      allpass["compile"], all["compile"], all["skipped"];
  }' "$log" | tee "$out/summary.md"
