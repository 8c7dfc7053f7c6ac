using Minigo.Runtime;
using Minigo.StdLib.Strconv;

namespace Minigo.StdLib.Json;

/// <summary>
/// Go's JSON scanner (scanner.go), a state machine fed one byte at a time that says what
/// each byte means (the Scan* codes). Go's step functions are the <see cref="State"/> cases;
/// errors carry Go's messages and the byte offset counted in <see cref="Bytes"/>.
/// </summary>
internal sealed class Scanner
{
    // What a byte means (Go's scan* constants, same order).
    public const int Continue = 0, BeginLiteral = 1, BeginObject = 2, ObjectKey = 3, ObjectValue = 4, EndObject = 5,
        BeginArray = 6, ArrayValue = 7, EndArray = 8, SkipSpace = 9, End = 10, Error = 11;

    // What is being parsed (Go's parse* constants).
    private const byte ParseObjectKey = 0, ParseObjectValue = 1, ParseArrayValue = 2;

    private const int MaxNestingDepth = 10000;

    /// <summary>Go's step functions. BeginValue is 0: a fresh scanner starts there.</summary>
    public enum State
    {
        BeginValue, BeginValueOrEmpty, BeginStringOrEmpty, BeginString, EndValue, EndTop,
        InString, InStringEsc, InStringEscU, InStringEscU1, InStringEscU12, InStringEscU123,
        Neg, One, Zero, Dot, Dot0, E, ESign, E0, T, Tr, Tru, F, Fa, Fal, Fals, N, Nu, Nul, Failed,
    }

    public State Step;
    /// <summary>The top-level value has ended; only space may follow.</summary>
    public bool EndTop;
    private byte[] parseState = new byte[16];
    public int Depth;
    /// <summary>Bytes consumed, counted by the callers that report offsets (as in Go).</summary>
    public long Bytes;
    /// <summary>The syntax error once the scanner has failed, and its offset.</summary>
    public string? Err;
    public long ErrOffset;

    public void Reset()
    {
        Step = State.BeginValue;
        Depth = 0;
        Err = null;
        EndTop = false;
    }

    /// <summary>The parse stack, as a Decoder keeps it between reads.</summary>
    public ReadOnlySpan<byte> ParseState => parseState.AsSpan(0, Depth);

    public void LoadParseState(ReadOnlySpan<byte> s)
    {
        if (parseState.Length < s.Length) parseState = new byte[Math.Max(s.Length, parseState.Length * 2)];
        s.CopyTo(parseState);
        Depth = s.Length;
    }

    /// <summary>Go's eof: the end of the input; sets the "unexpected end" error if the value is incomplete.</summary>
    public int Eof()
    {
        if (Err != null) return Error;
        if (EndTop) return End;
        Next((byte)' ');
        if (EndTop) return End;
        if (Err == null)
        {
            Err = "unexpected end of JSON input";
            ErrOffset = Bytes;
        }
        return Error;
    }

    private int PushParseState(byte c, byte newParseState, int successState)
    {
        if (Depth == parseState.Length) Array.Resize(ref parseState, Depth * 2);
        parseState[Depth++] = newParseState;
        if (Depth <= MaxNestingDepth) return successState;
        return Fail(c, "exceeded max depth");
    }

    private void PopParseState()
    {
        Depth--;
        if (Depth == 0)
        {
            Step = State.EndTop;
            EndTop = true;
        }
        else Step = State.EndValue;
    }

    public static bool IsSpace(byte c) => c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n');

