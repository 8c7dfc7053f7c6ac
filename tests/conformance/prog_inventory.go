package main

import (
	"fmt"
	"sort"
	"strings"
)

type Priced interface {
	Price() int
	Name() string
}

type Base struct {
	SKU   string
	Title string
	Cents int
}

func (b Base) Price() int    { return b.Cents }
func (b Base) Name() string  { return b.Title }
func (b Base) Label() string { return "[" + b.SKU + "] " + b.Title }

type Book struct {
	Base
	Author string
}

type Gadget struct {
	Base
	WarrantyYears int
}

func (g Gadget) Price() int { return g.Base.Price() + 500*g.WarrantyYears }

type Bundle struct {
	Title string
	Items []Priced
}

func (b Bundle) Name() string { return b.Title }
func (b Bundle) Price() int {
	sum := 0
	for _, it := range b.Items {
		sum += it.Price()
	}
	return sum * 9 / 10
}

func money(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	book := Book{Base{"B1", "The Go Programming Language", 3499}, "Donovan"}
	phone := Gadget{Base{"G7", "Phone", 49900}, 2}
	cable := Gadget{Base{"G2", "Cable", 999}, 0}
	items := []Priced{book, phone, cable, Bundle{"Starter kit", []Priced{book, cable}}}
	sort.Slice(items, func(i, j int) bool { return items[i].Price() < items[j].Price() })
	total := 0
	for _, it := range items {
		total += it.Price()
		kind := "?"
		switch v := it.(type) {
		case Book:
			kind = "book by " + v.Author
		case Gadget:
			kind = fmt.Sprintf("gadget, %d yr warranty", v.WarrantyYears)
		case Bundle:
			kind = fmt.Sprintf("bundle of %d", len(v.Items))
		}
		fmt.Printf("%-30s %10s  (%s)\n", it.Name(), money(it.Price()), kind)
	}
	fmt.Println(strings.Repeat("-", 42))
	fmt.Printf("%-30s %10s\n", "TOTAL", money(total))
	fmt.Println(book.Label(), phone.Label())
	type labeler interface{ Label() string }
	var l labeler = cable
	fmt.Println(l.Label())
}
