using Minigo.Compiler.Syntax;
using Xunit;

namespace Minigo.Tests.Syntax;

/// <summary>AST shapes for the parses that are easy to get wrong.</summary>
public class ParserTests
{
    // ---------------- composite literals and headers ----------------

    [Fact]
    public void BraceAfterIfConditionOpensTheBlock()
    {
        Assert.Equal("(IfStmt Cond=(BinaryExpr Op=Eql X=x Y=y) Then=(BlockStmt Stmts=[(ExprStmt X=(CallExpr Fun=f))]))",
            Go.DumpBody("if x == y {\n\tf()\n}"));
        Assert.Equal("(IfStmt Cond=ok Then=(BlockStmt))", Go.DumpBody("if ok {\n}"));
    }

    [Fact]
    public void CompositeLiteralsInHeadersNeedParenthesesOrBrackets()
    {
        Assert.Equal(
            "(IfStmt Init=(AssignStmt Lhs=[p] Op=Define Rhs=[(ParenExpr X=(CompositeLit Type=T Elements=[(KeyedElement Value=1)]))]) " +
            "Cond=(SelectorExpr X=p Sel=ok) Then=(BlockStmt))",
            Go.DumpBody("if p := (T{1}); p.ok {\n}"));
        Assert.Equal(
            "(IfStmt Init=(AssignStmt Lhs=[v] Op=Define Rhs=[(CallExpr Fun=f Args=[(CompositeLit Type=T)])]) Cond=v Then=(BlockStmt))",
            Go.DumpBody("if v := f(T{}); v {\n}"));
    }

    [Fact]
    public void RangeOverSliceLiteral() =>
        Assert.Equal(
            "(RangeStmt Key=_ Value=x Define=True X=(CompositeLit Type=(ArrayTypeExpr Elem=int) Elements=[(KeyedElement Value=1) (KeyedElement Value=2)]) " +
            "Body=(BlockStmt Stmts=[(ExprStmt X=(CallExpr Fun=use Args=[x]))]))",
            Go.DumpBody("for _, x := range []int{1, 2} {\n\tuse(x)\n}"));

    [Theory]
    [InlineData("for {\n}", "(ForStmt Body=(BlockStmt))")]
    [InlineData("for x < 3 {\n}", "(ForStmt Cond=(BinaryExpr Op=Lss X=x Y=3) Body=(BlockStmt))")]
    [InlineData("for ;; {\n}", "(ForStmt Body=(BlockStmt))")]
    [InlineData("for i := 0; i < n; {\n}", "(ForStmt Init=(AssignStmt Lhs=[i] Op=Define Rhs=[0]) Cond=(BinaryExpr Op=Lss X=i Y=n) Body=(BlockStmt))")]
    [InlineData("for i := 0; i < n; i++ {\n}", "(ForStmt Init=(AssignStmt Lhs=[i] Op=Define Rhs=[0]) Cond=(BinaryExpr Op=Lss X=i Y=n) Post=(IncDecStmt X=i Inc=True) Body=(BlockStmt))")]
    [InlineData("for range ch {\n}", "(RangeStmt X=ch Body=(BlockStmt))")]
    [InlineData("for k = range m {\n}", "(RangeStmt Key=k X=m Body=(BlockStmt))")]
    public void ForStatements(string src, string expected) => Assert.Equal(expected, Go.DumpBody(src));

    [Fact]
    public void FuncLiteralsInHeaders()
    {
        Assert.Equal(
            "(IfStmt Init=(AssignStmt Lhs=[f] Op=Define Rhs=[(FuncLit Type=(FuncTypeExpr Results=[(Field Type=bool)]) " +
            "Body=(BlockStmt Stmts=[(ReturnStmt Results=[true])]))]) Cond=(CallExpr Fun=f) Then=(BlockStmt))",
            Go.DumpBody("if f := func() bool { return true }; f() {\n}"));
        Assert.Equal(
            "(SwitchStmt Tag=(CallExpr Fun=(FuncLit Type=(FuncTypeExpr Results=[(Field Type=int)]) Body=(BlockStmt Stmts=[(ReturnStmt Results=[1])]))) " +
            "Clauses=[(CaseClause List=[1])])",
            Go.DumpBody("switch func() int { return 1 }() {\ncase 1:\n}"));
    }

    // ---------------- expressions ----------------

