using System.Collections;
using System.Reflection;
using System.Text;
using Minigo.Compiler;
using Minigo.Compiler.Syntax;
using Xunit;

namespace Minigo.Tests.Syntax;

/// <summary>
/// Compact S-expression form of AST nodes for assertions: `(CallExpr Fun=f Args=[x])`.
/// Identifiers print as their name and literals as their source text; positions, null
/// properties, empty lists and false flags are left out so the shapes stay readable.
/// </summary>
internal static class AstDump
{
    public static string Of(object? node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? node)
    {
        switch (node)
        {
            case null: sb.Append("nil"); return;
            case Ident id: sb.Append(id.Name); return;
            case BasicLit lit: sb.Append(lit.Text); return;
            case string s: sb.Append('"').Append(s).Append('"'); return;
            case bool or int or Enum: sb.Append(node); return;
            case IList list:
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(' ');
                    Write(sb, list[i]);
                }
                sb.Append(']');
                return;
        }

        var type = node.GetType();
        sb.Append('(').Append(type.Name);
        foreach (var prop in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (prop.PropertyType == typeof(Pos) || prop.Name == "EqualityContract") continue;
            var value = prop.GetValue(node);
            if (value is null or false || value is IList { Count: 0 }) continue;
            sb.Append(' ').Append(prop.Name).Append('=');
            Write(sb, value);
        }
        sb.Append(')');
    }
}

/// <summary>Parsing helpers shared by the syntax tests.</summary>
internal static class Go
{
    /// <summary>Parses a file that must be free of errors; SLL alone must have sufficed.</summary>
    public static SourceFile Parse(string src)
    {
        var diags = new DiagnosticBag();
        var file = GoSyntax.Parse("t.go", src, diags, out bool fullLL);
        Assert.True(file != null, string.Join("\n", diags.Format()));
        Assert.False(fullLL, "SLL prediction failed on a valid program");
        return file!;
    }

    /// <summary>The body statements of `func f() { body }`.</summary>
    public static List<Stmt> Body(string body) =>
        ((FuncDecl)Parse("package p\nfunc f() {\n" + body + "\n}\n").Decls[0]).Body!.Stmts;

    public static string DumpBody(string body) => string.Join("\n", Body(body).Select(AstDump.Of));

    /// <summary>The expression `e` as the sole statement of a function body.</summary>
    public static string DumpExpr(string e) => AstDump.Of(((ExprStmt)Body(e)[0]).X);

    /// <summary>The first declaration of the file `package p` + decl.</summary>
    public static string DumpDecl(string decl) => AstDump.Of(Parse("package p\n" + decl + "\n").Decls[0]);

    /// <summary>The diagnostics go build would print for the file.</summary>
    public static List<string> Errors(string src)
    {
        var diags = new DiagnosticBag();
        var file = GoSyntax.Parse("t.go", src, diags);
        Assert.Null(file);
        return diags.Format().ToList();
    }
}
