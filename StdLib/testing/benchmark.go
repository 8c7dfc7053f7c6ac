package testing

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// InternalBenchmark is a benchmark function, as `minigo test` generates them.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// benchTimeFlag is -benchtime: a duration, or a fixed number of iterations ("100x").
type benchTimeFlag struct {
	d time.Duration
	n int
}

func (f *benchTimeFlag) Set(s string) error {
	if strings.HasSuffix(s, "x") {
		n, err := strconv.ParseInt(s[:len(s)-1], 10, 0)
		if err != nil || n <= 0 {
			return fmt.Errorf("invalid count")
		}
		*f = benchTimeFlag{n: int(n)}
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return fmt.Errorf("invalid duration")
	}
	*f = benchTimeFlag{d: d}
	return nil
}

// B is a type passed to Benchmark functions to manage benchmark timing and to specify the
// number of iterations to run.
type B struct {
	common
	N                int
	previousN        int
	previousDuration time.Duration
	benchFunc        func(b *B)
	bytes            int64
	timerOn          bool
	showAllocResult  bool
	result           BenchmarkResult
	context          *benchContext
}

// benchContext is what the benchmarks of one run share: the -bench matcher and the width of names.
type benchContext struct {
	match  *matcher
	maxLen int
	extLen int
	count  int
}

var labelsOnce sync.Once

// StartTimer starts timing a test; called automatically before a benchmark starts.
func (b *B) StartTimer() {
	if !b.timerOn {
		b.start = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing a test, to exclude work that should not be measured.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += time.Since(b.start)
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed benchmark time.
func (b *B) ResetTimer() {
	if b.timerOn {
		b.start = time.Now()
	}
	b.duration = 0
}

// SetBytes records the number of bytes processed in a single operation: the result shows MB/s.
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs is accepted, but minigo does not count allocations: no B/op or allocs/op columns are printed.
func (b *B) ReportAllocs() { b.showAllocResult = true }

// Elapsed returns the measured elapsed time of the benchmark.
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.timerOn {
		d += time.Since(b.start)
	}
	return d
}

// runN runs the benchmark function with b.N = n, timing it.
func (b *B) runN(n int) {
	defer b.runCleanup()
	runtime.GC()
	b.N = n
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
	b.previousN = n
	b.previousDuration = b.duration
}

// run1 runs the benchmark once, in its own goroutine (FailNow ends it); false if it failed,
// was skipped or has sub-benchmarks (those are measured instead).
func (b *B) run1() bool {
	if ctx := b.context; ctx != nil {
		// Extend maxLen if needed, with slack to avoid too many jumps in size (Go's numbers).
		if n := len(b.name) + ctx.extLen + 1; n > ctx.maxLen {
			ctx.maxLen = n + 8
		}
	}
	go func() {
		defer func() { b.signal <- true }()
		b.runN(1)
	}()
	<-b.signal
	if b.failed {
		fmt.Fprintf(os.Stdout, "%s--- FAIL: %s\n%s", strings.Repeat("    ", b.level-1), b.name, b.output)
		return false
	}
	b.mu.RLock()
	finished := b.finished
	b.mu.RUnlock()
	if b.hasSub || finished {
		tag := "BENCH"
		if b.skipped {
			tag = "SKIP"
		}
		if b.chatty != nil && (len(b.output) > 0 || finished) {
			fmt.Fprintf(os.Stdout, "--- %s: %s\n%s", tag, b.name, b.output)
		}
		return false
	}
	return true
}

// run prints the platform lines once, then measures the benchmark and prints its result.
func (b *B) run() {
	labelsOnce.Do(func() {
		fmt.Printf("goos: %s\n", runtime.GOOS)
		fmt.Printf("goarch: %s\n", runtime.GOARCH)
	})
	procs := runtime.GOMAXPROCS(-1)
	for i := 0; i < b.context.count; i++ {
		benchName := benchmarkName(b.name, procs)
		if b.chatty == nil {
			fmt.Printf("%-*s\t", b.context.maxLen, benchName)
		}
		if i > 0 {
			b = &B{
				common: common{
					signal: make(chan bool),
					name:   b.name,
					parent: b.parent,
					level:  b.level,
					chatty: b.chatty,
					bench:  true,
				},
				benchFunc: b.benchFunc,
				context:   b.context,
			}
			b.run1()
		}
		r := b.doBench()
		if b.failed {
			fmt.Printf("--- FAIL: %s\n%s", benchName, b.output)
			continue
		}
		if b.chatty != nil {
			fmt.Printf("%-*s\t", b.context.maxLen, benchName)
		}
		fmt.Println(r.String())
		if len(b.output) > 0 {
			fmt.Printf("--- BENCH: %s\n%s", benchName, b.output)
		}
	}
}

func (b *B) doBench() BenchmarkResult {
	go b.launch()
	<-b.signal
	return b.result
}

// launch grows b.N as Go does until the benchmark runs for -benchtime (1s): predict the
// iterations needed from the last run, plus 20%, at most 100 times more, at most 1e9.
func (b *B) launch() {
	defer func() { b.signal <- true }()
	if benchTime.n > 0 {
		if b.previousN != benchTime.n {
			b.runN(benchTime.n)
		}
	} else {
		d := benchTime.d
		for n := int64(1); !b.failed && b.duration < d && n < 1e9; {
			last := n
			goalns := d.Nanoseconds()
			prevIters := int64(b.N)
			prevns := b.duration.Nanoseconds()
			if prevns <= 0 {
				prevns = 1
			}
			n = goalns * prevIters / prevns
			n += n / 5
			n = min(n, 100*last)
			n = max(n, last+1)
			n = min(n, 1e9)
			b.runN(int(n))
		}
	}
	b.result = BenchmarkResult{N: b.N, T: b.duration, Bytes: b.bytes}
}

// Run benchmarks f as a sub-benchmark with the given name; it reports whether there was no failure.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	benchName, ok, partial := b.name, true, false
	if b.context != nil {
		benchName, ok, partial = b.context.match.fullName(&b.common, name)
	}
	if !ok {
		return true
	}
	sub := &B{
		common: common{
			signal: make(chan bool),
			name:   benchName,
			parent: &b.common,
			level:  b.level + 1,
			chatty: b.chatty,
			bench:  true,
		},
		benchFunc: f,
		context:   b.context,
	}
	if partial {
		// -bench=X/Y matching BenchmarkX: only its sub-benchmarks are measured.
		sub.hasSub = true
	}
	if b.chatty != nil {
		labelsOnce.Do(func() {
			fmt.Printf("goos: %s\n", runtime.GOOS)
			fmt.Printf("goarch: %s\n", runtime.GOARCH)
		})
		fmt.Println(benchName)
	}
	if sub.run1() {
		sub.run()
	}
	return !sub.failed
}

