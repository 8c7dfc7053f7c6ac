using System.Numerics;
using Minigo.Compiler.Syntax;
using Minigo.Compiler.Types;
using Xunit;

namespace Minigo.Tests.Types;

public class ConstValueTests
{
    private static ConstValue I(long v) => ConstValue.MakeInt64(v);
    private static ConstValue F(string lit) => ConstValue.ParseFloat(lit);

    [Fact]
    public void IntegerArithmeticIsExact()
    {
        var big = ConstValue.Shift(I(1), Op.Shl, 100);
        Assert.Equal(BigInteger.Pow(2, 100), big.IntVal);
        var sum = ConstValue.BinaryOp(big, Op.Add, I(1));
        Assert.Equal("1267650600228229401496703205377", sum.ToString());
        Assert.Equal(I(-3).IntVal, ConstValue.BinaryOp(I(-7), Op.Quo, I(2), intDiv: true).IntVal);
        Assert.Equal(I(-1).IntVal, ConstValue.BinaryOp(I(-7), Op.Rem, I(2)).IntVal);
        Assert.Equal(I(2).IntVal, ConstValue.BinaryOp(I(7), Op.AndNot, I(5)).IntVal);
        Assert.Equal(I(-4).IntVal, ConstValue.Shift(I(-7), Op.Shr, 1).IntVal);
    }

    [Fact]
    public void UntypedIntDivisionIsRationalUnlessIntegerDivisionRequested()
    {
        var q = ConstValue.BinaryOp(I(1), Op.Quo, I(3));
        Assert.Equal(ConstKind.Float, q.Kind);
        Assert.Equal("0.333333", q.ToString());
        // (1/3)*3 == 1 exactly: constants are rationals, not doubles.
        Assert.True(ConstValue.Compare(ConstValue.BinaryOp(q, Op.Mul, I(3)), Op.Eql, I(1)));
    }

    [Fact]
    public void FloatsAreExactRationals()
    {
        var pointOne = F("0.1");
        var sum = ConstValue.BinaryOp(pointOne, Op.Add, F("0.2"));
        Assert.True(ConstValue.Compare(sum, Op.Eql, F("0.3")));
        Assert.Equal(BigInteger.One, pointOne.Num);
        Assert.Equal(new BigInteger(10), pointOne.Den);
        Assert.True(F("1e100").IsInteger);
        Assert.Equal(ConstKind.Int, F("2.0").ToInt().Kind);
        Assert.Equal(ConstKind.Unknown, F("2.5").ToInt().Kind);
        Assert.Equal(0.1, pointOne.ToDouble());
        Assert.Equal(255.0 / 256, F("0x1.fep-1").ToDouble());
    }

    [Theory]
    [InlineData("1.5", "1.5")]
    [InlineData("100000", "100000")]
    [InlineData("1e6", "1e+06")]
    [InlineData("123456789.0", "1.23457e+08")]
    [InlineData("0.00001", "1e-05")]
    [InlineData("3.14159265", "3.14159")]
    [InlineData("1e100", "1e+100")]
    [InlineData("1e400", "1e+400")]
    public void FloatStringsUseGoShortFormat(string lit, string want) => Assert.Equal(want, F(lit).ToString());

    [Fact]
    public void StringsAreQuotedAndShortened()
    {
        Assert.Equal("\"a\\nb\\\"\"", ConstValue.MakeString("a\nb\"").ToString());
        // "é" as UTF-8 bytes prints as the rune.
        Assert.Equal("\"é\"", ConstValue.MakeString("\u00c3\u00a9").ToString());
        Assert.Equal("\"\\xff\"", ConstValue.MakeString("\u00ff").ToString());
        var s = ConstValue.MakeString(new string('x', 100)).ToString();
        Assert.Equal(72, s.Length);
        Assert.EndsWith("...", s);
        Assert.Equal("\"ab\"", ConstValue.BinaryOp(ConstValue.MakeString("a"), Op.Add, ConstValue.MakeString("b")).ToString());
    }

