package main

import "fmt"

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v\n", cfg, cfg)
	tests := []struct {
		in   int
		want string
	}{
		{1, "one"},
		{2, "two"},
	}
	for _, tc := range tests {
		fmt.Println(tc.in, tc.want)
	}
	var pt struct{ X, Y float64 }
	pt.X = 1.5
	fmt.Println(pt)
	type Named struct{ X, Y float64 }
	n := Named(pt)
	fmt.Println(n)
	nested := struct {
		Inner struct{ V int }
		List  []struct{ K string }
	}{}
	nested.Inner.V = 9
	nested.List = append(nested.List, struct{ K string }{"k"})
	fmt.Printf("%+v\n", nested)
	empty := struct{}{}
	fmt.Println(empty)
}
