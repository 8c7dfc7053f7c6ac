package main

import (
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair struct {
	K string
	V int
}

func (p Pair) String() string { return p.K + "=" + fmt.Sprint(p.V) }

type Fail struct{ Code int }

func (f Fail) Error() string { return fmt.Sprintf("fail code %d", f.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprint("ptr#", p.n) }

func main() {
	fmt.Println(Temp(21.456))
	fmt.Println([]Temp{1, 2.5})
	fmt.Println(Pair{"a", 1}, &Pair{"b", 2})
	fmt.Printf("%v %s %d\n", Pair{"c", 3}, Pair{"d", 4}, Pair{"e", 5})
	fmt.Println(Fail{404})
	fmt.Printf("%v|%s|%q\n", Fail{1}, Fail{2}, Fail{3})
	fmt.Println(Both{})
	fmt.Println(PtrStr{1}, &PtrStr{2})
	m := map[string]Temp{"x": 3}
	fmt.Println(m)
	fmt.Printf("%+v %#v\n", Pair{"f", 6}, Temp(1))
	type wrap struct{ T Temp }
	fmt.Println(wrap{5})
}
