#!/usr/bin/env bash
# Regenerate the expected outputs of the concurrent programs with real Go: the
# conformance script run on this folder. RUNS=N also checks that Go itself gives
# the same output N times at GOMAXPROCS=1 and 2. A panic's .err runs to the
# goroutine's header line, its number written `*` unless it is main's 1.
# Usage: tests/concurrent/regen.sh [NAME.go ...]
here=$(cd "$(dirname "$0")" && pwd)
CORPUS_DIR=$here GOROUTINE_HEADERS=1 exec "$here/../conformance/regen.sh" "$@"
