using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Xunit;
using Type = Minigo.Compiler.Types.Type;

namespace Minigo.Tests.Types;

/// <summary>What the checker records for the code generator.</summary>
public class CheckerInfoTests
{
    private static IEnumerable<Node> Walk(object? n)
    {
        switch (n)
        {
            case null: yield break;
            case Node node:
                yield return node;
                break;
        }
        if (n is string || n is Pos) yield break;
        foreach (var p in n.GetType().GetProperties())
        {
            if (p.GetIndexParameters().Length > 0 || p.Name == "Pos") continue;
            var v = p.GetValue(n);
            if (v is Node or KeyedElement or Field or UnionTerm) foreach (var c in Walk(v)) yield return c;
            else if (v is System.Collections.IEnumerable list and not string)
                foreach (var item in list) foreach (var c in Walk(item)) yield return c;
        }
    }

    private static IEnumerable<Node> Nodes(CheckHelper.Result r) => r.File.Decls.SelectMany(d => Walk(d));

    private static CheckHelper.Result Ok(string src)
    {
        var r = CheckHelper.Check(src);
        Assert.Empty(r.Errors);
        return r;
    }

    [Fact]
    public void UntypedConstantsRecordTheirFinalType()
    {
        var r = Ok("""
            package main

            func main() {
            	var f float64 = 1
            	var a any = 2
            	var s uint = 3
            	y := 4 << s
            	_, _, _ = f, a, y
            }
            """);
        TypeAndValue Lit(string text) => r.Info.Types[Nodes(r).OfType<BasicLit>().Single(l => l.Text == text)];
        Assert.Equal("float64", Lit("1").Type.ToString());
        Assert.Equal(Mode.Constant, Lit("1").Mode);
        Assert.Equal(1.0, Lit("1").Value!.ToDouble());
        Assert.Equal("int", Lit("2").Type.ToString());
        Assert.Equal("uint", Lit("3").Type.ToString());
        Assert.Equal("int", Lit("4").Type.ToString()); // lhs of a non-constant shift takes the context's type
    }

    [Fact]
    public void NilCommaOkAndElidedPointerLiterals()
    {
        var r = Ok("""
            package main

            type P struct{ X, Y int }

            func main() {
            	var p *P = nil
            	var e error = nil
            	m := map[string]int{}
            	v, ok := m["a"]
            	ps := []*P{{1, 2}}
            	_, _, _, _, _ = p, e, v, ok, ps
            }
            """);
        var nils = Nodes(r).OfType<Ident>().Where(i => i.Name == "nil").Select(i => r.Info.Types[i]).ToList();
        Assert.All(nils, tv => Assert.True(tv.IsNil));
        Assert.Equal(["*main.P", "error"], nils.Select(tv => tv.Type.ToString()));
        var index = Nodes(r).OfType<IndexExpr>().Single();
        Assert.Equal(Mode.MapIndex, r.Info.Types[index].Mode);
        Assert.Equal("(int, bool)", r.Info.Types[index].Type.ToString());
        var inner = Nodes(r).OfType<CompositeLit>().Single(c => c.Type == null);
        Assert.Equal("*main.P", r.Info.Types[inner].Type.ToString());
    }

    [Fact]
    public void ConstantsAndIota()
    {
        var r = Ok("""
            package main

            type Weekday int

            const (
            	Sunday Weekday = iota
            	Monday
            	Tuesday
            )

            const (
            	KB = 1 << (10 * (iota + 1))
            	MB
            )

            const Pi2 = 3.14159 * 2

            func main() {}
            """);
        var scope = r.Package.Scope;
        var tue = (Const)scope.Lookup("Tuesday")!;
        Assert.Equal(2L, tue.Value.ToInt64());
        Assert.Equal("main.Weekday", tue.Type.ToString());
        Assert.Equal(1L << 20, ((Const)scope.Lookup("MB")!).Value.ToInt64());
        var pi2 = (Const)scope.Lookup("Pi2")!;
        Assert.Equal("untyped float", pi2.Type.ToString());
        Assert.Equal("6.28318", pi2.Value.ToString());
    }

