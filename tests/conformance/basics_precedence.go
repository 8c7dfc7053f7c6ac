package main

import "fmt"

func main() {
	fmt.Println(1+2*3, (1+2)*3, 10-4-3, 100/10/2, 2*3%4)
	fmt.Println(1<<2+1, 1<<(2+1), 6&3|8, 6&(3|8), 5^1&3)
	fmt.Println(-2*3, -(2 * 3), ^0, -^0, !true == false)
	fmt.Println(1 < 2 == true, 3 > 2 && 2 > 1 || false, !(1 == 1) || 2 != 2)
	x := 12
	fmt.Println(x&^4, x&^4|1, x>>1<<1, x%5*2)
	fmt.Println(7/2*2, 7.0/2*2, 7/2.0)
	a, b, c := true, false, true
	fmt.Println(a || b && !c, (a || b) && !c)
	var u uint8 = 0xF0
	fmt.Println(^u>>4, ^(u >> 4), -x/5, -x%5)
}
