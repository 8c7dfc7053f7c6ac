package main

import (
	"errors"
	"fmt"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
)

var opNames = map[Op]string{PUSH: "PUSH", ADD: "ADD", SUB: "SUB", MUL: "MUL", DUP: "DUP",
	SWAP: "SWAP", JZ: "JZ", JMP: "JMP", PRINT: "PRINT", HALT: "HALT"}

func (o Op) String() string {
	if n, ok := opNames[o]; ok {
		return n
	}
	return fmt.Sprintf("Op(%d)", byte(o))
}

type Instr struct {
	Op  Op
	Arg int
}

var ErrUnderflow = errors.New("stack underflow")

type VM struct {
	stack []int
	out   []int
	steps int
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("vm crashed after %d steps: %w", vm.steps, e)
				return
			}
			panic(r)
		}
	}()
	for pc := 0; pc < len(prog); {
		in := prog[pc]
		pc++
		vm.steps++
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case ADD, SUB, MUL:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case ADD:
				vm.stack = append(vm.stack, a+b)
			case SUB:
				vm.stack = append(vm.stack, a-b)
			default:
				vm.stack = append(vm.stack, a*b)
			}
		case DUP:
			v := vm.pop()
			vm.stack = append(vm.stack, v, v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.stack = append(vm.stack, b, a)
		case JZ:
			if vm.pop() == 0 {
				pc = in.Arg
			}
		case JMP:
			pc = in.Arg
		case PRINT:
			v := vm.pop()
			vm.out = append(vm.out, v)
			vm.stack = append(vm.stack, v)
		case HALT:
			return nil
		default:
			return fmt.Errorf("bad opcode %v at %d", in.Op, pc-1)
		}
	}
	return nil
}

func main() {
	// 2^8 by repeated squaring, printing each intermediate value.
	square := []Instr{
		{PUSH, 2},
		{DUP, 0}, {MUL, 0}, {PRINT, 0},
		{DUP, 0}, {MUL, 0}, {PRINT, 0},
		{DUP, 0}, {MUL, 0}, {PRINT, 0},
		{HALT, 0},
		{PUSH, 999},
	}
	vm := &VM{}
	err := vm.Run(square)
	fmt.Println(vm.out, vm.stack, vm.steps, err)

	count := []Instr{{PUSH, 3}, {PRINT, 0}, {PUSH, 1}, {SUB, 0}, {DUP, 0}, {JZ, 7}, {JMP, 1}, {HALT, 0}}
	vm2 := &VM{}
	fmt.Println(vm2.Run(count), vm2.out, vm2.steps)

	bad := []Instr{{PUSH, 1}, {ADD, 0}}
	vm3 := &VM{}
	err = vm3.Run(bad)
	fmt.Println(err, errors.Is(err, ErrUnderflow))
	fmt.Println(vm3.Run([]Instr{{Op(42), 0}}))
	fmt.Println(Instr{MUL, 0}, []Op{PUSH, HALT, Op(99)})
}
