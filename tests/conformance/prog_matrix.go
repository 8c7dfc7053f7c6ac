package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, errors.New("dimension mismatch")
	}
	res := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res, nil
}

func (m Matrix) Det() float64 {
	n := len(m)
	if n == 1 {
		return m[0][0]
	}
	if n == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	det := 0.0
	sign := 1.0
	for col := 0; col < n; col++ {
		sub := New(n-1, n-1)
		for i := 1; i < n; i++ {
			c := 0
			for j := 0; j < n; j++ {
				if j == col {
					continue
				}
				sub[i-1][c] = m[i][j]
				c++
			}
		}
		det += sign * m[0][col] * sub.Det()
		sign = -sign
	}
	return det
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	i3 := Identity(3)
	q, _ := b.Mul(Identity(2))
	fmt.Print(q)
	fmt.Println(i3.Det(), Matrix{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}.Det())
	m4 := Matrix{{1, 0, 2, -1}, {3, 0, 0, 5}, {2, 1, 4, -3}, {1, 0, 5, 0}}
	fmt.Println(m4.Det())
}
