using Minigo.Compiler.Syntax;

namespace Minigo.Compiler.Types;

// Values of basic literals, decoded by the syntax package's Literals.
public sealed partial class Checker
{
    private static (BasicKind, ConstValue) LiteralValue(BasicLit e)
    {
        switch (e.Kind)
        {
            case LitKind.Int:
                return (BasicKind.UntypedInt, Literals.ParseInt(e.Text, out _) is { } i ? ConstValue.MakeInt(i) : ConstValue.Unknown);
            case LitKind.Float:
                return (BasicKind.UntypedFloat, Literals.ParseFloat(e.Text, out _) is { } f ? ConstValue.MakeRat(f.Numerator, f.Denominator) : ConstValue.Unknown);
            case LitKind.Imag:
                return (BasicKind.UntypedComplex, Literals.ParseImaginary(e.Text, out _) is { } im ? ConstValue.MakeImag(ConstValue.MakeRat(im.Numerator, im.Denominator)) : ConstValue.Unknown);
            case LitKind.Char:
                return (BasicKind.UntypedRune, Literals.ParseRune(e.Text, out _) is { } r ? ConstValue.MakeInt64(r) : ConstValue.Unknown);
            default:
                return (BasicKind.UntypedString, Literals.ParseString(e.Text, out _) is { } s ? ConstValue.MakeString(s) : ConstValue.Unknown);
        }
    }
}
