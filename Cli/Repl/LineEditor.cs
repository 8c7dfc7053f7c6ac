using System.Text;

namespace Minigo.Cli.Repl;

/// <summary>
/// A small line editor on the terminal's raw keys (Console.ReadKey): insert at the cursor,
/// Backspace/Delete, Left/Right, Home/End (Ctrl-A/Ctrl-E), Ctrl-U/Ctrl-K (erase to the start
/// or end), Up/Down through the history, Enter, Ctrl-C (drop the input), Ctrl-D (end of input
/// on an empty line, else delete under the cursor). The line is redrawn on one terminal row,
/// scrolled sideways when it is wider than the terminal.
/// </summary>
internal sealed class LineEditor(History history) : ILineReader
{
    private readonly StringBuilder line = new();
    private int cursor;
    /// <summary>The first character shown, for a line wider than the terminal.</summary>
    private int scroll;
    private string prompt = "";

    public bool WasInterrupted { get; private set; }
    public bool IsInteractive => true;

    public string? ReadLine(string prompt)
    {
        this.prompt = prompt;
        line.Clear();
        cursor = scroll = 0;
        WasInterrupted = false;
        int browsing = history.Count; // history index shown; Count is the line being edited
        string edited = "";
        bool treatCtrlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            Redraw();
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                bool ctrl = (key.Modifiers & ConsoleModifiers.Control) != 0;
                switch (key.Key)
                {
                    case ConsoleKey.Enter:
                        Console.Out.Write("\r\n");
                        Console.Out.Flush();
                        var text = line.ToString();
                        history.Add(text);
                        return text;
                    case ConsoleKey.C when ctrl:
                        Console.Out.Write("^C\r\n");
                        Console.Out.Flush();
                        WasInterrupted = true;
                        return "";
                    case ConsoleKey.D when ctrl:
                        if (line.Length == 0)
                        {
                            Console.Out.Write("\r\n");
                            Console.Out.Flush();
                            return null;
                        }
                        if (cursor < line.Length) line.Remove(cursor, 1);
                        break;
                    case ConsoleKey.Backspace:
                        if (cursor > 0) line.Remove(--cursor, 1);
                        break;
                    case ConsoleKey.Delete:
                        if (cursor < line.Length) line.Remove(cursor, 1);
                        break;
                    case ConsoleKey.LeftArrow or ConsoleKey.B when key.Key == ConsoleKey.LeftArrow || ctrl:
                        if (cursor > 0) cursor--;
                        break;
                    case ConsoleKey.RightArrow or ConsoleKey.F when key.Key == ConsoleKey.RightArrow || ctrl:
                        if (cursor < line.Length) cursor++;
                        break;
                    case ConsoleKey.Home or ConsoleKey.A when key.Key == ConsoleKey.Home || ctrl:
                        cursor = 0;
                        break;
                    case ConsoleKey.End or ConsoleKey.E when key.Key == ConsoleKey.End || ctrl:
                        cursor = line.Length;
                        break;
                    case ConsoleKey.U when ctrl:
                        line.Remove(0, cursor);
                        cursor = 0;
                        break;
                    case ConsoleKey.K when ctrl:
                        line.Remove(cursor, line.Length - cursor);
                        break;
                    case ConsoleKey.UpArrow or ConsoleKey.P when key.Key == ConsoleKey.UpArrow || ctrl:
                        if (browsing == 0) break;
                        if (browsing == history.Count) edited = line.ToString();
                        Show(history[--browsing]);
                        break;
                    case ConsoleKey.DownArrow or ConsoleKey.N when key.Key == ConsoleKey.DownArrow || ctrl:
                        if (browsing == history.Count) break;
                        browsing++;
                        Show(browsing == history.Count ? edited : history[browsing]);
                        break;
                    case ConsoleKey.Tab:
                        // A tab as spaces: the redraw counts one column per character.
                        line.Insert(cursor, "    ");
                        cursor += 4;
                        break;
                    default:
                        if (key.KeyChar >= ' ' && !ctrl) line.Insert(cursor++, key.KeyChar);
                        break;
                }
                Redraw();
            }
        }
        finally
        {
            Console.TreatControlCAsInput = treatCtrlC;
        }
    }

    private void Show(string text)
    {
        line.Clear().Append(text);
        cursor = line.Length;
    }

    /// <summary>
    /// Prompt and line on the current row, the rest of the row cleared, the cursor put back in
    /// place. A line wider than the terminal scrolls sideways to keep the cursor in view.
    /// </summary>
    private void Redraw()
    {
        int room = Math.Max(10, TerminalWidth() - 1 - prompt.Length); // the last column would wrap
        if (cursor < scroll) scroll = cursor;
        else if (cursor > scroll + room) scroll = cursor - room;
        scroll = Math.Max(0, Math.Min(scroll, Math.Max(0, line.Length - room)));
        int visible = Math.Min(room, line.Length - scroll);
        var sb = new StringBuilder();
        sb.Append('\r').Append(prompt).Append(line, scroll, visible).Append("\x1b[K");
        int back = scroll + visible - cursor;
        if (back > 0) sb.Append("\x1b[").Append(back).Append('D');
        Console.Out.Write(sb.ToString());
        Console.Out.Flush();
    }

    private static int TerminalWidth()
    {
        try
        {
            int width = Console.WindowWidth;
            return width > 0 ? width : DefaultWidth;
        }
        catch (IOException)
        {
            return DefaultWidth;
        }
    }

    private const int DefaultWidth = 80;
}
