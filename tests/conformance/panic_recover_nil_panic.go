// Go 1.21: panic(nil) panics with a *runtime.PanicNilError.
// expected output written from the Go 1.22 spec
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println(r == nil)
		fmt.Println(r)
		_, isRuntime := r.(runtime.Error)
		pe, isPanicNil := r.(*runtime.PanicNilError)
		fmt.Println(isRuntime, isPanicNil, pe.Error())
		fmt.Printf("%T\n", r)
	}()
	panic(nil)
}
