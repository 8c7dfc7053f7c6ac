// compile

// A `// compile` file must compile; it need not be a main package.

package p

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func Use() int {
	var t T
	t.Inc()
	return t.n
}
