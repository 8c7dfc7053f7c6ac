// ServeMux with Go 1.22 patterns: methods (GET also serves HEAD), wildcards {id} and
// {rest...}, {$}, the most specific pattern winning, host patterns, 405 with Allow,
// trailing-slash and clean-path redirects, PathValue, and registration errors.
// expected output written from the Go 1.22 spec (net/http's ServeMux documentation)
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

var base string

func show(method, host, path string) {
	req, _ := http.NewRequest(method, base+path, nil)
	if host != "" {
		req.Host = host
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%s %s%s -> %d", method, host, path, resp.StatusCode)
	if loc := resp.Header.Get("Location"); loc != "" {
		fmt.Printf(" Location: %s", loc)
	}
	if allow := resp.Header.Get("Allow"); allow != "" {
		fmt.Printf(" Allow: %s", allow)
	}
	if resp.StatusCode != http.StatusMovedPermanently {
		fmt.Printf(" %q", strings.TrimSpace(string(b)))
	}
	fmt.Println()
}

func named(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s", name)
		for _, k := range []string{"id", "rest"} {
			if v := r.PathValue(k); v != "" {
				fmt.Fprintf(w, " %s=%s", k, v)
			}
		}
	}
}

func register(mux *http.ServeMux, pattern string) {
	defer func() {
		if e := recover(); e != nil {
			msg := fmt.Sprint(e)
			if i := strings.Index(msg, " (registered at"); i >= 0 {
				lines := strings.Split(msg, "\n")
				msg = msg[:i] + " ... " + lines[len(lines)-1]
			}
			fmt.Println("panic:", msg)
		}
	}()
	mux.HandleFunc(pattern, named(pattern))
	fmt.Println("registered", pattern)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", named("get-item"))
	mux.HandleFunc("POST /items/{id}", named("post-item"))
	mux.HandleFunc("GET /items/special", named("special"))
	mux.HandleFunc("/files/{rest...}", named("files"))
	mux.HandleFunc("/static/", named("static"))
	mux.HandleFunc("/{$}", named("root"))
	mux.HandleFunc("GET /a/{id}/b", named("ab"))
	mux.HandleFunc("HEAD /head", named("head"))
	mux.HandleFunc("example.com/", named("example.com"))
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(l, mux)
	base = "http://" + l.Addr().String()

	show("GET", "", "/items/42")
	show("POST", "", "/items/7")
	show("DELETE", "", "/items/7")
	show("GET", "", "/items/special")
	show("DELETE", "", "/items/special")
	show("GET", "", "/files/a/b/c")
	show("GET", "", "/files/")
	show("GET", "", "/files")
	show("GET", "", "/static")
	show("GET", "", "/static/x/y?q=1")
	show("GET", "", "/")
	show("GET", "", "/nothing")
	show("GET", "", "/a/x%2Fy/b")
	show("GET", "", "/a/../items/3")
	show("GET", "", "/head")
	show("HEAD", "", "/items/1")
	show("GET", "example.com", "/items/42")
	show("GET", "example.com:8080", "/anything")

	for _, p := range []string{
		"GET /items/{id}",
		"/items/{x}",
		"GET /items/{name}/x",
		"/items/{id}/x",
		"GET /x/{a}/{a}",
		"GET /{x",
		"GET /a/{x...}/b",
		"/a/{$}/b",
		"GET /static/{x...}",
		"GET /a/b/../c",
		"GET /{9x}",
		"",
	} {
		register(mux, p)
	}

	http.HandleFunc("/hello/{who}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello, %s", r.PathValue("who"))
	})
	l2, _ := net.Listen("tcp", "127.0.0.1:0")
	go http.Serve(l2, nil)
	base = "http://" + l2.Addr().String()
	show("GET", "", "/hello/gopher")
}
