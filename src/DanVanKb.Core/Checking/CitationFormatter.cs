using System.Globalization;

using DanVanKb.Core.Model;

namespace DanVanKb.Core.Checking;

/// <summary>The citation in the official style: Party documents after the Party's rules on document
/// format ("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về …"), State
/// documents after Nghị định 30/2020/NĐ-CP ("Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng
/// Chính phủ về …"); and the short form for later mentions in the same text.</summary>
public static class CitationFormatter
{
    public static string Full(KnownDocument d)
    {
        var parts = new List<string> { Short(d) };
        if (d.Date is { } date) parts.Add(Date(date, IsParty(d)));
        if (d.Issuer is not null) parts.Add($"của {d.Issuer}");
        if (d.Title is { Length: > 0 } title) parts.Add(title.StartsWith("về ", StringComparison.Ordinal) ? title : $"về {LowerFirst(title)}");
        return string.Join(' ', parts);
    }

    public static string Short(KnownDocument d) => d.Symbol is null ? d.Type : $"{d.Type} số {d.Symbol}";

    /// <summary>Day below 10 and the months January and February take a leading zero (Nghị định 30, Điều 8).</summary>
    public static string Date(PartialDate date, bool party)
    {
        if (!date.IsFull) return date.ToVietnamese();
        var d = date.Day!.Value.ToString("00", CultureInfo.InvariantCulture);
        var m = date.Month!.Value <= 2 ? date.Month.Value.ToString("00", CultureInfo.InvariantCulture) : date.Month.Value.ToString(CultureInfo.InvariantCulture);
        return party ? $"ngày {d}/{m}/{date.Year}" : $"ngày {d} tháng {m} năm {date.Year}";
    }

    public static bool IsParty(KnownDocument d) => d.Symbol is not null && d.Symbol.Contains('-') && d.Symbol.IndexOf('-') < d.Symbol.IndexOf('/');

    private static string LowerFirst(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && char.IsLower(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;
}
