package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(topic string, payload any) error

type Bus struct {
	subs map[string][]Handler
	log  []string
}

func NewBus() *Bus { return &Bus{subs: map[string][]Handler{}} }

func (b *Bus) Subscribe(topic string, h Handler) (unsubscribe func()) {
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	return func() { b.subs[topic][idx] = nil }
}

func (b *Bus) Publish(topic string, payload any) (delivered int, errs []error) {
	for _, h := range b.subs[topic] {
		if h == nil {
			continue
		}
		if err := h(topic, payload); err != nil {
			errs = append(errs, err)
			continue
		}
		delivered++
	}
	b.log = append(b.log, fmt.Sprintf("%s:%d", topic, delivered))
	return
}

type Counter struct{ counts map[string]int }

func (c *Counter) Handle(topic string, payload any) error {
	c.counts[topic]++
	return nil
}

func main() {
	bus := NewBus()
	counter := &Counter{counts: map[string]int{}}
	var received []string
	bus.Subscribe("user.created", counter.Handle)
	bus.Subscribe("order.placed", counter.Handle)
	unsub := bus.Subscribe("user.created", func(t string, p any) error {
		received = append(received, fmt.Sprintf("%v", p))
		return nil
	})
	bus.Subscribe("order.placed", func(t string, p any) error {
		if amt, ok := p.(int); ok && amt > 100 {
			return fmt.Errorf("order %d too large", amt)
		}
		return nil
	})
	fmt.Println(bus.Publish("user.created", "alice"))
	fmt.Println(bus.Publish("order.placed", 50))
	fmt.Println(bus.Publish("order.placed", 500))
	unsub()
	fmt.Println(bus.Publish("user.created", "bob"))
	fmt.Println(bus.Publish("nobody.listens", nil))
	topics := make([]string, 0)
	for t := range counter.counts {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	for _, t := range topics {
		fmt.Println(t, counter.counts[t])
	}
	fmt.Println(received, strings.Join(bus.log, ","))
}
