package main

type State int

func (s State) String() string {
	return [...]string{"Idle", "Running", "Stopped"}[s]
}

func main() {
	panic(State(1))
}