    [Fact]
    public void SelectionsOfPromotedFieldsAndMethods()
    {
        var r = Ok("""
            package main

            type Inner struct{ X int }

            func (i *Inner) Inc() { i.X++ }

            type Outer struct {
            	A int
            	*Inner
            }

            func main() {
            	o := Outer{Inner: &Inner{}}
            	o.X = 1
            	o.Inc()
            	f := o.Inc
            	g := (*Inner).Inc
            	_, _ = f, g
            }
            """);
        var sels = Nodes(r).OfType<SelectorExpr>().GroupBy(s => ExprString.Of(s)).ToDictionary(g => g.Key, g => r.Info.Selections[g.First()]);
        var x = sels["o.X"];
        Assert.Equal(SelectionKind.FieldVal, x.Kind);
        Assert.Equal([1, 0], x.Index);
        Assert.True(x.Indirect);
        var inc = sels["o.Inc"];
        Assert.Equal(SelectionKind.MethodVal, inc.Kind);
        Assert.Equal([1, 0], inc.Index);
        Assert.Equal("(*main.Inner).Inc", ((Func)inc.Obj).FullName);
        var expr = sels["(*Inner).Inc"];
        Assert.Equal(SelectionKind.MethodExpr, expr.Kind);
        Assert.Equal("func(i *main.Inner)", expr.Type.ToString());
    }

    [Fact]
    public void InitOrderFollowsDependencies()
    {
        var r = Ok("""
            package main

            var a = b + 1
            var b = f()
            var c = 1
            var d, e = pair()

            func f() int { return c * 2 }
            func pair() (int, int) { return a, 0 }

            func main() {}
            """);
        var order = r.Info.InitOrder.Select(i => string.Join(",", i.Lhs.Select(v => v.Name))).ToList();
        Assert.Equal(["c", "b", "a", "d,e"], order);
    }

    [Fact]
    public void InitializationCycleIsReported()
    {
        var r = CheckHelper.Check("""
            package main

            var x = f()

            func f() int { return x }

            func main() {}
            """);
        Assert.StartsWith("3:5: initialization cycle for x", r.Errors[0]);
    }

    [Fact]
    public void ClosureCapturesAndAddressTaken()
    {
        var r = Ok("""
            package main

            type C struct{ n int }

            func (c *C) Inc() { c.n++ }

            func main() {
            	x := 0
            	y := 1
            	var c C
            	c.Inc()
            	p := &y
            	inc := func() {
            		x++
            		func() { _ = y }()
            	}
            	inc()
            	_ = p
            }
            """);
        var lits = Nodes(r).OfType<FuncLit>().ToList();
        Assert.Equal(["x", "y"], r.Info.Captures[lits[0]].Select(v => v.Name));
        Assert.Equal(["y"], r.Info.Captures[lits[1]].Select(v => v.Name));
        Assert.Equal(["c", "y"], r.Info.AddressTaken.Select(v => v.Name).OrderBy(n => n));
    }

    [Fact]
    public void GenericInstancesAreRecorded()
    {
        var r = Ok("""
            package main

            type Number interface{ ~int | ~float64 }

            func Sum[T Number](xs ...T) T {
            	var s T
            	for _, x := range xs {
            		s += x
            	}
            	return s
            }

            type Box[T any] struct{ v T }

            func (b Box[T]) Get() T { return b.v }

            func main() {
            	_ = Sum(1, 2.5)
            	b := Box[string]{"s"}
            	_ = b.Get()
            }
            """);
        var sum = Nodes(r).OfType<Ident>().First(i => i.Name == "Sum" && r.Info.Instances.ContainsKey(i));
        var inst = r.Info.Instances[sum];
        Assert.Equal("float64", inst.TypeArgs.Single().ToString());
        Assert.Equal("func(xs ...float64) float64", inst.Type.ToString());
        var box = Nodes(r).OfType<Ident>().Last(i => i.Name == "Box" && r.Info.Instances.ContainsKey(i));
        Assert.Equal("main.Box[string]", r.Info.Instances[box].Type.ToString());
        var get = Nodes(r).OfType<SelectorExpr>().Single(s => s.Sel.Name == "Get");
        var m = (Func)r.Info.Selections[get].Obj;
        Assert.Equal("func() string", r.Info.Selections[get].Type.ToString());
        Assert.NotNull(m.Origin.Decl);
    }

    [Fact]
    public void TypeSwitchClausesHaveImplicitVariables()
    {
        var r = Ok("""
            package main

            func main() {
            	var x any = 1
            	switch v := x.(type) {
            	case int:
            		_ = v + 1
            	case string, bool:
            		_ = v
            	default:
            		_ = v
            	}
            }
            """);
        var clauses = Nodes(r).OfType<CaseClause>().ToList();
        Assert.Equal(["int", "any", "any"], clauses.Select(c => r.Info.Implicits[c].Type.ToString()));
    }

