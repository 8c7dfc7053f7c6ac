package main

import "fmt"

type Optional[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.val, o.valid }

func (o Optional[T]) OrElse(d T) T {
	if o.valid {
		return o.val
	}
	return d
}

func (o Optional[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	cap   int
}

func NewCache[K comparable, V any](n int) *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, cap: n}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.cap {
			old := c.order[0]
			c.order = c.order[1:]
			delete(c.data, old)
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) Optional[V] {
	if v, ok := c.data[k]; ok {
		return Some(v)
	}
	return None[V]()
}

func main() {
	fmt.Println(Some(3), None[string](), Some("x").OrElse("y"), None[int]().OrElse(9))
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 10)
	c.Put("c", 3)
	fmt.Println(c.Get("a"), c.Get("b"), c.Get("c"))
	fmt.Println(c.order)
}
