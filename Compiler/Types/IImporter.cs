namespace Minigo.Compiler.Types;

/// <summary>
/// Resolves import paths to checked packages. The standard library is Go source checked by
/// this same checker: an importer parses the package's files and calls Checker.Check.
/// Returns null (after reporting to diags, or not) when the package does not exist.
/// </summary>
public interface IImporter
{
    Package? Import(string path, DiagnosticBag diags);
}
