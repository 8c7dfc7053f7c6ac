package testing

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"
)

// T is a type passed to Test functions to manage test state and support formatted test logs.
type T struct {
	common
	isParallel bool
	runMatch   *matcher
}

var errNilPanicOrGoexit = errors.New("test executed panic(nil) or runtime.Goexit")

// Parallel signals that this test is to be run in parallel with (and only with) other
// parallel tests: it pauses until its parent's function has returned.
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	t.isParallel = true
	if t.parent.barrier == nil {
		// The root of a benchmark run has no parallel phase.
		return
	}
	t.duration += time.Since(t.start)
	t.parent.mu.Lock()
	t.parent.sub = append(t.parent.sub, t)
	t.parent.mu.Unlock()
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== PAUSE %s\n", t.name)
	}
	t.signal <- true   // Release the calling test.
	<-t.parent.barrier // Wait for the parent test to complete.
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== CONT  %s\n", t.name)
	}
	t.start = time.Now()
}

// Deadline reports the time at which the test program will exceed the -timeout flag.
func (t *T) Deadline() (deadline time.Time, ok bool) {
	return testDeadline, !testDeadline.IsZero()
}

// Setenv calls os.Setenv and restores the variable afterwards; not for parallel tests.
func (t *T) Setenv(key, value string) {
	if t.isParallel {
		panic("testing: t.Setenv called after t.Parallel; cannot set environment variables in parallel tests")
	}
	t.common.Setenv(key, value)
}

// Run runs f as a subtest of t called name, in its own goroutine, and blocks until f returns
// or calls t.Parallel. It reports whether f succeeded (or at least did not fail before
// calling t.Parallel).
func (t *T) Run(name string, f func(t *T)) bool {
	t.hasSub = true
	testName, ok, _ := t.runMatch.fullName(&t.common, name)
	if !ok {
		return true
	}
	sub := &T{
		common: common{
			barrier: make(chan bool),
			signal:  make(chan bool, 1),
			name:    testName,
			parent:  &t.common,
			level:   t.level + 1,
			chatty:  t.chatty,
		},
		runMatch: t.runMatch,
	}
	sub.w = indenter{&sub.common}
	if sub.chatty != nil {
		sub.chatty.Updatef(sub.name, "=== RUN   %s\n", sub.name)
	}
	go tRunner(sub, f)
	if !<-sub.signal {
		// A subtest called FailNow of one of its parents: keep aborting up the chain.
		runtime.Goexit()
	}
	return !sub.failed
}

// tRunner runs one test in its goroutine and reports it: the deferred function turns the
// ways a test can end (return, FailNow/SkipNow, panic) into Go's report and signal.
func tRunner(t *T, fn func(t *T)) {
	defer func() {
		err := recover()
		signal := true
		t.mu.RLock()
		finished := t.finished
		t.mu.RUnlock()
		if !finished && err == nil {
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				p.mu.RLock()
				pFinished := p.finished
				p.mu.RUnlock()
				if pFinished {
					t.Errorf("%v: subtest may have called FailNow on a parent test", err)
					err = nil
					signal = false
					break
				}
			}
		}
		doPanic := func(err any) {
			t.Fail()
			if r := t.runCleanup(); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			// Flush the output up to the root before dying, as Go does.
			for root := &t.common; root.parent != nil; root = root.parent {
				root.mu.Lock()
				root.duration += time.Since(root.start)
				d := root.duration
				root.mu.Unlock()
				root.flushToParent(root.name, "--- FAIL: %s (%s)\n", root.name, fmtDuration(d))
				if r := root.parent.runCleanup(); r != nil {
					fmt.Fprintf(root.parent.w, "cleanup panicked with %v", r)
				}
			}
			panic(err)
		}
		if err != nil {
			doPanic(err)
		}

		t.duration += time.Since(t.start)
		if len(t.sub) > 0 {
			// Release the parallel subtests and wait for them.
			close(t.barrier)
			for _, sub := range t.sub {
				<-sub.signal
			}
			cleanupStart := time.Now()
			err := t.runCleanup()
			t.duration += time.Since(cleanupStart)
			if err != nil {
				doPanic(err)
			}
			if !t.isParallel {
				t.start = time.Now()
			}
		}
		t.report()
		if len(t.sub) == 0 {
			if r := t.runCleanup(); r != nil {
				doPanic(r)
			}
		}
		t.mu.Lock()
		t.done = true
		t.mu.Unlock()
		if t.parent != nil {
			anyTestRan = true
		}
		t.signal <- signal
	}()

	t.start = time.Now()
	fn(t)
	t.mu.Lock()
	t.finished = true
	t.mu.Unlock()
}

// anyTestRan records that a test ran, for `testing: warning: no tests to run`.
var anyTestRan bool

// report prints `--- FAIL: name (0.00s)` (and, with -v, PASS and SKIP) with the test's output, into its parent.
func (t *T) report() {
	if t.parent == nil {
		return
	}
	dstr := fmtDuration(t.duration)
	format := "--- %s: %s (%s)\n"
	if t.Failed() {
		t.flushToParent(t.name, format, "FAIL", t.name, dstr)
	} else if t.chatty != nil {
		if t.Skipped() {
			t.flushToParent(t.name, format, "SKIP", t.name, dstr)
		} else {
			t.flushToParent(t.name, format, "PASS", t.name, dstr)
		}
	}
}

// InternalTest is an internal type but exported because it is cross-package; it is part of
// the implementation of `minigo test` (as of `go test`).
type InternalTest struct {
	Name string
	F    func(*T)
}

// runTests runs the tests matching -run, count times; it reports whether any ran and all passed.
func runTests(tests []InternalTest, runPattern string, chatty bool, count int) (ran, ok bool) {
	ok = true
	for i := 0; i < count; i++ {
		t := &T{
			common: common{
				signal:  make(chan bool, 1),
				barrier: make(chan bool),
				w:       stdoutWriter{},
			},
			runMatch: newMatcher(runPattern, "-test.run"),
		}
		if chatty {
			t.chatty = &chattyPrinter{}
		}
		tRunner(t, func(t *T) {
			for _, test := range tests {
				t.Run(test.Name, test.F)
			}
		})
		select {
		case <-t.signal:
		default:
			panic("internal error: tRunner exited without sending on t.signal")
		}
		ok = ok && !t.Failed()
	}
	return anyTestRan, ok
}

// rewrite makes a subtest name printable as Go does: spaces become underscores.
func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			b = append(b, '_')
		case r < 0x20 || r == 0x7f:
			s := strings.Trim(fmt.Sprintf("%q", string(r)), `"`)
			b = append(b, s...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}
