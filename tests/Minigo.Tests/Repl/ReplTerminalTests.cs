using Xunit;

namespace Minigo.Tests.Repl;

/// <summary>
/// The interactive REPL for real: the minigo binary on a pseudo-terminal, driven by keys.
/// Each step waits for what the screen must show (generous timeouts, no fixed sleeps).
/// </summary>
public class ReplTerminalTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("minigo-repl-pty").FullName;
    /// <summary>A fresh prompt after Enter (the editor ends the line, then draws the prompt at the row's start).</summary>
    private const string Prompt = "\n\r> ", Continuation = "\n\r. ";
    private string HistoryFile => Path.Combine(dir, "history");

    private PseudoTerminal StartRepl(string[]? args = null)
    {
        var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        env["TERM"] = "xterm";
        env["MINIGO_HISTORY"] = HistoryFile;
        var repl = new PseudoTerminal(Path.Combine(AppContext.BaseDirectory, "minigo"), args ?? ["repl"], env);
        Assert.True(repl.WaitFor("> "), "no prompt:\n" + repl.Screen);
        return repl;
    }

    /// <summary>Types a line and waits for the output it must produce (searched after what was on screen before).</summary>
    private static void Enter(PseudoTerminal repl, string line, string expected)
    {
        int from = repl.Screen.Length;
        repl.Type(line + "\r");
        Assert.True(repl.WaitFor(expected, from), $"expected {expected:q} after {line}:\n" + repl.Screen);
    }

    [Fact]
    public void UpArrowRecallsEarlierInputsAndHistoryOutlivesTheSession()
    {
        using (var repl = StartRepl())
        {
            Enter(repl, "x := 20", Prompt);
            Enter(repl, "x * 2", "40\r\n");
            Enter(repl, "x++", Prompt);
            int from = repl.Screen.Length;
            repl.Type("\x1b[A\x1b[A\r"); // Up twice: `x * 2` again, with x now 21
            Assert.True(repl.WaitFor("42\r\n", from), repl.Screen);
            repl.Type("\x04");
            Assert.Equal(0, repl.WaitForExit());
        }
        Assert.Equal(["x := 20", "x * 2", "x++", "x * 2"], File.ReadAllLines(HistoryFile));
        using (var again = StartRepl())
        {
            Enter(again, "x := 1", Prompt);
            int from = again.Screen.Length;
            again.Type("\x1b[A\x1b[A\r"); // the previous session's last input
            Assert.True(again.WaitFor("2\r\n", from), again.Screen);
        }
    }

    [Fact]
    public void CursorKeysEditTheLine()
    {
        using var repl = StartRepl();
        int from = repl.Screen.Length;
        // "ac" typed, cursor moved left over `"` and c, b inserted; Home then End keep the line.
        repl.Type("\"ac\"\x1b[D\x1b[Db\x1b[H\x1b[F\r");
        Assert.True(repl.WaitFor("abc\r\n", from), repl.Screen);
        from = repl.Screen.Length;
        repl.Type("\"xyz!\x7f\"\r"); // Backspace removes the !
        Assert.True(repl.WaitFor("xyz\r\n", from), repl.Screen);
    }

    [Fact]
    public void ALineWiderThanTheTerminalScrollsAndStillEdits()
    {
        using var repl = StartRepl();
        string word = new('w', 150);
        int from = repl.Screen.Length;
        // Home, then right over the quote: the inserted < lands at the start of the string.
        repl.Type("\"" + word + "\"\x1b[H\x1b[C<\x1b[F\r");
        Assert.True(repl.WaitFor("<" + word + "\r\n", from), repl.Screen);
        // No prompt row the editor drew is wider than the (default 80-column) terminal.
        var drawn = repl.Screen[from..].Split('\r').Select(row => System.Text.RegularExpressions.Regex.Replace(row, "\x1b\\[[0-9;?]*[A-Za-z]", ""));
        Assert.All(drawn.Where(row => row.StartsWith("> ")), row => Assert.True(row.Length <= 80, row));
    }

    [Fact]
    public void AnOpenBraceContinuesTheInputWithAContinuationPrompt()
    {
        using var repl = StartRepl();
        Enter(repl, "func seven() int {", Continuation);
        Enter(repl, "return 7", Continuation);
        Enter(repl, "}", Prompt);
        Enter(repl, "seven()", "7\r\n");
    }

    [Fact]
    public void CtrlCInterruptsAnEndlessLoopAndTheSessionGoesOn()
    {
        using var repl = StartRepl();
        Enter(repl, "n := 1", Prompt);
        // The output line, not the echo of the input: the loop runs once the line has been read.
        Enter(repl, "println(\"looping\"); for { n++ }", "looping\r\n");
        int from = repl.Screen.Length;
        repl.Type("\x03");
        Assert.True(repl.WaitFor("interrupted", from), repl.Screen);
        Assert.True(repl.WaitFor("> ", from), repl.Screen);
        Enter(repl, "n > 1", "true\r\n");
    }

    [Fact]
    public void CtrlCInterruptsAnInputBlockedOnAChannel()
    {
        using var repl = StartRepl();
        Enter(repl, "ch := make(chan int)", Prompt);
        Enter(repl, "println(\"waiting\"); <-ch", "waiting\r\n");
        int from = repl.Screen.Length;
        repl.Type("\x03");
        Assert.True(repl.WaitFor("interrupted", from), repl.Screen);
        Enter(repl, "go func() { ch <- 5 }()", Prompt);
        Enter(repl, "<-ch", "5\r\n"); // the interrupted receive is gone: it took nothing
    }

    [Fact]
    public void MinigoAloneOnATerminalStartsTheRepl()
    {
        using var repl = StartRepl([]);
        Enter(repl, "1 + 2", "3\r\n");
        Enter(repl, ":quit", "");
        Assert.Equal(0, repl.WaitForExit());
    }

    [Fact]
    public void CtrlCDropsAHalfTypedInputAndCtrlDExits()
    {
        using var repl = StartRepl();
        Enter(repl, "func broken() {", Continuation);
        int from = repl.Screen.Length;
        repl.Type("\x03");
        Assert.True(repl.WaitFor(Prompt, from), repl.Screen);
        Enter(repl, "\"fresh\"", "fresh\r\n");
        repl.Type("\x04");
        Assert.Equal(0, repl.WaitForExit());
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
