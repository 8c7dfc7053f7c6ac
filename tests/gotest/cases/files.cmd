pkgpass/stack.go pkgpass/stack_test.go
