namespace Minigo.Compiler.Syntax;

// The abstract syntax tree: immutable records with source positions, converted from the
// ANTLR parse tree by AstBuilder. Nothing after this file sees ANTLR types.
//
// As in go/ast, types are expressions: `[]int` is an ArrayTypeExpr, `*T` a StarExpr, and a
// conversion `T(x)` a CallExpr. The checker decides which expressions denote types.
// Expression and statement nodes are classes (reference identity), so the checker can key
// side tables (types, constant values, resolved objects) by node.

/// <summary>A source position: file path as given by the user, 1-based line and column (in bytes, as Go counts).</summary>
public readonly record struct Pos(string File, int Line, int Col)
{
    public static readonly Pos None = new("", 0, 0);
    public override string ToString() => $"{File}:{Line}:{Col}";
    public bool IsBefore(Pos o) => Line < o.Line || (Line == o.Line && Col < o.Col);
}

public abstract class Node(Pos pos)
{
    public Pos Pos { get; } = pos;
}

// ---------------- Expressions ----------------

public abstract class Expr(Pos pos) : Node(pos);

public sealed class Ident(Pos pos, string name) : Expr(pos)
{
    public string Name { get; } = name;
    public override string ToString() => Name;
}

public enum LitKind { Int, Float, Imag, Char, String }

/// <summary>A literal as written (Text is the raw source, e.g. "0x1F", "'a'", "\"hi\\n\"").</summary>
public sealed class BasicLit(Pos pos, LitKind kind, string text) : Expr(pos)
{
    public LitKind Kind { get; } = kind;
    public string Text { get; } = text;
}

/// <summary>`T{...}`; Type is null for an elided element type (`[]P{{1, 2}}`).</summary>
public sealed class CompositeLit(Pos pos, Expr? type, List<KeyedElement> elements, Pos rbrace) : Expr(pos)
{
    public Expr? Type { get; } = type;
    public List<KeyedElement> Elements { get; } = elements;
    public Pos Rbrace { get; } = rbrace;
}

/// <summary>An element of a composite literal: `key: value` or `value`.</summary>
public sealed class KeyedElement(Expr? key, Expr value)
{
    public Expr? Key { get; } = key;
    public Expr Value { get; } = value;
}

public sealed class FuncLit(Pos pos, FuncTypeExpr type, BlockStmt body) : Expr(pos)
{
    public FuncTypeExpr Type { get; } = type;
    public BlockStmt Body { get; } = body;
}

public sealed class ParenExpr(Pos pos, Expr x) : Expr(pos)
{
    public Expr X { get; } = x;
}

/// <summary>`x.Sel`: a field, method, package member or method expression.</summary>
public sealed class SelectorExpr(Pos pos, Expr x, Ident sel) : Expr(pos)
{
    public Expr X { get; } = x;
    public Ident Sel { get; } = sel;
}

/// <summary>`x[i]`, or a generic instantiation `f[int, string]` (several indices).</summary>
public sealed class IndexExpr(Pos pos, Expr x, List<Expr> indices) : Expr(pos)
{
    public Expr X { get; } = x;
    public List<Expr> Indices { get; } = indices;
}

public sealed class SliceExpr(Pos pos, Expr x, Expr? lo, Expr? hi, Expr? max, bool slice3) : Expr(pos)
{
    public Expr X { get; } = x;
    public Expr? Lo { get; } = lo;
    public Expr? Hi { get; } = hi;
    public Expr? Max { get; } = max;
    public bool Slice3 { get; } = slice3;
}

/// <summary>`x.(T)`; Type is null for `x.(type)` in a type switch.</summary>
public sealed class TypeAssertExpr(Pos pos, Expr x, Expr? type) : Expr(pos)
{
    public Expr X { get; } = x;
    public Expr? Type { get; } = type;
}

/// <summary>A call or conversion. Pos is the function expression's start; Lparen/Rparen the parentheses.</summary>
public sealed class CallExpr(Pos pos, Expr fun, List<Expr> args, bool hasEllipsis, Pos lparen, Pos rparen) : Expr(pos)
{
    public Expr Fun { get; } = fun;
    public List<Expr> Args { get; } = args;
    public bool HasEllipsis { get; } = hasEllipsis;
    public Pos Lparen { get; } = lparen;
    public Pos Rparen { get; } = rparen;
}

