// What the server puts on the wire, read with a raw TCP client: the status line and
// headers (the Date header's value varies, so only its presence is printed), an automatic
// Content-Length for a short body, chunked encoding for a body flushed in parts,
// keep-alive on one connection, "Connection: close", and a 400 for a malformed request.
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func dump(r *bufio.Reader) {
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(resp.Proto, resp.Status)
	for _, k := range []string{"Content-Length", "Content-Type", "Connection", "Transfer-Encoding"} {
		if v := resp.Header.Get(k); v != "" {
			fmt.Printf("  %s: %s\n", k, v)
		}
	}
	fmt.Println("  Date present:", resp.Header.Get("Date") != "")
	b, _ := io.ReadAll(resp.Body)
	fmt.Printf("  chunked=%v close=%v body=%q\n", len(resp.TransferEncoding) > 0, resp.Close, b)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/short", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<html><body>hi</body></html>")
	})
	mux.HandleFunc("/chunks", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "first,")
		w.(http.Flusher).Flush()
		io.WriteString(w, "second")
	})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(l, mux)

	conn, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(conn)
	io.WriteString(conn, "GET /short HTTP/1.1\r\nHost: x\r\n\r\n")
	dump(r)
	io.WriteString(conn, "GET /chunks HTTP/1.1\r\nHost: x\r\n\r\n")
	dump(r)
	io.WriteString(conn, "GET /none HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	dump(r)
	_, err = r.ReadByte()
	fmt.Println("after Connection: close:", err)
	conn.Close()

	conn, _ = net.Dial("tcp", l.Addr().String())
	io.WriteString(conn, "NOT HTTP AT ALL\r\n\r\n")
	raw, _ := io.ReadAll(conn)
	fmt.Printf("%q\n", strings.SplitN(string(raw), "\r\n", 2)[0])
	conn.Close()

	conn, _ = net.Dial("tcp", l.Addr().String())
	io.WriteString(conn, "GET /short HTTP/1.0\r\n\r\n")
	dump(bufio.NewReader(conn))
	conn.Close()
}
