package main

import (
	"fmt"
	"strings"
	"unicode"
)

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

func vigenere(s, key string, decrypt bool) string {
	out := make([]byte, 0, len(s))
	ki := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !unicode.IsLetter(rune(c)) || c > unicode.MaxASCII {
			out = append(out, c)
			continue
		}
		k := key[ki%len(key)] - 'A'
		if decrypt {
			k = 26 - k
		}
		base := byte('A')
		if c >= 'a' {
			base = 'a'
		}
		out = append(out, base+(c-base+k)%26)
		ki++
	}
	return string(out)
}

func xorBytes(data []byte, key byte) []byte {
	out := make([]byte, len(data))
	for i, b := range data {
		out[i] = b ^ key
	}
	return out
}

func main() {
	msg := "Hello, World! Zebra-123"
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3))
	fmt.Println(caesar("abc", 29), caesar("abc", -1))
	v := vigenere("Attack at dawn!", "LEMON", false)
	fmt.Println(v)
	fmt.Println(vigenere(v, "LEMON", true))
	x := xorBytes([]byte("secret"), 0x2A)
	fmt.Printf("%x %q\n", x, xorBytes(x, 0x2A))
}