/// <summary>`*x`: a dereference, or a pointer type.</summary>
public sealed class StarExpr(Pos pos, Expr x) : Expr(pos)
{
    public Expr X { get; } = x;
}

public enum Op
{
    None,
    // binary, by precedence
    LogOr, LogAnd,
    Eql, Neq, Lss, Leq, Gtr, Geq,
    Add, Sub, Or, Xor,
    Mul, Quo, Rem, Shl, Shr, And, AndNot,
    // unary only
    Not, Arrow, Tilde,
}

/// <summary>`+x -x !x ^x &x <-x` (a `*x` is a StarExpr).</summary>
public sealed class UnaryExpr(Pos pos, Op op, Expr x) : Expr(pos)
{
    public Op Op { get; } = op;
    public Expr X { get; } = x;
}

/// <summary>`x op y`. Pos is the start of x; OpPos the operator (where go build reports errors).</summary>
public sealed class BinaryExpr(Pos pos, Op op, Expr x, Expr y, Pos opPos) : Expr(pos)
{
    public Op Op { get; } = op;
    public Expr X { get; } = x;
    public Expr Y { get; } = y;
    public Pos OpPos { get; } = opPos;
}

/// <summary>Stands for the length in `[...]T{...}`.</summary>
public sealed class EllipsisLen(Pos pos) : Expr(pos);

/// <summary>`[N]T`, `[]T` (Len null) or `[...]T` (Len is EllipsisLen).</summary>
public sealed class ArrayTypeExpr(Pos pos, Expr? len, Expr elem) : Expr(pos)
{
    public Expr? Len { get; } = len;
    public Expr Elem { get; } = elem;
}

public sealed class MapTypeExpr(Pos pos, Expr key, Expr value) : Expr(pos)
{
    public Expr Key { get; } = key;
    public Expr Value { get; } = value;
}

public enum ChanDir { Both, Send, Recv }

public sealed class ChanTypeExpr(Pos pos, ChanDir dir, Expr elem) : Expr(pos)
{
    public ChanDir Dir { get; } = dir;
    public Expr Elem { get; } = elem;
}

/// <summary>
/// A parameter, result, struct field or type parameter. Names is empty for an anonymous
/// parameter or an embedded field. For a variadic parameter Type is an EllipsisType.
/// </summary>
public sealed class Field(Pos pos, List<Ident> names, Expr type, string? tag, bool embedded)
{
    public Pos Pos { get; } = pos;
    public List<Ident> Names { get; } = names;
    public Expr Type { get; } = type;
    /// <summary>Struct tag, already unquoted.</summary>
    public string? Tag { get; } = tag;
    public bool Embedded { get; } = embedded;
}

/// <summary>`...T`, the type of a variadic parameter.</summary>
public sealed class EllipsisType(Pos pos, Expr elem) : Expr(pos)
{
    public Expr Elem { get; } = elem;
}

public sealed class FuncTypeExpr(Pos pos, List<Field> typeParams, List<Field> parameters, List<Field> results) : Expr(pos)
{
    public List<Field> TypeParams { get; } = typeParams;
    public List<Field> Params { get; } = parameters;
    public List<Field> Results { get; } = results;
}

public sealed class StructTypeExpr(Pos pos, List<Field> fields) : Expr(pos)
{
    public List<Field> Fields { get; } = fields;
}

/// <summary>An interface: methods (Field with one name and a FuncTypeExpr) and embedded elements (Field without names; its Type may be a UnionExpr).</summary>
public sealed class InterfaceTypeExpr(Pos pos, List<Field> methods, List<Expr> embeds) : Expr(pos)
{
    public List<Field> Methods { get; } = methods;
    public List<Expr> Embeds { get; } = embeds;
}

/// <summary>A constraint term list `~int | ~string | T`; a single term without `~` is not wrapped.</summary>
public sealed class UnionExpr(Pos pos, List<UnionTerm> terms) : Expr(pos)
{
    public List<UnionTerm> Terms { get; } = terms;
}

