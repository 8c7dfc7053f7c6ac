package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1f°C"`, float64(c))), nil
}

type PtrOnly struct{ V int }

func (p *PtrOnly) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"ptr": %d}`, p.V)), nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) {
	return []byte(strings.Repeat("*", int(l))), nil
}

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte(`{bad`), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type FailText struct{}

func (FailText) MarshalText() ([]byte, error) { return nil, errors.New("no text") }

type Spacey struct{}

func (Spacey) MarshalJSON() ([]byte, error) { return []byte(" [ 1 , 2 ,\n 3 ] "), nil }

type Html struct{}

func (Html) MarshalJSON() ([]byte, error) { return []byte(`"<&>"`), nil }

type NilOK struct{}

func (n *NilOK) MarshalJSON() ([]byte, error) {
	if n == nil {
		return []byte(`"nil receiver"`), nil
	}
	return []byte(`"value"`), nil
}

type Both struct{}

func (Both) MarshalJSON() ([]byte, error) { return []byte(`"json wins"`), nil }
func (Both) MarshalText() ([]byte, error) { return []byte("text"), nil }

type Holder struct {
	Temp  Celsius
	P     PtrOnly
	PP    *PtrOnly
	L     Level
	Raw   json.RawMessage
	NilR  json.RawMessage
	Nil   *NilOK
	Iface json.Marshaler
}

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		var me *json.MarshalerError
		if errors.As(err, &me) {
			fmt.Println("  unwrapped:", errors.Unwrap(err))
		}
		return
	}
	fmt.Println(string(b))
}

func main() {
	h := Holder{Temp: 21.5, P: PtrOnly{1}, PP: &PtrOnly{2}, L: 3, Raw: json.RawMessage(`{"pre": "computed"}`)}
	show(h)  // not addressable: P marshals as a plain struct
	show(&h) // addressable: P uses (*PtrOnly).MarshalJSON
	show([]PtrOnly{{4}}) // slice elements are addressable
	show([1]PtrOnly{{5}})
	show(map[string]PtrOnly{"m": {6}})
	show(Celsius(-3))
	show([]Level{0, 1, 2})
	show(Bad{})
	show(Failing{})
	show(FailText{})
	show(Spacey{})
	show(Html{})
	show(Both{})
	show((*NilOK)(nil))
	show(struct{ M json.Marshaler }{(*NilOK)(nil)})
	show(struct{ M json.Marshaler }{})
	var pp *PtrOnly
	show(pp)
	show(json.RawMessage(`  {"a" : 1}  `))
	show(json.RawMessage(`nope`))
}
