// An HTTP server with JSON handlers, and a client that calls it.
//
//	minigo run examples/httpjson.go              # start the server, run the client against it, stop
//	minigo run examples/httpjson.go serve ADDR   # only serve (try: curl -d '{"text":"hi"}' ADDR/notes)
//
// The server is a small notes API on a ServeMux with Go 1.22 patterns:
//
//	POST   /notes          create a note from {"text": "..."}
//	GET    /notes          list the notes
//	GET    /notes/{id}     one note
//	DELETE /notes/{id}     remove it
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sort"
	"strconv"
	"sync"
)

type Note struct {
	ID   int    `json:"id"`
	Text string `json:"text"`
}

type notes struct {
	mu     sync.Mutex
	byID   map[int]Note
	nextID int
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func (n *notes) create(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Text string `json:"text"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if in.Text == "" {
		writeError(w, http.StatusBadRequest, "text is empty")
		return
	}
	n.mu.Lock()
	n.nextID++
	note := Note{n.nextID, in.Text}
	n.byID[note.ID] = note
	n.mu.Unlock()
	w.Header().Set("Location", fmt.Sprintf("/notes/%d", note.ID))
	writeJSON(w, http.StatusCreated, note)
}

func (n *notes) list(w http.ResponseWriter, r *http.Request) {
	n.mu.Lock()
	all := make([]Note, 0, len(n.byID))
	for _, note := range n.byID {
		all = append(all, note)
	}
	n.mu.Unlock()
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	writeJSON(w, http.StatusOK, all)
}

// lookup finds the note named by the request's {id}, or answers 404 itself.
func (n *notes) lookup(w http.ResponseWriter, r *http.Request) (Note, bool) {
	id, err := strconv.Atoi(r.PathValue("id"))
	n.mu.Lock()
	note, ok := n.byID[id]
	n.mu.Unlock()
	if err != nil || !ok {
		writeError(w, http.StatusNotFound, "no note "+r.PathValue("id"))
		return Note{}, false
	}
	return note, true
}

func (n *notes) get(w http.ResponseWriter, r *http.Request) {
	if note, ok := n.lookup(w, r); ok {
		writeJSON(w, http.StatusOK, note)
	}
}

func (n *notes) remove(w http.ResponseWriter, r *http.Request) {
	if note, ok := n.lookup(w, r); ok {
		n.mu.Lock()
		delete(n.byID, note.ID)
		n.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}
}

func newServer() *http.Server {
	n := &notes{byID: map[int]Note{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /notes", n.create)
	mux.HandleFunc("GET /notes", n.list)
	mux.HandleFunc("GET /notes/{id}", n.get)
	mux.HandleFunc("DELETE /notes/{id}", n.remove)
	return &http.Server{Handler: mux}
}

// call sends one request and prints the status and the JSON body.
func call(method, url string, body any) {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		panic(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println(method, "failed:", err)
		return
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	fmt.Printf("%-6s %-10s -> %s", method, req.URL.Path, resp.Status)
	if len(out) > 0 {
		fmt.Printf(" %s", out) // JSON bodies end with a newline
	} else {
		fmt.Println()
	}
}

func main() {
	if len(os.Args) == 3 && os.Args[1] == "serve" {
		srv := newServer()
		srv.Addr = os.Args[2]
		fmt.Println("notes API listening on", srv.Addr)
		if err := srv.ListenAndServe(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := newServer()
	done := make(chan error)
	go func() { done <- srv.Serve(ln) }()

	base := "http://" + ln.Addr().String()
	call("POST", base+"/notes", map[string]string{"text": "buy milk"})
	call("POST", base+"/notes", map[string]string{"text": "write tests"})
	call("POST", base+"/notes", map[string]string{"text": ""})
	call("GET", base+"/notes", nil)
	call("GET", base+"/notes/2", nil)
	call("DELETE", base+"/notes/1", nil)
	call("GET", base+"/notes/1", nil)
	call("PUT", base+"/notes/2", nil)
	call("GET", base+"/notes", nil)

	srv.Shutdown(context.Background())
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		panic(err)
	}
	fmt.Println("server shut down")
}
