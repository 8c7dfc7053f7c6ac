// JSON over HTTP: handlers that decode a request body and encode a response, a client
// that posts and decodes, and a 400 with a JSON error for a bad body.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"sort"
	"sync"
)

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done,omitempty"`
}

type store struct {
	mu    sync.Mutex
	todos map[int]Todo
	next  int
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func (s *store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.Method {
	case http.MethodPost:
		var t Todo
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		s.next++
		t.ID = s.next
		s.todos[t.ID] = t
		writeJSON(w, http.StatusCreated, t)
	case http.MethodGet:
		list := []Todo{}
		for _, t := range s.todos {
			list = append(list, t)
		}
		sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
		writeJSON(w, http.StatusOK, list)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("/todos", &store{todos: map[int]Todo{}})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(l, mux)
	url := "http://" + l.Addr().String() + "/todos"

	for _, title := range []string{"write tests", "ship it"} {
		body, _ := json.Marshal(Todo{Title: title, Done: title == "ship it"})
		resp, err := http.Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			panic(err)
		}
		var created Todo
		json.NewDecoder(resp.Body).Decode(&created)
		resp.Body.Close()
		fmt.Printf("%d %s %+v\n", resp.StatusCode, resp.Header.Get("Content-Type"), created)
	}

	resp, _ := http.Post(url, "application/json", bytes.NewReader([]byte(`{"title": 5}`)))
	var e map[string]string
	json.NewDecoder(resp.Body).Decode(&e)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, e["error"])

	resp, _ = http.Get(url)
	var all []Todo
	json.NewDecoder(resp.Body).Decode(&all)
	resp.Body.Close()
	fmt.Printf("%d %+v\n", len(all), all)

	req, _ := http.NewRequest(http.MethodDelete, url, nil)
	resp, _ = http.DefaultClient.Do(req)
	resp.Body.Close()
	fmt.Println(resp.Status, resp.Header.Get("Allow"))
}
