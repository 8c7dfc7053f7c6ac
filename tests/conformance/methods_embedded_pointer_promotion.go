package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

func (l Logger) Count() int { return len(l.lines) }

type Service struct {
	Logger
	name string
}

type Wrapper struct {
	*Service
}

func main() {
	s := Service{Logger{prefix: "[svc] "}, "api"}
	s.Log("start")
	s.Log("ready")
	fmt.Println(s.Count(), s.lines)
	w := Wrapper{&s}
	w.Log("wrapped")
	fmt.Println(s.Count(), w.Count(), w.name)
	ps := &s
	ps.Log("via ptr")
	fmt.Println(ps.Count())
	logf := s.Log
	logf("method value")
	fmt.Println(s.lines[len(s.lines)-1])
}
