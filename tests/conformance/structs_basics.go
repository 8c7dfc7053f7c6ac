package main

import "fmt"

type Person struct {
	Name string
	Age  int
	Tags []string
}

func main() {
	p := Person{Name: "Ann", Age: 30}
	fmt.Println(p)
	fmt.Printf("%v\n%+v\n", p, p)
	q := p
	q.Name = "Bob"
	fmt.Println(p.Name, q.Name)
	var z Person
	fmt.Printf("%+v %v\n", z, z.Tags == nil)
	r := Person{"Cy", 5, []string{"kid"}}
	fmt.Println(r)
	pp := &r
	pp.Age++
	fmt.Println(r.Age, (*pp).Age)
	fmt.Println(&Person{Name: "Ptr"})
}
