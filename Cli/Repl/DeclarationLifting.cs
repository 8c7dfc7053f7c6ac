using System.Text;
using Minigo.Compiler;
using Minigo.Compiler.Syntax;

namespace Minigo.Cli.Repl;

/// <summary>
/// Splits an input of statements that also declares types or constants at its top level
/// (`type P struct{ X int }; p := P{1}`) into two inputs run in turn: those declarations, so
/// that they persist as package-level ones, then the statements. Each part is the whole input
/// with the other part blanked out (spaces, newlines kept), so that positions in errors and
/// stack traces stay those of the input.
/// </summary>
internal static class DeclarationLifting
{
    private const string Prefix = "package main; func __repl_split() { ";

    public static IReadOnlyList<string> Split(string input)
    {
        if (input.TrimStart().StartsWith("package ", StringComparison.Ordinal)) return [input];
        var diags = new DiagnosticBag();
        var file = GoSyntax.Parse("input", Prefix + input + "\n}\n", diags);
        if (file == null || diags.HasErrors) return [input];
        var stmts = ((FuncDecl)file.Decls[^1]).Body!.Stmts;
        if (!stmts.Any(IsLifted)) return [input];

        var lifted = new bool[input.Length];
        for (int i = 0; i < stmts.Count; i++)
        {
            if (!IsLifted(stmts[i])) continue;
            int start = OffsetOf(input, stmts[i].Pos);
            int end = i + 1 < stmts.Count ? OffsetOf(input, stmts[i + 1].Pos) : input.Length;
            for (int k = start; k < end; k++) lifted[k] = true;
        }
        var declarations = Blank(input, lifted, keep: true);
        var statements = Blank(input, lifted, keep: false);
        return statements.Trim().Length == 0 ? [declarations] : [declarations, statements];
    }

    private static bool IsLifted(Stmt s) => s is DeclStmt { Decl.Kind: DeclKind.Type or DeclKind.Const };

    /// <summary>The input with the chars whose mark differs from keep replaced by as many spaces as their UTF-8 bytes (Go's columns count bytes).</summary>
    private static string Blank(string input, bool[] lifted, bool keep)
    {
        var sb = new StringBuilder(input.Length);
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            if (lifted[i] == keep || c == '\n') sb.Append(c);
            else if (!char.IsLowSurrogate(c)) sb.Append(' ', char.IsHighSurrogate(c) ? 4 : Encoding.UTF8.GetByteCount(c.ToString()));
        }
        return sb.ToString();
    }

    /// <summary>The char offset in the input of a position in the parsed text (line 1 follows Prefix; columns are UTF-8 bytes).</summary>
    private static int OffsetOf(string input, Pos pos)
    {
        int offset = 0;
        for (int line = 1; line < pos.Line; line++) offset = input.IndexOf('\n', offset) + 1;
        int bytes = pos.Col - 1 - (pos.Line == 1 ? Prefix.Length : 0);
        while (bytes > 0 && offset < input.Length)
        {
            bytes -= char.IsHighSurrogate(input[offset]) ? 4 : Encoding.UTF8.GetByteCount(input[offset].ToString());
            offset += char.IsHighSurrogate(input[offset]) ? 2 : 1;
        }
        return Math.Min(offset, input.Length);
    }
}
