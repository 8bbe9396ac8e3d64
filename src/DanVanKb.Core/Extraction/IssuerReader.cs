using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>Reads who issued a document: from a "của …" phrase, a table's issuer column or a report's own
/// header, or failing those from the symbol's issuer code and the report's own locality.</summary>
public static partial class IssuerReader
{
    [GeneratedRegex(@"Trung ương|Bộ Chính trị|Ban Bí thư|Thủ tướng|Chính phủ|Quốc hội|Ủy ban Dân tộc|(?<![\p{L}])Bộ\s+(?:trưởng|\p{Lu})|(?:Tòa án|Toà án|Viện [Kk]iểm sát) nhân dân tối cao|Tổng Liên đoàn")]
    private static partial Regex CentralPattern();

    [GeneratedRegex(@"Công an|[Qq]uân sự|Ban Chỉ huy|(?<![\p{L}])Sở\s|(?<![\p{L}])Phòng\s|Ban Dân vận|Ban Dân tộc|Mặt trận|(?<![\p{L}])Hội\s(?!đồng|nghị)|Ban Chỉ đạo|Tòa án|Viện [Kk]iểm sát|Văn phòng|Ban Tuyên giáo|Ban Tổ chức|Ủy ban Kiểm tra|Đoàn (?:thanh niên|TNCS)|Ban cán sự|Đảng ủy\s+(?!Công an|Quân sự)\p{Lu}")]
    private static partial Regex AgencyPattern();

    [GeneratedRegex(@"Khối [Dd]ân vận|(?<![\p{L}])(?:xã|phường|thị trấn)(?![\p{L}])|Đảng ủy(?!\s+\p{Lu})")]
    private static partial Regex CommunePattern();

    [GeneratedRegex(@"Huyện ủy|Thành ủy|Thị ủy|Quận ủy|(?<![\p{L}])(?:huyện|thành phố|thị xã|quận)(?![\p{L}])|Đảng bộ (?:huyện|thành phố|thị xã)")]
    private static partial Regex DistrictPattern();

    [GeneratedRegex(@"Tỉnh ủy|(?<![\p{L}])tỉnh(?![\p{L}])")]
    private static partial Regex ProvincePattern();

    /// <summary>A place name after its unit word: "tỉnh Bắc Kạn", "Huyện ủy Bạch Thông", "phường Phổ Hòa".</summary>
    [GeneratedRegex(@"(?:Tỉnh ủy|Thành ủy|Thị ủy|Huyện ủy|Quận ủy|(?<![\p{L}])(?:tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn))\s+(?<name>\p{Lu}\p{Ll}*(?:[’']\p{Lu}?\p{Ll}+)?(?![\p{L}])(?:\s+\p{Lu}\p{Ll}*(?:[’']\p{Lu}?\p{Ll}+)?(?![\p{L}])){0,3})")]
    private static partial Regex PlaceNamePattern();

    [GeneratedRegex("Thành ủy|thành phố")]
    private static partial Regex CityUnitPattern();

    [GeneratedRegex(@"(?:Tỉnh ủy|Thành ủy|Thị ủy|Huyện ủy|Quận ủy|Đảng ủy|tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn)$", RegexOptions.RightToLeft)]
    private static partial Regex EndsWithUnitPattern();

