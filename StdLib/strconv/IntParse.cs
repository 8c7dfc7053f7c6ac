namespace Minigo.StdLib.Strconv;

/// <summary>strconv.ParseInt, ParseUint and Atoi, with Go's syntax (base prefixes, underscores) and range rules.</summary>
public static class IntParse
{
    private static char Lower(char c) => (char)(c | 0x20);

    public static ParseStatus ParseUint(string s, int @base, int bitSize, out ulong value)
    {
        value = 0;
        if (s.Length == 0) return ParseStatus.Syntax;
        bool base0 = @base == 0;
        int start = 0;
        if (2 <= @base && @base <= 36) { }
        else if (@base == 0)
        {
            @base = 10;
            if (s[0] == '0')
            {
                if (s.Length >= 3 && Lower(s[1]) == 'b') { @base = 2; start = 2; }
                else if (s.Length >= 3 && Lower(s[1]) == 'o') { @base = 8; start = 2; }
                else if (s.Length >= 3 && Lower(s[1]) == 'x') { @base = 16; start = 2; }
                else { @base = 8; start = 1; }
            }
        }
        else return ParseStatus.Base;

        if (bitSize == 0) bitSize = 64;
        else if (bitSize < 0 || bitSize > 64) return ParseStatus.BitSize;

        // cutoff is the smallest number such that cutoff*base > maxUint64.
        ulong cutoff = ulong.MaxValue / (ulong)@base + 1;
        ulong maxVal = bitSize == 64 ? ulong.MaxValue : (1UL << bitSize) - 1;
        bool underscores = false;
        ulong n = 0;
        for (int i = start; i < s.Length; i++)
        {
            char c = s[i];
            int d;
            if (c == '_' && base0) { underscores = true; continue; }
            if (c >= '0' && c <= '9') d = c - '0';
            else if (Lower(c) >= 'a' && Lower(c) <= 'z') d = Lower(c) - 'a' + 10;
            else return ParseStatus.Syntax;
            if (d >= @base) return ParseStatus.Syntax;
            if (n >= cutoff) { value = maxVal; return ParseStatus.Range; }
            n *= (ulong)@base;
            ulong n1 = n + (ulong)d;
            if (n1 < n || n1 > maxVal) { value = maxVal; return ParseStatus.Range; }
            n = n1;
        }
        if (underscores && !UnderscoreOK(s)) return ParseStatus.Syntax;
        value = n;
        return ParseStatus.Ok;
    }

    public static ParseStatus ParseInt(string s, int @base, int bitSize, out long value)
    {
        value = 0;
        if (s.Length == 0) return ParseStatus.Syntax;
        bool neg = false;
        string rest = s;
        if (s[0] == '+') rest = s[1..];
        else if (s[0] == '-') { neg = true; rest = s[1..]; }
        var st = ParseUint(rest, @base, bitSize, out ulong un);
        if (st != ParseStatus.Ok && st != ParseStatus.Range) return st;
        if (bitSize == 0) bitSize = 64;
        ulong cutoff = 1UL << (bitSize - 1);
        if (!neg && un >= cutoff) { value = (long)(cutoff - 1); return ParseStatus.Range; }
        if (neg && un > cutoff) { value = -(long)cutoff; return ParseStatus.Range; }
        value = neg ? -(long)un : (long)un;
        return ParseStatus.Ok;
    }

    /// <summary>Atoi: a fast path for short decimal strings, else ParseInt(s, 10, 0).</summary>
    public static ParseStatus Atoi(string s, out long value)
    {
        value = 0;
        if (s.Length > 0 && s.Length < 19)
        {
            int i = 0;
            if (s[0] == '-' || s[0] == '+')
            {
                i = 1;
                if (s.Length < 2) return ParseStatus.Syntax;
            }
            long n = 0;
            for (; i < s.Length; i++)
            {
                int d = s[i] - '0';
                if ((uint)d > 9) return ParseStatus.Syntax;
                n = n * 10 + d;
            }
            value = s[0] == '-' ? -n : n;
            return ParseStatus.Ok;
        }
        return ParseInt(s, 10, 0, out value);
    }

    /// <summary>
    /// Go's underscoreOK: underscores may appear only between digits, or between a base
    /// prefix and a digit.
    /// </summary>
    public static bool UnderscoreOK(ReadOnlySpan<char> s)
    {
        // saw: '^' beginning, '0' digit or base prefix, '_' underscore, '!' anything else.
        char saw = '^';
        int i = 0;
        if (s.Length >= 1 && (s[0] == '-' || s[0] == '+')) s = s[1..];
        bool hex = false;
        if (s.Length >= 2 && s[0] == '0' && (Lower(s[1]) == 'b' || Lower(s[1]) == 'o' || Lower(s[1]) == 'x'))
        {
            i = 2;
            saw = '0';
            hex = Lower(s[1]) == 'x';
        }
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= '0' && c <= '9' || hex && Lower(c) >= 'a' && Lower(c) <= 'f')
            {
                saw = '0';
                continue;
            }
            if (c == '_')
            {
                if (saw != '0') return false;
                saw = '_';
                continue;
            }
            if (saw == '_') return false;
            saw = '!';
        }
        return saw != '_';
    }
}
