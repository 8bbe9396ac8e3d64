using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>Reads the mentions of one text unit: a full citation around each symbol, then short
/// back-references and names that are not part of one.</summary>
internal static partial class MentionReader
{
    // "ngày17/4/2009": a page that lost the space still dates the citation
    [GeneratedRegex(@"^(?:ngày(?:\s+|(?=\d))){1,2}", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNgay();

    [GeneratedRegex(@"^\s*,?\s*năm\s+\d{4}(?!\d)")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"(?:,|\bvà|;)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex ListJoinAtEnd();

    [GeneratedRegex(@"[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]+|\^\[\d+\]")]
    private static partial Regex FootnoteMarks();

    [GeneratedRegex(@"^\s*\(")]
    private static partial Regex OpeningBracket();

    private const int MaxTitleLength = 300;

    public static IReadOnlyList<LocatedMention> Read(TextUnit unit, ReportContext context, LineIndex lines)
    {
        var text = unit.Text.Text;
        var found = new List<LocatedMention>();
        // symbols, dates and short references all hold a digit; most sentences hold none
        var hasDigit = text.AsSpan().ContainsAnyInRange('0', '9');
        DateIndex? dates = null;
        if (hasDigit)
        {
            dates = new DateIndex(text);
            foreach (var symbol in SymbolParser.FindAll(text))
            {
                var full = ReadFull(unit, symbol, dates, context, lines);
                found.AddRange(ListedBefore(unit, symbol, full, lines));
                found.Add(full);
            }
            ShareListTails(text, found);
            AssignTitles(unit, found);
        }
        var taken = new Occupancy(text.Length);
        foreach (var f in found) taken.Take(f.Start, f.CoreEnd);
        if (hasDigit) found.AddRange(ReadShort(unit, taken, dates!, context, lines));
        foreach (var f in found) taken.Take(f.Start, f.CoreEnd);
        if (CitationPatterns.MayHoldNamedReference(text)) found.AddRange([.. ReadNamed(unit, taken, lines)]);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static LocatedMention ReadFull(TextUnit unit, SymbolMatch symbol, DateIndex dates, ReportContext context, LineIndex lines)
    {
        var text = unit.Text.Text;
        var segment = unit.SegmentAt(symbol.Start);
        var segIndex = unit.SegmentIndexAt(symbol.Start);

        // the type word right before the symbol
        var windowStart = Math.Max(segment.Start, symbol.Start - MaxTypeWordBefore);
        var tw = CitationPatterns.TypeWordBefore.Match(TextRange.Between(text, windowStart, symbol.Start));
        var start = tw.Success ? windowStart + tw.Index : symbol.Start;
        var typeWord = tw.Success ? tw.Groups["tw"].Value : null;

        // the tail: date, issuer
        var (date, issuerPhrase, p) = ReadTail(text, PastRepeatedLetters(text, symbol), segment, dates);

        (date, issuerPhrase) = ReadBefore(text, start, segment, dates, date, issuerPhrase);

        var coreEnd = p;
        var ts = CitationPatterns.TitleStart.Match(TextRange.Between(text, coreEnd, Math.Min(text.Length, coreEnd + 12)));
        var titleStart = ts.Success && (ts.Length > 0 || coreEnd < segment.End) && HasTitleMarker(text, coreEnd, ts) ? coreEnd + ts.Length : -1;

        var issuer = issuerPhrase is null ? null : IssuerReader.Read(issuerPhrase, context);
        var mention = new Mention(
            MentionKind.Full,
            symbol.Written,
            symbol.Symbol,
            typeWord,
            TypeName(typeWord, symbol.Symbol),
            date?.Date,
            date?.Written,
            issuer,
            null,
            Span(unit, lines, start, symbol.End),
            segIndex,
            unit.InFootnote,
            unit.InTable);
        return new LocatedMention(mention, unit, start, coreEnd, titleStart, Math.Max(coreEnd, symbol.End), segIndex) { IssuerPhrase = issuerPhrase };
    }

    /// <summary>How far before a symbol the numbers listed with it may start, and how far before them their type word.</summary>
    private const int MaxNumberList = 40, MaxTypeWordBefore = 60;

    /// <summary>"các Nghị quyết số 05, 06 và 07-NQ/TU ngày 12/3/2021 của …": each bare number listed before the symbol is a
    /// document of its own, with the symbol's letters, date and issuer (and the type word before the list).</summary>
    private static IEnumerable<LocatedMention> ListedBefore(TextUnit unit, SymbolMatch symbol, LocatedMention full, LineIndex lines)
    {
        var text = unit.Text.Text;
        if (full.Start != symbol.Start) yield break; // a type word right before the symbol: "…, 06 và Nghị quyết số 07-NQ/TU"
        var separator = symbol.Written.IndexOfAny(['-', '/']);
        if (separator <= 0) yield break;
        var from = Math.Max(unit.SegmentAt(symbol.Start).Start, symbol.Start - MaxNumberList);
        var list = CitationPatterns.NumbersListedBefore.Match(TextRange.Between(text, from, symbol.Start));
        if (!list.Success) yield break;
        var numbers = list.Groups["list"];
        var typeFrom = Math.Max(0, from + list.Index - MaxTypeWordBefore);
        var tw = CitationPatterns.TypeWordBefore.Match(TextRange.Between(text, typeFrom, from + numbers.Index));
        var typeWord = tw.Success ? tw.Groups["tw"].Value : full.Mention.TypeWord;
        var first = true;
        foreach (Match number in CitationPatterns.ListedNumber.Matches(numbers.Value))
        {
            var written = number.Value + symbol.Written[separator..];
            if (SymbolParser.Parse(written) is not { } parsed) continue;
            var start = from + numbers.Index + number.Index;
            var end = start + number.Length;
            // the list's first number starts the citation at the type word before "số"
            var citationStart = first && tw.Success ? typeFrom + tw.Index : start;
            first = false;
            var mention = full.Mention with
            {
                Written = written,
                Symbol = parsed,
                TypeWord = typeWord,
                TypeName = TypeName(typeWord, parsed),
                Title = null,
                Span = Span(unit, lines, citationStart, end),
            };
            yield return new LocatedMention(mention, unit, citationStart, end, -1, end, full.SegmentIndex) { IssuerPhrase = full.IssuerPhrase };
        }
    }

    /// <summary>"Nghị quyết số 37-NQ/TW NQ/TW ngày 24/12/2018": a paste that repeats the letters of the symbol does not
    /// end the citation; its date and issuer follow the repeat.</summary>
    private static int PastRepeatedLetters(string text, SymbolMatch symbol)
    {
        var cut = symbol.Written.IndexOfAny(['-', '/']);
        if (cut < 0 || cut + 1 >= symbol.Written.Length) return symbol.End;
        var letters = symbol.Written.AsSpan(cut + 1);
        var at = symbol.End;
        while (at < text.Length && text[at] == ' ') at++;
        var end = at + letters.Length;
        return at > symbol.End && text.AsSpan(at).StartsWith(letters, StringComparison.Ordinal) && (end == text.Length || !char.IsLetterOrDigit(text[end]))
            ? end : symbol.End;
    }

    [GeneratedRegex(@"^\s*(?:,|và)\s*$")]
    private static partial Regex BareJoin();

    /// <summary>"Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": citations of
    /// one issuer joined with nothing of their own share the date and issuer written after the last of them.</summary>
    private static void ShareListTails(string text, List<LocatedMention> found)
    {
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (a, b) = (found[i], found[i + 1]);
            if (a.Mention.Date is not null || a.Mention.Issuer is not null || a.SegmentIndex != b.SegmentIndex) continue;
            if (a.Mention.Symbol?.IssuerPart != b.Mention.Symbol?.IssuerPart) continue; // "… 33-NQ/TW và … 10-CTr/TU ngày … của Tỉnh ủy"
            if (!BareJoin().IsMatch(TextRange.Between(text, a.CoreEnd, b.Start))) continue;
            if (b.Mention.Date is not { IsFull: true } && b.Mention.Issuer is null) continue;
            found[i] = a with { Mention = a.Mention with { Date = b.Mention.Date, DateWritten = b.Mention.DateWritten, Issuer = b.Mention.Issuer } };
        }
    }

    /// <summary>What follows a citation's number: its date ("ngày 03/6/2013", ", ngày …"), its issuer ("của …"),
    /// a date after the issuer ("của Chính phủ ngày 24 tháng 6 năm 2023"), or a year ("… năm 2023"). Returns
    /// where the citation's core ends.</summary>
    private static (DateMatch? Date, string? Issuer, int End) ReadTail(string text, int from, Segment segment, DateIndex dates)
    {
        var p = SkipMarkers(text, from);
        if (LevelAfterSymbol().Match(text, p) is { Success: true } level) p += level.Length;
        var afterDate = SkipSeparators(text, p);
        var ngay = LeadingNgay().Match(TextRange.Between(text, afterDate, Math.Min(text.Length, afterDate + 12)));
        var afterNgay = afterDate + (ngay.Success ? ngay.Length : 0);
        var date = dates.StartingAt(afterDate) ?? dates.StartingAt(afterNgay);
        if (date is not null) p = SkipMarkers(text, date.End);

        string? issuerPhrase = null;
        var q = SkipSeparators(text, p);
        if (q + 4 <= text.Length && text.AsSpan(q, 4).Equals("của ", StringComparison.OrdinalIgnoreCase)
            && CitationPatterns.CompoundBodyNameAt.Match(text, q + 4) is { Success: true } compound)
        {
            issuerPhrase = compound.Value;
            p = compound.Index + compound.Length;
        }
        else if (q + 4 <= text.Length && text.AsSpan(q, 4).Equals("của ", StringComparison.OrdinalIgnoreCase))
        {
            var limit = Math.Min(segment.End, q + 130);
            var office = CitationPatterns.DualOfficeAt.Match(text, q + 4);
            var issFrom = Math.Min(limit, office.Success ? office.Index + office.Length : q + 4);
            var stop = CitationPatterns.IssuerStop.Match(text, issFrom, limit - issFrom);
            var issEnd = stop.Success ? stop.Index : limit;
            if (issEnd > q + 4)
            {
                issuerPhrase = TextRange.Between(text, q + 4, issEnd);
                p = issEnd;
            }
        }

        if (date is null && issuerPhrase is not null)
        {
            var at = SkipSeparators(text, p);
            var ngayAfter = LeadingNgay().Match(TextRange.Between(text, at, Math.Min(text.Length, at + 12)));
            if (ngayAfter.Success && dates.StartingAt(at) is { } d) date = d;
            else if (ngayAfter.Success && dates.StartingAt(at + ngayAfter.Length) is { } d2) date = d2;
            if (date is not null) p = SkipMarkers(text, date.End);
        }

        if (date is null && LeadingYear().Match(TextRange.Between(text, p, Math.Min(text.Length, p + 12))) is { Success: true } y)
        {
            date = dates.EndingAt(p + y.Length);
            if (date is not null) p = date.End;
        }
        return (date, issuerPhrase, p);
    }

    private static bool HasTitleMarker(string text, int at, Match m)
    {
        var s = TextRange.Between(text, at, Math.Min(text.Length, at + m.Length + 1)).TrimStart(' ', ',');
        return s.StartsWith("về", StringComparison.Ordinal) || s.StartsWith("v/v", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith('“') || s.StartsWith('"');
    }

    /// <summary>A title runs to the end of its segment, unless a sibling citation in a list starts first.</summary>
    private static void AssignTitles(TextUnit unit, List<LocatedMention> found)
    {
        var text = unit.Text.Text;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.TitleStart < 0) continue;
            var segment = unit.Segments[m.SegmentIndex];
            var end = segment.End;
            for (var j = i + 1; j < found.Count; j++)
            {
                var n = found[j];
                if (n.SegmentIndex > m.SegmentIndex) break;
                if (n.SegmentIndex != m.SegmentIndex || n.Start < m.TitleStart) continue;
                var between = TextRange.Between(text, m.TitleStart, n.Start);
                var joined = ListJoinAtEnd().IsMatch(between);
                if (joined && !CitationPatterns.AnyCue.IsMatch(between)) end = n.Start;
                break;
            }
            var clause = CitationPatterns.TitleEnd.Match(text, m.TitleStart, Math.Max(0, end - m.TitleStart));
            if (clause.Success) end = clause.Index;
            // "về “Tăng cường …”, công tác …": a quoted title ends at its closing quote
            var open = m.TitleStart < text.Length ? text[m.TitleStart] : ' ';
            if (open is '“' or '"')
            {
                var close = text.IndexOf(open == '“' ? '”' : '"', m.TitleStart + 1);
                if (close > 0 && close < end) end = close + 1;
            }
            var title = CleanTitle(TextRange.Between(text, m.TitleStart, Math.Max(m.TitleStart, end)));
            if (title.Length > 0)
                found[i] = m with { Mention = m.Mention with { Title = title }, End = Math.Max(m.End, end) };
        }
    }

    internal static string CleanTitle(string raw)
    {
        var s = FootnoteMarks().Replace(raw, "");
        s = Spacing.Collapse(s).Trim();
        s = s.TrimEnd('.', ';', ',', '…', ' ', ':').Trim();
        while (s.EndsWith("..", StringComparison.Ordinal)) s = s[..^1].TrimEnd('.');
        s = s.Trim('“', '”', '"', ' ', '\'');
        if (s.StartsWith("việc ", StringComparison.Ordinal)) s = s[5..];
        if (s.Length > MaxTitleLength)
        {
            var cut = s.LastIndexOf(' ', MaxTitleLength);
            s = s[..(cut > 0 ? cut : MaxTitleLength)];
        }
        return TitleCleaner.Clean(s.Trim('“', '”', '"', ' '))?.Trim('“', '”', '"', ' ') ?? "";
    }

    /// <summary>What the words before a citation say of it when its tail did not: a date stated before it ("ngày
    /// 17/02/2022, UBND huyện … ban hành Kế hoạch số 35/KH-UBND") and the issuing body named as the subject ("UBND
    /// tỉnh Sóc Trăng ban hành Kế hoạch số 74/KH-UBND …").</summary>
    private static (DateMatch? Date, string? IssuerPhrase) ReadBefore(string text, int start, Segment segment, DateIndex dates, DateMatch? date, string? issuerPhrase)
    {
        if (date is null && dates.LastEndingBy(start, Math.Max(segment.Start, start - 160)) is { } before)
        {
            var m = CitationPatterns.DateBeforeTail.Match(TextRange.Between(text, before.End, start));
            if (m.Success)
            {
                date = before;
                if (issuerPhrase is null && m.Groups["iss"].Success && m.Groups["iss"].Value.Any(char.IsUpper))
                    issuerPhrase = m.Groups["iss"].Value;
            }
        }
        if (issuerPhrase is null)
        {
            var subjectFrom = Math.Max(segment.Start, start - 130);
            var subject = CitationPatterns.SubjectBefore.Match(TextRange.Between(text, subjectFrom, start));
            if (subject.Success) issuerPhrase = subject.Groups["iss"].Value;
        }
        return (date, issuerPhrase);
    }

    /// <summary>References by type and number: "Nghị quyết số 25" (a back-reference), "Nghị quyết số 04 ngày
    /// 30/10/2016 của BCH Trung ương" (a document cited without its symbol), and compressed lists that share a
    /// type and an issuer ("Quyết định số 217 và 218 của Bộ Chính trị").</summary>
    private static List<LocatedMention> ReadShort(TextUnit unit, Occupancy taken, DateIndex dates, ReportContext context, LineIndex lines)
    {
        var text = unit.Text.Text;
        var found = new List<LocatedMention>();
        foreach (var m in ShortReferences(text))
        {
            var tw = m.Groups["tw"];
            var (refStart, refEnd) = (tw.Index, m.Index + m.Length);
            var refWritten = text[refStart..refEnd];
            if (taken.Overlaps(refStart, refEnd)) continue;
            var type = DocumentTypes.FromWord(tw.Value);
            if (type is null) continue;
            var numbers = new List<(string Written, int Start, int End, string Number)> { (refWritten, refStart, refEnd, m.Groups["num"].Value) };
            for (var next = CitationPatterns.ShortListNext.Match(text, refEnd); next.Success; next = CitationPatterns.ShortListNext.Match(text, next.Index + next.Length))
            {
                var num = next.Groups["num"];
                if (taken.Overlaps(num.Index, num.Index + num.Length)) break;
                numbers.Add(($"{tw.Value} {num.Value}", num.Index, num.Index + num.Length, num.Value));
            }
            var segment = unit.SegmentAt(refStart);
            var (date, issuerPhrase, coreEnd) = ReadTail(text, numbers[^1].End, segment, dates);
            // "ngày 23-11-2017, Tỉnh ủy Lai Châu đã ban hành Kế hoạch số 116": issued here, so a document of its own
            if (numbers.Count == 1 && CitationPatterns.NumberWord.IsMatch(refWritten))
                (date, issuerPhrase) = ReadBefore(text, refStart, segment, dates, date, issuerPhrase);
            var issuer = issuerPhrase is null ? null : IssuerReader.Read(issuerPhrase, context);
            var ts = CitationPatterns.TitleStart.Match(TextRange.Between(text, coreEnd, Math.Min(text.Length, coreEnd + 12)));
            // a title after a bare back-reference ("Nghị quyết 25 về …") is most often the cited one's, retold
            var titled = date is not null || issuer is not null || CitationPatterns.NumberWord.IsMatch(refWritten);
            var titleStart = titled && ts.Success && ts.Length > 0 && HasTitleMarker(text, coreEnd, ts) ? coreEnd + ts.Length : -1;
            for (var k = 0; k < numbers.Count; k++)
            {
                var (written, start, end, number) = numbers[k];
                var last = k == numbers.Count - 1;
                var seg = unit.SegmentIndexAt(start);
                var mention = new Mention(MentionKind.Short, written, null, tw.Value, type.Name, last ? date?.Date : null, last ? date?.Written : null,
                    issuer, null, Span(unit, lines, start, end), seg, unit.InFootnote, unit.InTable)
                { ShortNumber = SymbolParser.CanonicalNumber(number) };
                found.Add(new LocatedMention(mention, unit, start, last ? coreEnd : end, last ? titleStart : -1, last ? coreEnd : end, seg));
            }
        }
        ShareListIssuers(text, found);
        AssignTitles(unit, found);
        return found;
    }

    /// <summary>"Thông tri 36, Chương trình hành động 76 của BTV Thành ủy": references by number joined with nothing of
    /// their own are documents of the issuer written after the last of them (their dates are their own). Not in a
    /// heading set in capitals: "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT 25, KẾT LUẬN 43 CỦA LỰC LƯỢNG VŨ TRANG" names whose results
    /// it reviews, not who issued them.</summary>
    private static void ShareListIssuers(string text, List<LocatedMention> found)
    {
        if (found.Count < 2 || ReportHeaderReader.IsUpper(text)) return;
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (a, b) = (found[i], found[i + 1]);
            if (a.Mention.Date is not null || a.Mention.Issuer is not null || b.Mention.Issuer is null || a.SegmentIndex != b.SegmentIndex) continue;
            if (b.Start < a.CoreEnd || !BareJoin().IsMatch(TextRange.Between(text, a.CoreEnd, b.Start))) continue;
            found[i] = a with { Mention = a.Mention with { Issuer = b.Mention.Issuer } };
        }
    }

    /// <summary>Short references in text order: those with a capitalised type word, those in lower case with "số", and
    /// those by number and year.</summary>
    private static IEnumerable<Match> ShortReferences(string text)
    {
        var upper = CitationPatterns.ShortReference.Matches(text);
        var lower = CitationPatterns.LowerCaseShortReference.Matches(text);
        var byYear = CitationPatterns.YearShortReference.Matches(text);
        return lower.Count == 0 && byYear.Count == 0 ? upper : upper.Concat(lower).Concat(byYear).OrderBy(m => m.Groups["tw"].Index);
    }

    private static IEnumerable<LocatedMention> ReadNamed(TextUnit unit, Occupancy taken, LineIndex lines)
    {
        var text = unit.Text.Text;
        foreach (Match m in CitationPatterns.NamedReference.Matches(text))
        {
            if (taken.Overlaps(m.Index, m.Index + m.Length)) continue;
            var end = m.Index + m.Length;
            var seg = unit.SegmentIndexAt(m.Index);
            var typeName = m.Value.StartsWith("Luật", StringComparison.Ordinal) ? "Luật" : "Nghị quyết";
            string? title = null;
            var ts = CitationPatterns.TitleStart.Match(TextRange.Between(text, end, Math.Min(text.Length, end + 12)));
            if (ts.Success && HasTitleMarker(text, end, ts))
                title = CleanTitle(TextRange.Between(text, end + ts.Length, unit.Segments[seg].End));
            var bracketed = OpeningBracket().IsMatch(TextRange.Between(text, end, Math.Min(text.Length, end + 4)));
            var name = Spacing.Collapse(m.Value).Trim().TrimEnd(',');
            var mention = new Mention(MentionKind.Named, name, null, null, typeName, null, null, null, title,
                Span(unit, lines, m.Index, end), seg, unit.InFootnote, unit.InTable);
            yield return new LocatedMention(mention, unit, m.Index, end, -1, end, seg) { HasBracketedSymbolAfter = bracketed };
        }
    }

    private static string TypeName(string? typeWord, DocumentSymbol symbol)
    {
        var byWord = typeWord is null ? null : DocumentTypes.FromWord(typeWord);
        var byCode = symbol.TypeCode is null ? null : DocumentTypes.FromCode(symbol.TypeCode, symbol.Style == SymbolStyle.Party);
        if (byWord is not null && byWord.Name != DocumentTypes.GenericDocument) return byWord.Name;
        if (byCode is not null) return byCode.Name;
        if (byWord is not null) return byWord.Name;
        if (symbol.IssuerCodes.Any(c => IssuerCodes.Find(c)?.Code == "QH")) return "Luật";
        return DocumentTypes.OfficialLetter;
    }

    private static int SkipMarkers(string text, int i)
    {
        while (i < text.Length && (FootnoteMarkers.IsSuperscriptDigit(text[i]) || text[i] is '⁽' or '⁾')) i++;
        if (i + 2 < text.Length && text[i] == '^' && text[i + 1] == '[')
        {
            var close = text.IndexOf(']', i);
            if (close > 0 && close - i < 6) i = close + 1;
        }
        return i;
    }

    /// <summary>The level of the body a symbol's last part names, written after it: "Kế hoạch số 07/KH-HĐND xã ngày
    /// 02/11/2023", "Quyết định số 15/QĐ-UBND huyện ngày …". Only before the date, which it keeps from the symbol.</summary>
    [GeneratedRegex(@"\G\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?=\s*,?\s*ngày\s*\d)")]
    private static partial Regex LevelAfterSymbol();

    private static int SkipSeparators(string text, int i)
    {
        while (i < text.Length && (text[i] is ' ' or ',' || (text[i] == '(' && i + 1 < text.Length && (char.IsDigit(text[i + 1]) || text[i + 1] is 'n' or 'N')))) i++;
        return i;
    }

    private static SourceSpan Span(TextUnit unit, LineIndex lines, int start, int end) =>
        lines.Span(unit.Text.ToSource(start), unit.Text.ToSource(end));
}
