package main

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Pow(1.1, 3), math.Cbrt(10))
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1), math.Atan(1), math.Asin(0.5), math.Acos(0.5), math.Atan2(1, -1))
	fmt.Println(math.Log(10), math.Log2(10), math.Log10(1e15), math.Sin(1e10))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi)
	fmt.Println(math.Max(-0.0, 0), math.Min(math.Copysign(0, -1), 0), math.Mod(-7, 3), math.Remainder(7, 3), math.Trunc(-2.7))
	frac, exp := math.Frexp(1024)
	fmt.Println(frac, exp, math.Ldexp(0.5, 11), math.Float64bits(1), math.Float32frombits(0x40490fdb))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.Len(1023), bits.Reverse8(1), bits.RotateLeft16(1, -1))
	hi, lo := bits.Mul64(1<<63, 4)
	q, rem := bits.Div64(1, 5, 3)
	fmt.Println(hi, lo, q, rem)

	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(100), r.Float64(), r.Perm(5), r.Int31n(10), r.Int63n(1000000007), r.Uint32())
	xs := []int{1, 2, 3, 4, 5, 6}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs, r.Int(), r.Int63())
	for i := 0; i < 3; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	rand.Seed(99)
	fmt.Println(rand.Intn(1000), rand.Intn(1000))

	for _, c := range "aZ9 é日!\u00a0" {
		fmt.Print(unicode.IsLetter(c), unicode.IsUpper(c), unicode.IsDigit(c), unicode.IsSpace(c), unicode.IsPunct(c), " ")
	}
	fmt.Println()
	fmt.Println(unicode.In('é', unicode.Latin), unicode.Is(unicode.Han, '日'), unicode.In('λ', unicode.Latin, unicode.Greek), unicode.ToUpper('ß'), string(unicode.ToTitle('ǆ')), unicode.SimpleFold('k'))
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	r0, size := utf8.DecodeRuneInString(s[1:])
	rl, sl := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r0), size, string(rl), sl, utf8.RuneLen('世'), utf8.RuneLen(-1))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], string(utf8.AppendRune([]byte("x"), 0x1F600)), utf8.FullRune([]byte{0xe2, 0x82}))
}