    [Fact]
    public void BranchTargetsAndRangeTypes()
    {
        var r = Ok("""
            package main

            func main() {
            outer:
            	for i := range 3 {
            		for _, c := range "ab" {
            			if c == 'a' {
            				continue outer
            			}
            			break
            		}
            		_ = i
            	}
            }
            """);
        var branches = Nodes(r).OfType<BranchStmt>().ToList();
        var ranges = Nodes(r).OfType<RangeStmt>().ToList();
        Assert.Same(ranges[0], r.Info.BranchTargets[branches[0]]);
        Assert.Same(ranges[1], r.Info.BranchTargets[branches[1]]);
        Assert.Equal("int", r.Info.RangeTypes[ranges[0]].ToString());
        Assert.Equal("string", r.Info.RangeTypes[ranges[1]].ToString());
        var c = Nodes(r).OfType<Ident>().First(i => i.Name == "c" && r.Info.Defs.ContainsKey(i));
        Assert.Equal("rune", r.Info.Defs[c].Type.ToString());
    }

    [Fact]
    public void BuiltinCallsRecordTheirSignature()
    {
        var r = Ok("""
            package main

            func main() {
            	b := []byte("x")
            	b = append(b, "yz"...)
            	n := len(b)
            	_ = n
            }
            """);
        var calls = Nodes(r).OfType<CallExpr>().Where(c => c.Fun is Ident).ToList();
        var append = calls.Single(c => ((Ident)c.Fun).Name == "append");
        Assert.Equal(Mode.Builtin, r.Info.Types[append.Fun].Mode);
        Assert.Equal("func([]byte, string...) []byte", r.Info.Types[append.Fun].Type.ToString());
        var conv = Nodes(r).OfType<CallExpr>().Single(c => c.Fun is ArrayTypeExpr);
        Assert.Equal(Mode.TypeExpr, r.Info.Types[conv.Fun].Mode);
    }

    [Fact]
    public void TypeStrings()
    {
        var r = Ok("""
            package main

            type T struct {
            	X int `json:"x"`
            	m map[string][]*T
            }

            type I interface {
            	M(a int, b ...string) (int, error)
            }

            var f func(int) string
            var ch chan<- <-chan int
            var p *T
            var e any
            var s struct{}

            func main() {}
            """);
        Type Of(string name) => r.Package.Scope.Lookup(name)!.Type;
        Assert.Equal("main.T", Of("T").ToString());
        Assert.Equal("struct{X int \"json:\\\"x\\\"\"; m map[string][]*main.T}", Of("T").Underlying.ToString());
        Assert.Equal("interface{M(a int, b ...string) (int, error)}", Of("I").Underlying.ToString());
        Assert.Equal("func(int) string", Of("f").ToString());
        Assert.Equal("chan<- <-chan int", Of("ch").ToString());
        Assert.Equal("*main.T", Of("p").ToString());
        Assert.Equal("any", Of("e").ToString());
        Assert.Equal("struct{}", Of("s").ToString());
    }

    [Fact]
    public void InterfaceSatisfactionAndMethodSets()
    {
        var r = Ok("""
            package main

            import "fmt"

            type V struct{}

            func (V) String() string { return "v" }
            func (*V) Set()          {}

            func main() {
            	var s fmt.Stringer = V{}
            	var t fmt.Stringer = &V{}
            	_, _ = s, t
            }
            """);
        var v = r.Package.Scope.Lookup("V")!.Type;
        Assert.Equal(["String"], MethodSets.Of(v).Select(s => s.Obj.Name));
        Assert.Equal(["Set", "String"], MethodSets.Of(new Pointer(v)).Select(s => s.Obj.Name));
    }

    [Fact]
    public void UnsupportedLookingProgramsStillCheck()
    {
        // Channels, select and goroutines type-check.
        Ok("""
            package main

            func worker(in <-chan int, out chan<- int) {
            	for v := range in {
            		out <- v * 2
            	}
            	close(out)
            }

            func main() {
            	in, out := make(chan int), make(chan int, 1)
            	go worker(in, out)
            	select {
            	case in <- 1:
            	case v, ok := <-out:
            		_, _ = v, ok
            	default:
            	}
            	defer close(in)
            }
            """);
    }
}
