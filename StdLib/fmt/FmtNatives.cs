using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Fmt;

/// <summary>The natives of package fmt (declared in print.go and errors.go).</summary>
public static class FmtNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("Sprintf", c => Sprint(c, PrintMode.Printf));
        t.Add("Sprint", c => Sprint(c, PrintMode.Print));
        t.Add("Sprintln", c => Sprint(c, PrintMode.Println));
        t.Add("Printf", c => Print(c, PrintMode.Printf));
        t.Add("Print", c => Print(c, PrintMode.Print));
        t.Add("Println", c => Print(c, PrintMode.Println));
        t.Add("Appendf", c => Append(c, PrintMode.Printf));
        t.Add("Append", c => Append(c, PrintMode.Print));
        t.Add("Appendln", c => Append(c, PrintMode.Println));
        t.Add("errorf", Errorf);
        t.Add("setCallMethod", c => c.Ctx.PackageState[Printer.HelperKey] = c.Ref(0) ?? throw RuntimeErrors.NilDeref());
    }

    private enum PrintMode { Print, Println, Printf }

    /// <summary>Formats the operands starting at slot `first` (a format string first for Printf).</summary>
    private static Printer Format(NativeCall c, int first, PrintMode mode)
    {
        var p = Printer.Get(c.Ctx);
        try
        {
            switch (mode)
            {
                case PrintMode.Printf: p.DoPrintf(c.Str(first), c.SliceArg(first + 1)); break;
                case PrintMode.Print: p.DoPrint(c.SliceArg(first)); break;
                default: p.DoPrintln(c.SliceArg(first)); break;
            }
            return p;
        }
        catch
        {
            p.Free();
            throw;
        }
    }

    private static void Sprint(NativeCall c, PrintMode mode)
    {
        var p = Format(c, 0, mode);
        string s = p.Buf.ToString();
        p.Free();
        c.SetStr(0, s);
    }

    private static void Print(NativeCall c, PrintMode mode)
    {
        var p = Format(c, 0, mode);
        int n = p.Buf.Length;
        var stdout = c.Ctx.Stdout;
        try
        {
            lock (stdout) stdout.Write(p.Buf.Data, 0, n);
        }
        finally
        {
            p.Free();
        }
        c.SetInt(0, n);
        c[1] = default;
    }

    private static void Append(NativeCall c, PrintMode mode)
    {
        var dst = c.SliceArg(0);
        var p = Format(c, 1, mode);
        var result = GoSlices.AppendBytes(dst, p.Buf.Written);
        p.Free();
        c.SetRef(0, result);
    }

    /// <summary>errorf(format, a) (message, wrapped): the text and the indexes of the %w operands.</summary>
    private static void Errorf(NativeCall c)
    {
        var p = Printer.Get(c.Ctx, wrapErrs: true);
        string msg;
        Slice? wrapped = null;
        try
        {
            p.DoPrintf(c.Str(0), c.SliceArg(1));
            msg = p.Buf.ToString();
            if (p.WrappedErrs is { Count: > 0 } w)
            {
                if (p.Reordered) w.Sort();
                var idx = new long[w.Count];
                for (int i = 0; i < idx.Length; i++) idx[i] = w[i];
                wrapped = new Slice(idx, 0, idx.Length, idx.Length);
            }
        }
        finally
        {
            p.Free();
        }
        c.SetStr(0, msg);
        c.SetRef(1, wrapped);
    }
}
