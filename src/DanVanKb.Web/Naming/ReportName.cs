using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;

namespace DanVanKb.Web.Naming;

/// <summary>How a report is named wherever the site or the CLI points at one: by its own identity as its
/// header gives it ("Báo cáo số 286-BC/HU ngày 09/6/2023 của Huyện ủy Hàm Yên"), its title shortened where
/// a clause ends, and, as a secondary detail, its file relative to the folder that was ingested.</summary>
public sealed record ReportName(string Id, string Name, string? Title, string? FullTitle, string File)
{
    /// <summary>"Báo cáo số 286-BC/HU ngày 09/6/2023 của Huyện ủy Hàm Yên: tổng kết 10 năm thực hiện …".</summary>
    public string WithTitle => Title is null ? Name : $"{Name}: {Title}";

    /// <summary>Names a report by its own document (the record its header made); a report whose header
    /// gave nothing is named "Báo cáo" with its file.</summary>
    public static ReportName Of(SourceRow source, DocumentRow? own)
    {
        if (own is null) return new ReportName(source.Id, $"Báo cáo (tệp {source.File})", null, null, source.File);
        var parts = new List<string> { own.Type, own.Symbol is null ? "không số" : $"số {own.Symbol}" };
        if (Citation.DateText(own.Date) is { } date) parts.Add(date);
        if (own.Issuer is not null) parts.Add($"của {own.Issuer}");
        return new ReportName(source.Id, string.Join(' ', parts), TitleText.Short(own.Title), TitleText.Clean(own.Title), source.File);
    }
}
