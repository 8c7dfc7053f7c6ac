// Package debug contains facilities for programs to debug themselves while they are running:
// here, the settings of the runtime that minigo has (the stack limit) and those it accepts
// without effect (the collector belongs to .NET).
package debug

// SetMaxStack sets the maximum amount of memory that can be used by a single goroutine stack.
// If any goroutine exceeds this limit while growing its stack, the program crashes. SetMaxStack
// returns the previous setting. The initial setting is 1 GB. Goroutines running at the time
// of the call see the new limit at their next time slice.
func SetMaxStack(bytes int) int

// SetGCPercent sets the garbage collection target percentage and returns the previous
// setting. The .NET collector decides for itself: the setting is remembered, not applied.
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection and returns memory to the operating system.
func FreeOSMemory()

// SetMaxThreads sets the maximum number of operating system threads that the program can
// use and returns the previous setting (10000 initially). minigo records it.
func SetMaxThreads(threads int) int
