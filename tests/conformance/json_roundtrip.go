package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Status int

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) MarshalText() ([]byte, error) {
	switch s {
	case Active:
		return []byte("active"), nil
	case Suspended:
		return []byte("suspended"), nil
	}
	return nil, fmt.Errorf("unknown status %d", int(s))
}

func (s *Status) UnmarshalText(b []byte) error {
	switch string(b) {
	case "active":
		*s = Active
	case "suspended":
		*s = Suspended
	default:
		return fmt.Errorf("unknown status %q", b)
	}
	return nil
}

type Account struct {
	ID       int64             `json:"id"`
	Owner    string            `json:"owner"`
	Balance  float64           `json:"balance"`
	Status   Status            `json:"status"`
	Tags     []string          `json:"tags,omitempty"`
	Limits   map[string]int    `json:"limits,omitempty"`
	Parent   *Account          `json:"parent,omitempty"`
	Notes    map[Status]string `json:"notes,omitempty"`
	Internal string            `json:"-"`
}

type Ledger struct {
	Version  int       `json:"version"`
	Accounts []Account `json:"accounts"`
}

func main() {
	l := Ledger{Version: 2, Accounts: []Account{
		{ID: 1, Owner: "Ann <ann@example.com>", Balance: 1234.5, Status: Active, Tags: []string{"vip", "eu"},
			Limits: map[string]int{"daily": 500, "atm": 200}, Notes: map[Status]string{Suspended: "2019"}},
		{ID: 2, Owner: "Bob & Co", Balance: -0.01, Status: Suspended, Internal: "secret",
			Parent: &Account{ID: 1, Owner: "Ann", Status: Active}},
	}}
	b, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))

	var back Ledger
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
		return
	}
	b2, _ := json.MarshalIndent(back, "", "  ")
	fmt.Println("round trip equal:", string(b) == string(b2))
	fmt.Println(back.Accounts[1].Parent.Owner, back.Accounts[0].Notes[Suspended], back.Accounts[1].Internal == "")

	// Generic decoding of the same document, then re-encoding sorts keys.
	var generic map[string]any
	json.Unmarshal(b, &generic)
	accounts := generic["accounts"].([]any)
	var owners []string
	for _, a := range accounts {
		owners = append(owners, a.(map[string]any)["owner"].(string))
	}
	sort.Strings(owners)
	fmt.Println(strings.Join(owners, "; "))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(generic["accounts"].([]any)[1])

	// Errors on the way back.
	fmt.Println(json.Unmarshal([]byte(`{"accounts":[{"status":"closed"}]}`), &back))
	_, err = json.Marshal(Account{Status: 9})
	fmt.Println(err)
}