public sealed record UnionTerm(bool Tilde, Expr Type);

// ---------------- Statements ----------------

public abstract class Stmt(Pos pos) : Node(pos);

public sealed class BadStmt(Pos pos) : Stmt(pos);
public sealed class EmptyStmt(Pos pos) : Stmt(pos);

public sealed class DeclStmt(Pos pos, GenDecl decl) : Stmt(pos)
{
    public GenDecl Decl { get; } = decl;
}

public sealed class LabeledStmt(Pos pos, Ident label, Stmt stmt) : Stmt(pos)
{
    public Ident Label { get; } = label;
    public Stmt Stmt { get; } = stmt;
}

public sealed class ExprStmt(Pos pos, Expr x) : Stmt(pos)
{
    public Expr X { get; } = x;
}

public sealed class SendStmt(Pos pos, Expr chan, Expr value) : Stmt(pos)
{
    public Expr Chan { get; } = chan;
    public Expr Value { get; } = value;
}

public sealed class IncDecStmt(Pos pos, Expr x, bool inc) : Stmt(pos)
{
    public Expr X { get; } = x;
    public bool Inc { get; } = inc;
}

public enum AssignOp { Assign, Define, Add, Sub, Mul, Quo, Rem, And, Or, Xor, Shl, Shr, AndNot }

/// <summary>`a, b = c, d`, `x := y`, `x += y`. Pos is the start of the statement; OpPos the operator.</summary>
public sealed class AssignStmt(Pos pos, List<Expr> lhs, AssignOp op, List<Expr> rhs, Pos opPos) : Stmt(pos)
{
    public List<Expr> Lhs { get; } = lhs;
    public AssignOp Op { get; } = op;
    public List<Expr> Rhs { get; } = rhs;
    public Pos OpPos { get; } = opPos;
}

public sealed class GoStmt(Pos pos, Expr call) : Stmt(pos)
{
    public Expr Call { get; } = call;
}

public sealed class DeferStmt(Pos pos, Expr call) : Stmt(pos)
{
    public Expr Call { get; } = call;
}

public sealed class ReturnStmt(Pos pos, List<Expr> results) : Stmt(pos)
{
    public List<Expr> Results { get; } = results;
}

public enum BranchKind { Break, Continue, Goto, Fallthrough }

public sealed class BranchStmt(Pos pos, BranchKind kind, Ident? label) : Stmt(pos)
{
    public BranchKind Kind { get; } = kind;
    public Ident? Label { get; } = label;
}

public sealed class BlockStmt(Pos pos, List<Stmt> stmts, Pos rbrace) : Stmt(pos)
{
    public List<Stmt> Stmts { get; } = stmts;
    public Pos Rbrace { get; } = rbrace;
}

public sealed class IfStmt(Pos pos, Stmt? init, Expr cond, BlockStmt then, Stmt? @else) : Stmt(pos)
{
    public Stmt? Init { get; } = init;
    public Expr Cond { get; } = cond;
    public BlockStmt Then { get; } = then;
    /// <summary>An IfStmt or a BlockStmt, or null.</summary>
    public Stmt? Else { get; } = @else;
}

/// <summary>A case of a switch; List is null for `default`. In a type switch the list holds types (and `nil`).</summary>
public sealed class CaseClause(Pos pos, List<Expr>? list, List<Stmt> body) : Stmt(pos)
{
    public List<Expr>? List { get; } = list;
    public List<Stmt> Body { get; } = body;
}

public sealed class SwitchStmt(Pos pos, Stmt? init, Expr? tag, List<CaseClause> clauses, Pos rbrace) : Stmt(pos)
{
    public Stmt? Init { get; } = init;
    public Expr? Tag { get; } = tag;
    public List<CaseClause> Clauses { get; } = clauses;
    public Pos Rbrace { get; } = rbrace;
}

/// <summary>`switch [init;] [v :=] x.(type) { ... }`. Binding is v, or null.</summary>
public sealed class TypeSwitchStmt(Pos pos, Stmt? init, Ident? binding, Expr x, List<CaseClause> clauses, Pos rbrace) : Stmt(pos)
{
    public Stmt? Init { get; } = init;
    public Ident? Binding { get; } = binding;
    public Expr X { get; } = x;
    public List<CaseClause> Clauses { get; } = clauses;
    public Pos Rbrace { get; } = rbrace;
}

