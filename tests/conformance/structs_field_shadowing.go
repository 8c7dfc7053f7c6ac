package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Hello() string { return "base " + b.Name }

type Mid struct {
	Base
	Name string
}

type Top struct {
	Mid
	Extra int
}

func main() {
	t := Top{Mid{Base{1, "inner"}, "middle"}, 7}
	fmt.Println(t.Name, t.Mid.Name, t.Base.Name, t.Mid.Base.Name)
	fmt.Println(t.ID, t.Hello())
	t.ID = 42
	fmt.Println(t.Base.ID)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%v\n", t)
}
