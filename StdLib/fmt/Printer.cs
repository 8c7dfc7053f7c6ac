using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Fmt;

/// <summary>
/// Go's fmt printer (pp in print.go): turns operands into text in a reusable buffer. One
/// printer serves one Print/Sprintf/Errorf call; printers are pooled per thread, and a call
/// made while another is in progress (a String method calling Sprintf) takes a fresh one.
/// </summary>
internal sealed partial class Printer
{
    public readonly ByteBuffer Buf = new(128);
    private IGoContext ctx = null!;

    /// <summary>Printing a bad verb's operand: methods are not called.</summary>
    private bool erroring;
    /// <summary>Printing a panic value from a method: a second panic propagates.</summary>
    private bool panicking;
    /// <summary>Errorf: %w is allowed, and the operands it names are recorded.</summary>
    private bool wrapErrs;
    public List<int>? WrappedErrs;
    /// <summary>The format used explicit argument indexes ([n]).</summary>
    public bool Reordered;
    private bool goodArgNum;

    [ThreadStatic] private static Stack<Printer>? pool;

    public static Printer Get(IGoContext ctx, bool wrapErrs = false)
    {
        var p = pool is { Count: > 0 } ? pool.Pop() : new Printer();
        p.ctx = ctx;
        p.wrapErrs = wrapErrs;
        return p;
    }

    public void Free()
    {
        // Very large buffers are not kept, as Go's pool drops them.
        if (Buf.Data.Length > 64 << 10) return;
        Buf.Clear();
        ClearFlags();
        erroring = panicking = wrapErrs = Reordered = false;
        WrappedErrs = null;
        curType = null;
        curValue = default;
        ctx = null!;
        (pool ??= new Stack<Printer>()).Push(this);
    }

    private static ref Slot Arg(Slice args, int i) => ref ((Slot[])args.Array)[args.Offset + i];

    /// <summary>Print/Sprint: spaces between operands when neither side is a string.</summary>
    public void DoPrint(Slice? args)
    {
        int n = args?.Length ?? 0;
        bool prevString = false;
        for (int i = 0; i < n; i++)
        {
            var arg = Arg(args!, i);
            var t = Iface.TypeOf(arg);
            bool isString = t != null && t.Kind == Kind.String;
            if (i > 0 && !isString && !prevString) Buf.Append((byte)' ');
            PrintArg(arg, 'v');
            prevString = isString;
        }
    }

    /// <summary>Println/Sprintln: spaces between all operands, and a newline.</summary>
    public void DoPrintln(Slice? args)
    {
        int n = args?.Length ?? 0;
        for (int i = 0; i < n; i++)
        {
            if (i > 0) Buf.Append((byte)' ');
            PrintArg(Arg(args!, i), 'v');
        }
        Buf.Append((byte)'\n');
    }

    public void DoPrintf(string format, Slice? args)
    {
        int end = format.Length;
        int numArgs = args?.Length ?? 0;
        int argNum = 0;
        bool afterIndex = false; // the previous item in format was an index like [3]
        Reordered = false;
        for (int i = 0; i < end;)
        {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format[i] != '%') i++;
            if (i > lasti) Buf.Append(format.AsSpan(lasti, i - lasti));
            if (i >= end) break;

            i++; // skip %
            ClearFlags();
            bool simple = false;
            for (; i < end; i++)
            {
                char c = format[i];
                if (c == '#') sharp = true;
                else if (c == '0') zero = !minus; // zero padding only to the left
                else if (c == '+') plus = true;
                else if (c == '-') { minus = true; zero = false; }
                else if (c == ' ') space = true;
                else
                {
                    // Fast path: a lower-case verb with no width, precision or index.
                    if (c >= 'a' && c <= 'z' && argNum < numArgs)
                    {
                        if (c == 'w') (WrappedErrs ??= []).Add(argNum);
                        if (c == 'v' || c == 'w')
                        {
                            sharpV = sharp; sharp = false;
                            plusV = plus; plus = false;
                        }
                        PrintArg(Arg(args!, argNum), c);
                        argNum++;
                        i++;
                        simple = true;
                    }
                    break;
                }
            }
            if (simple) continue;

            (argNum, i, afterIndex) = ArgNumber(argNum, format, i, numArgs);

            // Width.
            if (i < end && format[i] == '*')
            {
                i++;
                (wid, widPresent, argNum) = IntFromArg(args, argNum);
                if (!widPresent) Buf.Append("%!(BADWIDTH)");
                // A negative width means the - flag.
                if (wid < 0)
                {
                    wid = -wid;
                    minus = true;
                    zero = false;
                }
                afterIndex = false;
            }
            else
            {
                (wid, widPresent, i) = ParseNum(format, i, end);
                if (afterIndex && widPresent) goodArgNum = false; // "%[3]2d"
            }

            // Precision.
            if (i + 1 < end && format[i] == '.')
            {
                i++;
                if (afterIndex) goodArgNum = false; // "%[3].2d"
                (argNum, i, afterIndex) = ArgNumber(argNum, format, i, numArgs);
                if (i < end && format[i] == '*')
                {
                    i++;
                    (prec, precPresent, argNum) = IntFromArg(args, argNum);
                    // A negative precision makes no sense.
                    if (prec < 0)
                    {
                        prec = 0;
                        precPresent = false;
                    }
                    if (!precPresent) Buf.Append("%!(BADPREC)");
                    afterIndex = false;
                }
                else
                {
                    (prec, precPresent, i) = ParseNum(format, i, end);
                    if (!precPresent)
                    {
                        prec = 0;
                        precPresent = true;
                    }
                }
            }

            if (!afterIndex) (argNum, i, afterIndex) = ArgNumber(argNum, format, i, numArgs);

            if (i >= end)
            {
                Buf.Append("%!(NOVERB)");
                break;
            }

            int verb = format[i], size = 1;
            if (verb >= 0x80) (verb, size) = Utf8.Decode(format.AsSpan(i));
            i += size;

            if (verb == '%')
            {
                // %% does not take an operand and ignores width and precision.
                Buf.Append((byte)'%');
            }
            else if (!goodArgNum)
            {
                Buf.Append("%!");
                Buf.AppendRune(verb);
                Buf.Append("(BADINDEX)");
            }
            else if (argNum >= numArgs)
            {
                Buf.Append("%!");
                Buf.AppendRune(verb);
                Buf.Append("(MISSING)");
            }
            else
            {
                if (verb == 'w') (WrappedErrs ??= []).Add(argNum);
                if (verb == 'v' || verb == 'w')
                {
                    sharpV = sharp; sharp = false;
                    plusV = plus; plus = false;
                }
                PrintArg(Arg(args!, argNum), verb);
                argNum++;
            }
        }

