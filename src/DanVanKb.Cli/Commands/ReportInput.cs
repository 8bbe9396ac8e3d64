using DanVanKb.Documents;

namespace DanVanKb.Cli.Commands;

/// <summary>Reads one report or draft named on the command line (plain text or .docx), or says by name why it cannot.</summary>
internal static class ReportInput
{
    public static string? Read(string path, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"{path}: no such file");
            return null;
        }
        var decoded = ReportFileReader.Read(path, File.ReadAllBytes(path));
        if (decoded.Ok) return decoded.Text;
        stderr.WriteLine($"{path}: refused: {decoded.Refusal}");
        return null;
    }
}
