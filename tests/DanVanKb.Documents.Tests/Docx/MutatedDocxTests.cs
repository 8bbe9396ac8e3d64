namespace DanVanKb.Documents.Tests.Docx;

/// <summary>Damaged Word files never escape as exceptions: each seeded mutation of a real report's .docx
/// (bytes overwritten, truncated, a run of bytes removed) is either read or refused with a reason.</summary>
public class MutatedDocxTests
{
    [Fact]
    public void Every_mutated_docx_is_read_or_refused_never_thrown()
    {
        var original = WordFile.Of(ExtractionParityTests.Report);
        var random = new Random(20240917);
        int read = 0, refused = 0;
        for (var i = 0; i < 300; i++)
        {
            var bytes = Mutate(original, random);
            var decoded = ReportFileReader.Read("bao-cao.docx", bytes);
            if (decoded.Ok)
            {
                Assert.False(string.IsNullOrWhiteSpace(decoded.Text));
                read++;
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(decoded.Refusal));
                refused++;
            }
        }
        Assert.True(refused > 0 && read + refused == 300, $"{read} read, {refused} refused");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(3))
        {
            case 0:
                for (var n = random.Next(1, 16); n > 0; n--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
            case 1:
                return bytes[..random.Next(4, bytes.Length)];
            default:
                var at = random.Next(bytes.Length - 64);
                return [.. bytes[..at], .. bytes[(at + random.Next(1, 64))..]];
        }
    }
}
