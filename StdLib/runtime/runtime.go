// Package runtime provides the parts of Go's runtime package that do not depend on the
// scheduler: the runtime.Error interface, the build constants, and memory helpers.
// (GOMAXPROCS, NumGoroutine, Gosched and the stack functions belong with the scheduler.)
package runtime

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but serves to distinguish types that are run time
	// errors from ordinary errors: a type is a run time error if it has a RuntimeError method.
	RuntimeError()
}

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// Version returns the Go version the interpreter implements.
func Version() string { return "go1.22" }

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GC runs a garbage collection.
func GC()

// KeepAlive marks its argument as currently reachable. (Objects never die early in minigo.)
func KeepAlive(x any) {}

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	// This field makes PanicNilError structurally different from any other struct in this
	// package, and the _ makes it different from any struct in other packages too.
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// Gosched yields the processor, allowing other goroutines to run. It does not suspend the
// current goroutine, so execution resumes automatically.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting. If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int

// Goexit terminates the goroutine that calls it. No other goroutine is affected. Goexit runs
// all deferred calls before terminating the goroutine. Because Goexit is not a panic, any
// recover calls in those deferred functions will return nil.
func Goexit()

// LockOSThread wires the calling goroutine to its current operating system thread: it will
// always run on that thread, and no other goroutine will run on it, until the calling
// goroutine has made as many calls to UnlockOSThread as to LockOSThread.
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread; with none active, it does nothing.
func UnlockOSThread()

// Caller reports the function's program counter (0 here: minigo has none), file and line of
// the goroutine's stack frame skip levels up (0: the caller of Caller).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Stack formats a stack trace of the calling goroutine into buf and returns the number of
// bytes written. With all set, Go adds every other goroutine; minigo reports the caller's.
func Stack(buf []byte, all bool) int
