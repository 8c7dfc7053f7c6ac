// compile

package p

func f() { undefinedFunction() }
