// The HTTP server of bench/http.sh, run both by minigo and as compiled by Go: net/http
// with a "hello world" handler on a ServeMux. It serves until it is killed.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "hello world\n")
	})
	if err := http.ListenAndServe(os.Args[1], mux); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}
