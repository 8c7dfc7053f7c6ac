using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Xunit;

namespace Minigo.Tests.Types;

/// <summary>Type parameters, constraints, inference and instantiation.</summary>
public class GenericsTests
{
    private const string Prelude = """
        package main

        type Number interface{ ~int | ~int64 | ~float64 }

        func Sum[T Number](xs ...T) T {
        	var s T
        	for _, x := range xs {
        		s += x
        	}
        	return s
        }

        func Map[T, U any](xs []T, f func(T) U) []U {
        	r := make([]U, 0, len(xs))
        	for _, x := range xs {
        		r = append(r, f(x))
        	}
        	return r
        }

        func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
        	var out S
        	for _, v := range s {
        		if keep(v) {
        			out = append(out, v)
        		}
        	}
        	return out
        }

        func Id[T any](x T) T { return x }

        type MyInts []int

        """;

    private static CheckHelper.Result Check(string main) => CheckHelper.Check(Prelude + "func main() {\n" + main + "\n}\n");

    private static string InstanceOf(CheckHelper.Result r, string name) =>
        string.Join(",", r.Info.Instances.Where(kv => kv.Key.Name == name && kv.Key.Pos.Line > 33).Select(kv => TypeString.ListOf(kv.Value.TypeArgs, null)));

    [Fact]
    public void InfersFromTypedArguments()
    {
        var r = Check("_ = Map([]int{1}, func(i int) string { return \"\" })");
        Assert.Empty(r.Errors);
        Assert.Equal("[int, string]", InstanceOf(r, "Map"));
    }

    [Fact]
    public void UntypedArgumentsUseTheLargestDefaultType()
    {
        var r = Check("_ = Sum(1, 2.5)");
        Assert.Empty(r.Errors);
        Assert.Equal("[float64]", InstanceOf(r, "Sum"));
    }

    [Fact]
    public void CoreTypeInferenceKeepsNamedSliceTypes()
    {
        var r = Check("var m MyInts\n_ = Filter(m, func(i int) bool { return i > 0 })");
        Assert.Empty(r.Errors);
        Assert.Equal("[main.MyInts, int]", InstanceOf(r, "Filter"));
    }

    [Fact]
    public void ReverseInferenceFromAssignmentTarget()
    {
        var r = Check("var f func(string) string = Id\n_ = f\nvar g func(int) int\ng = Id\n_ = g");
        Assert.Empty(r.Errors);
    }

    [Fact]
    public void GenericFunctionArgumentsAreInstantiatedFromTheParameterType()
    {
        var r = Check("_ = Map([]int{1}, Id[int])\n_ = Map([]int{1}, Id)");
        Assert.Equal([], r.Errors);
    }

    [Fact]
    public void JointInferenceWithGenericFunctionArguments()
    {
        var r = CheckHelper.Check("""
            package main

            func Compare[T ~int | ~string](a, b T) int {
            	if a < b {
            		return -1
            	}
            	return 0
            }

            func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {}

            func main() {
            	SortFunc([]string{"b", "a"}, Compare)
            }
            """);
        Assert.Empty(r.Errors);
        var cmp = r.Info.Instances.Single(kv => kv.Key.Name == "Compare").Value;
        Assert.Equal("string", cmp.TypeArgs.Single().ToString());
    }

    [Fact]
    public void RecursiveGenericCallsInfer()
    {
        var r = CheckHelper.Check("""
            package main

            func Rev[T any](xs []T) []T {
            	if len(xs) == 0 {
            		return xs
            	}
            	return append(Rev(xs[1:]), xs[0])
            }

            func main() { _ = Rev([]int{1, 2}) }
            """);
        Assert.Empty(r.Errors);
    }

    [Theory]
    [InlineData("_ = Sum(\"a\")", "35:8: string does not satisfy Number (string missing in ~int | ~int64 | ~float64)")]
    [InlineData("_ = Id()", "35:5: not enough arguments in call to Id")]
    [InlineData("_ = Sum[int, int](1)", "35:14: got 2 type arguments but want 1")]
    [InlineData("f := Id\n_ = f", "35:6: cannot use generic function Id without instantiation")]
    [InlineData("_ = Sum(1, \"a\")", "35:12: in call to Sum, mismatched types untyped int and untyped string (cannot infer T)")]
    [InlineData("_ = Map([]int{1}, func(s string) int { return 0 })", "35:19: in call to Map, type func(s string) int of func(s string) int {…} does not match inferred type func(int) U for func(T) U")]
    public void InferenceAndConstraintErrors(string body, string want) =>
        Assert.Equal(want, Check(body).Errors.FirstOrDefault()?.Split('\n')[0]);

    [Fact]
    public void GenericTypesAndMethods()
    {
        var r = CheckHelper.Check("""
            package main

            type Stack[T any] struct{ items []T }

            func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

            func (s *Stack[T]) Pop() (T, bool) {
            	var zero T
            	if len(s.items) == 0 {
            		return zero, false
            	}
            	v := s.items[len(s.items)-1]
            	s.items = s.items[:len(s.items)-1]
            	return v, true
            }

            type Pair[K comparable, V any] struct {
            	Key K
            	Val V
            }

            func main() {
            	var s Stack[string]
            	s.Push("a")
            	v, ok := s.Pop()
            	_, _ = v, ok
            	p := Pair[string, []int]{"k", nil}
            	_ = p
            	var bad Pair[[]int, int]
            	_ = bad
            }
            """);
        Assert.Equal(["29:15: []int does not satisfy comparable"], r.Errors);
        var push = r.Info.Selections.Single(kv => kv.Key.Sel.Name == "Push").Value;
        Assert.Equal("func(v string)", push.Type.ToString());
        var m = (Func)push.Obj;
        Assert.NotSame(m, m.Origin);
        Assert.Equal("Push", m.Origin.Decl!.Name.Name);
        Assert.Equal("T", m.Origin.Signature.RecvTypeParams.Single().Obj.Name);
    }

    [Fact]
    public void InstantiationCyclesAreReported()
    {
        var r = CheckHelper.Check("""
            package main

            func f[T any](x T, n int) {
            	if n > 0 {
            		f([]T{x}, n-1)
            	}
            }

            func main() { f(1, 2) }
            """);
        Assert.StartsWith("3:8: instantiation cycle", r.Errors.Single());
    }

    [Fact]
    public void OperationsOnTypeParametersUseTheirCoreTypes()
    {
        var r = CheckHelper.Check("""
            package main

            func Len[S ~[]E | ~string, E any](s S) int { return len(s) }

            func First[S ~[]E, E any](s S) E { return s[0] }

            func Keys[M ~map[K]V, K comparable, V any](m M) []K {
            	var ks []K
            	for k := range m {
            		ks = append(ks, k)
            	}
            	return ks
            }

            func Less[T ~int | ~string](a, b T) bool { return a < b }

            func Bad[T any](a, b T) bool { return a < b }

            func main() {}
            """);
        Assert.Equal(["17:39: invalid operation: a < b (type parameter T is not comparable with <)"], r.Errors);
    }
}
