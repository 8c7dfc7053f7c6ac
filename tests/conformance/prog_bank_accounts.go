package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Owner   string
	balance int64
	history []string
}

func (a *Account) Deposit(amt int64) {
	a.balance += amt
	a.history = append(a.history, fmt.Sprintf("+%d", amt))
}

func (a *Account) Withdraw(amt int64) error {
	if amt > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", amt, a.ID, ErrInsufficient)
	}
	a.balance -= amt
	a.history = append(a.history, fmt.Sprintf("-%d", amt))
	return nil
}

func (a Account) String() string {
	return fmt.Sprintf("%s(%s): %d.%02d", a.ID, a.Owner, a.balance/100, a.balance%100)
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(id, owner string) *Account {
	if b.accounts == nil {
		b.accounts = make(map[string]*Account)
	}
	acc := &Account{ID: id, Owner: owner}
	b.accounts[id] = acc
	return acc
}

func (b *Bank) Transfer(from, to string, amt int64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("unknown account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("unknown account %q", to)
	}
	if err := src.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	dst.Deposit(amt)
	return nil
}

func main() {
	var bank Bank
	bank.Open("A1", "alice").Deposit(10050)
	bank.Open("B2", "bob").Deposit(2500)
	fmt.Println(bank.Transfer("A1", "B2", 5000))
	err := bank.Transfer("B2", "A1", 99999)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer("A1", "Z9", 1))
	ids := make([]string, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		acc := bank.accounts[id]
		fmt.Println(*acc, acc.history)
	}
}
