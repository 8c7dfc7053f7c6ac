// minigo: ServeMux as Go 1.22 has it (methods, hosts and wildcards in patterns, the most
// specific pattern wins, conflicting registrations panic, 405 with an Allow header),
// written for minigo from the ServeMux documentation. Patterns live in pattern.go.

package http

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"path"
	"sort"
	"strings"
	"sync"
)

// ServeMux is an HTTP request multiplexer. It matches the URL of each incoming request
// against a list of registered patterns and calls the handler for the pattern that most
// closely matches the URL.
//
// Patterns are [METHOD ][HOST]/[PATH]: "GET /items/{id}", "example.com/", "/static/",
// "/files/{path...}", "/{$}". A pattern with GET also matches HEAD. When two patterns match
// a request the more specific one wins; registering two patterns that match some requests
// in common, neither more specific than the other, panics. A pattern with a host wins
// over one without.
type ServeMux struct {
	mu       sync.RWMutex
	patterns []*muxEntry
}

type muxEntry struct {
	pat     *pattern
	handler Handler
}

// NewServeMux allocates and returns a new ServeMux.
func NewServeMux() *ServeMux { return new(ServeMux) }

// DefaultServeMux is the default ServeMux used by Serve.
var DefaultServeMux = &defaultServeMux

var defaultServeMux ServeMux

// cleanPath returns the canonical path for p, eliminating . and .. elements.
func cleanPath(p string) string {
	if p == "" {
		return "/"
	}
	if p[0] != '/' {
		p = "/" + p
	}
	np := path.Clean(p)
	// path.Clean removes trailing slash except for root;
	// put the trailing slash back if necessary.
	if p[len(p)-1] == '/' && np != "/" {
		// Fast path for common case of p being the string we want:
		if len(p) == len(np)+1 && strings.HasPrefix(p, np) {
			np = p
		} else {
			np += "/"
		}
	}
	return np
}

// stripHostPort returns h without any trailing ":<port>".
func stripHostPort(h string) string {
	// If no port on host, return unchanged
	if !strings.Contains(h, ":") {
		return h
	}
	host, _, err := net.SplitHostPort(h)
	if err != nil {
		return h // on error, return unchanged
	}
	return host
}

// Handler returns the handler to use for the given request, consulting r.Method, r.Host,
// and r.URL.Path. It always returns a non-nil handler. If the path is not in its canonical
// form, the handler will be an internally-generated handler that redirects to the
// canonical path. If the host contains a port, it is ignored when matching handlers.
//
// Handler also returns the registered pattern that matches the request or, in the case of
// internally-generated redirects, the path that will match after following the redirect.
// If there is no registered handler that applies to the request, Handler returns a "page
// not found" or "method not supported" handler and an empty pattern.
func (mux *ServeMux) Handler(r *Request) (h Handler, pattern string) {
	h, pattern, _, _ = mux.findHandler(r)
	return
}

func (mux *ServeMux) findHandler(r *Request) (h Handler, patStr string, _ *pattern, matches []string) {
	var e *muxEntry
	host := r.URL.Host
	escapedPath := r.URL.EscapedPath()
	path := escapedPath
	if r.Method == "CONNECT" {
		// CONNECT requests keep their path as it is, but the /tree -> /tree/ redirect applies.
		if _, _, u := mux.matchOrRedirect(host, r.Method, path, r.URL); u != nil {
			return RedirectHandler(u.String(), StatusMovedPermanently), u.Path, nil, nil
		}
		e, matches, _ = mux.matchOrRedirect(r.Host, r.Method, path, nil)
	} else {
		host = stripHostPort(r.Host)
		path = cleanPath(path)
		var u *url.URL
		e, matches, u = mux.matchOrRedirect(host, r.Method, path, r.URL)
		if u != nil {
			return RedirectHandler(u.String(), StatusMovedPermanently), u.Path, nil, nil
		}
		if path != escapedPath {
			patStr := ""
			if e != nil {
				patStr = e.pat.str
			}
			u := &url.URL{Path: path, RawQuery: r.URL.RawQuery}
			return RedirectHandler(u.String(), StatusMovedPermanently), patStr, nil, nil
		}
	}
	if e == nil {
		// Not Found, or Method Not Allowed if another method would have matched.
		if allowed := mux.matchingMethods(host, path); len(allowed) > 0 {
			return HandlerFunc(func(w ResponseWriter, r *Request) {
				w.Header().Set("Allow", strings.Join(allowed, ", "))
				Error(w, StatusText(StatusMethodNotAllowed), StatusMethodNotAllowed)
			}), "", nil, nil
		}
		return NotFoundHandler(), "", nil, nil
	}
	return e.handler, e.pat.str, e.pat, matches
}

