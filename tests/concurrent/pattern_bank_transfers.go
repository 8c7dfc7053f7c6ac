package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	id      int
	balance int
}

// Transfers lock both accounts in id order (no deadlock); the total never changes and no
// transfer overdraws.
func transfer(from, to *account, amount int) bool {
	a, b := from, to
	if a.id > b.id {
		a, b = b, a
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	if from.balance < amount {
		return false
	}
	from.balance -= amount
	to.balance += amount
	return true
}

func main() {
	accounts := make([]*account, 6)
	for i := range accounts {
		accounts[i] = &account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	refused := 0
	for g := 0; g < 12; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 300; k++ {
				from := accounts[(g+k)%6]
				to := accounts[(g*5+k*7+1)%6]
				if from == to {
					continue
				}
				if !transfer(from, to, (g*k)%400) {
					mu.Lock()
					refused++
					mu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	total, negative := 0, 0
	for _, a := range accounts {
		total += a.balance
		if a.balance < 0 {
			negative++
		}
	}
	fmt.Println(total, negative, refused >= 0)
}
