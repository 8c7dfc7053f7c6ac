// net/url: parsing, escaping, queries, references.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	u, err := url.Parse("http://user:pw@example.com:8080/a%20b/c?x=1&y=2&x=3#frag")
	fmt.Println(u, err)
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment, u.User.Username())
	q := u.Query()
	fmt.Println(q["x"], q.Get("y"), q.Encode())
	fmt.Println(url.QueryEscape("a b&c=d/é"), url.PathEscape("a b/c"))
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
	s, err := url.QueryUnescape("%zz")
	fmt.Println(s, err)
	v := url.Values{}
	v.Set("b", "2")
	v.Add("a", "1")
	fmt.Println(v.Encode())
	r, _ := url.ParseRequestURI("/path?q=1")
	fmt.Println(r.Path, r.RawQuery, r.RequestURI())
	base, _ := url.Parse("http://a/b/c/d;p?q")
	ref, _ := url.Parse("../g")
	fmt.Println(base.ResolveReference(ref))
	fmt.Printf("%#v\n", u.User.String())
}
