// Client errors as Go formats them: a refused connection, a bad URL, an unsupported
// scheme, a client timeout while the handler blocks, and a handler that panics (the
// server logs it and closes the connection; the client sees EOF).
package main

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"time"
)

type lineWriter struct{ lines chan string }

func (w lineWriter) Write(p []byte) (int, error) {
	first := strings.SplitN(string(p), "\n", 2)[0]
	w.lines <- first
	return len(p), nil
}

func main() {
	_, err := http.Get("http://127.0.0.1:1/x")
	fmt.Println(err)
	_, err = http.Get("://nope")
	fmt.Println(err)
	_, err = http.Get("ftp://example.com/")
	fmt.Println(err)
	_, err = http.NewRequest("GET", "http://a b.com/", nil)
	fmt.Println(err)

	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		<-release
		io.WriteString(w, "late")
	})
	mux.HandleFunc("/panic", func(w http.ResponseWriter, r *http.Request) {
		panic("handler exploded")
	})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	logged := lineWriter{make(chan string, 1)}
	srv := &http.Server{Handler: mux, ErrorLog: log.New(logged, "", 0)}
	go srv.Serve(l)
	base := "http://" + l.Addr().String()

	c := &http.Client{Timeout: 50 * time.Millisecond}
	_, err = c.Get(base + "/slow")
	fmt.Println(strings.Replace(err.Error(), base, "BASE", 1))
	close(release)

	_, err = http.Get(base + "/panic")
	fmt.Println(strings.Replace(err.Error(), base, "BASE", 1))
	line := <-logged.lines
	fmt.Println(line[:strings.Index(line, "127.0.0.1")], line[strings.Index(line, ": handler"):])
}
