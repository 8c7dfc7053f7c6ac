package atomic

// A Value provides an atomic load and store of a consistently typed value. The zero value
// for a Value returns nil from Load. Once Store has been called, a Value must not be copied.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store. It returns nil if there has been no
// call to Store for this Value.
func (v *Value) Load() (val any) { return loadAny(&v.v) }

// Store sets the value of the Value v to val. All calls to Store for a given Value must use
// values of the same concrete type. Store of an inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if _, ok := swapTyped(&v.v, val); !ok {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
}

// Swap stores new into Value and returns the previous value. It returns nil if the Value is
// empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	old, ok := swapTyped(&v.v, new)
	if !ok {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value. Values are compared
// as interfaces (old must be comparable); an empty Value only matches a nil old.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	swapped, ok := casTyped(&v.v, old, new)
	if !ok {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	return swapped
}

// A Pointer is an atomic pointer of type *T. The zero value is a nil *T.
type Pointer[T any] struct {
	_ [0]*T
	v any
}

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T {
	p, _ := loadAny(&x.v).(*T)
	return p
}

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T) { swapAny(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	old, _ = swapAny(&x.v, new).(*T)
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	return casPointer(&x.v, old, new)
}

// The interface word of a Value or Pointer is read and replaced under a lock, since it is
// two machine words in minigo.
func loadAny(p *any) any
func swapAny(p *any, new any) (old any)
func swapTyped(p *any, new any) (old any, ok bool)
func casTyped(p *any, old, new any) (swapped, ok bool)
func casPointer(p *any, old, new any) (swapped bool)
func sameType(a, b any) bool
