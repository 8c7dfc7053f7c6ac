package main

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

func toBase(n uint64, base int) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	var sb []byte
	for n > 0 {
		sb = append(sb, digits[n%uint64(base)])
		n /= uint64(base)
	}
	for i, j := 0, len(sb)-1; i < j; i, j = i+1, j-1 {
		sb[i], sb[j] = sb[j], sb[i]
	}
	return string(sb)
}

func group(s string, n int) string {
	var parts []string
	for len(s) > n {
		parts = append([]string{s[len(s)-n:]}, parts...)
		s = s[:len(s)-n]
	}
	return strings.Join(append([]string{s}, parts...), "_")
}

type Perm uint16

const (
	OtherX Perm = 1 << iota
	OtherW
	OtherR
	GroupX
	GroupW
	GroupR
	UserX
	UserW
	UserR
)

func (p Perm) String() string {
	const letters = "rwxrwxrwx"
	out := []byte("---------")
	for i := 0; i < 9; i++ {
		if p&(1<<(8-i)) != 0 {
			out[i] = letters[i]
		}
	}
	return string(out)
}

func main() {
	for _, n := range []uint64{0, 5, 255, 1 << 20, 1<<64 - 1} {
		fmt.Println(toBase(n, 2) == strconv.FormatUint(n, 2), toBase(n, 16), toBase(n, 36), bits.Len64(n))
	}
	fmt.Println(group(strconv.FormatInt(1234567890, 10), 3), group(toBase(0xDEADBEEF, 2), 8))
	for _, p := range []Perm{0o755, 0o644, 0o600, UserR | GroupR | OtherR} {
		fmt.Printf("%04o %v %d\n", uint16(p), p, bits.OnesCount16(uint16(p)))
	}
	v, err := strconv.ParseUint("11111111", 2, 8)
	fmt.Println(v, err)
	_, err = strconv.ParseUint("111111111", 2, 8)
	fmt.Println(err)
	x := uint32(0x12345678)
	fmt.Printf("%08x %08x %08x\n", bits.ReverseBytes32(x), bits.RotateLeft32(x, 8), x&^0xFF00)
}
