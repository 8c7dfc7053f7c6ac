package main

func name() string {
	return 1.5
}

func main() {
	_ = name()
}
