using Minigo.Hosting.Interop;
using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.Hosting;

/// <summary>Builds GoPanicException from Go's panic report and the panic record (value, stack).</summary>
internal static class PanicErrors
{
    public static GoPanicException FromReport(string report, PanicRecord panic, GoInstance? instance)
    {
        var (file, line) = Where(panic.Trace);
        return new GoPanicException(ProgramRun.FirstLines(report), PanicValue(panic.Value, instance), report)
        {
            GoFile = file,
            Line = line,
            GoStack = string.Join("\n", panic.Trace),
        };
    }

    /// <summary>The panic value for .NET: basic values as themselves, errors and others as Go prints them.</summary>
    private static object? PanicValue(in Slot v, GoInstance? instance)
    {
        var t = Iface.TypeOf(v);
        if (t == null) return null;
        if (t.Kind is Kind.String or Kind.Bool or Kind.Float32 or Kind.Float64 || t.Kind.IsInteger())
            return ValueConverter.ToDotNet(Iface.ValueOf(v), t, typeof(object), instance);
        return null;
    }

    /// <summary>The file and line of a trace's top frame ("main.f(...)", "\t/path/x.go:12").</summary>
    public static (string? File, int Line) Where(IReadOnlyList<string> trace)
    {
        foreach (var l in trace)
            if (l.StartsWith('\t'))
            {
                int colon = l.LastIndexOf(':');
                if (colon > 0 && int.TryParse(l.AsSpan(colon + 1).TrimEnd(), out int line)) return (l[1..colon], line);
            }
        return (null, 0);
    }

    public static (string? File, int Line) Where(string report) => Where(StackOf(report).Split('\n'));

    /// <summary>The stack part of a report: the lines after the first goroutine header.</summary>
    public static string StackOf(string report)
    {
        int g = report.IndexOf("\ngoroutine ", StringComparison.Ordinal);
        if (g < 0) return "";
        int nl = report.IndexOf('\n', g + 1);
        return nl < 0 ? "" : report[(nl + 1)..].TrimEnd();
    }
}
