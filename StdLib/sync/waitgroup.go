package sync

import "sync/atomic"

// A WaitGroup waits for a collection of goroutines to finish.
//
// state holds the counter in its high 32 bits and the number of waiters in its low 32 bits.
type WaitGroup struct {
	state atomic.Uint64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the counter becomes
// zero, all goroutines blocked on Wait are released. If it goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	state := wg.state.Add(uint64(delta) << 32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// The counter is 0 and there are waiters: reset, then wake them all.
	wg.state.Store(0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema, false, 0)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := wg.state.Load()
		v := int32(state >> 32)
		if v == 0 {
			return
		}
		if wg.state.CompareAndSwap(state, state+1) {
			runtime_SemacquireWaitGroup(&wg.sema)
			return
		}
	}
}
