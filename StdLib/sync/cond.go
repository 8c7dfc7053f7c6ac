package sync

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or
// announcing the occurrence of an event. Each Cond has an associated Locker L (often a
// *Mutex or *RWMutex), which must be held when changing the condition and when calling Wait.
type Cond struct {
	L Locker

	notify uintptr // the runtime's notify list (Go's notifyList) is kept in this word
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling goroutine. After later
// resuming execution, Wait locks c.L before returning. Wait cannot return unless awoken by
// Broadcast or Signal.
func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	runtime_notifyListNotifyAll(&c.notify)
}

func runtime_notifyListAdd(l *uintptr) uint32
func runtime_notifyListWait(l *uintptr, t uint32)
func runtime_notifyListNotifyOne(l *uintptr)
func runtime_notifyListNotifyAll(l *uintptr)
