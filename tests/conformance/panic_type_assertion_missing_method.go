package main

import "fmt"

type Walker interface{ Walk() string }
type Flyer interface{ Fly() string }

type Dog struct{ Name string }

func (d Dog) Walk() string { return d.Name + " walks" }

func main() {
	var w Walker = Dog{"rex"}
	fmt.Println(w.Walk())
	f := w.(Flyer)
	fmt.Println(f.Fly())
}
