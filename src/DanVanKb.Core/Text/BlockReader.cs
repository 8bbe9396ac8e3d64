using System.Text.RegularExpressions;

namespace DanVanKb.Core.Text;

/// <summary>Reads normalized text into blocks. Converted reports put one paragraph per line; a page
/// break cuts a sentence (even a word) in two and drops the page's footnotes between the halves, so a
/// paragraph that ends without closing punctuation is joined to the next one that starts in lower case.</summary>
public static partial class BlockReader
{
    [GeneratedRegex(@"</?(?:i|b|em|strong|u|sup|sub|br)\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHtml();

    private sealed class Pending(BlockKind kind, string? marker)
    {
        public BlockKind Kind { get; } = kind;
        public string? Marker { get; } = marker;
        public List<MappedText> Pieces { get; } = [];
        public bool Open { get; set; }
    }

    public static IReadOnlyList<Block> Read(MappedText text)
    {
        var lines = SplitLines(text);
        var pending = new List<Pending>();
        Pending? openBody = null, openNote = null;

        for (var li = 0; li < lines.Count; li++)
        {
            var line = lines[li];
            if (line.Text.Contains('\t') || IsPipeRow(line.Text))
            {
                pending.Add(new Pending(BlockKind.TableRow, null) { Pieces = { line } });
                openBody = openNote = null;
                continue;
            }

            var note = FootnoteMarkers.FootnoteStart(line.Text);
            if (note is { } n)
            {
                var p = new Pending(BlockKind.Footnote, n.Marker) { Open = !IsTerminated(line.Text) };
                p.Pieces.Add(line.Slice(n.Length, line.Length));
                pending.Add(p);
                openNote = p;
                continue;
            }

            if (openBody is not null && pending[^1] == openBody && ContinuesWithNumber(openBody.Pieces[^1].Text, line.Text))
            {
                openBody.Pieces.Add(line);
                openBody.Open = !IsTerminated(line.Text);
                continue;
            }

            if (openBody?.Open == true && pending[^1] == openBody && ContinuesWithName(openBody.Pieces[^1].Text, line.Text))
            {
                openBody.Pieces.Add(line);
                openBody.Open = !IsTerminated(line.Text);
                continue;
            }

            if (StartsLowercase(line.Text) && (openBody?.Open == true || openNote?.Open == true))
            {
                var target = ChooseContinuation(openBody, openNote, line, li + 1 < lines.Count ? lines[li + 1] : null);
                target.Pieces.Add(line);
                target.Open = !IsTerminated(line.Text);
                continue;
            }

            var para = new Pending(BlockKind.Paragraph, null) { Open = !IsTerminated(line.Text) };
            para.Pieces.Add(line);
            pending.Add(para);
            openBody = para;
            // a footnote continued across a page comes right after that page's body text: once a new
            // body paragraph starts, an unfinished footnote can still continue (its page follows)
        }

        return [.. pending.Select(Build)];
    }

    /// <summary>Both a body paragraph and a footnote were left unfinished. On a page the body comes first
    /// and its footnotes after, so the first lower-case paragraph continues the footnote when another
    /// lower-case paragraph follows it (the body's own continuation on the next page).</summary>
    private static Pending ChooseContinuation(Pending? body, Pending? note, MappedText line, MappedText? next)
    {
        if (body?.Open != true) return note!;
        if (note?.Open != true) return body;
        var nextContinues = next is not null && StartsLowercase(next.Text);
        return nextContinues && IsTerminated(line.Text) ? note : body;
    }

    private static Block Build(Pending p)
    {
        var b = new MappedText.Builder();
        for (var i = 0; i < p.Pieces.Count; i++)
        {
            var piece = p.Pieces[i];
            if (i > 0) b.AppendSynthetic(' ', piece.ToSource(0));
            b.Append(piece);
        }
        var joined = StripMarkup(b.Build(p.Pieces[^1].ToSource(p.Pieces[^1].Length)));
        var cells = p.Kind == BlockKind.TableRow ? SplitCells(joined) : [];
        return new Block(p.Kind, joined, p.Marker, cells);
    }

    /// <summary>Markdown emphasis and stray inline HTML carry no meaning for citations.</summary>
    private static MappedText StripMarkup(MappedText t)
    {
        // most blocks have neither an emphasis mark nor a tag's opening
        if (t.Text.AsSpan().IndexOfAny('*', '<') < 0) return t;
        var drop = new bool[t.Length];
        foreach (Match m in InlineHtml().Matches(t.Text))
            for (var i = m.Index; i < m.Index + m.Length; i++) drop[i] = true;
        for (var i = 0; i < t.Length; i++)
            if (t.Text[i] == '*') drop[i] = true;
        if (!drop.Contains(true)) return t;
        var b = new MappedText.Builder();
        for (var i = 0; i < t.Length; i++)
            if (!drop[i]) b.Append(t, i, i + 1);
        return b.Build(t.ToSource(t.Length));
    }

    private static List<MappedText> SplitCells(MappedText row)
    {
        var cells = new List<MappedText>();
        var sep = row.Text.Contains('\t') ? '\t' : '|';
        var start = 0;
        for (var i = 0; i <= row.Length; i++)
        {
            if (i < row.Length && row.Text[i] != sep) continue;
            cells.Add(Trim(row.Slice(start, i)));
            start = i + 1;
        }
        if (sep == '|' && cells.Count > 0 && cells[0].Length == 0) cells.RemoveAt(0);
        if (sep == '|' && cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    /// <summary>A Markdown row ("| a | b |"), or a row of a header table flattened by a web page
    /// ("Số: 04/2011/QĐ-UBND | Bình Thuận, ngày 08 tháng 3 năm 2011 |").</summary>
    private static bool IsPipeRow(string line) =>
        (line.StartsWith('|') && line.Count(c => c == '|') >= 3) || line.EndsWith(" |", StringComparison.Ordinal) || line.Contains(" | ", StringComparison.Ordinal);

    private static List<MappedText> SplitLines(MappedText text)
    {
        var lines = new List<MappedText>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text.Text[i] != '\n') continue;
            var line = Trim(text.Slice(start, i));
            if (line.Length > 0 && !IsRule(line.Text)) lines.Add(line);
            start = i + 1;
        }
        return lines;
    }

    private static bool IsRule(string line) =>
        line.All(c => c is '-' or '|' or ':' or ' ' or '\t' or '=' or '–' or '—' or '_' or '*') && (line.Contains('-') || line.Contains('|') || line.Contains('–') || line.Contains('—'));

    private static MappedText Trim(MappedText t)
    {
        int s = 0, e = t.Length;
        while (s < e && char.IsWhiteSpace(t.Text[s]) && t.Text[s] != '\t') s++;
        while (e > s && char.IsWhiteSpace(t.Text[e - 1]) && t.Text[e - 1] != '\t') e--;
        return s == 0 && e == t.Length ? t : t.Slice(s, e);
    }

    internal static bool IsTerminated(string line)
    {
        var s = line.TrimEnd().TrimEnd('*');
        if (s.Length == 0) return true;
        var i = s.Length - 1;
        while (i > 0 && (s[i] is '”' or '"' or ')' or '’' or '»' || FootnoteMarkers.IsSuperscriptDigit(s[i]) || s[i] is '⁽' or '⁾')) i--;
        return s[i] is '.' or ';' or ':' or '!' or '?' or '…';
    }

    /// <summary>A line cut right before a number it needs: "Căn cứ Quyết định số" / "07/2022/QĐ-TTg …",
    /// "ngày 28 tháng" / "7 năm 2021", "Số:" / "15/2023/QĐ-UBND", or any unfinished line before a number that
    /// is not an item's numbering ("kế hoạch đầu tư công trung hạn" / "5 năm giai đoạn 2021-2025;").</summary>
    private static bool ContinuesWithNumber(string previous, string line) =>
        line.Length > 0 && ((char.IsDigit(line[0]) && (NeedsNumber().IsMatch(previous) || (!IsTerminated(previous) && !ListNumber().IsMatch(line))))
            || (YearRangeEnd().IsMatch(line) && EndsWithYear().IsMatch(previous)));

    /// <summary>"1. Mục tiêu", "2) Kế hoạch": a numbered item starts its own paragraph ("1.425 hộ" does not).</summary>
    [GeneratedRegex(@"^\d{1,2}\s*[.)](?!\d)")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"(?<![\p{L}])(?:số|Số|SỐ|ngày|tháng|năm|giai đoạn|đến|từ)\s*:?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex NeedsNumber();

    /// <summary>"giai đoạn 2021" / "- 2025;": the second year of a range, not a list item.</summary>
    [GeneratedRegex(@"^[-–]\s*(?:19|20)\d\d(?!\d)")]
    private static partial Regex YearRangeEnd();

    [GeneratedRegex(@"(?:19|20)\d\d\s*$", RegexOptions.RightToLeft)]
    private static partial Regex EndsWithYear();

    /// <summary>A wrapped line that stops on a word a sentence cannot end with ("… của Thủ tướng" / "Chính phủ
    /// về việc …", a body's abbreviation before its unit: "… của BCH" / "Huyện Đoàn Thọ Xuân …", "… ngày 29/5/2015
    /// giữa" / "Ban Dân vận Tỉnh ủy với …", "giữa Ban cán sự đảng" / "Ủy ban nhân dân
    /// tỉnh …"), on a verb that needs its object ("… của Thủ tướng Chính phủ ban hành" / "Chương trình hành động thực
    /// hiện …"), on a comma ("… các địa phương, đơn vị," / "Mặt trận Tổ quốc, …") or inside a quoted title that the
    /// line closes ("… “về Đại hội đảng bộ các cấp tiến tới" / "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng”; …"):
    /// the next line goes on with it even though it starts with a capital.</summary>
    private static bool ContinuesWithName(string previous, string line) =>
        char.IsUpper(line[0]) && !IsTerminated(previous)
        && (CannotEnd().IsMatch(previous) || previous.TrimEnd().EndsWith(',') || CutBeforeObject(previous, line)
            || (EndsWithUnitWord().IsMatch(previous) && PlaceNameGoesOn().IsMatch(line))
            || (previous.Length >= MinWrappedLine && EndsInsidePlaceName().IsMatch(previous) && PlaceNameEnds().IsMatch(line))
            || (Quotations.LeftOpen(previous) && Quotations.Closes(line)))
        && !LineStartsItem().IsMatch(line)
        && !line.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>"… giai đoạn 2021 - 2025, tỉnh" / "Sóc Trăng;": a line cut between an administrative unit's word and
    /// its name (two words or more). Only a name that then ends the clause or goes on in lower case: a heading "… trên
    /// địa bàn tỉnh" is followed by a sentence ("Ban Thường vụ Tỉnh ủy đã …", "Năm 2022, …"), and a source line by a
    /// byline ("Tin: Thành Nhơn"), not by a name.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex EndsWithUnitWord();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}(?:\s*[;,.)]|\s*$|\s+(?:về|của|và|ngày|năm|giai đoạn|trong|tại|đến|theo|với|đã|để|nhằm|là)(?![\p{L}]))")]
    private static partial Regex PlaceNameGoesOn();

    /// <summary>"… của Ban Thường vụ Tỉnh ủy Gia" / "Lai về thực hiện …": a wrapped line cut inside a place's name, after
    /// its unit or committee and the name's first word; the next line ends the name and goes on with the sentence (not
    /// with a time: "… Huyện ủy Tây Giang" / "Sáng ngày 10/01/2023, …" is a title, then the news).</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|(?:Tỉnh|Huyện|Thành|Thị|Đảng) (?:ủy|uỷ))\s+\p{Lu}\p{Ll}*\s*$", RegexOptions.RightToLeft)]
    private static partial Regex EndsInsidePlaceName();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)?(?:\s*[;,.)]|\s+(?:về|của|và|tại|đến|theo|với|đã|để|nhằm|là)(?![\p{L}]))")]
    private static partial Regex PlaceNameEnds();

    [GeneratedRegex(@"(?<![\p{L}])(?:của|và|về|với|các|những|theo|tại|cho|trong|đến|từ|là|được|đã|giữa|bởi|thuộc|hoặc|nhằm|để|Thủ tướng|Bộ|Sở|Ủy ban|Uỷ ban|Hội đồng|Ban|Phòng|Ban Chấp hành|Ban Thường vụ|Ban cán sự đảng|(?<=của\s+)(?:BCH|BTV|BTT|UBND|HĐND|MTTQ|ngành))\s*$", RegexOptions.RightToLeft)]
    private static partial Regex CannotEnd();

    /// <summary>A verb that needs its object, ending a wrapped line of a sentence; a short line ending so is a heading
    /// ("1. Các văn bản đã ban hành"), and one whose doer comes first is complete ("… do Ủy ban Thường vụ Quốc hội ban
    /// hành", a page's title line).</summary>
    [GeneratedRegex(@"(?<!(?<![\p{L}])(?:do|được)\s[^,;.]{0,80})(?<![\p{L}])(?:ban hành|phê duyệt)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex EndsOnTransitiveVerb();

    /// <summary>The shortest line read as a wrapped line of a sentence rather than a heading.</summary>
    private const int MinWrappedLine = 60;

    private static bool CutBeforeObject(string previous, string line) =>
        previous.Length >= MinWrappedLine
        && (EndsOnTransitiveVerb().IsMatch(previous) || (EndsOnCarryingOut().IsMatch(previous) && StartsWithNumberedCitation().IsMatch(line)));

    /// <summary>"… của Ủy ban Dân tộc về hướng dẫn thực hiện" / "Quyết định số 771/QĐ-TTg …": carrying out ends a heading
    /// as often as a wrapped line ("2. Công tác lãnh đạo, chỉ đạo, triển khai thực hiện"), so only a numbered citation
    /// on the next line ("Quyết định số 771", "Nghị quyết số 25") shows the line was cut before its object.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:thực hiện|triển khai|hướng dẫn|quán triệt|cụ thể hóa|cụ thể hoá)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex EndsOnCarryingOut();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3}\s+số\s*\d")]
    private static partial Regex StartsWithNumberedCitation();

    [GeneratedRegex(@"^(?:[-+•*]|\d+[.)]|[IVX]+\.|[a-zđ]\)|Căn cứ|Thực hiện|Xét|Theo đề nghị)")]
    private static partial Regex LineStartsItem();

    internal static bool StartsLowercase(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c)) return char.IsLower(c);
            if (char.IsDigit(c)) return false;
        }
        return false;
    }
}
