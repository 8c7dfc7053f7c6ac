package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b)
	fmt.Println(a&b, a|b, a^b, a&^b, a<<2, a>>1, ^a)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	t, f := true, false
	fmt.Println(t && f, t || f, !t)
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 4
	x <<= 3
	x >>= 1
	x |= 1
	x &= 7
	x ^= 2
	x &^= 1
	fmt.Println(x)
	x++
	x--
	x++
	fmt.Println(x)
	fmt.Println(-7>>1, -1>>10, uint8(200)>>3)
	fmt.Println(1<<10, 1<<62)
}