    private static bool IsHex(byte c) => c is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    /// <summary>Feeds one byte: Go's s.step(s, c).</summary>
    public int Next(byte c)
    {
        switch (Step)
        {
            case State.BeginValueOrEmpty:
                if (IsSpace(c)) return SkipSpace;
                if (c == ']') return EndValue(c);
                return BeginValue(c);
            case State.BeginValue:
                return BeginValue(c);
            case State.BeginStringOrEmpty:
                if (IsSpace(c)) return SkipSpace;
                if (c == '}')
                {
                    parseState[Depth - 1] = ParseObjectValue;
                    return EndValue(c);
                }
                return BeginString(c);
            case State.BeginString:
                return BeginString(c);
            case State.EndValue:
                return EndValue(c);
            case State.EndTop:
                return EndTopByte(c);
            case State.InString:
                if (c == '"')
                {
                    Step = State.EndValue;
                    return Continue;
                }
                if (c == '\\')
                {
                    Step = State.InStringEsc;
                    return Continue;
                }
                if (c < 0x20) return Fail(c, "in string literal");
                return Continue;
            case State.InStringEsc:
                switch (c)
                {
                    case (byte)'b': case (byte)'f': case (byte)'n': case (byte)'r': case (byte)'t':
                    case (byte)'\\': case (byte)'/': case (byte)'"':
                        Step = State.InString;
                        return Continue;
                    case (byte)'u':
                        Step = State.InStringEscU;
                        return Continue;
                }
                return Fail(c, "in string escape code");
            case State.InStringEscU: return Hex(c, State.InStringEscU1);
            case State.InStringEscU1: return Hex(c, State.InStringEscU12);
            case State.InStringEscU12: return Hex(c, State.InStringEscU123);
            case State.InStringEscU123: return Hex(c, State.InString);
            case State.Neg:
                if (c == '0')
                {
                    Step = State.Zero;
                    return Continue;
                }
                if (c is >= (byte)'1' and <= (byte)'9')
                {
                    Step = State.One;
                    return Continue;
                }
                return Fail(c, "in numeric literal");
            case State.One:
                if (c is >= (byte)'0' and <= (byte)'9') return Continue;
                return AfterInteger(c);
            case State.Zero:
                return AfterInteger(c);
            case State.Dot:
                if (c is >= (byte)'0' and <= (byte)'9')
                {
                    Step = State.Dot0;
                    return Continue;
                }
                return Fail(c, "after decimal point in numeric literal");
            case State.Dot0:
                if (c is >= (byte)'0' and <= (byte)'9') return Continue;
                if (c is (byte)'e' or (byte)'E')
                {
                    Step = State.E;
                    return Continue;
                }
                return EndValue(c);
            case State.E:
                if (c is (byte)'+' or (byte)'-')
                {
                    Step = State.ESign;
                    return Continue;
                }
                return ExponentDigit(c);
            case State.ESign:
                return ExponentDigit(c);
            case State.E0:
                if (c is >= (byte)'0' and <= (byte)'9') return Continue;
                return EndValue(c);
            case State.T: return Literal(c, 'r', State.Tr, "in literal true (expecting 'r')");
            case State.Tr: return Literal(c, 'u', State.Tru, "in literal true (expecting 'u')");
            case State.Tru: return Literal(c, 'e', State.EndValue, "in literal true (expecting 'e')");
            case State.F: return Literal(c, 'a', State.Fa, "in literal false (expecting 'a')");
            case State.Fa: return Literal(c, 'l', State.Fal, "in literal false (expecting 'l')");
            case State.Fal: return Literal(c, 's', State.Fals, "in literal false (expecting 's')");
            case State.Fals: return Literal(c, 'e', State.EndValue, "in literal false (expecting 'e')");
            case State.N: return Literal(c, 'u', State.Nu, "in literal null (expecting 'u')");
            case State.Nu: return Literal(c, 'l', State.Nul, "in literal null (expecting 'l')");
            case State.Nul: return Literal(c, 'l', State.EndValue, "in literal null (expecting 'l')");
            default:
                return Error;
        }
    }

