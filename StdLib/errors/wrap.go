package errors

// comparable reports whether values of x's dynamic type can be compared with ==.
func comparable(x any) bool

// checkAsTarget panics unless target is a non-nil pointer to an interface type or to a type
// implementing error.
func checkAsTarget(target any)

// assignTo stores err in *target and reports true if err's dynamic type is assignable to
// the type target points to.
func assignTo(err error, target any) bool

// Unwrap returns the result of calling the Unwrap method on err, if err's type contains an
// Unwrap method returning error. Otherwise, Unwrap returns nil. It does not unwrap errors
// returned by Join.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target: err itself, then the errors
// obtained by repeatedly calling Unwrap() error or Unwrap() []error, depth first. An error
// matches if it is equal to target or has a method Is(error) bool that returns true.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, comparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree that matches target, and if one is found, sets
// target to that error value and returns true. An error matches if its concrete value is
// assignable to the value pointed to by target, or if it has a method As(any) bool that
// returns true for target. As panics if target is not a non-nil pointer to either a type
// that implements error, or to any interface type.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkAsTarget(target)
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}
