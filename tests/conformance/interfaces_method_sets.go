package main

import "fmt"

type Namer interface{ Name() string }
type Renamer interface {
	Namer
	Rename(string)
}

type User struct{ name string }

func (u User) Name() string     { return u.name }
func (u *User) Rename(n string) { u.name = n }

type Admin struct {
	*User
	Level int
}

type Guest struct {
	User
}

func describe(n Namer) string { return fmt.Sprintf("%T:%s", n, n.Name()) }

func main() {
	u := User{"ann"}
	p := &u
	var n Namer = u
	var n2 Namer = p
	fmt.Println(describe(n), describe(n2))
	var r Renamer = p
	r.Rename("bea")
	fmt.Println(u.name, n.Name(), n2.Name())
	a := Admin{&User{"root"}, 9}
	var ra Renamer = a
	ra.Rename("toor")
	fmt.Println(a.Name(), describe(a))
	g := Guest{User{"guest"}}
	var gn Namer = g
	var gr Renamer = &g
	gr.Rename("visitor")
	fmt.Println(gn.Name(), g.Name())
	_, ok := gn.(Renamer)
	_, ok2 := Namer(&g).(Renamer)
	fmt.Println(ok, ok2)
}
