namespace DanVanKb.Core.Text;

/// <summary>The text of a report file, or why it cannot be read as one.</summary>
public sealed record DecodedReport(string? Text, string Encoding, string? Refusal)
{
    public bool Ok => Refusal is null;
}