    private int BeginValue(byte c)
    {
        if (IsSpace(c)) return SkipSpace;
        switch (c)
        {
            case (byte)'{':
                Step = State.BeginStringOrEmpty;
                return PushParseState(c, ParseObjectKey, BeginObject);
            case (byte)'[':
                Step = State.BeginValueOrEmpty;
                return PushParseState(c, ParseArrayValue, BeginArray);
            case (byte)'"': Step = State.InString; return BeginLiteral;
            case (byte)'-': Step = State.Neg; return BeginLiteral;
            case (byte)'0': Step = State.Zero; return BeginLiteral;
            case (byte)'t': Step = State.T; return BeginLiteral;
            case (byte)'f': Step = State.F; return BeginLiteral;
            case (byte)'n': Step = State.N; return BeginLiteral;
        }
        if (c is >= (byte)'1' and <= (byte)'9')
        {
            Step = State.One;
            return BeginLiteral;
        }
        return Fail(c, "looking for beginning of value");
    }

    private int BeginString(byte c)
    {
        if (IsSpace(c)) return SkipSpace;
        if (c == '"')
        {
            Step = State.InString;
            return BeginLiteral;
        }
        return Fail(c, "looking for beginning of object key string");
    }

    /// <summary>Go's stateEndValue: after a value, in whatever encloses it.</summary>
    public int EndValue(byte c)
    {
        int n = Depth;
        if (n == 0)
        {
            Step = State.EndTop;
            EndTop = true;
            return EndTopByte(c);
        }
        if (IsSpace(c))
        {
            Step = State.EndValue;
            return SkipSpace;
        }
        switch (parseState[n - 1])
        {
            case ParseObjectKey:
                if (c == ':')
                {
                    parseState[n - 1] = ParseObjectValue;
                    Step = State.BeginValue;
                    return ObjectKey;
                }
                return Fail(c, "after object key");
            case ParseObjectValue:
                if (c == ',')
                {
                    parseState[n - 1] = ParseObjectKey;
                    Step = State.BeginString;
                    return ObjectValue;
                }
                if (c == '}')
                {
                    PopParseState();
                    return EndObject;
                }
                return Fail(c, "after object key:value pair");
            default:
                if (c == ',')
                {
                    Step = State.BeginValue;
                    return ArrayValue;
                }
                if (c == ']')
                {
                    PopParseState();
                    return EndArray;
                }
                return Fail(c, "after array element");
        }
    }

    private int EndTopByte(byte c)
    {
        // Complain about non-space bytes on the next call.
        if (!IsSpace(c)) Fail(c, "after top-level value");
        return End;
    }

    private int AfterInteger(byte c)
    {
        if (c == '.')
        {
            Step = State.Dot;
            return Continue;
        }
        if (c is (byte)'e' or (byte)'E')
        {
            Step = State.E;
            return Continue;
        }
        return EndValue(c);
    }

    private int ExponentDigit(byte c)
    {
        if (c is >= (byte)'0' and <= (byte)'9')
        {
            Step = State.E0;
            return Continue;
        }
        return Fail(c, "in exponent of numeric literal");
    }

    private int Hex(byte c, State next)
    {
        if (!IsHex(c)) return Fail(c, "in \\u hexadecimal character escape");
        Step = next;
        return Continue;
    }

    private int Literal(byte c, char want, State next, string context)
    {
        if (c != want) return Fail(c, context);
        Step = next;
        return Continue;
    }

    /// <summary>Go's s.error: records the syntax error; the scanner stays failed.</summary>
    private int Fail(byte c, string context)
    {
        Step = State.Failed;
        Err = "invalid character " + QuoteChar(c) + " " + context;
        ErrOffset = Bytes;
        return Error;
    }

    /// <summary>Go's quoteChar: c as a quoted character literal.</summary>
    public static string QuoteChar(byte c)
    {
        if (c == '\'') return "'\\''";
        if (c == '"') return "'\"'";
        // As Go's string(c): the UTF-8 encoding of rune c.
        string s = Quote.QuoteString(GoStrings.FromRune(c), (byte)'"', QuoteMode.Printable);
        return "'" + s[1..^1] + "'";
    }

    /// <summary>Go's checkValid: scans all of data, counting bytes; the error, if any, is left in Err.</summary>
    public bool CheckValid(ReadOnlySpan<byte> data)
    {
        Reset();
        foreach (byte c in data)
        {
            Bytes++;
            if (Next(c) == Error) return false;
        }
        return Eof() != Error;
    }
}
