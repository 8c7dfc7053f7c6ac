// errorcheck

// An `// errorcheck` file: each ERROR comment's regexp must match an error reported on its
// line, and every error must be expected.

package p

func f() {
	var x int = "s" // ERROR "cannot use .* as int value"
	undefinedName() // ERROR "undefined: undefinedName"
	y := 1          // ERROR "declared and not used|declared but not used"
	return 1        // ERROR "too many return values"
}

var a, b = 1 // ERROR "assignment mismatch|missing init expr"

func g() {
	_ = x2 // GC_ERROR "undefined"
	_, _ = x3, x4 // ERROR "undefined: x3" "undefined: x4"
	//// ERROR "a double comment disables the check"
}
