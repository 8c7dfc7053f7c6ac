package main

import "fmt"

type Record struct {
	ID       int    `json:"id"`
	Name     string `json:"name,omitempty"`
	password string
	Meta     map[string]string `db:"meta"`
}

func (r Record) Masked() Record {
	r.password = "***"
	return r
}

func main() {
	r := Record{ID: 1, Name: "x", password: "secret"}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Printf("%+v\n", r.Masked())
	fmt.Printf("%#v\n", Record{ID: 2})
	type pair struct {
		a, b int `tag:"both"`
	}
	fmt.Println(pair{1, 2} == pair{1, 2})
}
