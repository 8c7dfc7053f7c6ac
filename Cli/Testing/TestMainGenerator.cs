using System.Text;

namespace Minigo.Cli.Testing;

/// <summary>
/// The main `go test` would link with a package's tests (cmd/go's testmain.go), as Go source
/// in the package itself: minigo programs are one package, so the generated file joins the
/// package's files and its function is the program's entry point (CompileOptions.EntryPoint).
/// </summary>
public static class TestMainGenerator
{
    public const string FileName = "_testmain.go";
    public const string EntryPoint = "__minigo_testmain";

    public static string Generate(string packageName, TestFuncs funcs)
    {
        var sb = new StringBuilder();
        sb.Append("package ").Append(packageName).Append("\n\n");
        sb.Append("import (\n\t__minigo_os \"os\"\n\t__minigo_testing \"testing\"\n)\n\n");
        sb.Append("func ").Append(EntryPoint).Append("() {\n");
        sb.Append("\tm := __minigo_testing.MainStart(\n\t\t[]__minigo_testing.InternalTest{\n");
        foreach (var t in funcs.Tests) sb.Append("\t\t\t{").Append(TestFunctionScanner.Quote(t)).Append(", ").Append(t).Append("},\n");
        sb.Append("\t\t},\n\t\t[]__minigo_testing.InternalBenchmark{\n");
        foreach (var b in funcs.Benchmarks) sb.Append("\t\t\t{").Append(TestFunctionScanner.Quote(b)).Append(", ").Append(b).Append("},\n");
        sb.Append("\t\t},\n\t\t[]__minigo_testing.InternalExample{\n");
        foreach (var e in funcs.Examples)
            sb.Append("\t\t\t{").Append(TestFunctionScanner.Quote(e.Name)).Append(", ").Append(e.Name).Append(", ")
              .Append(TestFunctionScanner.Quote(e.Output)).Append(", ").Append(e.Unordered ? "true" : "false").Append("},\n");
        sb.Append("\t\t})\n");
        if (funcs.HasTestMain) sb.Append("\tTestMain(m)\n\t__minigo_os.Exit(__minigo_testing.ExitCode(m))\n");
        else sb.Append("\t__minigo_os.Exit(m.Run())\n");
        sb.Append("}\n");
        return sb.ToString();
    }
}
