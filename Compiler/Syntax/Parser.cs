using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Minigo.Compiler.Syntax.Generated;

namespace Minigo.Compiler.Syntax;

/// <summary>Go source text to AST: lexing, semicolon insertion, parsing, AST building.</summary>
public static class GoSyntax
{
    /// <summary>
    /// Parsing recurses once per nesting level of the source (several frames per parenthesis
    /// or block). A stack overflow cannot be caught in .NET, so parse on a thread with a stack
    /// deep enough for any plausible program.
    /// </summary>
    private const int StackSize = 64 * 1024 * 1024;

    /// <summary>Parses one file. Errors go to diags (as go build words them); the result is null if there were any.</summary>
    public static SourceFile? Parse(string path, string text, DiagnosticBag diags) => Parse(path, text, diags, out _);

    /// <summary>
    /// As <see cref="Parse(string, string, DiagnosticBag)"/>; neededFullLL tells whether fast SLL
    /// prediction failed and the file was parsed again with full LL, which should happen only for
    /// files with syntax errors (the grammar is written so that SLL suffices for valid Go).
    /// </summary>
    public static SourceFile? Parse(string path, string text, DiagnosticBag diags, out bool neededFullLL)
    {
        SourceFile? file = null;
        bool fullLL = false;
        var thread = new Thread(() => file = ParseFile(path, text, diags, out fullLL), StackSize);
        thread.Start();
        thread.Join();
        neededFullLL = fullLL;
        return file;
    }

    /// <summary>
    /// The text as the lexer should see it. Go skips a byte order mark at the start of a file (a
    /// space keeps the columns). ANTLR's code-point stream rejects lone surrogates, which a .NET
    /// string can hold though no UTF-8 file can: they become U+FFFD, an invalid character.
    /// </summary>
    private static string LexerInput(string text)
    {
        if (text.StartsWith('\uFEFF')) text = " " + text[1..];
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return text;
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static GoParser.SourceFileContext? TryParse(GoParser parser)
    {
        try
        {
            return parser.sourceFile();
        }
        catch (ParseCanceledException)
        {
            return null;
        }
    }

    private static SourceFile? ParseFile(string path, string text, DiagnosticBag diags, out bool neededFullLL)
    {
        neededFullLL = false;
        var errors = new SyntaxErrorSink(diags, new SourcePositions(path, text));
        try
        {
            var lexer = new GoLexer(CharStreams.fromString(LexerInput(text)));
            lexer.RemoveErrorListeners();
            var tokens = new CommonTokenStream(new SemicolonInserter(new TokenChecker(lexer, errors)));
            tokens.Fill(); // lexical errors first: Go's scanner reports them before the parser sees the token

            var parser = new GoParser(tokens);
            parser.RemoveErrorListeners();
            parser.ErrorHandler = new BailErrorStrategy();
            parser.Interpreter.PredictionMode = PredictionMode.SLL;
            var tree = TryParse(parser);
            if (tree == null)
            {
                // SLL failed: a syntax error or, in theory, a construct only full LL can decide.
                neededFullLL = true;
                tokens.Seek(0);
                parser.Reset();
                parser.Interpreter.PredictionMode = PredictionMode.LL;
                tree = TryParse(parser);
            }
            if (tree == null)
            {
                tokens.Seek(0);
                parser.Reset();
                SyntaxErrorPass.Run(parser, tokens, errors);
            }
            if (tree == null || errors.HasErrors) return null;

            var file = new AstBuilder(errors).Build(tree);
            return errors.HasErrors ? null : file;
        }
        catch (SyntaxErrorSink.TooManyErrors)
        {
            return null;
        }
        catch (Exception e)
        {
            // A bug in the front end must still end as a diagnostic, never as a crash.
            diags.Error(new Pos(path, 0, 0), $"{path}: internal compiler error: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }
}
