package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case Celsius:
		return fmt.Sprintf("%.1f C", float64(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "hey", true, false, errors.New("bad"),
		[]int{1, 2}, func() int { return 9 }, Celsius(21.5), 3.5, map[string]int{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var i interface{} = 5
	switch i.(type) {
	case string:
		fmt.Println("no")
	default:
		fmt.Println("default hit")
	}
}
