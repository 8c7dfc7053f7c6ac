using System.Numerics;
using Minigo.Compiler.Syntax;
using Xunit;

namespace Minigo.Tests.Syntax;

public class LiteralsTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("42", "42")]
    [InlineData("1_000_000", "1000000")]
    [InlineData("0x1F", "31")]
    [InlineData("0X_1f", "31")]
    [InlineData("0b1010", "10")]
    [InlineData("0B_1", "1")]
    [InlineData("0o17", "15")]
    [InlineData("0O17", "15")]
    [InlineData("0777", "511")]
    [InlineData("0_7", "7")]
    [InlineData("00", "0")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("0xFFFFFFFFFFFFFFFFFFFF", "1208925819614629174706175")]
    public void Ints(string text, string value)
    {
        Assert.Equal(BigInteger.Parse(value), Literals.ParseInt(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("0b102", "invalid digit '2' in binary literal", 4)]
    [InlineData("08", "invalid digit '8' in octal literal", 1)]
    [InlineData("0o78", "invalid digit '8' in octal literal", 3)]
    [InlineData("1__0", "'_' must separate successive digits", 2)]
    [InlineData("1_", "'_' must separate successive digits", 1)]
    [InlineData("0x", "hexadecimal literal has no digits", 2)]
    [InlineData("0b", "binary literal has no digits", 2)]
    public void IntErrors(string text, string message, int offset)
    {
        Assert.Null(Literals.ParseInt(text, out var error, out int at));
        Assert.Equal((message, offset), (error, at));
    }

    [Theory]
    [InlineData("1.5", 3, 2)]
    [InlineData("1e3", 1000, 1)]
    [InlineData("1E-3", 1, 1000)]
    [InlineData(".5", 1, 2)]
    [InlineData("1.", 1, 1)]
    [InlineData("0.1", 1, 10)]
    [InlineData("09.5", 19, 2)]
    [InlineData("1_000.5", 2001, 2)]
    [InlineData("0x1p-2", 1, 4)]
    [InlineData("0x1.8p1", 3, 1)]
    [InlineData("0x.8p0", 1, 2)]
    [InlineData("0X_1P+4", 16, 1)]
    [InlineData("0.0", 0, 1)]
    public void FloatsAreExactRationals(string text, long num, long den)
    {
        Assert.Equal(new Rational(num, den), Literals.ParseFloat(text, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void LargeFloatsStayExact()
    {
        Assert.Equal(new Rational(BigInteger.Parse("602" + new string('0', 21)), 1), Literals.ParseFloat("6.02e23", out _));
        Assert.Equal(new Rational(1, BigInteger.Pow(10, 400)), Literals.ParseFloat("1e-400", out _));
    }

    [Theory]
    [InlineData("1e", "exponent has no digits")]
    [InlineData("0x1.8", "hexadecimal mantissa requires a 'p' exponent")]
    [InlineData("1p3", "'p' exponent requires hexadecimal mantissa")]
    [InlineData("1._5", "'_' must separate successive digits")]
    public void FloatErrors(string text, string message)
    {
        Assert.Null(Literals.ParseFloat(text, out var error));
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("2i", 2, 1)]
    [InlineData("1.5i", 3, 2)]
    [InlineData("0789i", 789, 1)] // a leading 0 does not make an imaginary literal octal
    [InlineData("0x10i", 16, 1)]
    [InlineData("0b11i", 3, 1)]
    [InlineData("1e2i", 100, 1)]
    public void Imaginary(string text, long num, long den)
    {
        Assert.Equal(new Rational(num, den), Literals.ParseImaginary(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("'a'", 'a')]
    [InlineData("'é'", 0xE9)]
    [InlineData("'😀'", 0x1F600)]
    [InlineData(@"'\a'", 7)]
    [InlineData(@"'\b'", 8)]
    [InlineData(@"'\f'", 12)]
    [InlineData(@"'\n'", 10)]
    [InlineData(@"'\r'", 13)]
    [InlineData(@"'\t'", 9)]
    [InlineData(@"'\v'", 11)]
    [InlineData(@"'\\'", '\\')]
    [InlineData(@"'\''", '\'')]
    [InlineData(@"'\x41'", 'A')]
    [InlineData(@"'\xff'", 0xFF)]
    [InlineData(@"'\101'", 'A')]
    [InlineData(@"'\u00e9'", 0xE9)]
    [InlineData(@"'\U0001F600'", 0x1F600)]
    public void Runes(string text, int value)
    {
        Assert.Equal(value, Literals.ParseRune(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData(@"'\q'", "unknown escape", 2)]
    [InlineData(@"'\""'", "unknown escape", 2)] // \" is for strings only
    [InlineData("''", "empty rune literal or unescaped '", 1)]
    [InlineData("'ab'", "more than one character in rune literal", 0)]
    [InlineData(@"'\400'", "octal escape value 256 > 255", 5)]
    [InlineData(@"'\uD800'", "escape is invalid Unicode code point U+D800", 7)]
    [InlineData(@"'\U00110000'", "escape is invalid Unicode code point U+110000", 11)]
    [InlineData(@"'\x4g'", "invalid character 'g' in hexadecimal escape", 4)]
    [InlineData(@"'\x4'", @"invalid character '\'' in hexadecimal escape", 4)]
    public void RuneErrors(string text, string message, int offset)
    {
        Assert.Null(Literals.ParseRune(text, out var error, out int at));
        Assert.Equal((message, offset), (error, at));
    }

    [Theory]
    [InlineData("\"hello\"", "hello")]
    [InlineData("\"\"", "")]
    [InlineData("\"é\"", "\u00C3\u00A9")]                  // UTF-8 bytes of é
    [InlineData("\"😀\"", "\u00F0\u009F\u0098\u0080")]
    [InlineData(@"""\xff""", "\u00FF")]                    // one byte, not UTF-8 of U+00FF
    [InlineData(@"""\377""", "\u00FF")]
    [InlineData(@"""\u00e9""", "\u00C3\u00A9")]           // a code point: UTF-8 encoded
    [InlineData(@"""\U0001F600""", "\u00F0\u009F\u0098\u0080")]
    [InlineData(@"""a\tb\n\""\\""", "a\tb\n\"\\")]
    [InlineData("`a\\nb`", "a\\nb")]                       // raw: backslashes are literal
    [InlineData("`a\r\nb\r`", "a\nb")]                     // raw: carriage returns dropped
    [InlineData("`é`", "\u00C3\u00A9")]
    public void StringsDecodeToByteStrings(string text, string bytes)
    {
        Assert.Equal(bytes, Literals.ParseString(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData(@"""ab\qc""", "unknown escape", 4)]
    [InlineData(@"""\'""", "unknown escape", 2)]           // \' is for runes only
    [InlineData(@"""\x4""", "invalid character '\"' in hexadecimal escape", 4)]
    [InlineData(@"""\777""", "octal escape value 511 > 255", 5)]
    public void StringErrors(string text, string message, int offset)
    {
        Assert.Null(Literals.ParseString(text, out var error, out int at));
        Assert.Equal((message, offset), (error, at));
    }
}
