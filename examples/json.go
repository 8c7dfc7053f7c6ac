// A small inventory kept as JSON: decode a document, change it, encode it back; read a
// stream of orders with a Decoder; report malformed input with Go's errors.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

type Item struct {
	SKU      string            `json:"sku"`
	Name     string            `json:"name"`
	Price    float64           `json:"price"`
	Stock    int               `json:"stock"`
	Tags     []string          `json:"tags,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	Restock  *time.Time        `json:"restock,omitempty"`
	internal int
}

type Inventory struct {
	Updated time.Time       `json:"updated"`
	Items   []Item          `json:"items"`
	Extra   json.RawMessage `json:"extra,omitempty"`
}

type Order struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

const document = `{
	"updated": "2024-05-01T09:30:00Z",
	"items": [
		{"sku": "A-1", "name": "Widget", "price": 2.5, "stock": 10, "tags": ["small"]},
		{"sku": "B-2", "name": "Gadget <deluxe>", "price": 19.99, "stock": 3, "attrs": {"color": "red"}},
		{"sku": "C-3", "name": "Gizmo", "price": 7, "stock": 0}
	],
	"extra": {"kept": "as is"}
}`

const orders = `{"sku": "A-1", "qty": 4} {"sku": "B-2", "qty": 5} {"sku": "Z-9", "qty": 1}
{"sku": "C-3", "qty": "two"} {"sku": "A-1", "qty": 1}`

func main() {
	var inv Inventory
	if err := json.Unmarshal([]byte(document), &inv); err != nil {
		fmt.Println("decode:", err)
		return
	}
	bySKU := map[string]*Item{}
	for i := range inv.Items {
		bySKU[inv.Items[i].SKU] = &inv.Items[i]
	}

	dec := json.NewDecoder(strings.NewReader(orders))
	for {
		var o Order
		err := dec.Decode(&o)
		if err == io.EOF {
			break
		}
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			fmt.Printf("skipping order: %v\n", err)
			continue
		}
		if err != nil {
			fmt.Println("orders:", err)
			return
		}
		item, ok := bySKU[o.SKU]
		switch {
		case !ok:
			fmt.Printf("unknown item %s\n", o.SKU)
		case item.Stock < o.Qty:
			fmt.Printf("%s: only %d in stock, %d ordered\n", item.Name, item.Stock, o.Qty)
			restock := inv.Updated.Add(72 * time.Hour)
			item.Restock = &restock
		default:
			item.Stock -= o.Qty
		}
	}

	inv.Updated = inv.Updated.Add(time.Hour)
	sort.Slice(inv.Items, func(i, j int) bool { return inv.Items[i].Stock < inv.Items[j].Stock })
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(inv); err != nil {
		fmt.Println("encode:", err)
	}

	var anything map[string]any
	json.Unmarshal([]byte(document), &anything)
	fmt.Println("generic view:", len(anything["items"].([]any)), "items; first price", anything["items"].([]any)[0].(map[string]any)["price"])

	var broken Inventory
	err := json.Unmarshal([]byte(`{"items": [{"sku": "X", "price": "cheap"}]}`), &broken)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"items": [}`), &broken)
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		fmt.Printf("%v (at byte %d)\n", err, syntax.Offset)
	}
}
