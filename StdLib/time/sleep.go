// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Timers (Go 1.19's sleep.go, the semantics Go kept until 1.22): the channel of a Timer has a
// buffer of 1, Stop does not drain it, and a Reset of a fired timer whose value was not
// received leaves that value there.

package time

// Sleep pauses the current goroutine for at least the duration d.
// A negative or zero duration causes Sleep to return immediately.
func Sleep(d Duration)

// runtimeTimer is a Timer's or Ticker's handle on the runtime's timer (Go's runtime.timer),
// which runs in the scheduler: no thread waits for it.
type runtimeTimer struct {
	started bool    // made by NewTimer, AfterFunc or NewTicker (Go checks that f != nil)
	h       uintptr // the runtime's timer is kept in this word
}

// when is a helper function for setting the 'when' field of a runtimeTimer.
// It returns what the time will be, in nanoseconds, Duration d in the future.
// If d is negative, it is ignored. If the returned value would be less than
// zero because of an overflow, MaxInt64 is returned.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		// N.B. runtimeNano() and d are always positive, so addition
		// (including overflow) will never result in t == 0.
		t = 1<<63 - 1 // math.MaxInt64
	}
	return t
}

// startTimer arms a runtime timer due at when (on runtimeNano's clock), again every period
// if it is positive. When it fires it sends Now on c without blocking (Go's sendTime) or,
// if c is nil, runs f in a new goroutine (Go's goFunc).
func startTimer(h *uintptr, when, period int64, c chan Time, f func())

// stopTimer disarms the timer; true if it was pending.
func stopTimer(h *uintptr) bool

// resetTimer makes the timer due at when with the given period, whether it was pending,
// stopped or had fired; true if it was pending.
func resetTimer(h *uintptr, when, period int64) bool

func (r *runtimeTimer) start(d Duration, period int64, c chan Time, f func()) {
	r.started = true
	startTimer(&r.h, when(d), period, c, f)
}

// The Timer type represents a single event.
// When the Timer expires, the current time will be sent on C,
// unless the Timer was created by AfterFunc.
// A Timer must be created with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// Stop prevents the Timer from firing.
// It returns true if the call stops the timer, false if the timer has already
// expired or been stopped.
// Stop does not close the channel, to prevent a read from the channel succeeding
// incorrectly.
//
// To ensure the channel is empty after a call to Stop, check the
// return value and drain the channel.
// For example, assuming the program has not received from t.C already:
//
//	if !t.Stop() {
//		<-t.C
//	}
//
// For a timer created with AfterFunc(d, f), if t.Stop returns false, then the timer
// has already expired and the function f has been started in its own goroutine;
// Stop does not wait for f to complete before returning.
func (t *Timer) Stop() bool {
	if !t.r.started {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r.h)
}

// NewTimer creates a new Timer that will send
// the current time on its channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.start(d, 0, c, nil)
	return t
}

// Reset changes the timer to expire after duration d.
// It returns true if the timer had been active, false if the timer had
// expired or been stopped.
//
// For a Timer created with NewTimer, Reset should be invoked only on
// stopped or expired timers with drained channels.
//
// For a Timer created with AfterFunc(d, f), Reset either reschedules
// when f will run, in which case Reset returns true, or schedules f
// to run again, in which case it returns false.
func (t *Timer) Reset(d Duration) bool {
	if !t.r.started {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r.h, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
// It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f
// in its own goroutine. It returns a Timer that can
// be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := new(Timer)
	t.r.start(d, 0, nil, f)
	return t
}
