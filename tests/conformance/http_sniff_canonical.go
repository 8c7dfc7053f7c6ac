// http.DetectContentType over the sniffing table's kinds, and CanonicalHeaderKey.
package main

import (
	"fmt"
	"net/http"
)

func main() {
	inputs := []string{"", "hello", "  <html>", "<!DOCTYPE html>x", "<?xml version", "%PDF-1.4", "\xef\xbb\xbfhi", "GIF89a..", "\x89PNG\x0D\x0A\x1A\x0A", "\xFF\xD8\xFFxx", "RIFF\x00\x00\x00\x00WEBPVP", "\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp41isom", "PK\x03\x04", "\x01\x02", "  <p>", "<b", "<BR>", "\x1F\x8B\x08", "wOF2", "OggS\x00", "<!-- c -->"}
	for _, in := range inputs {
		fmt.Printf("%q -> %s\n", in, http.DetectContentType([]byte(in)))
	}
	for _, k := range []string{"content-type", "X-FORWARDED-for", "a b", "Accept", "x_y", "ünï", "-x-"} {
		fmt.Printf("%q ", http.CanonicalHeaderKey(k))
	}
	fmt.Println()
}
