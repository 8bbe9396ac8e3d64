using System.Text.Json;

namespace DanVanKb.Cli.Tests;

/// <summary>A folder of reports and a data folder under the temp directory, for the sync and watch tests.
/// The province's programme 14-CTr/TU is cited by the district too; the district alone cites 71-KH/HU and
/// names the commune Tà Năng; the commune alone cites 12-KH/ĐU.</summary>
public sealed class SyncFolder : IDisposable
{
    public const string Province = "Trên đây là báo cáo của Tỉnh ủy Lâm Đồng về công tác dân vận ở tỉnh Lâm Đồng.\n\nChương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy về thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI.\n";
    public const string District = "Trên đây là báo cáo của Huyện ủy Đức Trọng.\n\nKế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng về triển khai thực hiện Chương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy Lâm Đồng.\n\nKế hoạch số 71-KH/HU ngày 02/3/2015 của Huyện ủy về mô hình dân vận khéo ở xã Tà Năng.\n";
    public const string Commune = "Trên đây là báo cáo của Đảng ủy xã Hiệp An.\n\nKế hoạch số 12-KH/ĐU ngày 20/9/2013 của Đảng ủy xã về thực hiện Kế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng.\n";

    public SyncFolder()
    {
        Directory.CreateDirectory(Reports);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "danvankb-sync-" + Guid.NewGuid().ToString("N")[..12]);

    public string Reports => Path.Combine(Root, "reports");

    public string Data => Path.Combine(Root, "data");

    public string Write(string name, string text)
    {
        var file = Path.Combine(Reports, name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>The export through the real CLI, as text and parsed.</summary>
    public (string Text, JsonElement Json) Export(string? data = null)
    {
        var file = Path.Combine(Root, "export-" + Guid.NewGuid().ToString("N") + ".json");
        var run = CliRun.Of("export", "--data", data ?? Data, "--out", file);
        Assert.True(run.Exit == 0, run.Err);
        var text = File.ReadAllText(file);
        File.Delete(file);
        return (text, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static IReadOnlyList<string> Symbols(JsonElement export) =>
        [.. export.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("symbol").GetString() ?? "")];

    public static IReadOnlyList<string> Files(JsonElement export) =>
        [.. export.GetProperty("sources").EnumerateArray().Select(s => Path.GetFileName(s.GetProperty("file").GetString()!))];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a reader still closing: the temp folder is cleaned later
        }
    }
}
