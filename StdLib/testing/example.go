package testing

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
)

// InternalExample is an example function with its expected output (from its `// Output:`
// comment), as `minigo test` generates them.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// runExamples runs the examples matching -run (the whole pattern, as Go does).
func runExamples(examples []InternalExample, runPattern string, chatty bool) (ran, ok bool) {
	ok = true
	for _, eg := range examples {
		if runPattern != "" {
			matched, err := matchString(runPattern, eg.Name)
			if err != "" {
				fmt.Fprintf(os.Stderr, "testing: invalid regexp for -test.run: %s\n", err)
				os.Exit(1)
			}
			if !matched {
				continue
			}
		}
		ran = true
		if !runExample(eg, chatty) {
			ok = false
		}
	}
	return ran, ok
}

// startCapture starts capturing the program's standard output (false if it cannot be).
func startCapture() bool

// stopCapture ends the capture and returns what was written.
func stopCapture() string

// runExample runs one example with its standard output captured (Go redirects os.Stdout to a
// pipe), and compares what it printed with the expected output (Go's run_example.go).
func runExample(eg InternalExample, chatty bool) (ok bool) {
	if chatty {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	if !startCapture() {
		fmt.Fprintln(os.Stderr, "testing: examples run only under minigo test (it captures their standard output)")
		os.Exit(1)
	}
	finished := false
	start := time.Now()
	// Clean up in a deferred call so that a panicking example is reported too.
	defer func() {
		timeSpent := time.Since(start)
		out := stopCapture()
		err := recover()
		ok = eg.processRunResult(out, timeSpent, finished, err, chatty)
	}()
	eg.F()
	finished = true
	return
}

func (eg *InternalExample) processRunResult(stdout string, timeSpent time.Duration, finished bool, recovered any, chatty bool) (passed bool) {
	passed = true
	dstr := fmtDuration(timeSpent)
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		if sortLines(got) != sortLines(want) && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else {
		if got != want && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
		}
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
		passed = false
	} else if chatty {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, dstr)
	}
	if recovered != nil {
		// Propagate the recovered panic, as Go does.
		panic(recovered)
	} else if !finished {
		panic(errNilPanicOrGoexit)
	}
	return
}

func sortLines(output string) string {
	lines := strings.Split(output, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
