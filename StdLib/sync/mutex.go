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
// key counts the goroutines holding or waiting for the lock: 0 unlocked, 1 locked, n > 1
// locked with n-1 waiters queued on sema (in FIFO order, so waiters are not starved).
type Mutex struct {
	key  int32
	sema uint32
}

// Lock locks m. If the lock is already in use, the calling goroutine blocks until the mutex
// is available.
func (m *Mutex) Lock() {
	if atomic.AddInt32(&m.key, 1) == 1 {
		return
	}
	runtime_SemacquireMutex(&m.sema, false, 1)
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	return atomic.CompareAndSwapInt32(&m.key, 0, 1)
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock() {
	v := atomic.AddInt32(&m.key, -1)
	if v == 0 {
		return
	}
	if v < 0 {
		atomic.AddInt32(&m.key, 1)
		fatal("sync: unlock of unlocked mutex")
	}
	runtime_Semrelease(&m.sema, true, 1)
}

func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)
func runtime_SemacquireRWMutexR(s *uint32, lifo bool, skipframes int)
func runtime_SemacquireRWMutex(s *uint32, lifo bool, skipframes int)
func runtime_SemacquireWaitGroup(s *uint32)
func runtime_Semacquire(s *uint32)
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)
func fatal(s string)
