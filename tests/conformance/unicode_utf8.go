package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Héllo, 世界! 123"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'), utf8.RuneLen('a'))
	fmt.Println(utf8.AppendRune(nil, 'ü'), utf8.RuneCount([]byte("añb")))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.FullRune([]byte{0xe4, 0xb8}))
	var letters, digits, spaces, upper, punct int
	for _, c := range s {
		switch {
		case unicode.IsLetter(c):
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		case unicode.IsDigit(c):
			digits++
		case unicode.IsSpace(c):
			spaces++
		case unicode.IsPunct(c):
			punct++
		}
	}
	fmt.Println(letters, digits, spaces, upper, punct)
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), unicode.IsNumber('½'), unicode.IsDigit('½'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('x', unicode.Latin, unicode.Greek), unicode.IsControl('\n'))
	fmt.Println(string(unicode.ToTitle('a')), unicode.MaxRune, unicode.IsPrint('\t'), unicode.IsGraphic('a'))
}