    [Fact]
    public void ComplexArithmetic()
    {
        var i = ConstValue.MakeImag(I(1));
        var sq = ConstValue.BinaryOp(i, Op.Mul, i);
        Assert.True(ConstValue.Compare(sq, Op.Eql, I(-1)));
        var c = ConstValue.MakeComplex(I(1), I(2));
        Assert.Equal("(1 + 2i)", c.ToString());
        Assert.Equal(ConstKind.Int, c.Real().Kind);
        var q = ConstValue.BinaryOp(c, Op.Quo, ConstValue.MakeComplex(I(0), I(1)));
        Assert.Equal("(2 + -1i)", q.ToString());
    }

    [Fact]
    public void UnaryOperators()
    {
        Assert.Equal(I(-6).IntVal, ConstValue.UnaryOp(Op.Xor, I(5), 0).IntVal);
        Assert.Equal(new BigInteger(255), ConstValue.UnaryOp(Op.Xor, I(0), 8).IntVal);
        Assert.Equal(ConstValue.False, ConstValue.UnaryOp(Op.Not, ConstValue.True, 0));
        Assert.Equal("-1.5", ConstValue.UnaryOp(Op.Sub, F("1.5"), 0).ToString());
    }

    [Theory]
    [InlineData(127, BasicKind.Int8, true)]
    [InlineData(128, BasicKind.Int8, false)]
    [InlineData(-128, BasicKind.Int8, true)]
    [InlineData(255, BasicKind.Uint8, true)]
    [InlineData(-1, BasicKind.Uint, false)]
    [InlineData(65535, BasicKind.Uint16, true)]
    [InlineData(1L << 40, BasicKind.Int32, false)]
    public void IntegerRepresentability(long v, BasicKind kind, bool want) =>
        Assert.Equal(want, Representable.IsRepresentable(I(v), Universe.Typ(kind), out _));

    [Fact]
    public void FloatRepresentability()
    {
        Assert.True(Representable.IsRepresentable(F("1e38"), Universe.Typ(BasicKind.Float32), out var r));
        Assert.False(Representable.IsRepresentable(F("1e39"), Universe.Typ(BasicKind.Float32), out _));
        Assert.True(Representable.IsRepresentable(F("1e308"), Universe.Float64, out _));
        Assert.False(Representable.IsRepresentable(F("1e309"), Universe.Float64, out _));
        // Converting 0.1 to float32 rounds to float32 precision.
        Assert.True(Representable.IsRepresentable(F("0.1"), Universe.Typ(BasicKind.Float32), out r));
        Assert.Equal((double)0.1f, r.ToDouble());
        // An integral float converts to an integer type; 2.5 does not.
        Assert.True(Representable.IsRepresentable(F("2.0"), Universe.Int, out r));
        Assert.Equal(ConstKind.Int, r.Kind);
        Assert.False(Representable.IsRepresentable(F("2.5"), Universe.Int, out _));
        // Max uint64 fits; one more does not.
        var maxU = ConstValue.BinaryOp(ConstValue.Shift(I(1), Op.Shl, 64), Op.Sub, I(1));
        Assert.True(Representable.IsRepresentable(maxU, Universe.Typ(BasicKind.Uint64), out _));
        Assert.False(Representable.IsRepresentable(ConstValue.BinaryOp(maxU, Op.Add, I(1)), Universe.Typ(BasicKind.Uint64), out _));
    }

    [Fact]
    public void ConversionHelpers()
    {
        Assert.Equal(-5L, I(-5).ToInt64());
        Assert.Equal(ulong.MaxValue, ConstValue.BinaryOp(ConstValue.Shift(I(1), Op.Shl, 64), Op.Sub, I(1)).ToUInt64());
        Assert.True(ConstValue.True.ToBool());
        Assert.Equal("hi", ConstValue.MakeString("hi").ToStringValue());
        Assert.Equal(1.5, F("1.5").ToDouble());
        Assert.True(ConstValue.MakeInt64(3).TryInt64(out var v) && v == 3);
        Assert.False(ConstValue.Shift(I(1), Op.Shl, 70).TryInt64(out _));
    }
}
