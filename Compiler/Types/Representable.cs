using System.Numerics;

namespace Minigo.Compiler.Types;

/// <summary>Representability of constant values by basic types (go/types' representableConst). int and uint are 64 bits.</summary>
public static class Representable
{
    /// <summary>Sizes in bytes of the sized basic kinds (64-bit target).</summary>
    public static int SizeOf(BasicKind k) => k switch
    {
        BasicKind.Bool or BasicKind.Int8 or BasicKind.Uint8 => 1,
        BasicKind.Int16 or BasicKind.Uint16 => 2,
        BasicKind.Int32 or BasicKind.Uint32 or BasicKind.Float32 => 4,
        BasicKind.Complex128 => 16,
        BasicKind.String => 16,
        _ => 8,
    };

    /// <summary>Whether x is representable by typ; rounded receives the value converted to typ's representation (integers for integer types, rounded floats for float types).</summary>
    public static bool IsRepresentable(ConstValue x, Basic typ, out ConstValue rounded)
    {
        rounded = x;
        if (x.Kind == ConstKind.Unknown) return true;
        if (typ.IsInteger)
        {
            var xi = x.ToInt();
            if (xi.Kind != ConstKind.Int) return false;
            rounded = xi;
            var v = xi.IntVal;
            return typ.Kind switch
            {
                BasicKind.Int or BasicKind.Int64 => v >= long.MinValue && v <= long.MaxValue,
                BasicKind.Int8 => v >= sbyte.MinValue && v <= sbyte.MaxValue,
                BasicKind.Int16 => v >= short.MinValue && v <= short.MaxValue,
                BasicKind.Int32 => v >= int.MinValue && v <= int.MaxValue,
                BasicKind.Uint or BasicKind.Uintptr or BasicKind.Uint64 => v.Sign >= 0 && v <= ulong.MaxValue,
                BasicKind.Uint8 => v.Sign >= 0 && v <= byte.MaxValue,
                BasicKind.Uint16 => v.Sign >= 0 && v <= ushort.MaxValue,
                BasicKind.Uint32 => v.Sign >= 0 && v <= uint.MaxValue,
                BasicKind.UntypedInt or BasicKind.UntypedRune => true,
                _ => false,
            };
        }
        if (typ.IsFloat)
        {
            var xf = x.ToFloat();
            if (xf.Kind != ConstKind.Float) return false;
            switch (typ.Kind)
            {
                case BasicKind.Float32:
                    {
                        var r = xf.RoundToFloat32();
                        if (r.Kind == ConstKind.Unknown) return false;
                        rounded = r;
                        return true;
                    }
                case BasicKind.Float64:
                    {
                        var r = xf.RoundToFloat64();
                        if (r.Kind == ConstKind.Unknown) return false;
                        rounded = r;
                        return true;
                    }
                case BasicKind.UntypedFloat:
                    return true;
            }
            return false;
        }
        if (typ.IsComplex)
        {
            var xc = x.ToComplex();
            if (xc.Kind != ConstKind.Complex) return false;
            switch (typ.Kind)
            {
                case BasicKind.Complex64:
                    {
                        var r = xc.RoundToFloat32();
                        if (r.Kind == ConstKind.Unknown) return false;
                        rounded = r;
                        return true;
                    }
                case BasicKind.Complex128:
                    {
                        var r = xc.RoundToFloat64();
                        if (r.Kind == ConstKind.Unknown) return false;
                        rounded = r;
                        return true;
                    }
                case BasicKind.UntypedComplex:
                    return true;
            }
            return false;
        }
        if (typ.IsString) return x.Kind == ConstKind.String;
        if (typ.IsBoolean) return x.Kind == ConstKind.Bool;
        return false;
    }
}
