using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>Reads what a report says about itself: the "Số: …" line, the place and date line, the type
/// line and title block, the closing "Trên đây là báo cáo của …", and the signature block.</summary>
internal static partial class ReportHeaderReader
{
    /// <summary>The number line: "Số: 12/KH-UBND", or with the type before it and a colon, as the National Assembly's
    /// and its Standing Committee's headers write it ("Nghị quyết số: 653/2019/UBTVQH14", "Luật số: 57/2014/QH13"). The
    /// colon tells the header's line from a table cell naming a document ("Quyết định số 12/QĐ-UBND"). A space may stand on
    /// both sides of the first separator when a type code follows it ("Số 06 - KH/ĐUK").</summary>
    [GeneratedRegex(@"^(?:(?:Nghị quyết|Luật|Pháp lệnh|Nghị định|Quyết định|Thông tư|Chỉ thị)\s+(?=số\s*:))?Số\s*:?\s*(?<sym>[\d\s]*[a-z]?\s*[-/](?:\s(?=\p{Lu}+[-/]))?[^\s,]*|\d+[a-z]?[-/]\S*)(?:\s+(?<placeDate>\p{L}[^,\d]{1,40},\s*ngày\s*\d{0,2}\s*tháng\s*\d{0,2}\s*năm\s*\d{4}\.?))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}’' –-]{1,40}?)\s*,\s*ngày\s*(?<d>\d{1,2})?\s*tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDateLine();

    [GeneratedRegex(@"^(?<type>BÁO CÁO|CHỈ THỊ|NGHỊ QUYẾT|KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG| PHỐI HỢP)?|HƯỚNG DẪN|ĐỀ ÁN|QUY CHẾ|QUY ĐỊNH|QUYẾT ĐỊNH|KẾT LUẬN|THÔNG BÁO|THÔNG TRI|TỜ TRÌNH|CÔNG VĂN)(?![\p{L}])\s*(?<rest>.*)$")]
    private static partial Regex TypeLine();

    /// <summary>A công văn's subject line under its number: "V/v tăng cường công tác tiếp công dân".</summary>
    [GeneratedRegex(@"^(?:V/v|v/v|Về việc)\s*:?\s*(?<title>.+)$")]
    private static partial Regex VvLine();

    /// <summary>The first word of a body's name, which never stands alone.</summary>
    [GeneratedRegex(@"^(?:ỦY|UỶ)(?:\s+BAN)?$")]
    private static partial Regex CutBodyName();

    /// <summary>The rest of a type line that holds the document's own number and date instead of its title.</summary>
    [GeneratedRegex(@"^(?:SỐ|Số|số)\s*:?\s*(?<sym>\d[^\s,]*)\s*(?:,?\s*(?:NGÀY|[Nn]gày)\s+(?<date>\S.*))?$")]
    private static partial Regex NumberInTitleLine();

    [GeneratedRegex(@"^CỦA\s+(?<iss>[\p{Lu}\s/]+?)(?=\s+(?:về|v/v)\b|$)")]
    private static partial Regex OfLine();

    [GeneratedRegex(@"Trên đây là (?:báo cáo|kết quả|chương trình|kế hoạch)[^\n]*", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingSentence();

    [GeneratedRegex(@"của\s+(?<iss>(?:(?:Ban Thường vụ|BTV|Ban Chấp hành|BCH|Thường trực)\s+)?(?:Thành ủy|Tỉnh ủy|Huyện ủy|Thị ủy|Quận ủy|Đảng ủy|Đảng uỷ|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Ban Dân vận|Mặt trận|Ủy ban Mặt trận|Công an|Khối Dân vận)[^,.;“”""]*?)(?=\s+về\b|\s+tổng kết\b|\s+sơ kết\b|\s*[.,;]|\s*\./\.|$)")]
    private static partial Regex ClosingIssuer();

    /// <summary>A line of the issuing-body block at the top left: "TỈNH ỦY TUYÊN QUANG", "BAN DÂN VẬN",
    /// "UBND HUYỆN BẠCH THÔNG".</summary>
    [GeneratedRegex(@"^(?:(?:THƯỜNG TRỰC|CHỦ TỊCH|VĂN PHÒNG|THANH TRA)\s+)?(?:ỦY|UỶ|UBND|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|BAN|SỞ|HỘI|MẶT TRẬN|CÔNG AN|KHỐI|HĐND|ỦY BAN|PHÒNG|BỘ|CHI BỘ|ĐOÀN|TRƯỜNG|TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY|QUẬN ỦY)(?![\p{L}])")]
    private static partial Regex BodyLine();

    /// <summary>The body that enacts a decision or resolution, named under its title.</summary>
    [GeneratedRegex(@"^(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHỦ TỊCH|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|THƯỜNG TRỰC|BỘ TRƯỞNG|GIÁM ĐỐC|TỈNH ỦY|HUYỆN ỦY|ĐẢNG ỦY|BAN CHỈ ĐẠO|TRƯỞNG BAN)(?![\p{L}])")]
    private static partial Regex EnactingLine();

    [GeneratedRegex(@"^(?:Kính gửi|Căn cứ|Xét|Theo|Trên cơ sở|Nhằm|Để|Ngày|Sáng|Chiều|Trong|Qua|Nội dung)(?![\p{L}])")]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^(?:Kính gửi|Căn cứ|Xét)(?![\p{L}])")]
    private static partial Regex NotATitle();

    [GeneratedRegex(@"ĐẢNG CỘNG SẢN|CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP")]
    private static partial Regex NationalLine();

    [GeneratedRegex(@"^(?:TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)\s+\p{Lu}")]
    private static partial Regex UnitLine();

    /// <param name="OpeningBlock">The first body paragraph after the title: its lead-in speaks for the document itself.</param>
    /// <param name="PreambleEnd">The first block after the preamble's run of lead-ins ("Căn cứ …; Thực hiện …").</param>
    /// <param name="Headerless">No number, place line or type line: a news item, whose own record is the event it tells of.</param>
    /// <param name="BodyStart">The first section heading after the opening ("I. …", "1. …", "Điều 1.", "QUYẾT ĐỊNH:").</param>
    public sealed record Header(ReportInfo Info, int? TitleBlock, int? NumberBlock, int? OpeningBlock, int PreambleEnd, int BodyStart, bool Headerless);

    public static Header Read(IReadOnlyList<Block> blocks)
    {
        string? symbolWritten = null;
        DocumentSymbol? symbol = null;
        string? place = null;
        PartialDate? date = null;
        string? type = null;
        string? title = null;
        string? headerIssuer = null;
        string? enacting = null;
        int? titleBlock = null;
        int? titleEnd = null;
        int? lastHeaderBlock = null;

        var paragraphs = blocks.Select((b, i) => (b, i)).Where(x => x.b.Kind == BlockKind.Paragraph).ToList();
        var bodyLines = new List<string>();
        int? numberBlock = null;
        var titleOpen = false;
        foreach (var (t, i) in HeaderLines.Read(blocks, HeaderStart(blocks)))
        {
            if (type is null && symbolWritten is null && place is null && title is null && IsBodyLine(t))
            {
                // "ỦY" over "BAN NHÂN DÂN": a body's name cut after its first word goes on to the next line
                if (bodyLines.Count > 0 && (CutBodyName().IsMatch(bodyLines[^1]) || (UnitLine().IsMatch(t) && !IssuerReader.PlaceNameIn(IssuerReader.Clean(bodyLines[^1])))))
                    bodyLines[^1] += " " + t;
                else
                    bodyLines.Add(t);
                continue;
            }
            if (NumberLine().Match(t) is { Success: true } n && symbolWritten is null)
            {
                symbolWritten = n.Groups["sym"].Value.Trim();
                symbol = SymbolParser.Parse(symbolWritten);
                numberBlock = i;
                lastHeaderBlock = i;
                titleOpen = false;
                // "Số: 441 /BC-UBND Cẩm Hà, ngày 15 tháng 12 năm 2022": the two columns of the header flattened into one line
                if (place is null && PlaceDateLine().Match(n.Groups["placeDate"].Value) is { Success: true } onLine)
                    (place, date) = (ToneMarks.ToModern(onLine.Groups["place"].Value.Trim()), BuildDate(onLine));
                continue;
            }
            if (PlaceDateLine().Match(t) is { Success: true } pd && place is null)
            {
                place = ToneMarks.ToModern(pd.Groups["place"].Value.Trim());
                date = BuildDate(pd);
                lastHeaderBlock = Math.Max(lastHeaderBlock ?? 0, i);
                titleOpen = false;
                continue;
            }
            if (title is null && VvLine().Match(t) is { Success: true } vv)
            {
                title = vv.Groups["title"].Value;
                titleBlock = i;
                continue;
            }
            if (type is null && title is null && TypeLine().Match(t) is { Success: true } tl && !ContradictsNumber(tl, symbol))
            {
                type = DocumentTypes.FromWord(tl.Groups["type"].Value.ToLowerInvariant().Replace(" hành động", "").Replace(" phối hợp", ""))?.Name;
                var rest = tl.Groups["rest"].Value.Trim();
                // "HƯỚNG DẪN SỐ 38-HD/BTCTW NGÀY 31/01/2016": a reprint puts the number and date in the title line
                if (symbolWritten is null && NumberInTitleLine().Match(rest) is { Success: true } nt && SymbolParser.Parse(nt.Groups["sym"].Value) is { } inTitle)
                {
                    (symbolWritten, symbol, numberBlock, rest) = (nt.Groups["sym"].Value, inTitle, i, "");
                    if (nt.Groups["date"].Success) date ??= DateParser.Parse(nt.Groups["date"].Value.ToLowerInvariant());
                }
                if (rest.Length > 0)
                {
                    title = rest;
                    titleBlock = i;
                    titleOpen = true;
                }
                continue;
            }
            if (title is not null && titleOpen && EnactingLine().IsMatch(t))
            {
                enacting = t; // "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN" under the title: the body that enacts
                lastHeaderBlock = i;
                break;
            }
            if (title is not null && titleOpen && ContinuesTitle(title, t))
            {
                title += " " + t;
                titleEnd = i;
                continue;
            }
            if (title is not null) break;
            // a title with no type line above it ("VỀ VIỆC BAN HÀNH QUY CHẾ …" under the number): the number gives the type
            if (type is null && title is null && (symbolWritten is not null || place is not null) && EnactingLine().IsMatch(t))
            {
                enacting = t;
                lastHeaderBlock = i;
                break;
            }
            if (type is null && (symbolWritten is not null || place is not null) && IsUpper(t) && !IsSectionHeading(t))
            {
                title = t;
                titleBlock = i;
                titleOpen = true;
                continue;
            }
            if (type is not null)
            {
                var rest = t;
                if (OfLine().Match(rest) is { Success: true } of)
                {
                    headerIssuer = of.Groups["iss"].Value;
                    rest = rest[of.Length..].Trim();
                }
                if (rest.Length > 0 && !IsSectionHeading(rest) && !NotATitle().IsMatch(rest))
                {
                    title = rest;
                    titleBlock = i;
                    titleOpen = true;
                    continue;
                }
                if (rest.Length > 0) break;
            }
        }

        // a page that reproduces one document and has lost its header is named by its headline: "Công văn số
        // 490-CV/BDVTW ngày 14/10/2016 về việc hướng dẫn …"
        if (symbolWritten is null && place is null && type is null && Headline(blocks) is { } headline)
        {
            (type, symbolWritten, symbol, date, numberBlock) = (headline.Type, headline.Written, headline.Symbol, headline.Date, headline.Block);
            title ??= headline.Title;
        }

        // a portal's record of the page's document ("Số hiệu: 16/HD-MT", "Loại văn bản: Hướng dẫn") where no header numbers it
        if (symbolWritten is null && PortalRecord.Read(blocks) is { } record)
        {
            (symbolWritten, symbol, numberBlock) = (record.Written, record.Symbol, record.Block);
            type ??= record.Type;
            date ??= record.Date;
        }

        // a page that announces a document and reproduces it without its number is that document
        string? announcedIssuer = null;
        // it is announced before the title, or after it when the title is a web page's own, over no number or place line
        var announcedBefore = place is null && titleBlock is int pageTitle ? pageTitle + MaxLeadBlocks : titleBlock ?? lastHeaderBlock ?? MaxLeadBlocks;
        if (symbolWritten is null && AnnouncementReader.Read(blocks, announcedBefore, type) is { } announced)
        {
            (type, symbolWritten, symbol, date, announcedIssuer) = (type ?? announced.Type, announced.Written, announced.Symbol, date ?? announced.Date, announced.IssuerPhrase);
            if (announced.Alone) numberBlock = announced.Block;
        }

        var (role, signer, signedBy, signedOn) = SignatureBlockReader.Read(paragraphs.Select(p => p.b).ToList());
        date ??= signedOn;
        var closing = ReadClosingIssuer(blocks);
        var issuerPhrase = AgencyHeader(bodyLines) is { } agency && (IssuerReader.PlaceNameIn(agency) || enacting is null) ? agency
            : enacting is not null ? IssuerReader.Clean(enacting) : headerIssuer ?? announcedIssuer ?? closing ?? signedBy ?? SignatureBlockReader.SigningBody(role);

        // the report's own units, named most often in its text, complete local bodies ("UBND tỉnh")
        var context = ReportContextReader.Read(blocks, issuerPhrase, place, bodyLines);
        var issuer = (issuerPhrase is null ? null : IssuerReader.Read(issuerPhrase, context)) ?? IssuerOfNumber(symbol, symbolWritten, context);
        if (issuer is not null && issuer.Level is Level own && own != Level.Agency)
            context = context with { OwnLevel = own };

        var info = new ReportInfo(
            type ?? TypeFromNumber(symbol, symbolWritten),
            symbol,
            symbolWritten,
            date,
            place,
            issuer,
            title is null ? null : MentionReader.CleanTitle(title),
            signer,
            role,
            context);
        var headerless = symbolWritten is null && place is null && type is null;
        var opening = Opening(blocks, titleEnd ?? titleBlock ?? lastHeaderBlock, titleBlock is not null);
        var (preamble, preambleEnd) = Preamble(blocks, opening);
        return new Header(info, titleBlock, numberBlock, preamble, preambleEnd, BodyStart(blocks, opening), headerless);
    }

    /// <summary>The longest line read as a header-less page's headline.</summary>
    internal const int MaxHeadline = 250;

    /// <summary>A page without a header announces the document it reproduces within its first paragraphs.</summary>
    private const int MaxLeadBlocks = 6;

    private sealed record HeadlineDocument(string Type, string Written, DocumentSymbol Symbol, PartialDate? Date, string? Title, int Block);

    [GeneratedRegex(@"^(?<tw>Công văn|Văn bản|Quyết định|Nghị quyết|Chỉ thị|Kế hoạch|Hướng dẫn|Thông báo|Chương trình|Quy chế|Quy định|Kết luận|Báo cáo|Tờ trình|Đề án)\s+(?:số\s*:?\s*)?(?<sym>\d[^\s,]*)(?:\s*,?\s*ngày\s+(?<date>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}))?(?:\s*(?:về việc|v/v|về)\s+(?<title>.+))?$")]
    private static partial Regex HeadlinePattern();

    /// <summary>The headline of a header-less page (one of its first lines, unfinished) that begins with a document's
    /// citation.</summary>
    private static HeadlineDocument? Headline(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < Math.Min(blocks.Count, 4); i++)
        {
            if (blocks[i].Kind != BlockKind.Paragraph) continue;
            var t = blocks[i].Text.Text.Trim();
            if (BlockReader.IsTerminated(t) || t.Length > MaxHeadline) continue;
            var m = HeadlinePattern().Match(t);
            if (m.Success && SymbolParser.FindAll(t).Count != 1) continue; // a headline names one document
            if (!m.Success || SymbolParser.Parse(m.Groups["sym"].Value) is not { } symbol) continue;
            var type = DocumentTypes.FromWord(m.Groups["tw"].Value)?.Name;
            if (type is null || type == DocumentTypes.GenericDocument)
                type = symbol.TypeCode is string code ? DocumentTypes.FromCode(code, symbol.Style == SymbolStyle.Party)?.Name ?? DocumentTypes.OfficialLetter : DocumentTypes.OfficialLetter;
            var date = m.Groups["date"].Success ? DateParser.Parse(m.Groups["date"].Value) : null;
            return new HeadlineDocument(type, m.Groups["sym"].Value, symbol, date, m.Groups["title"].Success ? m.Groups["title"].Value : null, i);
        }
        return null;
    }

    /// <summary>How many paragraphs of a line or more after the header and title may come before the opening, and how many
    /// blocks in all.</summary>
    private const int MaxOpeningBlocks = 12, MaxOpeningScan = 40;

    /// <summary>A line shorter than this is a heading, a menu item or a signature, never an opening.</summary>
    private const int ShortLine = 40;

    /// <summary>The first paragraph after the header and title that is not part of them (motto, place and date,
    /// "Kính gửi", an upper-case line). A text with no title (a news item) opens with its first sentence.</summary>
    private static int? Opening(IReadOnlyList<Block> blocks, int? after, bool titled)
    {
        var from = (after ?? -1) + 1;
        // a page's menu ("Tìm kiếm tin tức", "Liên kết website", …) may run a dozen short lines before its item: they
        // do not use up the paragraphs the opening is looked for in
        var looked = 0;
        for (var i = from; i < Math.Min(blocks.Count, from + MaxOpeningScan) && looked < MaxOpeningBlocks; i++)
        {
            var t = blocks[i].Text.Text.Trim();
            if (t.Length >= ShortLine) looked++;
            if (blocks[i].Kind != BlockKind.Paragraph || IsUpper(t) || NationalLine().IsMatch(t) || PlaceDateLine().IsMatch(t)
                || t.StartsWith("Kính gửi", StringComparison.Ordinal) || (t.StartsWith('-') && !PreambleLine().IsMatch(t)) || t.Length < ShortLine)
                continue;
            if (TypeLine().IsMatch(t)) continue; // the header again, as a page that reproduces the document repeats it
            // a headline or a title line; a long paragraph that opens with a lead-in is neither, even cut off unfinished
            if (!BlockReader.IsTerminated(t) && (!titled || t.Length < 150) && !(t.Length >= 150 && PreambleLine().IsMatch(t))) continue;
            return i;
        }
        return null;
    }

    /// <summary>The preamble: the run of paragraphs from the opening that each begin with a lead-in ("Căn cứ …;",
    /// "Thực hiện …;", "Xét …", "Theo đề nghị …"), as its first block and the first block after it. A directive or
    /// plan may first tell where things stand ("Năm học 2016-2017, toàn ngành … đã triển khai …") in a paragraph or two:
    /// a run of lead-ins right after them that ends in the text's enacting sentence ("…, Chủ tịch UBND tỉnh chỉ
    /// thị:") is the preamble all the same.</summary>
    private static (int? Start, int End) Preamble(IReadOnlyList<Block> blocks, int? opening)
    {
        if (opening is not int start) return (null, 0);
        if (LeadInRunEnd(blocks, start) is var end && end > start) return (start, end);
        for (var i = start + 1; i <= Math.Min(blocks.Count - 1, start + MaxSituationParagraphs); i++)
        {
            if (blocks[i].Kind != BlockKind.Paragraph) break;
            var run = LeadInRunEnd(blocks, i);
            if (run > i && Enumerable.Range(i, run - i).Select(b => blocks[b]).LastOrDefault(b => b.Kind == BlockKind.Paragraph) is { } last && EnactingSentence().IsMatch(last.Text.Text))
                return (i, run);
        }
        return (start, start);
    }

    /// <summary>How many paragraphs of the situation a preamble may follow.</summary>
    private const int MaxSituationParagraphs = 2;

    private static int LeadInRunEnd(IReadOnlyList<Block> blocks, int start)
    {
        var i = start;
        while (i < blocks.Count && (blocks[i].Kind == BlockKind.Footnote
            || (blocks[i].Kind == BlockKind.Paragraph && PreambleLine().IsMatch(blocks[i].Text.Text))))
            i++;
        return i;
    }

    /// <summary>The sentence that closes a preamble and opens the text's own content: a body and its act, then a colon
    /// ("Chủ tịch UBND tỉnh chỉ thị:", "UBND huyện ban hành Kế hoạch thực hiện như sau:", "Ban Dân vận báo cáo kết quả
    /// như sau:").</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:Chủ tịch|Ủy ban|Uỷ ban|UBND|HĐND|Ban|Tỉnh ủy|Huyện ủy|Thành ủy|Thị ủy|Quận ủy|Đảng ủy|Sở|Bộ trưởng|Giám đốc|Thường trực)(?![\p{L}])[^:;.]{0,120}?(?<![\p{L}])(?:chỉ thị|yêu cầu|quyết định|quyết nghị|kết luận|hướng dẫn|báo cáo|ban hành|xây dựng)(?![\p{L}])[^:;.]{0,120}:\s*$")]
    private static partial Regex EnactingSentence();

    private static int BodyStart(IReadOnlyList<Block> blocks, int? opening)
    {
        for (var i = opening ?? 0; i < blocks.Count; i++)
            if (blocks[i].Kind == BlockKind.Paragraph && (SectionNumber().IsMatch(blocks[i].Text.Text) || EnactingClause().IsMatch(blocks[i].Text.Text)))
                return i;
        return blocks.Count;
    }

    [GeneratedRegex(@"^(?:Phần|PHẦN|[IVX]+[.\-]|[A-Z]\.\s|\d+\.\s)")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|Điều\s+1)\s*[:.]")]
    private static partial Regex EnactingClause();

    [GeneratedRegex(@"^\W{0,3}(?:" + LeadIns.SourceLabel + @")?(?:Căn cứ|Căn(?= (?:vào )?\p{Ll})|" + LeadIns.SeriouslyCarryingOut + @"|Thực hiện|Triển khai|Quán triệt|Tiếp tục thực hiện|Để (?:tiếp tục |triển khai |tổ chức )?(?:thực hiện|cụ thể hóa)|Nhằm|Cụ thể hóa|Trên cơ sở|Thi hành|Xét|Theo đề nghị|Sau khi|CĂN CỨ)(?![\p{L}])")]
    private static partial Regex PreambleLine();

    /// <summary>How far down a web page's menu, breadcrumb and page title may push the document's header.</summary>
    private const int MaxChromeBlocks = 30;

    /// <summary>Where the header starts: a page may put its menu and its own title above the document's header
    /// ("TRANG CHỦ > ĐƯỜNG LỐI - CHÍNH SÁCH", "HƯỚNG DẪN xây dựng mô hình …"). The header is the run of upper-case
    /// lines (bodies, the motto, "*") down to the first number or place-and-date line.</summary>
    private static int HeaderStart(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < Math.Min(blocks.Count, MaxChromeBlocks); i++)
        {
            var t = blocks[i].Text.Text.Trim();
            if (blocks[i].Kind != BlockKind.Paragraph || !(NumberLine().IsMatch(t) || PlaceDateLine().IsMatch(t))) continue;
            var start = i;
            while (start > 0 && IsHeaderBlock(blocks[start - 1])) start--;
            return start;
        }
        return 0;
    }

    private static bool IsHeaderBlock(Block b)
    {
        var t = b.Text.Text.Trim();
        return b.Kind == BlockKind.TableRow || IsUpper(t) || NationalLine().IsMatch(t) || !t.Any(char.IsLetterOrDigit);
    }

    private static bool IsBodyLine(string t) =>
        t.Length < 130 && !t.Any(char.IsLower) && !NationalLine().IsMatch(t) && (BodyLine().IsMatch(t) || (UnitLine().IsMatch(t) && t.Length < 60));

    /// <summary>"ĐẢNG BỘ TỈNH TUYÊN QUANG" over "TỈNH ỦY" is the Tỉnh ủy Tuyên Quang; "TỈNH ỦY TUYÊN QUANG" over
    /// "BAN DÂN VẬN" is its Ban Dân vận; "UBND TỈNH NGHỆ AN" over "SỞ TƯ PHÁP" is the Sở Tư pháp tỉnh Nghệ An.</summary>
    private static string? AgencyHeader(List<string> lines)
    {
        if (lines.Count == 0) return null;
        var body = IssuerReader.Clean(lines[^1]);
        if (lines.Count == 1 || IssuerReader.PlaceNameIn(body)) return body;
        var parent = IssuerReader.Clean(lines[^2]);
        if (parent.StartsWith("Đảng bộ", StringComparison.Ordinal))
            return IssuerReader.PlaceName(parent) is string place ? $"{body} {place}" : body;
        // "UBND TỈNH NGHỆ AN" over "SỞ GIÁO DỤC VÀ ĐÀO TẠO" is the Sở Giáo dục và Đào tạo tỉnh Nghệ An
        const string People = "Ủy ban nhân dân ";
        if (parent.StartsWith(People, StringComparison.Ordinal) && (body.StartsWith("Sở ", StringComparison.Ordinal) || body.StartsWith("Phòng ", StringComparison.Ordinal)))
            return $"{body} {parent[People.Length..]}";
        return $"{body} {parent}";
    }

    /// <summary>With no body named above the number ("Số: /BC-STP" … "KT. GIÁM ĐỐC"), the number's issuer code
    /// names it: Sở Tư pháp of the report's province.</summary>
    private static Issuer? IssuerOfNumber(DocumentSymbol? symbol, string? written, ReportContext context)
    {
        symbol ??= written is null ? null : SymbolParser.Parse("0" + written.Trim());
        return symbol is null ? null : IssuerReader.FromCode(symbol, context);
    }

    /// <summary>With no type line, the number says the type: "Số: 35/KH-UBND" a Kế hoạch, "Số: 2480/UBND-NCPC"
    /// (no type code) a Công văn, "Số: /BC-UBND" a Báo cáo.</summary>
    private static string TypeFromNumber(DocumentSymbol? symbol, string? written)
    {
        if (symbol is not null)
            return symbol.TypeCode is string code
                ? DocumentTypes.FromCode(code, symbol.Style == SymbolStyle.Party)?.Name ?? DocumentTypes.Report
                : symbol.IssuerCodes.Any(c => IssuerCodes.Find(c)?.Code == "QH") ? "Luật" : DocumentTypes.OfficialLetter;
        var code2 = written is null ? null : Regex.Match(written, @"(?<=[/-])(?<c>[\p{Lu}][\p{L}]*)").Groups["c"].Value;
        return code2 is { Length: > 0 } && DocumentTypes.FromCode(code2, written!.Contains('/') && !written.StartsWith('/')) is { } t ? t.Name : DocumentTypes.Report;
    }

    /// <summary>"QUY ĐỊNH MỨC HỖ TRỢ …" under "Số: 49/2020/NQ-HĐND" is the title of a Nghị quyết whose type
    /// line is missing, not a Quy định.</summary>
    private static bool ContradictsNumber(Match typeLine, DocumentSymbol? symbol)
    {
        if (typeLine.Groups["rest"].Value.Trim().Length == 0 || symbol?.TypeCode is not string code) return false;
        var byCode = DocumentTypes.FromCode(code, symbol.Style == SymbolStyle.Party)?.Name;
        var byLine = DocumentTypes.FromWord(typeLine.Groups["type"].Value.ToLowerInvariant())?.Name;
        return byCode is not null && byLine is not null && byCode != byLine;
    }

    /// <summary>A title wraps over short lines: upper case under an upper-case title, or a line that does not
    /// open a sentence of the body.</summary>
    private static bool ContinuesTitle(string title, string line)
    {
        if (line.Length > 160 || IsSectionHeading(line) || LeadIns.Opening().IsMatch(line) || BodyStart().IsMatch(line)) return false;
        if (IsUpper(title)) return IsUpper(line);
        return !BlockReader.IsTerminated(title) && !BlockReader.IsTerminated(line) && !IsUpper(line);
    }

    private static bool IsSectionHeading(string t) =>
        Regex.IsMatch(t, @"^(?:Phần|PHẦN|[IVX]+[\.\-]|[A-Z]\.\s|\d+\.\s)") || t.Length > 700;

    private static PartialDate? BuildDate(Match pd)
    {
        var y = int.Parse(pd.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int? m = pd.Groups["m"].Success ? int.Parse(pd.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        int? d = pd.Groups["d"].Success ? int.Parse(pd.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (m is < 1 or > 12) m = null;
        if (m is null) d = null;
        if (d is int day && m is int mo && (day < 1 || day > DateTime.DaysInMonth(y, mo))) d = null;
        return new PartialDate(y, m, d);
    }

    private static string? ReadClosingIssuer(IReadOnlyList<Block> blocks)
    {
        foreach (var b in blocks.Reverse())
        {
            if (b.Kind != BlockKind.Paragraph) continue;
            var m = ClosingSentence().Match(b.Text.Text);
            if (!m.Success) continue;
            var issuers = ClosingIssuer().Matches(m.Value);
            return issuers.Count > 0 ? issuers[^1].Groups["iss"].Value : null;
        }
        return null;
    }

    internal static bool IsUpper(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);
}
