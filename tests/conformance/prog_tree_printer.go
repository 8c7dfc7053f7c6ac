package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func render(v any, indent string, sb *strings.Builder) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			render(e, indent+"  ", sb)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", indent, k)
			render(x[k], indent+"  ", sb)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

func count(v any) (leaves int) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			leaves += count(e)
		}
	case map[string]any:
		for _, e := range x {
			leaves += count(e)
		}
	default:
		leaves = 1
	}
	return
}

func main() {
	doc := map[string]any{
		"name":    "minigo",
		"version": 1.5,
		"stable":  false,
		"tags":    []any{"go", "interpreter", 42, nil},
		"owner":   map[string]any{"login": "gopher", "id": 7, "langs": []any{}},
		"weird":   struct{}{},
		"quote":   "say \"hi\"\n",
	}
	var sb strings.Builder
	render(doc, "", &sb)
	fmt.Println(sb.String())
	fmt.Println("leaves:", count(doc))
}
