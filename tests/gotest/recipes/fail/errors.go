// errorcheck

package p

func f() int {
	var unused int // ERROR "this regexp does not match"
	return "s"     // no ERROR comment: this error is unexpected
}

func g() {} // ERROR "an error that is never reported"
