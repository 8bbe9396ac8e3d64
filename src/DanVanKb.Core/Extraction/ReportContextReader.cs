using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>Works out a report's own units (province, district, commune and their unit words) from its issuer,
/// its issuing-body block, its place line and the units its text names most often.</summary>
internal static partial class ReportContextReader
{
    /// <summary>A unit word and the capitalised name after it. Written name first (a lookbehind for the unit):
    /// the scan then stops only at capitals, not at every "t", "h" or "x" of the text.</summary>
    [GeneratedRegex(@"(?<=(?<![\p{L}])(?<unit>tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn|Tỉnh ủy|Huyện ủy|Quận ủy)\s+)(?<![\p{L}])(?<name>\p{Lu}\p{Ll}*(?:[’']\p{Lu}?\p{Ll}+)?(?![\p{L}])(?:\s+\p{Lu}\p{Ll}*(?:[’']\p{Lu}?\p{Ll}+)?(?![\p{L}])){0,2})")]
    private static partial Regex UnitName();

    public static ReportContext Read(IReadOnlyList<Block> blocks, string? issuerPhrase, string? place, List<string> bodyLines)
    {
        var counts = new Dictionary<(string Unit, string Name), int>();
        foreach (var b in blocks)
            foreach (Match m in UnitName().Matches(b.Text.Text))
            {
                var key = (UnitOf(m.Groups["unit"].Value), ToneMarks.ToModern(m.Groups["name"].Value));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        string? Most(params string[] units) => counts.Where(c => units.Contains(c.Key.Unit))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Name, StringComparer.Ordinal).Select(c => c.Key.Name).FirstOrDefault();
        string? MostUnit(params string[] units) => counts.Where(c => units.Contains(c.Key.Unit))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Name, StringComparer.Ordinal).Select(c => c.Key.Unit).FirstOrDefault();

        // the issuing-body block names the report's own units ("ĐẢNG BỘ TỈNH TUYÊN QUANG"): they beat frequency
        foreach (var line in bodyLines.Select(IssuerReader.Clean))
            foreach (Match m in UnitName().Matches(line))
                counts[(UnitOf(m.Groups["unit"].Value), ToneMarks.ToModern(m.Groups["name"].Value))] = 1000;
        var province = Most("tỉnh");
        var district = Most("huyện", "thị xã", "thành phố", "quận");
        var districtUnit = MostUnit("huyện", "thị xã", "thành phố", "quận");
        var commune = Most("xã", "phường", "thị trấn");
        var communeUnit = MostUnit("xã", "phường", "thị trấn");

        // the issuer's own unit beats frequency: "Đảng ủy phường Phổ Hòa", "Thành ủy Bắc Kạn"
        var own = issuerPhrase is null ? null : IssuerReader.Clean(issuerPhrase);
        Level? ownLevel = null;
        if (own is not null)
        {
            ownLevel = IssuerReader.UnitLevel(own);
            var name = IssuerReader.PlaceName(own);
            var unit = Regex.Match(own, @"(?<![\p{L}])(tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn)(?![\p{L}])").Value;
            if (Regex.IsMatch(own, "Thành ủy|Thị ủy")) unit = unit.Length > 0 ? unit : (own.Contains("Thị ủy") ? "thị xã" : "thành phố");
            if (Regex.IsMatch(own, "Tỉnh ủy") && unit.Length == 0) unit = "tỉnh";
            if (Regex.IsMatch(own, "Huyện ủy") && unit.Length == 0) unit = "huyện";
            switch (ownLevel)
            {
                case Level.Province:
                    province = name ?? province;
                    break;
                case Level.District:
                    district = name ?? district ?? place;
                    if (unit.Length > 0 && unit != "tỉnh") districtUnit = unit;
                    break;
                case Level.Commune:
                    commune = name ?? commune ?? place;
                    if (unit.Length > 0) communeUnit = unit;
                    break;
            }
        }
        return new ReportContext(province, district, commune, ownLevel, districtUnit, communeUnit);
    }

    /// <summary>"Tỉnh ủy Hà Tĩnh" names the province Hà Tĩnh, "Huyện ủy Nam Đàn" the district.</summary>
    private static string UnitOf(string word) => word switch
    {
        "Tỉnh ủy" => "tỉnh",
        "Huyện ủy" => "huyện",
        "Quận ủy" => "quận",
        _ => word, // the pattern's other unit words are lower case already
    };
}
