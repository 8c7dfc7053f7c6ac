package main

import (
	"fmt"
	"strconv"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
	EOF
)

type Token struct {
	Kind TokenKind
	Val  string
}

func lex(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		c := rs[i]
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j])})
			i = j
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '%':
			toks = append(toks, Token{OP, string(c)})
			i++
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF}), nil
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

// expr := term (('+'|'-') term)*
func (p *Parser) expr() int {
	v := p.term()
	for p.peek().Kind == OP && (p.peek().Val == "+" || p.peek().Val == "-") {
		if p.next().Val == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

// term := factor (('*'|'/'|'%') factor)*
func (p *Parser) term() int {
	v := p.factor()
	for p.peek().Kind == OP && p.peek().Val != "+" && p.peek().Val != "-" {
		switch op, r := p.next().Val, p.factor(); op {
		case "*":
			v *= r
		case "/":
			v /= r
		case "%":
			v %= r
		}
	}
	return v
}

// factor := NUM | '(' expr ')' | '-' factor
func (p *Parser) factor() int {
	t := p.next()
	switch {
	case t.Kind == NUM:
		n, _ := strconv.Atoi(t.Val)
		return n
	case t.Kind == LPAREN:
		v := p.expr()
		if p.next().Kind != RPAREN {
			panic("expected )")
		}
		return v
	case t.Kind == OP && t.Val == "-":
		return -p.factor()
	}
	panic(fmt.Sprintf("unexpected token %q", t.Val))
}

func evaluate(s string) (v int, err error) {
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse error: %v", r)
		}
	}()
	p := &Parser{toks: toks}
	v = p.expr()
	if p.peek().Kind != EOF {
		return 0, fmt.Errorf("trailing input at token %d", p.pos)
	}
	return v, nil
}

func main() {
	for _, s := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"100 / 7 % 4",
		"-(4 - 10) * -2",
		"2 * (3 + (4 - 1)) / 3",
		"1 +",
		"3 $ 4",
		"(1 + 2",
		"8 / 0",
		"1 2",
	} {
		v, err := evaluate(s)
		fmt.Printf("%-24q => %d, %v\n", s, v, err)
	}
}