    [Fact]
    public void GenericInstantiation()
    {
        Assert.Equal("(CallExpr Fun=(IndexExpr X=f Indices=[int]) Args=[x])", Go.DumpExpr("f[int](x)"));
        Assert.Equal("(CallExpr Fun=(IndexExpr X=(SelectorExpr X=pkg Sel=F) Indices=[int (ArrayTypeExpr Elem=string)]) Args=[x])",
            Go.DumpExpr("pkg.F[int, []string](x)"));
        Assert.Equal("(CompositeLit Type=(IndexExpr X=List Indices=[int]) Elements=[(KeyedElement Value=1)])", Go.DumpExpr("List[int]{1}"));
    }

    [Fact]
    public void Conversions()
    {
        Assert.Equal("(CallExpr Fun=(ArrayTypeExpr Elem=byte) Args=[s])", Go.DumpExpr("[]byte(s)"));
        Assert.Equal("(CallExpr Fun=(ParenExpr X=(StarExpr X=T)) Args=[p])", Go.DumpExpr("(*T)(p)"));
        Assert.Equal("(CallExpr Fun=(MapTypeExpr Key=string Value=int) Args=[m])", Go.DumpExpr("map[string]int(m)"));
        Assert.Equal("(CallExpr Fun=(ParenExpr X=(ChanTypeExpr Dir=Recv Elem=int)) Args=[c])", Go.DumpExpr("(<-chan int)(c)"));
        Assert.Equal("(CallExpr Fun=(InterfaceTypeExpr) Args=[nil])", Go.DumpExpr("interface{}(nil)"));
    }

    [Fact]
    public void ArrayLengthThatLooksLikeATypeParameter()
    {
        // Go's rule for `type T[P *C] ...`: an array unless C is clearly a type or a comma follows
        Assert.Equal("(GenDecl Kind=Type Specs=[(TypeSpec Name=A Type=(ArrayTypeExpr Len=(BinaryExpr Op=Mul X=N Y=M) Elem=int))])", Go.DumpDecl("type A [N * M]int"));
        Assert.Equal("(GenDecl Kind=Type Specs=[(TypeSpec Name=A Type=(ArrayTypeExpr Len=(CallExpr Fun=N Args=[M]) Elem=int))])", Go.DumpDecl("type A [N(M)]int"));
        Assert.Equal("(GenDecl Kind=Type Specs=[(TypeSpec Name=G TypeParams=[(Field Names=[P] Type=(StarExpr X=C))] Type=int)])", Go.DumpDecl("type G[P *C,] int"));
        Assert.Equal("(GenDecl Kind=Type Specs=[(TypeSpec Name=G TypeParams=[(Field Names=[P] Type=(StarExpr X=(ArrayTypeExpr Elem=int)))] Type=int)])", Go.DumpDecl("type G[P *[]int] int"));
    }

    [Fact]
    public void ReceiveOnlyChannelTypesAreReassociated()
    {
        Assert.Equal("(CallExpr Fun=make Args=[(ChanTypeExpr Dir=Recv Elem=int)])", Go.DumpExpr("make(<-chan int)"));
        Assert.Equal("(CallExpr Fun=make Args=[(ChanTypeExpr Dir=Send Elem=int) 1])", Go.DumpExpr("make(chan<- int, 1)"));
        Assert.Equal("(CallExpr Fun=make Args=[(ChanTypeExpr Dir=Both Elem=(ParenExpr X=(ChanTypeExpr Dir=Recv Elem=int)))])", Go.DumpExpr("make(chan (<-chan int))"));
        Assert.Equal("(UnaryExpr Op=Arrow X=ch)", Go.DumpExpr("<-ch"));
        Assert.Equal("(UnaryExpr Op=Arrow X=(CallExpr Fun=(ChanTypeExpr Dir=Both Elem=int) Args=[c]))", Go.DumpExpr("<-chan int(c)"));
        Assert.Equal("(CallExpr Fun=make Args=[(ChanTypeExpr Dir=Recv Elem=(ChanTypeExpr Dir=Recv Elem=int))])", Go.DumpExpr("make(<-chan<- chan int)"));
        Assert.Equal("(GenDecl Kind=Var Specs=[(ValueSpec Names=[c] Type=(ChanTypeExpr Dir=Send Elem=(ChanTypeExpr Dir=Recv Elem=int)) Iota=0)])", Go.DumpDecl("var c chan<- <-chan int"));
    }

