package main

import "fmt"

func main() {
	fmt.Println("tab:\tX")
	fmt.Println("quote:\" backslash:\\ apos:'")
	fmt.Println("hex:\x41\x42 oct:\101\102 uni:\u00e9 big:\U0001F600")
	fmt.Printf("%q\n", "bell\a back\b ff\f vt\v cr\r nl\n nul\x00")
	runes := []rune{'a', '\n', '\'', '\\', '\t', '\x7f', '\u12e4', '\U00101234', '\000'}
	for _, r := range runes {
		fmt.Print(r, " ")
	}
	fmt.Println()
	fmt.Println(len("\xff\xfe"), len("\u00ff"), len("\377"))
	fmt.Printf("%q %q\n", '\'', '"')
}
