package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee interface {
	Pay() int
	Title() string
}

type Salaried struct {
	Name   string
	Annual int
}

type Hourly struct {
	Name  string
	Rate  int
	Hours int
}

type Manager struct {
	Salaried
	Reports []Employee
}

func (s Salaried) Pay() int      { return s.Annual / 12 }
func (s Salaried) Title() string { return "Salaried " + s.Name }
func (h Hourly) Pay() int        { return h.Rate * h.Hours }
func (h Hourly) Title() string   { return "Hourly " + h.Name }
func (m Manager) Pay() int       { return m.Salaried.Pay() + 100*len(m.Reports) }
func (m Manager) Title() string {
	names := []string{}
	for _, r := range m.Reports {
		names = append(names, r.Title())
	}
	return "Manager " + m.Name + " of [" + strings.Join(names, ", ") + "]"
}

func main() {
	a := Salaried{"Ann", 120000}
	b := Hourly{"Bo", 50, 160}
	m := Manager{Salaried{"Mo", 240000}, []Employee{a, b}}
	staff := []Employee{a, b, m}
	sort.Slice(staff, func(i, j int) bool { return staff[i].Pay() > staff[j].Pay() })
	for _, e := range staff {
		fmt.Printf("%-60s %6d\n", e.Title(), e.Pay())
	}
}
