package main

import "fmt"

type Address struct {
	City string
	Zip  [2]int
}

type Employee struct {
	Name    string
	Addr    Address
	Manager *Employee
	Skills  []string
}

func main() {
	boss := &Employee{Name: "Boss"}
	e1 := Employee{"Ed", Address{"Oslo", [2]int{1, 2}}, boss, []string{"go"}}
	e2 := e1
	e2.Addr.City = "Bergen"
	e2.Addr.Zip[0] = 9
	e2.Skills[0] = "rust"
	e2.Manager.Name = "NewBoss"
	fmt.Println(e1.Addr, e2.Addr)
	fmt.Println(e1.Skills, e2.Skills)
	fmt.Println(e1.Manager.Name, e1.Manager == e2.Manager)
	fmt.Printf("%+v\n", e1.Addr)
	staff := []Employee{e1, e2}
	staff[0].Name = "Edward"
	fmt.Println(e1.Name, staff[0].Name)
	ptrs := []*Employee{&e1}
	ptrs[0].Name = "Eddie"
	fmt.Println(e1.Name)
}
