using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The lead-in grammar: governed list → acting clause → issued list. A lead-in ("Căn cứ", "Thực
/// hiện", "Nhằm cụ thể hóa", "Trên cơ sở") governs every document joined to it, across issuers and
/// semicolons, until the sentence ends; each acting clause after it ("…, UBND tỉnh ban hành Kế hoạch E,
/// Quyết định F; Chủ tịch UBND tỉnh ban hành Chỉ thị G") issues documents, and each issued document carries
/// out each governed one. A clause that issues none speaks for the text's own document where the text says
/// so ("… như sau:") or where the lead-in opens its preamble.</summary>
internal sealed partial class RelationReader
{
    /// <summary>Why a list stopped: the sentence ended, an acting clause began, or the text moved on.</summary>
    private enum ListEnd
    {
        Sentence,
        Acting,
        Unrelated,
    }

    private sealed record CitationList(List<int> Items, int Next, ListEnd End, int LastEnd);

    /// <summary>How far a lead-in may stand from the first document it governs: "Căn cứ kết quả xin ý kiến
    /// nhân dân (theo Báo cáo số …)".</summary>
    private const int LeadInReach = 60;

    /// <summary>How much of a gap's end the joiner pattern reads: "; các Nghị quyết của Hội đồng nhân dân tỉnh: số".</summary>
    private const int JoinerWindow = 120;

    /// <summary>How far into a semicolon's item its citation may start ("các ").</summary>
    private const int MaxItemLead = 4;

    /// <summary>How much of a clause the lead-in pattern reads: a label, the lead-in and its first words.</summary>
    private const int LeadInWindow = 160;

    /// <param name="preamble">The sentence is in the preamble's run of lead-ins: a lead-in that issues nothing is the text's own.</param>
    /// <param name="beforeBody">The sentence comes before the first section heading: a "Căn cứ" that issues
    /// nothing is the text's legal basis there too (a run-on line that holds the whole header).</param>
    private void ReadLeadIns(TextUnit unit, Segment sentence, List<int> cites, bool preamble, bool beforeBody)
    {
        var text = unit.Text.Text;
        var basis = false;
        foreach (var start in ClauseStarts(text, sentence))
        {
            // a lead-in opens its clause: look at the clause's first words, not at the rest of a long sentence
            var m = LeadIns.Opening().Match(text, start, Math.Min(LeadInWindow, sentence.End - start));
            // a news item's reported lead-in speaks for the event it tells of, as its opening lead-in does
            var reported = !m.Success && layout.Headerless && !unit.InFootnote && LeadIns.ReportedOpening().Match(text, start) is { Success: true } said
                && said.Index + said.Length <= sentence.End ? said : null;
            if (reported is not null) m = reported;
            if (!m.Success)
            {
                // "Căn cứ Luật A ngày …; các Luật sửa đổi, bổ sung … ; Nghị định số 136/2006/NĐ-CP …": a preamble's basis
                // sentence governs each item its semicolons open, though its list opens with laws it does not number
                if (basis && cites.FindIndex(i => mentions[i].Start >= start) is var item and >= 0 && mentions[cites[item]].Start - start <= MaxItemLead)
                    Govern(unit, sentence, cites, item, RelationType.BasedOn, preamble: true);
                continue;
            }
            // "Căn cứ A; Thực hiện Quyết định B; Chương trình C": a later lead-in takes over the items after it
            basis = (start == sentence.Start ? preamble : basis) && LeadIns.TypeOf(m) == RelationType.BasedOn;
            var after = start + m.Length;
            var first = cites.FindIndex(i => mentions[i].Start >= after);
            if (first < 0) continue;
            // a manner after the verb ("Nhằm thực hiện có chất lượng, hiệu quả các nhiệm vụ … trong Nghị quyết …") is not the way to its object
            var reach = LeadIns.Manner().Replace(TextRange.Between(text, AfterNamedItems(unit, after, mentions[cites[first]].Start), mentions[cites[first]].Start), "", 1);
            if (reach.Length > LeadInReach && !IsIssuedWith(reach) || reach.Contains(';') || IsActingClause(reach)) continue;
            var type = LeadIns.TypeOf(m);
            Govern(unit, sentence, cites, first, type, preamble || reported is not null || (type == RelationType.BasedOn && beforeBody));
        }
    }

    /// <summary>"Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI; Luật Du lịch năm 2017; Kết luận số 28-KL/TU …":
    /// documents named without a number may open the list a lead-in governs. Where the lead-in's reach starts: at the
    /// citation that follows those names and their joiners, or at <paramref name="from"/> when no name opens it or
    /// a clause of its own comes between ("…, năm 2021 các huyện đã rà soát Quyết định …").</summary>
    private int AfterNamedItems(TextUnit unit, int from, int until)
    {
        var text = unit.Text.Text;
        var cursor = from;
        foreach (var named in mentions.Where(x => x.Unit == unit && x.Start >= from && x.End <= until).OrderBy(x => x.Start))
        {
            var gap = TextRange.Between(text, cursor, named.Start);
            if (!(cursor == from ? gap.Trim().Length == 0 : IsNamedItemJoiner(gap))) break;
            cursor = named.End;
        }
        if (cursor == from && UnnumberedItem().Match(TextRange.Between(text, from, until)) is { Success: true } item && item.Length == until - from) return until;
        return cursor > from && IsNamedItemJoiner(TextRange.Between(text, cursor, until)) ? until : from;
    }

    /// <summary>A document the list names in lower case and without a number, up to its semicolon: "Thực hiện chương trình
    /// công tác Đoàn năm 2015 của BCH Huyện Đoàn; kế hoạch số 125-KH/TĐTN-BTG …"; or a charter or constitution, which
    /// has no number: "Thực hiện Điều lệ Mặt trận Tổ quốc Việt Nam khóa VIII; Chỉ thị số 37-CT/TU …".</summary>
    [GeneratedRegex(@"^\s*(?:các\s+)?(?:chương trình|kế hoạch|nghị quyết|chỉ thị|kết luận|hướng dẫn|quy định|đề án|(?:sự\s+|ý kiến\s+)?chỉ đạo|[Đđ]iều lệ|Hiến pháp)(?![\p{L}])[^;.:,]{0,160};\s*$")]
    private static partial Regex UnnumberedItem();

    private static bool IsNamedItemJoiner(string gap) => NamedItemJoiner().Match(gap) is { Success: true } m && m.Length == gap.Length;

    /// <summary>What ends a named item and joins the next: the rest of its name and a semicolon ("…, thể thao năm 2006;"),
    /// or a comma or "và" right after it.</summary>
    [GeneratedRegex(@"^(?:[^;.:]{0,80}?;|\s*(?:,|và(?![\p{L}])))\s*")]
    private static partial Regex NamedItemJoiner();

    /// <summary>Reads the governed list from <paramref name="first"/>, then the acting clauses after it, and
    /// records who carries out what.</summary>
    private void Govern(TextUnit unit, Segment sentence, List<int> cites, int first, RelationType leadIn, bool preamble)
    {
        var basis = leadIn == RelationType.BasedOn;
        var governed = ReadList(unit, cites, first, basis, issuing: false);
        var issued = new List<int>();
        var tailFrom = governed.LastEnd;
        if (governed.End == ListEnd.Acting)
        {
            var list = ReadList(unit, cites, governed.Next, basis, issuing: true);
            issued = list.Items;
            tailFrom = list.LastEnd;
        }
        var text = unit.Text.Text;
        if (issued.Count == 0 && governed.End == ListEnd.Sentence)
            issued = IssuedInNextSentence(unit, sentence, cites, TextRange.Between(text, tailFrom, sentence.End));
        // a back-reference to a document cited before the list is not what the clause issues ("…, UBND tỉnh xây dựng
        // Kế hoạch triển khai thực hiện Đề án 31" names the project cited above, not a new document)
        issued = [.. issued.Where(x => !(mentions[x].Mention.Kind == MentionKind.Short && CitedBefore(docOf[x]!, governed.Items[0])))];
        if (issued.Count > 0)
        {
            foreach (var x in issued)
                foreach (var g in governed.Items)
                    Add(docOf[x]!, docOf[g]!, leadIn, unit, sentence.Start, sentence.End);
            return;
        }
        if (!documents.TryGetValue(CitedDocument.OwnId, out var own)) return;
        var tail = TextRange.Between(text, tailFrom, sentence.End);
        // the paragraphs that list an announced document's content are its tasks, as a preamble is the text's own
        if (!SpeaksForItself(tail, own, preamble || (!unit.InFootnote && !unit.InTable && contentOf.ContainsKey(unit.Block)))) return;
        var voice = OwnVoice(unit);
        // "Thi hành Nghị định X, Bộ Quốc phòng hướng dẫn thực hiện … như sau:": the text guides what it carries out
        var type = leadIn == RelationType.Implements && GuidesItself().IsMatch(tail) ? RelationType.Guides : leadIn;
        foreach (var g in governed.Items)
            Add(voice, docOf[g]!, type, unit, sentence.Start, sentence.End);
    }

    /// <summary>Whether <paramref name="doc"/> has a mention before mention <paramref name="index"/> (mentions are in text order).</summary>
    private bool CitedBefore(string doc, int index) => Enumerable.Range(0, index).Any(i => docOf[i] == doc);

    [GeneratedRegex(@"(?<![\p{L}])hướng dẫn (?:thực hiện|thi hành|triển khai)(?![\p{L}])[^;]*như sau\s*:")]
    private static partial Regex GuidesItself();

    /// <summary>"Thực hiện Công văn số 186/PCTT … . Ngày 23/8/2019, UBND huyện đã ban hành công văn số 3045/UBND-NN
    /// để triển khai thực hiện …", "… . Trên tinh thần đó, Ban Thường trực đã xây dựng Kế hoạch số 15 …": a governed
    /// list whose sentence ends before any acting clause is taken up by an acting clause that opens the next sentence,
    /// or the next paragraph when the lead-in stood alone in its own.</summary>
    private List<int> IssuedInNextSentence(TextUnit unit, Segment sentence, List<int> cites, string tail)
    {
        var next = unit.Sentences.FirstOrDefault(x => x.Start >= sentence.End);
        // alone: the sentence is the whole paragraph and holds no clause after the list ("…, các cấp ủy đã …"); the
        // commas of a title ("về việc dừng các nghi lễ, hoạt động tập trung đông người") start none
        if (next is null && unit.Sentences.Count == 1 && !unit.InFootnote && !unit.InTable && !ClauseAfterComma().IsMatch(tail)
            && citesOf.Keys.FirstOrDefault(u => u.Block == unit.Block + 1 && !u.InFootnote && !u.InTable) is { } following)
            (unit, next) = (following, following.Sentences.FirstOrDefault());
        if (next is null || !citesOf.TryGetValue(unit, out var unitCites)) return [];
        var all = unitCites.Where(i => mentions[i].Start >= next.Start && mentions[i].Start < next.End).ToList();
        if (all.Count == 0) return [];
        var opening = LeadIns.Sequel().Replace(TextRange.Between(unit.Text.Text, next.Start, mentions[all[0]].Start), "", 1);
        return LeadIns.IsActing(NameCommasBlanked(opening))
            ? ReadList(unit, all, 0, basis: false, issuing: true).Items
            : [];
    }

    /// <summary>A clause after a comma: a subject's tense or act before the next comma ("…, các cấp ủy đã …", "…, Ban
    /// Thường vụ chỉ đạo …").</summary>
    [GeneratedRegex(@",[^,;]*?(?<![\p{L}])(?:đã|đang|vừa|sẽ|đều|ban hành|chỉ đạo)(?![\p{L}])")]
    private static partial Regex ClauseAfterComma();

    /// <summary>A clause with no document of its own is the text's when it says so ("… như sau:", "Kế hoạch
    /// này"), or when it sits in the preamble and issues nothing else ("…, UBND huyện ban hành Kế hoạch triển
    /// khai" in a report is another document, not the report).</summary>
    private static bool SpeaksForItself(string tail, CitedDocument own, bool preamble)
    {
        if (LeadIns.SpeaksOfItself(tail)) return true;
        // the governed document's own title runs to the first clause break: "… của Chính phủ ban hành Quy chế …"
        var clause = LeadIns.ClauseBreak().Match(tail);
        foreach (Match issues in LeadIns.IssuesUnnumbered().Matches(tail, clause.Success ? clause.Index : tail.Length))
        {
            var words = issues.Groups["type"].Value;
            var type = DocumentTypes.FromWord(words) ?? DocumentTypes.FromWord(words.Split(' ')[0]);
            // "văn bản" alone names no kind of document: "xây dựng văn bản quy phạm pháp luật" is a field of work
            if (type is not null && type.Name != DocumentTypes.GenericDocument) return type.Name == own.Type;
        }
        return preamble;
    }

    /// <summary>A name issued with the citation after it, within reach and in one clause.</summary>
    private static bool IsIssuedWith(string gap) =>
        gap.Length <= LeadIns.MaxIssuedWithName && !gap.Contains(';') && LeadIns.IssuedWithNext().IsMatch(gap);

    /// <summary>") và Chương trình công tác … (ban hành kèm theo": the next item is a name issued with a citation.</summary>
    [GeneratedRegex(@"^\s*\)?\s*(?:,|và)\s*(?:các\s+)?\p{Lu}")]
    private static partial Regex JoinsNamed();

    /// <summary>Reads a list of citations from <paramref name="first"/>: the items joined at its own level, and
    /// the citations nested in an item's title ("Nghị định 38 … sửa đổi, bổ sung … Nghị định 27"), which are
    /// related to their parent instead. In a list of legal bases a comma after a nested citation goes back to
    /// the top level; elsewhere only a semicolon does.</summary>
    private CitationList ReadList(TextUnit unit, List<int> cites, int first, bool basis, bool issuing)
    {
        var text = unit.Text.Text;
        var items = new List<int> { cites[first] };
        var last = cites[first];
        var seenInList = new HashSet<string> { docOf[cites[first]]! };
        (string Parent, RelationType Type, bool Quoted)? nesting = null;
        for (var j = first + 1; j < cites.Count; j++)
        {
            var b = cites[j];
            if (mentions[b].Start < mentions[last].CoreEnd) continue;
            var gap = TextRange.Between(text, mentions[last].CoreEnd, mentions[b].Start);
            if (IsActingClause(gap))
            {
                if (!issuing) return new(items, j, ListEnd.Acting, mentions[last].CoreEnd);
                items.Add(b);
                (last, nesting) = (b, null);
                continue;
            }
            if (docOf[b] == docOf[last] && gap.Trim().Length == 0) continue;
            // a document named again ("(sau đây viết tắt là Đề án số 05-ĐA/TU)") is not a new item
            if (seenInList.Contains(docOf[b]!))
            {
                last = b;
                continue;
            }
            seenInList.Add(docOf[b]!);
            if (Classify(gap, documents[docOf[last]!], documents[docOf[b]!]) is { } cue)
            {
                if (cue.Reversed)
                {
                    // "Luật X được sửa đổi, bổ sung bởi Luật Y", "Quyết định X (nay là Quy định Y)": Y stands where X stands
                    Add(docOf[b]!, docOf[last]!, cue.Type, unit, mentions[last].Start, mentions[b].End);
                    if (nesting is null) items.Add(b);
                    last = b;
                    continue;
                }
                Add(docOf[last]!, docOf[b]!, cue.Type, unit, mentions[last].Start, mentions[b].End);
                nesting = (docOf[last]!, cue.Type, Quotations.LeftOpen(gap));
                last = b;
                continue;
            }
            // "Thực hiện A; căn cứ B": a lead-in of the other kind after a semicolon governs what follows it
            if (!issuing && SwitchesLeadIn(gap, basis)) return new(items, j, ListEnd.Unrelated, mentions[last].CoreEnd);
            // a joiner closes the gap: read its end, not a long title before it
            var joined = LeadIns.ListJoiner().IsMatch(gap.Length > JoinerWindow ? gap[^JoinerWindow..] : gap)
                || (IsIssuedWith(gap) && JoinsNamed().IsMatch(gap));
            if (!joined) return new(items, j, ListEnd.Unrelated, mentions[last].CoreEnd);
            // a document issued after the one whose title holds the list is not in that title: "Kết luận 18 (2017) về …
            // Chỉ thị 10 … và Hướng dẫn số 12 (2018)" joins the guidance to the list the conclusion stands in
            if (nesting is { } n && KeepsNesting(gap, basis) && !EndsTitle(n.Quoted, gap) && !RunsUpward(n.Parent, docOf[b]!) && !RunsBackward(n.Parent, docOf[b]!))
            {
                Add(n.Parent, docOf[b]!, n.Type, unit, mentions[last].Start, mentions[b].End);
                last = b;
                continue;
            }
            nesting = null;
            items.Add(b);
            last = b;
        }
        return new(items, cites.Count, ListEnd.Sentence, mentions[last].CoreEnd);
    }

    private static bool SwitchesLeadIn(string gap, bool basis) =>
        gap.LastIndexOf(';') is var semi && semi >= 0
        && LeadIns.Opening().Match(gap[(semi + 1)..].TrimStart()) is { Success: true } m
        && (LeadIns.TypeOf(m) == RelationType.BasedOn) != basis;

    /// <summary>"Kết luận A về “Tiếp tục thực hiện Nghị quyết B …” và Kế hoạch C": the quoted title that held
    /// the cue closes before C, so C is the next item of the list, not another object of A's cue.</summary>
    private static bool EndsTitle(bool cueQuoted, string gap) => cueQuoted && Quotations.Closes(gap);

    private static bool KeepsNesting(string gap, bool basis) =>
        !gap.Contains(';') && (Regex.IsMatch(gap, @"(?<![\p{L}])và(?![\p{L}])") || !basis);

    /// <summary>An acting clause fills the end of a gap: the text after its last clause break.</summary>
    private static bool IsActingClause(string gap)
    {
        gap = NameCommasBlanked(gap);
        var breaks = LeadIns.ClauseBreak().Matches(gap);
        if (breaks.Count == 0) return false;
        return LeadIns.IsActing(gap[(breaks[^1].Index + 1)..]);
    }

    /// <summary>The commas of a department's name ("Sở Văn hóa, Thể thao và Du lịch tỉnh … đã ban hành") as spaces: they
    /// join its words, not clauses, and its subject is the whole name.</summary>
    private static string NameCommasBlanked(string clause) =>
        clause.Contains(',') && NamesDepartment(clause) ? CitationPatterns.CompoundBodyName.Replace(clause, m => m.Value.Replace(',', ' ')) : clause;

    /// <summary>Whether a clause may hold such a name at all: most gaps name none, and this runs on every one.</summary>
    private static bool NamesDepartment(string clause) =>
        clause.Contains("Bộ", StringComparison.Ordinal) || clause.Contains("Sở", StringComparison.Ordinal) || clause.Contains("Phòng", StringComparison.Ordinal);

    /// <summary>"… cho biết, thực hiện …": a comma after which a reported lead-in may stand (LeadIns.ReportedOpening).</summary>
    private static bool AfterReportingVerb(string text, int comma, int from) =>
        comma >= from + 8 && (string.CompareOrdinal(text, comma - 8, "cho biết", 0, 8) == 0 || string.CompareOrdinal(text, comma - 7, "cho hay", 0, 7) == 0);

    /// <summary>Where a lead-in may stand: the sentence's start, after each semicolon or a reporting verb's comma, and wherever "Căn cứ" is
    /// written with its capital (a PDF's run-on line: "… (Ban hành kèm theo …) Căn cứ công văn …") or "Thực hiện" after
    /// a word (a caption run into the next sentence).</summary>
    private static IEnumerable<int> ClauseStarts(string text, Segment sentence)
    {
        yield return sentence.Start;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (text[i] == ';' || (text[i] == ',' && AfterReportingVerb(text, i, sentence.Start)))
            {
                var j = i + 1;
                while (j < sentence.End && char.IsWhiteSpace(text[j])) j++;
                if (j < sentence.End) yield return j;
            }
            else if (i > sentence.Start && text[i] == 'C' && string.CompareOrdinal(text, i, "Căn", 0, 3) == 0 && !char.IsLetter(text[i - 1]))
            {
                yield return i;
            }
            // "… tại xã Xuân Hòa Thực hiện Kế hoạch số 44/KH-UBND …, Phòng Tư pháp ban hành …": a page's caption run into the
            // next sentence; a capitalised lead-in after a word starts a clause
            else if (i > sentence.Start + 1 && text[i] == 'T' && string.CompareOrdinal(text, i, "Thực hiện ", 0, 10) == 0 && text[i - 1] == ' ' && char.IsLetter(text[i - 2]))
            {
                yield return i;
            }
        }
    }
}