// PB is used by RunParallel for running parallel benchmarks.
type PB struct {
	next func() bool
}

// Next reports whether there are more iterations to execute.
func (pb *PB) Next() bool { return pb.next() }

// RunParallel runs body in GOMAXPROCS goroutines, which share out b.N iterations between them.
func (b *B) RunParallel(body func(*PB)) {
	if b.N == 0 {
		return
	}
	var mu sync.Mutex
	left := b.N
	next := func() bool {
		mu.Lock()
		defer mu.Unlock()
		if left == 0 {
			return false
		}
		left--
		return true
	}
	var wg sync.WaitGroup
	for i := runtime.GOMAXPROCS(-1); i > 0; i-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body(&PB{next: next})
		}()
	}
	wg.Wait()
}

// BenchmarkResult contains the results of a benchmark run.
type BenchmarkResult struct {
	N     int           // The number of iterations.
	T     time.Duration // The total time taken.
	Bytes int64         // Bytes processed in one iteration.
}

// NsPerOp returns the "ns/op" metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

func (r BenchmarkResult) mbPerSec() float64 {
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
}

// String returns a summary of the benchmark results: `N  123 ns/op`, as Go prints it.
func (r BenchmarkResult) String() string {
	var buf strings.Builder
	fmt.Fprintf(&buf, "%8d", r.N)
	ns := 0.0
	if r.N > 0 {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		prettyPrint(&buf, ns, "ns/op")
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(&buf, "\t%7.2f MB/s", mbs)
	}
	return buf.String()
}

func prettyPrint(w *strings.Builder, x float64, unit string) {
	var format string
	switch y := math.Abs(x); {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	fmt.Fprintf(w, format, x, unit)
}

func benchmarkName(name string, n int) string {
	if n != 1 {
		return fmt.Sprintf("%s-%d", name, n)
	}
	return name
}

// runBenchmarks runs the benchmarks matching -bench (none without it); false if one failed.
func runBenchmarks(benchmarks []InternalBenchmark, pattern string, chatty bool, count int) bool {
	if pattern == "" {
		return true
	}
	ctx := &benchContext{match: newMatcher(pattern, "-test.bench"), count: count}
	procs := runtime.GOMAXPROCS(-1)
	ctx.extLen = len(benchmarkName("", procs))
	var bs []InternalBenchmark
	for _, bm := range benchmarks {
		if _, matched, _ := ctx.match.fullName(nil, bm.Name); matched {
			bs = append(bs, bm)
			if l := len(benchmarkName(bm.Name, procs)) + ctx.extLen + 1; l > ctx.maxLen {
				ctx.maxLen = l
			}
		}
	}
	main := &B{
		common: common{
			name:   "Main",
			w:      stdoutWriter{},
			bench:  true,
			signal: make(chan bool),
		},
		benchFunc: func(b *B) {
			for _, bm := range bs {
				b.Run(bm.Name, bm.F)
			}
		},
		context: ctx,
	}
	if chatty {
		main.chatty = &chattyPrinter{}
	}
	main.runN(1)
	return !main.failed
}
