// Package sync provides basic synchronization primitives. Blocking parks the goroutine
// (through the runtime's semaphores), never an OS thread.
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
//
// Go's algorithm (sync/mutex.go): in normal mode waiters queue FIFO, but a woken waiter
// competes with newly arriving goroutines, which usually win (they are already running); a
// waiter that fails to get the lock for over 1 ms switches the mutex to starvation mode, in
// which Unlock hands ownership directly to the waiter at the front of the queue.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota // mutex is locked
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota
)

// Lock locks m. If the lock is already in use, the calling goroutine blocks until the mutex
// is available.
func (m *Mutex) Lock() {
	// Fast path: grab unlocked mutex.
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := m.state
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

// lockSlow and unlockSlow are Go's algorithm (the comment on Mutex), implemented natively
// (MutexSlowPaths.cs): under contention they run often. The compiler inlines the fast paths
// of Lock and Unlock at call sites; these bodies are what method values and defers call.
func (m *Mutex) lockSlow()

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock() {
	// Fast path: drop lock bit.
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32)

func runtime_SemacquireRWMutexR(s *uint32, lifo bool, skipframes int)
func runtime_SemacquireRWMutex(s *uint32, lifo bool, skipframes int)
func runtime_SemacquireWaitGroup(s *uint32)
func runtime_Semacquire(s *uint32)
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)
func fatal(s string)