// matchOrRedirect finds the pattern for a request; when there is none that matches the
// path exactly but the path with a trailing slash would be, it returns that redirect
// instead (u == nil asks for no redirect).
func (mux *ServeMux) matchOrRedirect(host, method, path string, u *url.URL) (_ *muxEntry, matches []string, redirectTo *url.URL) {
	mux.mu.RLock()
	defer mux.mu.RUnlock()
	e, matches := mux.match(host, method, path)
	if !exactMatch(e, path) && u != nil && !strings.HasSuffix(path, "/") {
		path += "/"
		if e2, _ := mux.match(host, method, path); exactMatch(e2, path) {
			return nil, nil, &url.URL{Path: cleanPath(u.Path) + "/", RawQuery: u.RawQuery}
		}
	}
	return e, matches, nil
}

// exactMatch reports whether e's pattern matches path without a trailing multi wildcard
// taking a non-empty rest: "/a/b/{$}" and "/a/b/" match "/a/b/" exactly, "/a/" does not.
func exactMatch(e *muxEntry, path string) bool {
	if e == nil {
		return false
	}
	segs := e.pat.segments
	if len(segs) == 0 || segs[len(segs)-1].kind != multiSegment {
		return true
	}
	if len(path) > 0 && path[len(path)-1] != '/' {
		return false
	}
	return len(segs) == strings.Count(path, "/")
}

// match returns the most specific pattern matching the request, trying the patterns with
// this host first; conflicts were refused at registration, so there is one.
func (mux *ServeMux) match(host, method, path string) (*muxEntry, []string) {
	if host != "" {
		if e, m := mux.matchHost(host, method, path); e != nil {
			return e, m
		}
	}
	return mux.matchHost("", method, path)
}

func (mux *ServeMux) matchHost(host, method, path string) (best *muxEntry, bestMatches []string) {
	for _, e := range mux.patterns {
		if e.pat.host != host || !e.pat.matchMethod(method) {
			continue
		}
		m, ok := e.pat.matchPath(path)
		if !ok {
			continue
		}
		if best == nil || e.pat.compare(best.pat) == moreSpecific {
			best, bestMatches = e, m
		}
	}
	return best, bestMatches
}

// matchingMethods lists, sorted, the methods for which some pattern matches host and path.
func (mux *ServeMux) matchingMethods(host, path string) []string {
	mux.mu.RLock()
	defer mux.mu.RUnlock()
	set := map[string]bool{}
	for _, e := range mux.patterns {
		if e.pat.method == "" || e.pat.host != "" && e.pat.host != host {
			continue
		}
		if _, ok := e.pat.matchPath(path); ok {
			set[e.pat.method] = true
		}
	}
	if set["GET"] {
		set["HEAD"] = true
	}
	methods := make([]string, 0, len(set))
	for m := range set {
		methods = append(methods, m)
	}
	sort.Strings(methods)
	return methods
}

// ServeHTTP dispatches the request to the handler whose pattern most closely matches the
// request URL.
func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request) {
	if r.RequestURI == "*" {
		if r.ProtoAtLeast(1, 1) {
			w.Header().Set("Connection", "close")
		}
		w.WriteHeader(StatusBadRequest)
		return
	}
	var h Handler
	h, r.Pattern, r.pat, r.matches = mux.findHandler(r)
	h.ServeHTTP(w, r)
}

// Handle registers the handler for the given pattern. If the given pattern conflicts with
// one that is already registered, Handle panics.
func (mux *ServeMux) Handle(pattern string, handler Handler) {
	if err := mux.register(pattern, handler); err != nil {
		panic(err)
	}
}

// HandleFunc registers the handler function for the given pattern. If the given pattern
// conflicts with one that is already registered, HandleFunc panics.
func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	if err := mux.register(pattern, HandlerFunc(handler)); err != nil {
		panic(err)
	}
}

func (mux *ServeMux) register(patStr string, handler Handler) error {
	if patStr == "" {
		return errors.New("http: invalid pattern")
	}
	if f, ok := handler.(HandlerFunc); handler == nil || ok && f == nil {
		return errors.New("http: nil handler")
	}
	pat, err := parsePattern(patStr)
	if err != nil {
		return fmt.Errorf("parsing %q: %w", patStr, err)
	}
	_, file, line := callerOutside("net/http")
	pat.loc = fmt.Sprintf("%s:%d", file, line)

	mux.mu.Lock()
	defer mux.mu.Unlock()
	for _, e := range mux.patterns {
		if e.pat.host != pat.host {
			continue // a host pattern wins over a hostless one; different hosts never meet
		}
		if rel := pat.compare(e.pat); rel == equivalent || rel == overlaps {
			return errors.New(conflictMessage(pat, e.pat, rel))
		}
	}
	mux.patterns = append(mux.patterns, &muxEntry{pat: pat, handler: handler})
	return nil
}