    [Fact]
    public void OperatorPrecedence()
    {
        Assert.Equal(
            "(BinaryExpr Op=LogOr X=(BinaryExpr Op=LogAnd X=(BinaryExpr Op=Eql X=(BinaryExpr Op=Add X=a Y=(BinaryExpr Op=Shl X=(BinaryExpr Op=Mul X=b Y=c) Y=d)) Y=e) Y=f) Y=g)",
            Go.DumpExpr("a + b*c<<d == e && f || g"));
        Assert.Equal("(BinaryExpr Op=Sub X=(BinaryExpr Op=Sub X=a Y=b) Y=c)", Go.DumpExpr("a - b - c"));
        Assert.Equal("(UnaryExpr Op=Sub X=(UnaryExpr Op=Sub X=x))", Go.DumpExpr("- -x"));
        Assert.Equal("(UnaryExpr Op=Not X=(StarExpr X=p))", Go.DumpExpr("!*p"));
        Assert.Equal("(UnaryExpr Op=And X=(CompositeLit Type=T))", Go.DumpExpr("&T{}"));
    }

    [Fact]
    public void PostfixChains()
    {
        Assert.Equal("(CallExpr Fun=(SelectorExpr X=(CallExpr Fun=(SelectorExpr X=a Sel=b)) Sel=c) Args=[x] HasEllipsis=True)", Go.DumpExpr("a.b().c(x...)"));
        Assert.Equal("(SliceExpr X=a Lo=1 Hi=2)", Go.DumpExpr("a[1:2]"));
        Assert.Equal("(SliceExpr X=a)", Go.DumpExpr("a[:]"));
        Assert.Equal("(SliceExpr X=a Hi=2 Max=3 Slice3=True)", Go.DumpExpr("a[:2:3]"));
        Assert.Equal("(TypeAssertExpr X=x Type=(SelectorExpr X=fmt Sel=Stringer))", Go.DumpExpr("x.(fmt.Stringer)"));
    }

    [Fact]
    public void TypeSwitchGuardOutsideSwitchIsLeftForTheChecker() => Assert.Equal("(TypeAssertExpr X=x)", Go.DumpExpr("x.(type)"));

    [Fact]
    public void CompositeLiteralElements()
    {
        Assert.Equal("(CompositeLit Type=(ArrayTypeExpr Len=(EllipsisLen) Elem=int) Elements=[(KeyedElement Value=1) (KeyedElement Value=2)])",
            Go.DumpExpr("[...]int{1, 2}"));
        Assert.Equal(
            "(CompositeLit Type=(ArrayTypeExpr Elem=Point) Elements=[(KeyedElement Value=(CompositeLit Elements=[(KeyedElement Value=1) (KeyedElement Value=2)])) " +
            "(KeyedElement Value=(CompositeLit Elements=[(KeyedElement Key=X Value=3)]))])",
            Go.DumpExpr("[]Point{{1, 2}, {X: 3}}"));
        Assert.Equal(
            "(CompositeLit Type=(MapTypeExpr Key=Key Value=string) Elements=[(KeyedElement Key=(CompositeLit Elements=[(KeyedElement Value=1)]) Value=\"a\")])",
            Go.DumpExpr("map[Key]string{{1}: \"a\"}"));
        Assert.Equal("(CompositeLit Type=(StructTypeExpr Fields=[(Field Names=[A] Type=int)]) Elements=[(KeyedElement Value=1)])",
            Go.DumpExpr("struct{ A int }{1}"));
    }

    // ---------------- statements ----------------

    [Fact]
    public void TypeSwitches()
    {
        Assert.Equal("(TypeSwitchStmt Binding=v X=x Clauses=[(CaseClause List=[int string]) (CaseClause List=[nil]) (CaseClause)])",
            Go.DumpBody("switch v := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}"));
        Assert.Equal("(TypeSwitchStmt X=(CallExpr Fun=f))", Go.DumpBody("switch f().(type) {\n}"));
        Assert.Equal("(TypeSwitchStmt Init=(AssignStmt Lhs=[y] Op=Define Rhs=[(CallExpr Fun=f)]) Binding=v X=y)",
            Go.DumpBody("switch y := f(); v := y.(type) {\n}"));
    }

