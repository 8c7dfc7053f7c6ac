package time

// The clocks and the environment, as natives (TimeNatives.cs). Now is native too: a Timer's
// channel receives Now from the runtime, where no Go code runs, so its Time is built in C#
// and Go code gets it from the same place.

// Now returns the current local time.
func Now() Time

// runtimeNano returns the current value of the runtime clock (the timers' clock) in
// nanoseconds.
func runtimeNano() int64

// startClock records, for Now, where monotonic readings start and where Local is kept, and
// returns the start: runtimeNano() - 1, so that no reading is 0 (callers may want to use 0
// as "time not set").
func startClock(local **Location) int64

// Monotonic times are reported as offsets from startNano.
var startNano int64 = startClock(&Local)

// getenv is syscall.Getenv.
func getenv(key string) (value string, found bool)
