namespace Minigo.StdLib.Net.Http;

/// <summary>The natives of net/http (server.go, sniff.go).</summary>
public static class HttpNatives
{
    public static void Register(NativeTable t)
    {
        t.Add("DetectContentType", c => c.SetStr(0, Sniff.DetectContentType(Support.GoSlices.Bytes(c.SliceArg(0)))));
        t.Add("callerOutside", c =>
        {
            // Frames are told apart by file: function names carry the package's name, not its path.
            string dir = "/src/" + c.Str(0) + "/";
            for (int skip = 1; c.Ctx.Caller(skip, out string function, out string file, out int line); skip++)
            {
                if (file.Contains(dir, StringComparison.Ordinal)) continue;
                c.SetStr(0, function);
                c.SetStr(1, file);
                c.SetInt(2, line);
                return;
            }
            c.SetStr(0, "");
            c.SetStr(1, "");
            c.SetInt(2, 0);
        });
    }
}
