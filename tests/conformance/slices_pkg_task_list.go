// Go 1.21: a small task list using slices.Insert, Delete, IndexFunc and ContainsFunc.
// expected output written from the Go 1.22 spec
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Task struct {
	ID    int
	Title string
	Done  bool
}

type List struct {
	tasks  []Task
	nextID int
}

func (l *List) Add(title string) int {
	l.nextID++
	l.tasks = append(l.tasks, Task{ID: l.nextID, Title: title})
	return l.nextID
}

func (l *List) InsertAt(pos int, title string) {
	l.nextID++
	l.tasks = slices.Insert(l.tasks, pos, Task{ID: l.nextID, Title: title})
}

func (l *List) Remove(id int) bool {
	i := slices.IndexFunc(l.tasks, func(t Task) bool { return t.ID == id })
	if i < 0 {
		return false
	}
	l.tasks = slices.Delete(l.tasks, i, i+1)
	return true
}

func (l *List) Complete(id int) {
	if i := slices.IndexFunc(l.tasks, func(t Task) bool { return t.ID == id }); i >= 0 {
		l.tasks[i].Done = true
	}
}

func (l *List) String() string {
	var sb strings.Builder
	for _, t := range l.tasks {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Fprintf(&sb, "[%s] %d %s\n", mark, t.ID, t.Title)
	}
	return sb.String()
}

func main() {
	var l List
	l.Add("write tests")
	id := l.Add("fix bug")
	l.Add("release")
	l.InsertAt(0, "coffee")
	l.Complete(id)
	fmt.Print(&l)
	fmt.Println(l.Remove(1), l.Remove(42))
	fmt.Print(l.String())
	pending := slices.DeleteFunc(slices.Clone(l.tasks), func(t Task) bool { return t.Done })
	fmt.Println(len(pending), slices.ContainsFunc(l.tasks, func(t Task) bool { return t.Done }))
}
