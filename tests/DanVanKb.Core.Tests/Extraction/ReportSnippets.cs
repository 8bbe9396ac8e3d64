using System.Text;

using DanVanKb.Core.Model;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>Report snippets from provinces other than Bắc Kạn (Nghệ An, Hà Tĩnh, Đồng Tháp, Lâm Đồng, Sóc
/// Trăng, Quảng Ninh, Hải Phòng, Yên Bái, Phú Thọ, Kon Tum, Bình Định, Quảng Bình, Đắk Lắk …) and other kinds of
/// text (decisions, HĐND resolutions, plans, official letters, news items), each with what a Vietnamese domain
/// expert reads in it.</summary>
internal static partial class ReportSnippets
{
    private static readonly Lazy<IReadOnlyList<ExtractorSpec>> Catalog = new(() =>
        [.. CitationForms(), .. BackReferences(), .. Issuers(), .. Layout(), .. Headers(), .. RelationCues(), .. Grammar(), .. Preambles(), .. LegalBases(), .. News(), .. NumberOnly(), .. Supersession()]);

    public static IReadOnlyList<ExtractorSpec> All => Catalog.Value;

    public static ExtractorSpec Get(string name) => All.Single(s => s.Name == name);

    private static string Lines(params string[] lines) => string.Join("\n", lines);

    private static string Row(params string[] cells) => string.Join("\t", cells);

    private static string Nfd(string text) => text.Normalize(NormalizationForm.FormD);

    private static string Crlf(string text) => text.Replace("\n", "\r\n", StringComparison.Ordinal);

    private static string LatinEth(string text) => text.Replace('Đ', '\u00D0');

    private static ExpectedDocument Doc(
        string symbol, string? type = null, string? date = null, Level? level = null, string? locality = null,
        string? issuer = null, string? title = null, int? mentions = null, bool undated = false) =>
        new(symbol, type, date, level, locality, issuer, title, mentions, undated);

    private static ExpectedRelation Rel(string from, RelationType type, string to) => new(from, type, to);

    private const string Self = CitedDocument.OwnId;
}