    [Fact]
    public void ExpressionSwitches()
    {
        Assert.Equal("(SwitchStmt Init=(AssignStmt Lhs=[x] Op=Define Rhs=[5]) Tag=x Clauses=[(CaseClause List=[1] Body=[(BranchStmt Kind=Fallthrough)]) (CaseClause List=[2])])",
            Go.DumpBody("switch x := 5; x {\ncase 1:\n\tfallthrough\ncase 2:\n}"));
        Assert.Equal("(SwitchStmt Init=(ExprStmt X=(CallExpr Fun=f)))", Go.DumpBody("switch f(); {\n}"));
        Assert.Equal("(SwitchStmt)", Go.DumpBody("switch {\n}"));
    }

    [Fact]
    public void LabeledStatements()
    {
        Assert.Equal(
            "(LabeledStmt Label=Outer Stmt=(ForStmt Body=(BlockStmt Stmts=[(BranchStmt Kind=Continue Label=Outer) (BranchStmt Kind=Break Label=Outer) (BranchStmt Kind=Goto Label=End)])))\n" +
            "(LabeledStmt Label=End Stmt=(EmptyStmt))",
            Go.DumpBody("Outer:\n\tfor {\n\t\tcontinue Outer\n\t\tbreak Outer\n\t\tgoto End\n\t}\nEnd:"));
        Assert.Equal("(LabeledStmt Label=L Stmt=(EmptyStmt))\n(ExprStmt X=(CallExpr Fun=f))", Go.DumpBody("L: ;\nf()"));
    }

    [Fact]
    public void SimpleStatements()
    {
        Assert.Equal(
            "(IncDecStmt X=x Inc=True)\n(IncDecStmt X=y)\n(AssignStmt Lhs=[a b] Op=Assign Rhs=[b a])\n(AssignStmt Lhs=[c] Op=AndNot Rhs=[3])\n" +
            "(SendStmt Chan=ch Value=(UnaryExpr Op=Sub X=1))\n(AssignStmt Lhs=[v ok] Op=Define Rhs=[(UnaryExpr Op=Arrow X=ch)])",
            Go.DumpBody("x++\ny--\na, b = b, a\nc &^= 3\nch <- -1\nv, ok := <-ch"));
    }

    [Fact]
    public void SelectGoDefer() =>
        Assert.Equal(
            "(SelectStmt Clauses=[(CommClause Comm=(AssignStmt Lhs=[v ok] Op=Define Rhs=[(UnaryExpr Op=Arrow X=ch)])) (CommClause Comm=(SendStmt Chan=out Value=v)) " +
            "(CommClause Comm=(ExprStmt X=(UnaryExpr Op=Arrow X=done))) (CommClause Body=[(ReturnStmt)])])\n" +
            "(GoStmt Call=(CallExpr Fun=(FuncLit Type=(FuncTypeExpr) Body=(BlockStmt))))\n(DeferStmt Call=(CallExpr Fun=(SelectorExpr X=wg Sel=Done)))",
            Go.DumpBody("select {\ncase v, ok := <-ch:\ncase out <- v:\ncase <-done:\ndefault:\n\treturn\n}\ngo func() {}()\ndefer wg.Done()"));

    [Fact]
    public void DeclarationStatements() =>
        Assert.Equal(
            "(DeclStmt Decl=(GenDecl Kind=Var Specs=[(ValueSpec Names=[i] Type=int Iota=0) (ValueSpec Names=[j k] Values=[1 2] Iota=1)]))\n" +
            "(DeclStmt Decl=(GenDecl Kind=Type Specs=[(TypeSpec Name=A Alias=True Type=int)]))",
            Go.DumpBody("var (\n\ti int\n\tj, k = 1, 2\n)\ntype A = int"));

    // ---------------- declarations ----------------

    [Fact]
    public void ImportsAreUnquotedAndKeptApart()
    {
        var file = Go.Parse("package main\n\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n)\nimport `io`\n");
        Assert.Equal("main", file.PackageName.Name);
        Assert.Equal(new[] { "fmt", "math", "strings", "os", "io" }, file.Imports.Select(i => i.Path));
        Assert.Equal(new string?[] { null, "m", ".", "_", null }, file.Imports.Select(i => i.Name?.Name));
        Assert.Empty(file.Decls);
    }

