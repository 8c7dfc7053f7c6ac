// Pricing rules for the shop, in Go: the C# host (Program.cs) loads this file, calls Price for
// each order and gives the rules the catalog through the host package "shop".
package main

import (
	"fmt"
	"shop"
	"strings"
)

type Line struct {
	Sku string
	Qty int
}

type Order struct {
	Customer string
	Lines    []Line
	Coupon   string
}

type Quote struct {
	Total   float64
	Reasons []string
}

// Price totals an order from the host's catalog and applies the discounts.
func Price(o Order) (Quote, error) {
	var q Quote
	items := 0
	for _, l := range o.Lines {
		if l.Qty <= 0 {
			return q, fmt.Errorf("line %s: quantity %d", l.Sku, l.Qty)
		}
		q.Total += shop.UnitPrice(l.Sku) * float64(l.Qty)
		items += l.Qty
	}
	if items >= 10 {
		q.Total *= 0.9
		q.Reasons = append(q.Reasons, "bulk: 10% off")
	}
	if strings.EqualFold(o.Coupon, "WELCOME") && shop.FirstOrder(o.Customer) {
		q.Total -= 5
		q.Reasons = append(q.Reasons, "welcome coupon: 5 off")
	}
	shop.Log(fmt.Sprintf("priced %s's order: %.2f", o.Customer, q.Total))
	return q, nil
}

func main() {}
