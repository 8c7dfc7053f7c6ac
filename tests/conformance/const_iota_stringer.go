package main

import "fmt"

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Level uint8

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

func (l Level) String() string { return levelNames[l] }

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %d %s %q\n", Green, Green, Blue, Red)
	colors := []Color{Blue, Red}
	fmt.Println(colors)
	fmt.Println(Warn, Error)
	fmt.Printf("%v|%+v|%x\n", Info, Debug, Error)
	m := map[Color]int{Red: 1, Blue: 3}
	fmt.Println(m)
}