    /// <summary>A unit word written with a capital inside a body's name, before the place: "UBND Huyện Triệu Sơn".
    /// Not a committee ("Huyện ủy"), whose next word is lower case.</summary>
    [GeneratedRegex(@"(?<=\S\s+)(?:Thành [Pp]hố|Thị [Xx]ã|Thị [Tt]rấn|Tỉnh|Huyện|Quận|Xã|Phường)(?=\s+\p{Lu})")]
    private static partial Regex CapitalisedUnitWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:BAN|ỦY|UỶ|ĐẢNG|NHÂN DÂN|TỈNH|HUYỆN|THÀNH PHỐ|XÃ|PHƯỜNG|THƯỜNG VỤ|CHẤP HÀNH|SỞ|PHÒNG|BỘ)(?![\p{L}])")]
    private static partial Regex UpperCaseHeaderWord();

    /// <summary>A lower-cased place name closing a phrase, after its unit word.</summary>
    [GeneratedRegex(@"(?<unit>(?:Tỉnh ủy|Thành ủy|Thị ủy|Huyện ủy|Quận ủy|(?<![\p{L}])(?:tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn))\s+)(?<name>\p{Ll}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*){0,2})$")]
    private static partial Regex LowerCasePlaceName();

    private static readonly string[] CanonicalBodies =
    [
        "Ban Chấp hành Trung ương", "Ban Chấp hành", "Ban Thường vụ", "Ban Bí thư", "Bộ Chính trị", "Thủ tướng Chính phủ",
        "Chính phủ", "Ủy ban nhân dân", "Hội đồng nhân dân", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Thị ủy", "Quận ủy",
        "Đảng ủy", "Ban Dân vận", "Trung ương", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Mặt trận Tổ quốc",
        "Ban Thường trực", "Công an", "Đảng bộ", "Khối Dân vận",
    ];

    private static readonly Dictionary<string, string> CanonicalBodyOf =
        CanonicalBodies.DistinctBy(b => b.ToLowerInvariant()).ToDictionary(b => b.ToLowerInvariant(), b => b);

    /// <summary>Any canonical body name in any case, longest first so a name is never cut by a shorter one.</summary>
    private static readonly Regex AnyCanonicalBody = new(
        string.Join('|', CanonicalBodies.OrderByDescending(b => b.Length).Select(Regex.Escape)),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Lower-case words that belong inside body names; any other ends the name ("của Bộ Chính trị
    /// cơ quan tổ chức …" names the Bộ Chính trị).</summary>
    private static readonly HashSet<string> NameWords =
    [
        "ủy", "uỷ", "ban", "nhân", "dân", "vụ", "thường", "hành", "chấp", "bí", "thư", "chính", "trị", "trung", "ương",
        "quân", "sự", "tỉnh", "huyện", "thành", "phố", "thị", "xã", "phường", "trấn", "quận", "khóa", "khoá", "lần", "thứ",
        "đảng", "bộ", "công", "an", "vận", "cựu", "chiến", "binh", "tổ", "quốc", "hội", "trực", "mặt", "trận", "chỉ", "đạo",
        "huy", "nghị", "đại", "biểu", "tướng", "phủ", "đồng", "kiểm", "tra", "tuyên", "giáo", "khối", "sở", "phòng", "nội",
        "trưởng", "cán", "tộc", "chức", "tế", "ngoại", "niên", "hiệp", "đốc", "viện", "sát", "án", "tối", "cao", "đoàn", "động", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "cơ", "sở", "liên", "tịch", "và",
    ];

    private static readonly char[] WordPunctuation = [',', '.', ';', ':'];

    /// <summary>Cuts an issuer phrase at the first word that cannot be part of a body's name; a sector's name
    /// ("Sở Giáo dục và Đào tạo") is kept whole.</summary>
    internal static string TrimToName(string phrase)
    {
        var sectors = SectorNames.Pattern.Matches(phrase);
        var kept = new List<string>();
        for (var end = 0; end < phrase.Length;)
        {
            // the words between runs of spaces
            var start = end;
            while (start < phrase.Length && char.IsWhiteSpace(phrase[start])) start++;
            if (start == phrase.Length) break;
            end = start;
            while (end < phrase.Length && !char.IsWhiteSpace(phrase[end])) end++;
            var w = phrase[start..end];
            var bare = w.Trim(WordPunctuation);
            var inSector = Within(sectors, start);
            // "Ban Tổ chức Trung ương" is a body; "… Trung ương tổ chức hội nghị" is what it does
            var organises = bare == "tổ" && phrase.AsSpan(end).TrimStart().StartsWith("chức", StringComparison.Ordinal);
            // "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": an office heads the body named after it
            var heads = bare == "nhiệm" && kept.Count > 0 && kept[^1] == "Chủ";
            var isName = !organises && (heads || inSector || bare.Length == 0 || !char.IsLower(bare[0]) || NameWords.Contains(bare) || bare.AsSpan().ContainsAnyInRange('0', '9'));
            if (!isName && kept.Count > 0) break;
            kept.Add(w);
        }
        while (kept.Count > 0 && kept[^1] is "và" or "cơ" or "năm") kept.RemoveAt(kept.Count - 1);
        return string.Join(' ', kept);
    }

    private static bool Within(MatchCollection matches, int at)
    {
        for (var i = 0; i < matches.Count; i++)
            if (at >= matches[i].Index && at < matches[i].Index + matches[i].Length) return true;
        return false;
    }

    /// <summary>Reads an issuer phrase (without or with its leading "của").</summary>
    public static Issuer? Read(string phrase, ReportContext context)
    {
        if (Readings.Get(phrase) is not var (name, unitLevel, level, locality)) return null;
        if (locality is null && unitLevel is Level ul && level != Level.Central)
        {
            locality = context.LocalityAt(ul);
            if (locality is not null && EndsWithUnit(name))
                name = name.EndsWith("Đảng ủy", StringComparison.Ordinal) ? $"{name} {context.UnitAt(ul)}" : $"{name} {locality}";
        }
        // "Ủy ban nhân dân Thành phố" in a quận's text: quận exist only in the cities run by the centre, and such a
        // city's texts name it "Thành phố" alone, as a province's say "tỉnh"
        if (level is null && unitLevel is null && BareCity().IsMatch(name) && context.DistrictUnit == "quận")
            (level, locality) = (Level.Province, context.Province);
        if (level == Level.Central) locality = null;
        return new Issuer(name, level, locality);
    }

    [GeneratedRegex(@"(?<![\p{L}])Thành phố$")]
    private static partial Regex BareCity();

    /// <summary>What a phrase names before the report's own units complete it.</summary>
    private sealed record PhraseReading(string Name, Level? UnitLevel, Level? Level, string? Locality);

    /// <summary>Reports repeat the same few issuer phrases thousands of times; each is read once.</summary>
    private static readonly BoundedMemo<string, PhraseReading?> Readings = new(8192, ReadPhrase);

    private static PhraseReading? ReadPhrase(string phrase)
    {
        var compound = CitationPatterns.CompoundBodyName.Match(phrase);
        var name = Clean(compound.Success && compound.Index <= 4 && compound.Length >= phrase.Trim().Length - 4 ? phrase : TrimToName(phrase));
        if (name.Length < 2 || !name.Any(char.IsUpper)) return null;
        var unitLevel = UnitLevel(name);
        var level = LevelOf(name, unitLevel);
        var locality = PlaceName(name);
        if (locality is not null && CentralCities.Names.Contains(locality) && CityUnitPattern().IsMatch(name))
        {
            // Thành ủy Hải Phòng is a province-level committee; its districts are quận and huyện
            if (unitLevel == Level.District) unitLevel = Level.Province;
            if (level == Level.District) level = Level.Province;
        }
        return new PhraseReading(name, unitLevel, level, locality);
    }

    /// <summary>The issuer a symbol's code implies, completed with the report's locality. A State body's code
    /// (UBND, HĐND) does not say its level: it is placed at <paramref name="stateLevel"/>, by default the report's own.</summary>
    public static Issuer? FromCode(DocumentSymbol symbol, ReportContext context, Level? stateLevel = null)
    {
        var code = symbol.IssuerCodes.Count > 0 ? IssuerCodes.Find(symbol.IssuerCodes[0]) : null;
        if (code is null) return null;
        var level = code.Level;
        var localityLevel = code.LocalityLevel;
        var name = code.Name;
        if (code.Code is "UBND" or "HĐND")
        {
            // a State body's symbol does not say its level: it is usually the report's own
            level = stateLevel ?? (context.OwnLevel is Level.Province or Level.District or Level.Commune ? context.OwnLevel : null);
            localityLevel = level;
            var unit = level is Level lv ? context.UnitAt(lv) : null;
            if (unit is not null) name = $"{name} {unit}";
            return new Issuer(name, level, localityLevel is Level ll2 ? context.LocalityAt(ll2) : null);
        }
        if (code.Code == "QH" || code.Code == "UBTVQH")
        {
            var term = symbol.IssuerCodes.Select(IssuerCodes.Term).FirstOrDefault(t => t is not null);
            if (term is int t) name = $"{name} khóa {Roman(t)}";
        }
        var locality = localityLevel is Level l ? context.LocalityAt(l) : null;
        if (locality is not null)
            name = name.EndsWith("Đảng ủy", StringComparison.Ordinal) || name.EndsWith("Khối Dân vận", StringComparison.Ordinal)
                ? $"{name} {context.UnitAt(localityLevel!.Value)}"
                : $"{name} {locality}";
        return new Issuer(name, level, locality);
    }

    /// <summary>The level a phrase names: a central body first, then a body inside a level, then the unit.</summary>
    internal static Level? LevelOf(string name, Level? unitLevel = null)
    {
        unitLevel ??= UnitLevel(name);
        if (CentralPattern().IsMatch(name) && unitLevel is null) return Level.Central;
        if (CentralPattern().Match(name) is { Success: true } c && Earliest(name) is int e && c.Index < e && !AgencyPattern().IsMatch(name[..c.Index]))
            return Level.Central;
        if (AgencyPattern().IsMatch(name)) return Level.Agency;
        return unitLevel;
    }

    /// <summary>The level of the first administrative unit a phrase names.</summary>
    internal static Level? UnitLevel(string name)
    {
        Level? best = null;
        var at = int.MaxValue;
        foreach (var (pattern, level) in new[] { (CommunePattern(), Level.Commune), (DistrictPattern(), Level.District), (ProvincePattern(), Level.Province) })
        {
            var m = pattern.Match(name);
            if (m.Success && m.Index < at)
            {
                at = m.Index;
                best = level;
            }
        }
        return best;
    }

    private static int? Earliest(string name)
    {
        var positions = new[] { CommunePattern(), DistrictPattern(), ProvincePattern() }
            .Select(p => p.Match(name)).Where(m => m.Success).Select(m => m.Index).ToList();
        return positions.Count == 0 ? null : positions.Min();
    }

    internal static bool PlaceNameIn(string name) => PlaceName(name) is not null;

    internal static string? PlaceName(string name)
    {
        var m = PlaceNamePattern().Match(name);
        return m.Success ? ToneMarks.ToModern(m.Groups["name"].Value) : null;
    }

    private static bool EndsWithUnit(string name) => EndsWithUnitPattern().IsMatch(name);

    /// <summary>Expands abbreviations, fixes the usual capitalisation of body names and tone placement.</summary>
    public static string Clean(string phrase)
    {
        var s = Spacing.Collapse(phrase).Trim();
        if (s.StartsWith("của ", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        s = s.Trim(' ', ',', ';', '.', ':', '“', '”', '"', '(', ')', '-');
        if (IsUpperCaseHeader(s)) s = Abbreviations.LowerKeeping(s);
        s = ToneMarks.ToModern(SectorNames.Capitalize(Abbreviations.Expand(s)));
        s = CapitalisedUnitWord().Replace(s, m => m.Value.ToLowerInvariant());
        s = WithCanonicalBodyNames(s);
        s = CapitalizePlaceNames(s);
        return s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    /// <summary>Each body's name written as it is named ("ban thường vụ" → "Ban Thường vụ"); the same string when
    /// every name already is.</summary>
    private static string WithCanonicalBodyNames(string s)
    {
        var m = AnyCanonicalBody.Match(s);
        while (m.Success && string.Equals(m.Value, CanonicalBodyOf[m.Value.ToLowerInvariant()], StringComparison.Ordinal)) m = m.NextMatch();
        return m.Success ? AnyCanonicalBody.Replace(s, x => CanonicalBodyOf[x.Value.ToLowerInvariant()]) : s;
    }

    /// <summary>"BAN THƯỜNG VỤ TỈNH ỦY" is a header set in capitals; "BCĐ QCDC&DVK" is a string of abbreviations.</summary>
    private static bool IsUpperCaseHeader(string s) =>
        !s.Any(char.IsLower) && UpperCaseHeaderWord().IsMatch(s);

    /// <summary>After lower-casing an upper-case header, a place name after its unit word regains its capitals.</summary>
    private static string CapitalizePlaceNames(string s) =>
        !EndsWithLowerCaseWord(s) ? s : LowerCasePlaceName().Replace(s,
            m => m.Groups["unit"].Value + string.Join(' ', m.Groups["name"].Value.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..])));

    /// <summary>The last word starts with a lower-case letter: where a lower-cased place name can close a phrase.</summary>
    private static bool EndsWithLowerCaseWord(string s)
    {
        var start = s.Length;
        while (start > 0 && !char.IsWhiteSpace(s[start - 1])) start--;
        return start < s.Length && char.IsLower(s[start]);
    }

    internal static string Roman(int n)
    {
        var numerals = new[] { (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var r = "";
        foreach (var (v, s) in numerals)
            while (n >= v)
            {
                r += s;
                n -= v;
            }
        return r;
    }
}
