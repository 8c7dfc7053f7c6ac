// An HTTP/1.1 server and client on loopback: handlers, query strings, request bodies,
// status codes, headers, keep-alive (one connection for many requests), a chunked
// response, and Shutdown.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
)

func main() {
	var mu sync.Mutex
	remotes := map[string]int{}

	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		remotes[r.RemoteAddr]++
		mu.Unlock()
		fmt.Fprintf(w, "hello, %s (%s %s %s)\n", r.URL.Query().Get("name"), r.Method, r.URL.Path, r.Proto)
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("X-Length", fmt.Sprint(len(b)))
		w.Header().Set("Content-Type", "application/octet-stream")
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte(strings.ToUpper(string(b))))
	})
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "I'm short and stout", http.StatusTeapot)
	})
	mux.HandleFunc("/stream", func(w http.ResponseWriter, r *http.Request) {
		f := w.(http.Flusher)
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "part %d\n", i)
			f.Flush()
		}
	})
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) {
		keys := []string{}
		for k := range r.Header {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if k == "User-Agent" || k == "Accept-Encoding" {
				continue
			}
			fmt.Fprintf(w, "%s=%s\n", k, strings.Join(r.Header[k], ","))
		}
	})

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux}
	served := make(chan error)
	go func() { served <- srv.Serve(l) }()
	base := "http://" + l.Addr().String()

	for i := 0; i < 3; i++ {
		resp, err := http.Get(base + "/hello?name=gopher" + fmt.Sprint(i))
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s | %s | %d | %q | %s", resp.Status, resp.Header.Get("Content-Type"), resp.ContentLength, resp.Proto, b)
	}
	mu.Lock()
	fmt.Println("connections used for 3 GETs:", len(remotes))
	mu.Unlock()

	resp, err := http.Post(base+"/echo", "text/plain", strings.NewReader("shout this"))
	if err != nil {
		panic(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, http.StatusText(resp.StatusCode), resp.Header.Get("X-Length"), resp.Header.Get("Content-Type"), string(b))

	resp, _ = http.Get(base + "/teapot")
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%d %q %q %q\n", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("X-Content-Type-Options"), b)

	resp, _ = http.Get(base + "/stream")
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%v %d %q\n", resp.TransferEncoding, resp.ContentLength, b)

	req, _ := http.NewRequest("PUT", base+"/headers", strings.NewReader("x"))
	req.Header.Set("X-One", "1")
	req.Header.Add("x-multi", "a")
	req.Header.Add("X-Multi", "b")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(string(b))

	resp, _ = http.Head(base + "/hello")
	fmt.Println("HEAD:", resp.StatusCode, resp.ContentLength, resp.Header.Get("Content-Length"))
	resp.Body.Close()

	resp, _ = http.Get(base + "/missing")
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%s %q\n", resp.Status, b)

	if err := srv.Shutdown(context.Background()); err != nil {
		panic(err)
	}
	err = <-served
	fmt.Println("Serve returned:", err, errors.Is(err, http.ErrServerClosed))
	_, err = http.Get(base + "/hello")
	fmt.Println("after shutdown, a request fails:", err != nil)
}
