package main

import "fmt"

type Resource struct{ name string }

func (r *Resource) Close() { fmt.Println("close", r.name) }

func open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func process(names []string) {
	for _, n := range names {
		r := open(n)
		defer r.Close()
	}
	fmt.Println("processing done")
}

func deferMethodValue() {
	r := &Resource{"first"}
	defer r.Close()
	r = &Resource{"second"}
	fmt.Println("reassigned")
}

func main() {
	process([]string{"a", "b", "c"})
	deferMethodValue()
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
	fmt.Println("end")
}
