using System.Text;
using Minigo.Runtime;

namespace Minigo.StdLib.Syscall;

/// <summary>Paths as libc takes them: a Go string's bytes, NUL-terminated.</summary>
internal static unsafe class Paths
{
    /// <summary>The bytes of a Go string with a NUL after them; null if it holds a NUL (Go's EINVAL).</summary>
    public static byte[]? CString(string goString)
    {
        var b = new byte[goString.Length + 1];
        for (int i = 0; i < goString.Length; i++)
        {
            char ch = goString[i];
            if (ch == 0) return null;
            b[i] = (byte)ch;
        }
        return b;
    }

    /// <summary>realpath(3) of a .NET path, or the path itself if it cannot be resolved.</summary>
    public static string Canonical(string path)
    {
        var real = Realpath(CString(GoStrings.FromDotNet(path)));
        return real == null ? path : GoStrings.ToDotNet(real);
    }

    /// <summary>realpath(3) of a C string, as a Go string; null with errno set on failure.</summary>
    public static string? Realpath(byte[]? cpath)
    {
        if (cpath == null) return null;
        fixed (byte* p = cpath)
        {
            byte* r = Libc.Realpath(p, null);
            if (r == null) return null;
            try
            {
                int n = 0;
                while (r[n] != 0) n++;
                return Encoding.Latin1.GetString(r, n);
            }
            finally
            {
                Libc.Free(r);
            }
        }
    }
}
