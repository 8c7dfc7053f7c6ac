package main

import (
	"encoding/json"
	"fmt"
)

type Bomb struct{}

func (Bomb) MarshalJSON() ([]byte, error) {
	panic("bomb went off")
}

func main() {
	defer fmt.Println("deferred")
	b, err := json.Marshal(map[string]any{"ok": 1})
	fmt.Println(string(b), err)
	json.Marshal([]any{1, Bomb{}})
	fmt.Println("not reached")
}