    [Theory]
    [InlineData("func f(a, b int, c string)", "[(Field Names=[a b] Type=int) (Field Names=[c] Type=string)]")]
    [InlineData("func f(int, string)", "[(Field Type=int) (Field Type=string)]")]
    [InlineData("func f(a int)", "[(Field Names=[a] Type=int)]")]
    [InlineData("func f(a)", "[(Field Type=a)]")]
    [InlineData("func f(a, b ...int)", "[(Field Names=[a b] Type=(EllipsisType Elem=int))]")]
    [InlineData("func f(...int)", "[(Field Type=(EllipsisType Elem=int))]")]
    [InlineData("func f(p.T, []int, x)", "[(Field Type=(SelectorExpr X=p Sel=T)) (Field Type=(ArrayTypeExpr Elem=int)) (Field Type=x)]")]
    [InlineData("func f(int, b string)", "[(Field Names=[int b] Type=string)]")]
    public void ParameterGrouping(string decl, string parameters) =>
        Assert.Equal(parameters, AstDump.Of(((FuncDecl)Go.Parse("package p\n" + decl + "\n").Decls[0]).Type.Params));

    [Fact]
    public void FunctionSignatures()
    {
        Assert.Equal("(FuncDecl Name=h Type=(FuncTypeExpr Results=[(Field Names=[x y] Type=int) (Field Names=[err] Type=error)]))",
            Go.DumpDecl("func h() (x, y int, err error)"));
        Assert.Equal("(FuncDecl Name=g Type=(FuncTypeExpr TypeParams=[(Field Names=[K] Type=comparable) (Field Names=[V] Type=(UnionExpr Terms=[(UnionTerm Tilde=True Type=int) (UnionTerm Type=string)]))] " +
                     "Params=[(Field Names=[m] Type=(MapTypeExpr Key=K Value=V))] Results=[(Field Type=V)]) Body=(BlockStmt))",
            Go.DumpDecl("func g[K comparable, V ~int | string](m map[K]V) V {}"));
    }

    [Fact]
    public void MethodDeclarations()
    {
        Assert.Equal("(FuncDecl Recv=(Field Names=[p] Type=(StarExpr X=Point)) Name=Move Type=(FuncTypeExpr Params=[(Field Names=[dx dy] Type=int)]) Body=(BlockStmt))",
            Go.DumpDecl("func (p *Point) Move(dx, dy int) {}"));
        Assert.Equal("(FuncDecl Recv=(Field Type=T) Name=M Type=(FuncTypeExpr))", Go.DumpDecl("func (T) M()"));
        Assert.Equal("(FuncDecl Recv=(Field Names=[l] Type=(StarExpr X=(IndexExpr X=List Indices=[T]))) Name=Push Type=(FuncTypeExpr Params=[(Field Names=[v] Type=T)]) Body=(BlockStmt))",
            Go.DumpDecl("func (l *List[T]) Push(v T) {}"));
    }

    [Fact]
    public void StructFieldsAndTags() =>
        Assert.Equal(
            "(GenDecl Kind=Type Specs=[(TypeSpec Name=T Type=(StructTypeExpr Fields=[(Field Names=[A B] Type=int Tag=\"json:\"a\"\") " +
            "(Field Names=[C] Type=string Tag=\"x\ty\") (Field Type=(StarExpr X=Base) Embedded=True) (Field Type=(SelectorExpr X=io Sel=Reader) Tag=\"r\" Embedded=True) " +
            "(Field Type=(IndexExpr X=List Indices=[int]) Embedded=True)]))])",
            Go.DumpDecl("type T struct {\n\tA, B int `json:\"a\"`\n\tC string \"x\\ty\"\n\t*Base\n\tio.Reader \"r\"\n\tList[int]\n}"));

    [Fact]
    public void InterfaceElements() =>
        Assert.Equal(
            "(GenDecl Kind=Type Specs=[(TypeSpec Name=I Type=(InterfaceTypeExpr Methods=[(Field Names=[M] Type=(FuncTypeExpr Params=[(Field Names=[a] Type=int)] " +
            "Results=[(Field Type=string) (Field Type=error)]))] Embeds=[(SelectorExpr X=fmt Sel=Stringer) (UnionExpr Terms=[(UnionTerm Tilde=True Type=int) (UnionTerm Type=float64)]) " +
            "(UnionExpr Terms=[(UnionTerm Tilde=True Type=string)]) comparable]))])",
            Go.DumpDecl("type I interface {\n\tM(a int) (string, error)\n\tfmt.Stringer\n\t~int | float64\n\t~string\n\tcomparable\n}"));

