using Xunit;

namespace Minigo.Tests.Types;

/// <summary>Go programs with one error each: the first error line as go build (Go 1.22 wording) prints it, without the file name.</summary>
public class ErrorMessageTests
{
    public static readonly TheoryData<string, string> Cases = new()
    {
        {
            """
            package main

            func main() {
                x := 1
            }
            """,
            "4:2: declared and not used: x"
        },
        {
            """
            package main

            import "os"

            func main() {
            }
            """,
            "3:8: \"os\" imported and not used"
        },
        {
            """
            package main

            func main() {
                var s string = 5
                _ = s
            }
            """,
            "4:17: cannot use 5 (untyped int constant) as string value in variable declaration"
        },
        {
            """
            package main

            func main() {
                x := 1
                var s string
                s = x
                _ = s
            }
            """,
            "6:6: cannot use x (variable of type int) as string value in assignment"
        },
        {
            """
            package main

            func main() {
                _ = y
            }
            """,
            "4:6: undefined: y"
        },
        {
            """
            package main

            type T struct{}

            func main() {
                var t T
                t.foo()
            }
            """,
            "7:4: t.foo undefined (type T has no field or method foo)"
        },
        {
            """
            package main

            func main() {
                a := 1
                a := 2
                _ = a
            }
            """,
            "5:4: no new variables on left side of :="
        },
        {
            """
            package main

            func main() {
                x := 1
                if x {
                }
            }
            """,
            "5:5: non-boolean condition in if statement"
        },
        {
            """
            package main

            func main() {
                const c = 1
                c = 2
            }
            """,
            "5:2: cannot assign to c (neither addressable nor a map index expression)"
        },
        {
            """
            package main

            func f() int { return 1 }

            func main() {
                f() = 2
            }
            """,
            "6:2: cannot assign to f() (neither addressable nor a map index expression)"
        },
        {
            """
            package main

            func main() {
                a := [3]int{}
                _ = a[5]
            }
            """,
            "5:8: invalid argument: index 5 out of bounds [0:3]"
        },
        {
            """
            package main

            func main() {
                x := 10
                _ = x / 0
            }
            """,
            "5:10: invalid operation: division by zero"
        },
        {
            """
            package main

            func f() int {
                if true {
                    return 1
                }
            }

            func main() { f() }
            """,
            "7:1: missing return"
        },
        {
            """
            package main

            func main() {
                var x int
                var x string
                _ = x
            }
            """,
            "5:6: x redeclared in this block"
        },
        {
            """
            package main

            func main() {
                x := 1
                _ = append(x, 2)
            }
            """,
            "5:13: first argument to append must be a slice; have x (variable of type int)"
        },
        {
            """
            package main

            func main() {
                x := 1
                x()
            }
            """,
            "5:2: invalid operation: cannot call non-function x (variable of type int)"
        },
        {
            """
            package main

            func f(a, b int) {}

            func main() {
                f(1)
            }
            """,
            "6:4: not enough arguments in call to f"
        },
        {
            """
            package main

            func f(a int) {}

            func main() {
                f(1, 2)
            }
            """,
            "6:7: too many arguments in call to f"
        },
        {
            """
            package main

            func main() {
                break
            }
            """,
            "4:2: break is not in a loop, switch, or select"
        },
        {
            """
            package main

            func main() {
            L:
                for {
                }
            }
            """,
            "4:1: label L defined and not used"
        },
        {
            """
            package main

            type I interface{ M() }

            func main() {
                var i I
                _ = i.(string)
            }
            """,
            "7:6: impossible type assertion: i.(string)"
        },
        {
            """
            package main

            type I interface{ M() }
            type T struct{}

            func main() {
                var i I = T{}
                _ = i
            }
            """,
            "7:12: cannot use T{} (value of type T) as I value in variable declaration: T does not implement I (missing method M)"
        },
        {
            """
            package main

            type T struct{ next T }

            func main() {}
            """,
            "3:6: invalid recursive type: T refers to itself"
        },
        {
            """
            package main

            func main() {
                _ = 1
                _ = _
            }
            """,
            "5:6: cannot use _ as value or type"
        },
        {
            """
            package main

            func f() int { return 1 }

            func main() {
                a, b := f()
                _, _ = a, b
            }
            """,
            "6:10: assignment mismatch: 2 variables but f returns 1 value"
        },
        {
            """
            package main

            func f() {
                return 1
            }

            func main() { f() }
            """,
            "4:9: too many return values"
        },
        {
            """
            package main

            func f() (int, string) {
                return 1
            }

            func main() { f() }
            """,
            "4:9: not enough return values"
        },
        {
            """
            package main

            func main() {
                x := 1
                _ = x + "a"
            }
            """,
            "5:6: invalid operation: x + \"a\" (mismatched types int and untyped string)"
        },
        {
            """
            package main

            func main() {
                x := 1
                x + 1
            }
            """,
            "5:2: x + 1 (value of type int) is not used"
        },
        {
            """
            package main

            func main() {
                1
            }
            """,
            "4:2: 1 (untyped int constant) is not used"
        },
        {
            """
            package main

            func main() {
                var i8 int8 = 300
                _ = i8
            }
            """,
            "4:16: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)"
        },
        {
            """
            package main

            func main() {
                const big = 1 << 70
                var x int = big
                _ = x
            }
            """,
            "5:14: cannot use big (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)"
        },
        {
            """
            package main

            func main() {
                var u uint = 1.5
                _ = u
            }
            """,
            "4:15: cannot use 1.5 (untyped float constant) as uint value in variable declaration (truncated)"
        },
        {
            """
            package main

            func main() {
                a, b := 1, 2
                a, b := 3, 4
                _, _ = a, b
            }
            """,
            "5:7: no new variables on left side of :="
        },
        {
            """
            package main

            func main() {
                for {
                    continue L
                }
            }
            """,
            "5:12: continue label not defined: L"
        },
        {
            """
            package main

            func main() {
                var m map[[]int]string
                _ = m
            }
            """,
            "4:12: invalid map key type []int"
        },
        {
            """
            package main

            type T struct{ X int }

            func main() {
                _ = T{Y: 1}
            }
            """,
            "6:8: unknown field Y in struct literal of type T"
        },
        {
            """
            package main

            func main() {
                var f func()
                _ = f == f
            }
            """,
            "5:6: invalid operation: f == f (func can only be compared to nil)"
        },
        {
            """
            package main

            func main() {
                x := 1
                switch x {
                case 1:
                case 1:
                }
            }
            """,
            "7:7: duplicate case 1 (constant of type int) in expression switch"
        },
        {
            """
            package main

            func main() {
                var x interface{} = 1
                switch x.(type) {
                case int:
                case int:
                }
            }
            """,
            "7:7: duplicate case int in type switch"
        },
        {
            """
            package main

            func Sum[T int | float64](xs ...T) T {
                var s T
                for _, x := range xs {
                    s += x
                }
                return s
            }

            func main() {
                _ = Sum("a")
            }
            """,
            "12:9: string does not satisfy int | float64 (string missing in int | float64)"
        },
        {
            """
            package main

            type Stack[T any] struct{ items []T }

            func main() {
                var s Stack
                _ = s
            }
            """,
            "6:8: cannot use generic type Stack[T any] without instantiation"
        },
        {
            """
            package main

            func Zero[T any]() T {
                var z T
                return z
            }

            func main() {
                _ = Zero()
            }
            """,
            "9:10: in call to Zero, cannot infer T (declared at prog.go:3:11)"
        },
        {
            """
            package main

            type T struct{}

            func (t *T) M() {}

            type I interface{ M() }

            func main() {
                var i I = T{}
                _ = i
            }
            """,
            "10:12: cannot use T{} (value of type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)"
        },
        {
            """
            package main

            func main() {
                var p *int
                _ = p.x
                var n int
                _ = *n
            }
            """,
            "5:8: p.x undefined (type *int has no field or method x)"
        },
        {
            """
            package main

            func main() {
                s := "abc"
                s[0] = 'x'
            }
            """,
            "5:2: cannot assign to s[0] (neither addressable nor a map index expression)"
        },
        {
            """
            package main

            type P struct{ X int }

            func main() {
                m := map[string]P{}
                m["a"].X = 1
            }
            """,
            "7:2: cannot assign to struct field m[\"a\"].X in map"
        },
        {
            """
            package main

            func main() {
                var x interface{} = 1
                _ = x + 1
            }
            """,
            "5:6: invalid operation: x + 1 (mismatched types interface{} and int)"
        },
        {
            """
            package main

            var a = b
            var b = a

            func main() {}
            """,
            "3:5: initialization cycle for a"
        },
        {
            """
            package main

            func main() {
                ch := make(<-chan int)
                ch <- 1
            }
            """,
            "5:2: invalid operation: cannot send to receive-only channel ch (variable of type <-chan int)"
        },
        {
            """
            package main

            func main() {
                for i := range 10 {
                    _ = i
                }
                for i, j := range 10 {
                    _, _ = i, j
                }
            }
            """,
            "7:9: range over 10 (untyped int constant) permits only one iteration variable"
        },
        {
            """
            package main

            func main() {
                _ = min(1, "a")
            }
            """,
            "4:13: invalid argument: mismatched types untyped int (previous argument) and untyped string (type of \"a\")"
        },
        {
            """
            package main

            func main() {
                x := 5
                clear(x)
            }
            """,
            "5:8: invalid argument: cannot clear x (variable of type int): argument must be (or constrained by) map or slice"
        },
        {
            """
            package main

            func main() {
                var b []byte
                b = append(b, "abc"...)
                n := copy(b, "xyz")
                _ = n
                var s string = b
                _ = s
            }
            """,
            "8:17: cannot use b (variable of type []byte) as string value in variable declaration"
        },
        {
            """
            package main

            func f(xs ...int) {}

            func main() {
                s := []string{"a"}
                f(s...)
            }
            """,
            "7:4: cannot use s (variable of type []string) as []int value in argument to f"
        },
        {
            """
            package main

            func main() {
                goto L
                x := 1
                _ = x
            L:
            }
            """,
            "4:7: goto L jumps over declaration of x at prog.go:5:4"
        },
        {
            """
            package main

            func main() {
                var x int = nil
                _ = x
            }
            """,
            "4:14: cannot use nil as int value in variable declaration"
        },
        {
            """
            package main

            func main() {
                x := nil
                _ = x
            }
            """,
            "4:7: use of untyped nil in assignment"
        },
        {
            """
            package main

            type T int

            func (T) String() string { return "" }
            func (T) String() string { return "x" }

            func main() {}
            """,
            "6:10: method T.String already declared at prog.go:5:10"
        },
        {
            """
            package main

            func main() {
                s := []int{1, 2, 3}
                _ = s[2:1]
            }
            """,
            "5:10: invalid slice indices: 1 < 2"
        },
        {
            """
            package main

            func main() {
                var f float64 = 1
                _ = f << 2
            }
            """,
            "5:6: invalid operation: shifted operand f (variable of type float64) must be integer"
        },
        {
            """
            package main

            func main() {
                type T struct{ a int }
                var x T = T{1, 2}
                _ = x
            }
            """,
            "5:17: too many values in struct literal of type T"
        },
        {
            """
            package main

            func main() {
                x := 3
                var a [x]int
                _ = a
            }
            """,
            "4:2: declared and not used: x"
        },
        {
            """
            package main

            func main() {
                _ = int8(300)
            }
            """,
            "4:11: constant 300 overflows int8"
        },
        {
            """
            package main

            func main() {
                const c int8 = 100
                _ = c * 2
            }
            """,
            "5:6: c * 2 (constant 200 of type int8) overflows int8"
        },
        {
            """
            package main

            func main() {
                var x int = 1.5
                _ = x
            }
            """,
            "4:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)"
        },
    };

    // Sources are written with 4-space indentation; Go counts a tab as one column.
    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsGoBuildMessage(string source, string expected) =>
        Assert.Equal(expected, CheckHelper.FirstError(source.Replace("    ", "\t")));
}
