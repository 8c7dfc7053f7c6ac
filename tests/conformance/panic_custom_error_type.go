package main

import "fmt"

type HTTPError struct {
	Status int
	Path   string
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("HTTP %d at %s", e.Status, e.Path)
}

func main() {
	panic(&HTTPError{404, "/missing"})
}
