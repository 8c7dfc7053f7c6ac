package main

import "fmt"

const poem = `Roses are red,
  Violets are blue,\n
"quotes" and 'apostrophes' stay.`

func main() {
	fmt.Println(poem)
	fmt.Println(len(`\n`), len("\n"))
	path := `C:\Users\gopher`
	fmt.Println(path)
	re := `^\d+\.\d*$`
	fmt.Printf("%q\n", re)
	empty := ``
	fmt.Println(empty == "")
	withCR := "a\r\nb"
	fmt.Printf("%q\n", withCR)
}
