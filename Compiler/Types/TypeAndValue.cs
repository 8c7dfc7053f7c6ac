namespace Minigo.Compiler.Types;

/// <summary>How an expression may be used, as go/types' operand modes.</summary>
public enum Mode
{
    /// <summary>The expression is invalid (an error was reported).</summary>
    Invalid,
    /// <summary>A call of a function without results.</summary>
    NoValue,
    /// <summary>A built-in function name (the call's Fun); Type is the signature of that particular call.</summary>
    Builtin,
    /// <summary>The expression denotes a type.</summary>
    TypeExpr,
    /// <summary>A constant; Value is set.</summary>
    Constant,
    /// <summary>An addressable variable.</summary>
    Variable,
    /// <summary>A map index expression (assignable, not addressable).</summary>
    MapIndex,
    /// <summary>A computed value.</summary>
    Value,
    /// <summary>A value that may be used as `v, ok` (map index, type assertion, channel receive); Type is the single-value type.</summary>
    CommaOk,
}

/// <summary>The checked type (and constant value) of an expression.</summary>
public readonly record struct TypeAndValue(Mode Mode, Type Type, ConstValue? Value)
{
    public bool IsType => Mode == Mode.TypeExpr;
    public bool IsValue => Mode is Mode.Constant or Mode.Variable or Mode.MapIndex or Mode.Value or Mode.CommaOk;
    public bool IsBuiltin => Mode == Mode.Builtin;
    public bool IsVoid => Mode == Mode.NoValue;
    /// <summary>The predeclared nil; its Type is the type it takes in context (or untyped nil).</summary>
    public bool IsNil { get; init; }
    public bool Addressable => Mode == Mode.Variable;
    public bool Assignable => Mode is Mode.Variable or Mode.MapIndex;
    public bool HasOk => Mode == Mode.CommaOk;
}
