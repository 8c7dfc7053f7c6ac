using Minigo.Runtime;

namespace Minigo.StdLib.Fmt;

/// <summary>
/// Calling an operand's Error, String, GoString or Format method (Go's handleMethods), and
/// reporting a panic inside one as %!v(PANIC=String method: ...) (Go's catchPanic). The call
/// goes through fmt's Go helper callMethod (print.go), which recovers the panic in Go; it is
/// registered at fmt's init under <see cref="HelperKey"/>.
/// </summary>
internal sealed partial class Printer
{
    public const string HelperKey = "fmt.callMethod";

    private const int MethodError = 0, MethodString = 1, MethodGoString = 2, MethodFormat = 3;
    private static readonly string[] MethodNames = ["Error", "String", "GoString", "Format"];

    private readonly Slot[] callArgs = new Slot[6];
    private readonly Slot[] callResults = new Slot[3];

    /// <summary>Whether t has method `name` with signature func() string.</summary>
    private static bool HasStringMethod(RType t, string name)
    {
        var m = t.FindMethod(name);
        if (m == null) return false;
        var sig = m.Signature;
        return sig == null || (sig.Results.Length == 1 && sig.Results[0].Kind == Kind.String && !sig.Variadic
                               && (sig.Params.Length == 0 || (sig.Params.Length == 1 && ReferenceEquals(sig.Params[0], t))));
    }

    /// <summary>Whether t implements Formatter: Format(State, rune).</summary>
    private static bool HasFormatMethod(RType t)
    {
        var m = t.FindMethod("Format");
        if (m == null) return false;
        var sig = m.Signature;
        return sig == null || (sig.Results.Length == 0 && sig.Params.Length >= 2 && sig.Params[^1].Kind == Kind.Int32
                               && sig.Params[^2].Kind == Kind.Interface);
    }

    private static bool IsError(RType t) => HasStringMethod(t, "Error");

    /// <summary>Returns true if the operand was printed by one of its methods (or the %w verb was rejected).</summary>
    private bool HandleMethods(RType t, in Slot v, int verb)
    {
        if (erroring) return false;
        if (verb == 'w')
        {
            // %w is only for Errorf, and only for errors.
            if (!wrapErrs || !IsError(t))
            {
                BadVerb(verb);
                return true;
            }
            verb = 'v';
        }
        if (HasFormatMethod(t))
        {
            CallMethod(t, v, MethodFormat, verb);
            return true;
        }
        if (sharpV)
        {
            if (HasStringMethod(t, "GoString"))
            {
                if (CallMethod(t, v, MethodGoString, verb, out var s)) FmtS(s);
                return true;
            }
            return false;
        }
        if (verb is 'v' or 's' or 'x' or 'X' or 'q')
        {
            int which = IsError(t) ? MethodError : HasStringMethod(t, "String") ? MethodString : -1;
            if (which < 0) return false;
            if (CallMethod(t, v, which, verb, out var s)) FmtString(s, verb);
            return true;
        }
        return false;
    }

    private bool CallMethod(RType t, in Slot v, int which, int verb) => CallMethod(t, v, which, verb, out _);

    /// <summary>
    /// Calls the method; false if it panicked (the panic is already printed). Format's output
    /// is appended to the buffer here, even when it panicked part way.
    /// </summary>
    private bool CallMethod(RType t, in Slot v, int which, int verb, out string result)
    {
        result = "";
        bool panicked;
        Slot panicValue;
        if (ctx.PackageState.TryGetValue(HelperKey, out var helper))
        {
            callArgs[0] = Iface.Make(t, v);
            callArgs[1] = new Slot(which);
            callArgs[2] = new Slot(verb);
            callArgs[3] = new Slot(wid);
            callArgs[4] = new Slot(prec);
            callArgs[5] = new Slot(FormatFlags());
            try
            {
                ctx.Call(helper, callArgs, callResults);
                result = callResults[0].S;
                panicked = callResults[1].N != 0;
                panicValue = callResults[2];
            }
            finally
            {
                Array.Clear(callArgs);
                Array.Clear(callResults);
            }
        }
        else
        {
            // No Go helper (fmt's init has not run): call the method directly; only panics
            // raised by native code can be caught here.
            if (which == MethodFormat) throw new InvalidOperationException("fmt: Format methods need fmt's Go helper");
            var m = t.FindMethod(MethodNames[which])!;
            callArgs[0] = t.IsAggregate ? t.Clone(v) : v;
            try
            {
                ctx.Call(m, callArgs.AsSpan(0, 1), callResults.AsSpan(0, 1));
                result = callResults[0].S;
                panicked = false;
                panicValue = default;
            }
            catch (GoPanic e)
            {
                panicked = true;
                panicValue = e.Value;
            }
            finally
            {
                Array.Clear(callArgs);
                Array.Clear(callResults);
            }
        }
        if (which == MethodFormat) Buf.Append(result);
        if (!panicked) return true;
        CatchPanic(t, v, verb, MethodNames[which], panicValue);
        return false;
    }

    /// <summary>The State.Flag/Width/Precision answers for a Formatter, as bits (see print.go).</summary>
    private int FormatFlags() =>
        (minus ? 1 : 0) | (plus || plusV ? 2 : 0) | (sharp || sharpV ? 4 : 0) | (space ? 8 : 0) | (zero ? 16 : 0)
        | (widPresent ? 32 : 0) | (precPresent ? 64 : 0);

    private void CatchPanic(RType t, in Slot v, int verb, string method, Slot panicValue)
    {
        // A nil pointer receiver most likely caused it: "<nil>" is a nice result.
        if (t.Kind == Kind.Pointer && v.R == null)
        {
            Buf.Append("<nil>");
            return;
        }
        // A panic while printing a panic value cannot succeed: let it go.
        if (panicking) throw new GoPanic(panicValue);

        bool oWidP = widPresent, oPrecP = precPresent, oMinus = minus, oPlus = plus, oSharp = sharp, oSpace = space,
            oZero = zero, oPlusV = plusV, oSharpV = sharpV;
        int oWid = wid, oPrec = prec;
        ClearFlags();
        Buf.Append("%!");
        Buf.AppendRune(verb);
        Buf.Append("(PANIC=");
        Buf.Append(method);
        Buf.Append(" method: ");
        panicking = true;
        PrintArg(panicValue, 'v');
        panicking = false;
        Buf.Append((byte)')');
        widPresent = oWidP; precPresent = oPrecP; minus = oMinus; plus = oPlus; sharp = oSharp; space = oSpace;
        zero = oZero; plusV = oPlusV; sharpV = oSharpV; wid = oWid; prec = oPrec;
    }
}
