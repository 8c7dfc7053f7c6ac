package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args) >= 1, len(os.Args[1:]))
	fmt.Printf("%q\n", os.Getenv("MINIGO_CONFORMANCE_SURELY_UNSET"))
	v, ok := os.LookupEnv("MINIGO_CONFORMANCE_SURELY_UNSET")
	fmt.Printf("%q %v\n", v, ok)
	os.Setenv("MINIGO_CONF_TEST", "value42")
	fmt.Println(os.Getenv("MINIGO_CONF_TEST"))
	v, ok = os.LookupEnv("MINIGO_CONF_TEST")
	fmt.Println(v, ok)
	os.Unsetenv("MINIGO_CONF_TEST")
	fmt.Printf("%q\n", os.Getenv("MINIGO_CONF_TEST"))
	fmt.Fprintln(os.Stdout, "stdout via Fprintln")
}
