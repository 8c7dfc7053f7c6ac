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
            var frames = c.Ctx.Callers();
            for (int i = 1; i < frames.Count; i++)
            {
                var f = frames[i];
                if (f.File.Contains(dir, StringComparison.Ordinal)) continue;
                c.SetStr(0, f.Function);
                c.SetStr(1, f.File);
                c.SetInt(2, f.Line);
                return;
            }
            c.SetStr(0, "");
            c.SetStr(1, "");
            c.SetInt(2, 0);
        });
    }
}
