using System.Globalization;

namespace DanVanKb.Synthetic;

/// <summary>Writes citations the ways reports do (domain.md "How reports cite"): "Nghị quyết số 25-NQ/TW ngày
/// 03/6/2013 của Ban Chấp hành Trung ương khóa XI về “…”", with pieces missing or in other forms, dates as
/// 03/6/2013 or "ngày 26 tháng 11 năm 2021", and the occasional miscitation.</summary>
internal sealed class Citer(Random r)
{
    /// <summary>A full citation. <paramref name="issuer"/> overrides the written issuer ("của Đảng ủy xã" in its own report).</summary>
    public string Full(SyntheticDocument d, string? issuer = null, bool? withIssuer = null, bool? withTitle = null, bool? withDate = null)
    {
        var symbol = Miscitation.Symbol(r, d.Symbol);
        var type = d.TypeWord == "Chương trình hành động" && r.Next(4) == 0 ? "CTrHĐ" : d.TypeWord;
        var text = $"{type}{(r.Next(5) == 0 ? " " : " số ")}{symbol}";
        if (withDate ?? r.Next(100) < 88) text += DateText(Miscitation.Date(r, d.Date));
        if (withIssuer ?? r.Next(100) < 72) text += " của " + (issuer ?? IssuerText(d));
        if ((withTitle ?? r.Next(100) < 22) && d.Title is { } title)
            text += r.Next(3) == 0 ? $" về “{Capital(title)}”" : $" về {title}";
        return text;
    }

    public string Short(SyntheticDocument d) => d.ShortForm(r);

    private string DateText(DateOnly date) => r.Next(100) switch
    {
        < 70 => " ngày " + Slash(date),
        < 78 => ", ngày " + Slash(date),
        < 92 => $" ngày {date.Day:D2} tháng {date.Month:D2} năm {date.Year}",
        _ => " năm " + date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>03/6/2013, 07/01/2019, 26/11/2021: two-digit day, months written both ways.</summary>
    public string Slash(DateOnly date)
    {
        var month = date.Month < 10 && r.Next(3) == 0 ? date.Month.ToString("D2", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"{date.Day:D2}/{month}/{date.Year}";
    }

    private string IssuerText(SyntheticDocument d) => d.Issuer switch
    {
        "Thủ tướng Chính phủ" => Prose.Pick(r, ["Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "TTCP"]),
        var s when s.StartsWith("Ban Chấp hành Trung ương", StringComparison.Ordinal) && r.Next(3) == 0 => s.Replace("Ban Chấp hành Trung ương Đảng", "BCH Trung ương", StringComparison.Ordinal),
        var s => s,
    };

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
