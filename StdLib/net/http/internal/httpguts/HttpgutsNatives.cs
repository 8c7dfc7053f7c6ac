using System.Globalization;

namespace Minigo.StdLib.Net.Http;

/// <summary>The natives of net/http/internal/httpguts (httplex.go): IDNA through .NET's IdnMapping.</summary>
public static class HttpgutsNatives
{
    private static readonly IdnMapping Idna = new() { UseStd3AsciiRules = false, AllowUnassigned = true };

    public static void Register(NativeTable t) =>
        t.Add("idnaToASCII", c =>
        {
            string host = c.Str(0);
            try
            {
                c.SetStr(0, Idna.GetAscii(host));
                c.SetBool(1, true);
            }
            catch (ArgumentException)
            {
                c.SetStr(0, "");
                c.SetBool(1, false);
            }
        });
}