    [Fact]
    public void GenericTypes() =>
        Assert.Equal("(GenDecl Kind=Type Specs=[(TypeSpec Name=Pair TypeParams=[(Field Names=[K V] Type=any)] Type=(StructTypeExpr Fields=[(Field Names=[k] Type=K) (Field Names=[v] Type=V)]))])",
            Go.DumpDecl("type Pair[K, V any] struct {\n\tk K\n\tv V\n}"));

    [Fact]
    public void ConstSpecsRepeatImplicitly()
    {
        var decl = (GenDecl)Go.Parse("package p\nconst (\n\tA T = iota * 10\n\tB\n\tC, D = iota, -iota\n\tE, F\n)\n").Decls[0];
        Assert.Equal(
            "[(ValueSpec Names=[A] Type=T Values=[(BinaryExpr Op=Mul X=iota Y=10)] Iota=0) (ValueSpec Names=[B] Type=T Values=[(BinaryExpr Op=Mul X=iota Y=10)] Iota=1 Implicit=True) " +
            "(ValueSpec Names=[C D] Values=[iota (UnaryExpr Op=Sub X=iota)] Iota=2) (ValueSpec Names=[E F] Values=[iota (UnaryExpr Op=Sub X=iota)] Iota=3 Implicit=True)]",
            AstDump.Of(decl.Specs));
        var a = (ValueSpec)decl.Specs[0];
        var b = (ValueSpec)decl.Specs[1];
        Assert.NotSame(a.Values[0], b.Values[0]); // each spec has its own nodes: the checker keys values by node
        Assert.Equal(a.Values[0].Pos, b.Values[0].Pos);
    }

    [Fact]
    public void ConstWithTypeButNoValuesIsLeftForTheChecker() =>
        Assert.Equal("[(ValueSpec Names=[A] Type=int Iota=0) (ValueSpec Names=[B] Type=int Iota=1 Implicit=True)]",
            AstDump.Of(((GenDecl)Go.Parse("package p\nconst (\n\tA int\n\tB\n)\n").Decls[0]).Specs));

    [Fact]
    public void ConstructsTheCheckerRejects()
    {
        Assert.Equal("(UnaryExpr Op=Tilde X=x)", Go.DumpExpr("~x"));
        Assert.Equal("(GenDecl Kind=Var Specs=[(ValueSpec Names=[a] Type=(ArrayTypeExpr Len=(EllipsisLen) Elem=int) Iota=0)])", Go.DumpDecl("var a [...]int"));
    }

    [Fact]
    public void BodylessFunctionDeclaration() => Assert.Null(((FuncDecl)Go.Parse("package p\nfunc now() int64\n").Decls[0]).Body);

    // ---------------- positions ----------------

    [Fact]
    public void PositionsAreGoBytePositions()
    {
        var stmts = Go.Body("s := \"é\"; x := a + b\ncall(1, 2)");
        var assign = (AssignStmt)stmts[1];
        Assert.Equal(new Pos("t.go", 3, 12), assign.Pos);   // é is two bytes
        Assert.Equal(new Pos("t.go", 3, 14), assign.OpPos);
        var sum = (BinaryExpr)assign.Rhs[0];
        Assert.Equal((new Pos("t.go", 3, 17), new Pos("t.go", 3, 19)), (sum.Pos, sum.OpPos));
        var call = (CallExpr)((ExprStmt)stmts[2]).X;
        Assert.Equal((4, 1, 5, 10), (call.Pos.Line, call.Pos.Col, call.Lparen.Col, call.Rparen.Col));
    }

    [Fact]
    public void ClosingBracePositions()
    {
        var file = Go.Parse("package p\nfunc f() {\n\tswitch {\n\t}\n\t_ = T{\n\t}\n}\n");
        var body = ((FuncDecl)file.Decls[0]).Body!;
        Assert.Equal(new Pos("t.go", 7, 1), body.Rbrace);
        Assert.Equal(new Pos("t.go", 4, 2), ((SwitchStmt)body.Stmts[0]).Rbrace);
        Assert.Equal(new Pos("t.go", 6, 2), ((CompositeLit)((AssignStmt)body.Stmts[1]).Rhs[0]).Rbrace);
    }

    [Fact]
    public void ByteOrderMarkIsIgnored() => Assert.Equal("p", Go.Parse("\uFEFFpackage p\n").PackageName.Name);
}
