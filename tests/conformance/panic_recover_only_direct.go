package main

import "fmt"

func helper() interface{} {
	return recover()
}

func indirect() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		r := helper()
		fmt.Println("helper got:", r)
	}()
	panic("P")
}

func direct() (res string) {
	defer func() {
		res = fmt.Sprint("direct: ", recover())
	}()
	panic("Q")
}

func noPanic() {
	defer func() {
		fmt.Println("recover without panic:", recover())
	}()
}

func main() {
	fmt.Println(indirect())
	fmt.Println(direct())
	noPanic()
	fmt.Println("done")
}
