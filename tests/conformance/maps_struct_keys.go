package main

import "fmt"

type Key struct {
	Row, Col int
}

type Name struct {
	First, Last string
}

func main() {
	board := map[Key]string{}
	board[Key{0, 0}] = "X"
	board[Key{1, 1}] = "O"
	board[Key{0, 0}] = "O"
	fmt.Println(len(board), board[Key{0, 0}], board[Key{2, 2}] == "")
	fmt.Println(board)
	phone := map[Name]string{
		{"Ada", "Lovelace"}: "555-1815",
		{"Alan", "Turing"}:  "555-1912",
	}
	fmt.Println(phone[Name{"Alan", "Turing"}])
	fmt.Println(phone)
	arrKey := map[[2]int]int{{1, 2}: 3, {0, 5}: 5}
	fmt.Println(arrKey)
	ptrKeys := map[*int]string{}
	a, b := 1, 1
	ptrKeys[&a] = "a"
	ptrKeys[&b] = "b"
	fmt.Println(len(ptrKeys), ptrKeys[&a])
}