        // Unused operands are reported, unless the format reordered them (then it is too
        // expensive to tell, and arguably fine).
        if (!Reordered && argNum < numArgs)
        {
            ClearFlags();
            Buf.Append("%!(EXTRA ");
            for (int k = argNum; k < numArgs; k++)
            {
                if (k > argNum) Buf.Append(", ");
                var arg = Arg(args!, k);
                var t = Iface.TypeOf(arg);
                if (t == null) Buf.Append("<nil>");
                else
                {
                    Buf.Append(t.ToString());
                    Buf.Append((byte)'=');
                    PrintArg(arg, 'v');
                }
            }
            Buf.Append((byte)')');
        }
    }

    /// <summary>Reads a decimal number at s[start..end); gives up past a million (crazy widths).</summary>
    private static (int Num, bool IsNum, int NewI) ParseNum(string s, int start, int end)
    {
        if (start >= end) return (0, false, end);
        int num = 0;
        bool isnum = false;
        int i = start;
        for (; i < end && s[i] >= '0' && s[i] <= '9'; i++)
        {
            if (TooLarge(num)) return (0, false, end);
            num = num * 10 + (s[i] - '0');
            isnum = true;
        }
        return (num, isnum, i);
    }

    private static bool TooLarge(int x) => x > 1_000_000 || x < -1_000_000;

    /// <summary>An explicit argument index [n] at format[i], if any.</summary>
    private (int ArgNum, int NewI, bool Found) ArgNumber(int argNum, string format, int i, int numArgs)
    {
        if (format.Length <= i || format[i] != '[') return (argNum, i, false);
        Reordered = true;
        var (index, wid, ok) = ParseArgNumber(format, i);
        if (ok && 0 <= index && index < numArgs) return (index, i + wid, true);
        goodArgNum = false;
        return (argNum, i + wid, ok);
    }

    private static (int Index, int Wid, bool Ok) ParseArgNumber(string format, int start)
    {
        // There must be at least 3 bytes: [n].
        if (format.Length - start < 3) return (0, 1, false);
        for (int i = start + 1; i < format.Length; i++)
        {
            if (format[i] == ']')
            {
                var (width, ok, newi) = ParseNum(format, start + 1, i);
                if (!ok || newi != i) return (0, i - start + 1, false);
                return (width - 1, i - start + 1, true); // arg numbers are one-indexed
            }
        }
        return (0, 1, false);
    }

    /// <summary>A * width or precision: the operand must be an integer that fits an int and is not huge.</summary>
    private static (int Num, bool IsInt, int NewArgNum) IntFromArg(Slice? args, int argNum)
    {
        int num = 0;
        bool isInt = false;
        int newArgNum = argNum;
        if (args != null && argNum < args.Length)
        {
            var arg = Arg(args, argNum);
            var t = Iface.TypeOf(arg);
            if (t != null && t.Kind.IsInteger())
            {
                long n = arg.N;
                if (!t.Kind.IsUnsigned() || n >= 0)
                {
                    num = (int)Math.Clamp(n, int.MinValue, int.MaxValue);
                    isInt = n == num;
                    if (!isInt) num = 0;
                }
            }
            newArgNum = argNum + 1;
            if (TooLarge(num))
            {
                num = 0;
                isInt = false;
            }
        }
        return (num, isInt, newArgNum);
    }
}
