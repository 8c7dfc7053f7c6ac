package main

import (
	"fmt"
	"strings"
)

// Decimal big integers as little-endian digit slices.
type Big []int

func FromInt(n int) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, n%10)
		n /= 10
	}
	return b
}

func (a Big) Add(b Big) Big {
	var out Big
	carry := 0
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%10)
		carry = s / 10
	}
	return out
}

func (a Big) MulSmall(m int) Big {
	var out Big
	carry := 0
	for _, d := range a {
		p := d*m + carry
		out = append(out, p%10)
		carry = p / 10
	}
	for carry > 0 {
		out = append(out, carry%10)
		carry /= 10
	}
	return out
}

func (a Big) String() string {
	var sb strings.Builder
	for i := len(a) - 1; i >= 0; i-- {
		sb.WriteByte(byte('0' + a[i]))
	}
	return sb.String()
}

func main() {
	f := FromInt(1)
	for i := 2; i <= 30; i++ {
		f = f.MulSmall(i)
	}
	fmt.Println("30! =", f)
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 100; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(100) =", a)
	p := FromInt(1)
	for i := 0; i < 64; i++ {
		p = p.MulSmall(2)
	}
	fmt.Println("2^64 =", p, len(p), "digits")
	digitSum := 0
	for _, d := range f {
		digitSum += d
	}
	fmt.Println("digit sum of 30!:", digitSum)
}
