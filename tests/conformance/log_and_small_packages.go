// container/list, encoding/base64, mime, and log (Lshortfile, prefixes, Fatalf's exit).
package main

import (
	"container/list"
	"encoding/base64"
	"fmt"
	"log"
	"mime"
	"os"
)

func main() {
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Println(e.Value)
	}
	s := base64.StdEncoding.EncodeToString([]byte("hello, world"))
	b, err := base64.URLEncoding.DecodeString(s)
	fmt.Println(s, string(b), err)
	_, err = base64.StdEncoding.DecodeString("!!")
	fmt.Println(err)
	mt, params, err := mime.ParseMediaType("text/html; charset=UTF-8")
	fmt.Println(mt, params, err)
	fmt.Println(mime.FormatMediaType("text/plain", map[string]string{"charset": "utf-8"}))
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("hi", 1)
	lg := log.New(os.Stdout, "pfx: ", log.Lmsgprefix)
	lg.Printf("x=%d", 3)
	log.SetFlags(0)
	log.Fatalf("bye %v", 2)
}
