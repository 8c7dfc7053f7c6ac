package testing

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// M is passed to a TestMain function to run the actual tests.
type M struct {
	tests      []InternalTest
	benchmarks []InternalBenchmark
	examples   []InternalExample
	exitCode   int
}

// The flags `minigo test` passes to the test program, as `go test` passes -test.* flags.
var (
	chattyFlag  bool
	runFlag     string
	benchFlag   string
	countFlag   = 1
	timeoutFlag time.Duration
	benchTime   = benchTimeFlag{d: time.Second}
	flagsParsed bool
	// testDeadline is when -timeout makes the test program panic (zero without one).
	testDeadline time.Time
)

// MainStart is called by the main that `minigo test` generates; it is not meant to be called
// directly. (Go's takes a testDeps and fuzz targets too.)
func MainStart(tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) *M {
	return &M{tests: tests, benchmarks: benchmarks, examples: examples}
}

// ExitCode is the generated main's way to learn the status of a TestMain that returned
// without calling os.Exit (Go's reads M.exitCode by reflection).
func ExitCode(m *M) int { return m.exitCode }

// Verbose reports whether the -v flag is set.
func Verbose() bool {
	parseFlags()
	return chattyFlag
}

// Short reports whether the -short flag is set (minigo test has none: false).
func Short() bool { return false }

// Testing reports whether the current code is being run in a test.
func Testing() bool { return true }

// parseFlags reads the -test.* flags from os.Args: `-test.name=value`, or `-test.v`.
func parseFlags() {
	if flagsParsed {
		return
	}
	flagsParsed = true
	for _, arg := range os.Args[1:] {
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-"), "=")
		name = strings.TrimPrefix(name, "test.")
		var err error
		switch name {
		case "v":
			chattyFlag = !hasValue || value == "true"
		case "run":
			runFlag = value
		case "bench":
			benchFlag = value
		case "count":
			countFlag, err = strconv.Atoi(value)
		case "timeout":
			timeoutFlag, err = time.ParseDuration(value)
		case "benchtime":
			err = benchTime.Set(value)
		default:
			err = fmt.Errorf("flag provided but not defined: -%s", name)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "invalid value %q for flag -test.%s: %v\n", value, name, err)
			os.Exit(2)
		}
	}
}

// Run runs the tests, examples and benchmarks, prints PASS or FAIL, and returns the exit code
// (0 or 1) to pass to os.Exit.
func (m *M) Run() (code int) {
	defer func() { code = m.exitCode }()
	parseFlags()
	if timeoutFlag > 0 {
		testDeadline = time.Now().Add(timeoutFlag)
		timer := time.AfterFunc(timeoutFlag, func() {
			panic(fmt.Sprintf("test timed out after %v", timeoutFlag))
		})
		defer timer.Stop()
	}
	testRan, testOk := runTests(m.tests, runFlag, chattyFlag, countFlag)
	exampleRan, exampleOk := runExamples(m.examples, runFlag, chattyFlag)
	if !testRan && !exampleRan && benchFlag == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if !testOk || !exampleOk || !runBenchmarks(m.benchmarks, benchFlag, chattyFlag, countFlag) {
		fmt.Println("FAIL")
		m.exitCode = 1
		return
	}
	fmt.Println("PASS")
	m.exitCode = 0
	return
}
