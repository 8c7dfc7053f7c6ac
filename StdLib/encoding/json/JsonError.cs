using Minigo.Runtime;

namespace Minigo.StdLib.Json;

/// <summary>
/// An error found by the natives, described until it is handed to Go: json's Go helper
/// newError (errors.go) builds the error value of the kind, so the error types stay Go types.
/// </summary>
internal sealed class JsonError
{
    /// <summary>The kinds, in errors.go's order.</summary>
    public enum Kinds { Syntax, UnmarshalType, InvalidUnmarshal, UnsupportedType, UnsupportedValue, Marshaler, Message, MapKey, GoError }

    public Kinds Kind;
    public string A = "", B = "", C = "", D = "";
    public long Offset;
    /// <summary>The Go error wrapped (Marshaler, MapKey) or returned as is (GoError).</summary>
    public Slot Err;
    /// <summary>An error to build first and wrap (a MarshalJSON result that is not valid JSON).</summary>
    public JsonError? Inner;

    public static JsonError Syntax(string msg, long offset) => new() { Kind = Kinds.Syntax, A = msg, Offset = offset };

    public static JsonError UnmarshalType(string value, RType t, long offset) =>
        new() { Kind = Kinds.UnmarshalType, A = value, B = t.ToString(), Offset = offset };

    public static JsonError Message(string msg) => new() { Kind = Kinds.Message, A = msg };

    public static JsonError Go(in Slot err) => new() { Kind = Kinds.GoError, Err = err };

    /// <summary>The Go error value.</summary>
    public Slot ToGo(IGoContext ctx, JsonProgram p)
    {
        if (Kind == Kinds.GoError) return Err;
        var err = Inner != null ? Inner.ToGo(ctx, p) : Err;
        Span<Slot> args = [new((int)Kind), new(A), new(B), new(C), new(D), new(Offset), err];
        Span<Slot> result = [default];
        ctx.Call(p.NewError, args, result);
        return result[0];
    }
}

/// <summary>Unwinds an encoding to Marshal's caller with its error (Go's panic(jsonError{err})).</summary>
internal sealed class JsonException(JsonError error) : Exception
{
    public JsonError Error { get; } = error;
}