/// <summary>A select case: Comm is a SendStmt, an ExprStmt (`<-ch`), an AssignStmt (`v, ok := <-ch`), or null for default.</summary>
public sealed class CommClause(Pos pos, Stmt? comm, List<Stmt> body) : Stmt(pos)
{
    public Stmt? Comm { get; } = comm;
    public List<Stmt> Body { get; } = body;
}

public sealed class SelectStmt(Pos pos, List<CommClause> clauses) : Stmt(pos)
{
    public List<CommClause> Clauses { get; } = clauses;
}

public sealed class ForStmt(Pos pos, Stmt? init, Expr? cond, Stmt? post, BlockStmt body) : Stmt(pos)
{
    public Stmt? Init { get; } = init;
    public Expr? Cond { get; } = cond;
    public Stmt? Post { get; } = post;
    public BlockStmt Body { get; } = body;
}

/// <summary>`for k, v := range x`; Key/Value null when absent; Define for `:=`.</summary>
public sealed class RangeStmt(Pos pos, Expr? key, Expr? value, bool define, Expr x, BlockStmt body) : Stmt(pos)
{
    public Expr? Key { get; } = key;
    public Expr? Value { get; } = value;
    public bool Define { get; } = define;
    public Expr X { get; } = x;
    public BlockStmt Body { get; } = body;
}

// ---------------- Declarations ----------------

public abstract class Decl(Pos pos) : Node(pos);

public enum DeclKind { Import, Const, Type, Var }

/// <summary>`import`, `const`, `type` or `var`, with one or more specs.</summary>
public sealed class GenDecl(Pos pos, DeclKind kind, List<Spec> specs) : Decl(pos)
{
    public DeclKind Kind { get; } = kind;
    public List<Spec> Specs { get; } = specs;
}

public abstract class Spec(Pos pos) : Node(pos);

public sealed class ImportSpec(Pos pos, Ident? name, string path) : Spec(pos)
{
    /// <summary>Alias, `.` or `_`; null when absent.</summary>
    public Ident? Name { get; } = name;
    /// <summary>The import path, unquoted.</summary>
    public string Path { get; } = path;
}

/// <summary>
/// A const or var spec. For a const spec that repeats the previous expression list
/// implicitly (`const ( A = iota; B )`), Type and Values are the previous spec's and
/// Implicit is true. Iota is the spec's index in its declaration.
/// </summary>
public sealed class ValueSpec(Pos pos, List<Ident> names, Expr? type, List<Expr> values, int iota, bool implicitValues) : Spec(pos)
{
    public List<Ident> Names { get; } = names;
    public Expr? Type { get; } = type;
    public List<Expr> Values { get; } = values;
    public int Iota { get; } = iota;
    public bool Implicit { get; } = implicitValues;
}

public sealed class TypeSpec(Pos pos, Ident name, List<Field> typeParams, bool alias, Expr type) : Spec(pos)
{
    public Ident Name { get; } = name;
    public List<Field> TypeParams { get; } = typeParams;
    public bool Alias { get; } = alias;
    public Expr Type { get; } = type;
}

/// <summary>A function or method declaration; Body is null for a function implemented natively (Go's bodyless declaration).</summary>
public sealed class FuncDecl(Pos pos, Field? recv, Ident name, FuncTypeExpr type, BlockStmt? body) : Decl(pos)
{
    public Field? Recv { get; } = recv;
    public Ident Name { get; } = name;
    public FuncTypeExpr Type { get; } = type;
    public BlockStmt? Body { get; } = body;
}

/// <summary>One source file.</summary>
public sealed class SourceFile(Pos pos, string path, Ident packageName, List<ImportSpec> imports, List<Decl> decls)
{
    public Pos Pos { get; } = pos;
    public string Path { get; } = path;
    public Ident PackageName { get; } = packageName;
    public List<ImportSpec> Imports { get; } = imports;
    public List<Decl> Decls { get; } = decls;
}
