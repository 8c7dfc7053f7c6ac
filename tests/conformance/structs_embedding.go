package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Animal
	Volume int
}

func (d Dog) Describe() string {
	return "Dog: " + d.Animal.Describe()
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Animal.Describe())
	d.Rename("Max")
	fmt.Println(d.Name)
	fmt.Printf("%+v\n", d)
	a := &Animal{"Bird", 2}
	l := Loud{a, 11}
	l.Rename("Parrot")
	fmt.Println(a.Name, l.Describe(), l.Volume)
}
