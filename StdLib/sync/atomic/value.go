package atomic

// A Value provides an atomic load and store of a consistently typed value. The zero value
// for a Value returns nil from Load. Once Store has been called, a Value must not be copied.
type Value struct {
	v any
}

// The natives below read and write the interface under the word's lock (an interface is two
// machine words); they report a type that differs from the stored one as inconsistent = true
// and leave the Value unchanged.
func loadValue(p *any) any
func storeValue(p *any, val any) (inconsistent bool)
func swapValue(p *any, new any) (old any, inconsistent bool)
func compareAndSwapValue(p *any, old, new any) (swapped, inconsistent bool)

// Load returns the value set by the most recent Store. It returns nil if there has been no
// call to Store for this Value.
func (v *Value) Load() (val any) { return loadValue(&v.v) }

// Store sets the value of the Value v to val. All calls to Store for a given Value must use
// values of the same concrete type. Store of an inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if storeValue(&v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
}

// Swap stores new into Value and returns the previous value. It returns nil if the Value is
// empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	old, inconsistent := swapValue(&v.v, new)
	if inconsistent {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	swapped, inconsistent := compareAndSwapValue(&v.v, old, new)
	if inconsistent {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	return swapped
}

func sameType(a, b any) bool

// A Pointer is an atomic pointer of type *T. The zero value is a nil *T.
type Pointer[T any] struct {
	v Value
}

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T {
	p, _ := x.v.Load().(*T)
	return p
}

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T) { x.v.Store(val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	old, _ = x.v.Swap(new).(*T)
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if x.v.Load() == nil {
		// Never stored: the zero Pointer holds a nil *T.
		if old != nil {
			return false
		}
		return x.v.CompareAndSwap(nil, new)
	}
	return x.v.CompareAndSwap(old, new)
}
