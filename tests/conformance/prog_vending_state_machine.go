package main

import "fmt"

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfStock
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Dispensing:
		return "Dispensing"
	case OutOfStock:
		return "OutOfStock"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event struct {
	Kind   string
	Amount int
}

type Machine struct {
	state   State
	credit  int
	stock   int
	price   int
	changes []string
}

func (m *Machine) transition(to State) {
	m.changes = append(m.changes, fmt.Sprintf("%v->%v", m.state, to))
	m.state = to
}

func (m *Machine) Handle(e Event) error {
	switch m.state {
	case OutOfStock:
		return fmt.Errorf("machine out of stock, rejecting %s", e.Kind)
	case Idle, HasMoney:
		switch e.Kind {
		case "coin":
			m.credit += e.Amount
			if m.state == Idle {
				m.transition(HasMoney)
			}
		case "select":
			if m.credit < m.price {
				return fmt.Errorf("need %d more", m.price-m.credit)
			}
			m.transition(Dispensing)
			m.credit -= m.price
			m.stock--
			if m.stock == 0 {
				m.transition(OutOfStock)
			} else {
				m.transition(Idle)
			}
		case "refund":
			fmt.Println("refunding", m.credit)
			m.credit = 0
			m.transition(Idle)
		default:
			return fmt.Errorf("unknown event %q", e.Kind)
		}
	}
	return nil
}

func main() {
	m := &Machine{stock: 2, price: 75}
	events := []Event{
		{"coin", 25}, {"select", 0}, {"coin", 50}, {"select", 0},
		{"coin", 100}, {"refund", 0}, {"kick", 0}, {"coin", 80}, {"select", 0}, {"coin", 5},
	}
	for _, e := range events {
		if err := m.Handle(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(m.state, m.credit, m.stock)
	fmt.Println(m.changes)
	fmt.Printf("%v %d %s\n", State(9), Dispensing, HasMoney)
}
