package main

import "fmt"

func main() {
	x := 1234.5678
	fmt.Printf("%f|%.2f|%10.3f|%-10.1f|%010.2f\n", x, x, x, x, x)
	fmt.Printf("%e|%E|%.2e|%g|%G\n", x, x, x, x, x)
	fmt.Printf("%g %g %g %g\n", 0.000001234, 1e21, 100000.0, 1e-5)
	fmt.Printf("%.3g %.10g %g\n", x, x, 1.0)
	fmt.Printf("%+f % f %+.1e\n", 3.0, 3.0, -0.000123)
	fmt.Printf("%F %v %v\n", 2.5, float32(0.1), 1e100)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%#g %#.3f %#v\n", 1.0, 2.0, 3.0)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%v %v %v\n", 123456789.0, 1234567890123.0, 0.1+0.2)
}
