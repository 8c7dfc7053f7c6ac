package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

func main() {
	for _, s := range []string{"42", "-17", "x1", "99999999999999999999", "", "+5"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	bl, err := strconv.ParseBool("maybe")
	fmt.Println(bl, err)
	fmt.Println(strconv.Itoa(-99), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36), strconv.FormatBool(true))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', -1, 32))
	fmt.Println(strconv.Quote("tab\there \"q\" ü"), strconv.QuoteToASCII("ü☺"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(uq, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	val, mb, tail, err := strconv.UnquoteChar(`\x41rest`, '"')
	fmt.Println(val, mb, tail, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), -5, 10)), string(strconv.AppendQuote(nil, "x")))
	fmt.Println(strconv.FormatComplex(complex(1, -2), 'f', 1, 128))

	ds := []time.Duration{0, 1, 1500, 2 * time.Millisecond, 1500 * time.Millisecond, 90 * time.Second,
		time.Hour + 30*time.Minute + 15*time.Second, -3 * time.Second, 100 * time.Hour}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Milliseconds())
	}
	d := 1234567891 * time.Nanosecond
	fmt.Println(d.Round(time.Millisecond), d.Truncate(time.Second), d.Minutes(), (-d).Abs())
	fmt.Printf("%v %d %T\n", 2*time.Minute, time.Second, time.Second)
}
