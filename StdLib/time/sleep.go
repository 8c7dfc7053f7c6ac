package time

// Sleep pauses the current goroutine for at least the duration d. A negative or zero
// duration causes Sleep to return immediately. The goroutine is parked on a runtime timer:
// no OS thread waits.
func Sleep(d Duration)
