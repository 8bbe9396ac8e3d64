using System.Text.RegularExpressions;

using DanVanKb.Core.Identity;
using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>Resolves one report's mentions to documents: full mentions of one symbol are one document
/// unless their dates and titles say otherwise (06-ĐA/TU of 2017 and of 2023); short references go to
/// the document of that type and number (the nearest earlier one when several share it); a name is tied
/// to a numbered document only where the text identifies it.</summary>
internal static partial class DocumentResolver
{
    public sealed record Resolution(IReadOnlyList<CitedDocument> Documents, IReadOnlyList<string?> DocumentOfMention);

    private sealed class Cluster
    {
        public List<int> Members { get; } = [];
        public string Symbol { get; set; } = "";

        /// <summary>The distinct dates and titles its mentions wrote: what a new mention is compared with.</summary>
        public HashSet<PartialDate> Dates { get; } = [];

        public HashSet<string> Titles { get; } = [];

        /// <summary>The type words its mentions were written with ("Chỉ thị", "Quyết định").</summary>
        public HashSet<string> TypeWords { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The places its mentions' issuers name (level and locality, below the centre).</summary>
        public HashSet<(Level, string)> Places { get; } = [];

        public void Add(int index, Mention m)
        {
            Members.Add(index);
            if (m.Date is not null) Dates.Add(m.Date);
            if (m.Title is not null) Titles.Add(m.Title);
            if (m.TypeWord is not null) TypeWords.Add(m.TypeWord);
            if (PlaceOf(m) is { } place) Places.Add(place);
        }

        /// <summary>Local numbers repeat from place to place: "27-KH/ĐU của Đảng ủy xã Sỹ Kiên" and "27-KH/ĐU
        /// của Đảng ủy xã Tường Vân" in one list are two plans.</summary>
        public bool NamesOtherPlace(Mention m) => PlaceOf(m) is var (level, locality) && Places.Any(p => p.Item1 == level && p.Item2 != locality);

        /// <summary>The two name different places of one level: they are two bodies' documents.</summary>
        public bool NamesOtherPlaceThan(Cluster other) => Places.Any(pa => other.Places.Any(pb => pb.Item1 == pa.Item1 && pb.Item2 != pa.Item2));

        /// <summary>Both are dated, and no date of one agrees with a date of the other.</summary>
        public bool DatesDisagree(Cluster other) =>
            Dates.Count > 0 && other.Dates.Count > 0 && !Dates.Any(x => other.Dates.Any(y => DateAgreement.Compatible(x, y)));

        /// <summary>Takes <paramref name="other"/>'s mentions into this one and removes it from <paramref name="clusters"/>.</summary>
        public void Absorb(Cluster other, List<Cluster> clusters, IReadOnlyList<LocatedMention> mentions)
        {
            foreach (var i in other.Members) Add(i, mentions[i].Mention);
            Members.Sort();
            clusters.Remove(other);
        }

        private static (Level, string)? PlaceOf(Mention m) =>
            m.Issuer is { Level: { } level, Locality: { } locality } && level != Level.Central ? (level, locality) : null;
    }

    public static Resolution Resolve(IReadOnlyList<LocatedMention> mentions, ReportContext context)
    {
        var symbols = new DocumentSymbol?[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Mention.Symbol is { } s)
                symbols[i] = SymbolCorrector.Correct(s, mentions[i].Mention.Issuer);

        var clusters = new List<Cluster>();
        foreach (var group in Enumerable.Range(0, mentions.Count).Where(i => symbols[i] is not null).GroupBy(i => symbols[i]!.Key))
            clusters.AddRange(ClusterBySymbol(group.Key, [.. group], mentions));
        MergeSameNumberAndDate(clusters, mentions, symbols);
        MergeIssuerCodeSlips(clusters, mentions, symbols);
        MergeStyleSlips(clusters, mentions, symbols);
        MergeShortenedStateSymbols(clusters, mentions, symbols);
        MergeYearDroppedStateSymbols(clusters, mentions, symbols);
        clusters.Sort((a, b) => a.Members.Min().CompareTo(b.Members.Min()));

        var docOf = new string?[mentions.Count];
        var documents = new List<CitedDocument>();
        foreach (var c in clusters)
        {
            var id = $"d{documents.Count + 1}";
            foreach (var m in c.Members) docOf[m] = id;
            documents.Add(Build(id, c, mentions, symbols, context));
        }

        ResolveShort(mentions, documents, docOf);
        AddNumberOnly(mentions, documents, docOf);
        ResolveShort(mentions, documents, docOf);
        TieNamed(mentions, documents, docOf);

        var byDocument = Enumerable.Range(0, mentions.Count).Where(i => docOf[i] is not null).ToLookup(i => docOf[i]!);
        var withMentions = documents.Select(d => d with { Mentions = [.. byDocument[d.LocalId]] }).ToList();
        return new Resolution(withMentions, docOf);
    }

    private static IEnumerable<Cluster> ClusterBySymbol(string symbol, List<int> members, IReadOnlyList<LocatedMention> mentions)
    {
        var clusters = new List<Cluster>();
        foreach (var i in members.Where(i => mentions[i].Mention.Date is not null))
        {
            var m = mentions[i].Mention;
            var home = clusters.FirstOrDefault(c => !c.NamesOtherPlace(m) && Agree(c, m));
            if (home is null) clusters.Add(home = new Cluster { Symbol = symbol });
            home.Add(i, m);
        }
        var dated = clusters.Select(c => c.Members.ToArray()).ToList(); // sorted: members were added in order
        foreach (var i in members.Where(i => mentions[i].Mention.Date is null))
        {
            var m = mentions[i].Mention;
            var open = clusters.Where(c => !c.NamesOtherPlace(m)).ToList();
            Cluster? home = open.Count == 1 ? open[0] : null;
            if (home is null && m.Title is not null)
                home = open.Select(c => (c, s: c.Titles.Select(t => TitleSimilarity.Containment(t, m.Title)).DefaultIfEmpty(0).Max()))
                    .Where(x => x.s >= 0.4).OrderByDescending(x => x.s).Select(x => x.c).FirstOrDefault();
            home ??= Nearest(clusters, dated, i) is { } near && open.Contains(near) ? near : null;
            home ??= open.FirstOrDefault();
            if (home is null) clusters.Add(home = new Cluster { Symbol = symbol });
            home.Add(i, m);
        }
        foreach (var c in clusters) c.Members.Sort();
        return clusters;
    }

    /// <summary>The cluster with the latest dated mention before <paramref name="index"/>.</summary>
    private static Cluster? Nearest(List<Cluster> clusters, List<int[]> dated, int index)
    {
        Cluster? best = null;
        var bestAt = -1;
        for (var c = 0; c < dated.Count; c++)
        {
            var k = Array.BinarySearch(dated[c], index);
            var before = k >= 0 ? k - 1 : ~k - 1;
            if (before >= 0 && dated[c][before] > bestAt)
            {
                bestAt = dated[c][before];
                best = clusters[c];
            }
        }
        return best;
    }

    private static bool Agree(Cluster c, Mention m) =>
        c.Dates.Any(d => DateAgreement.Compatible(d, m.Date!)) || c.Titles.Any(t => TitleSimilarity.Containment(t, m.Title) >= 0.75);

    /// <summary>"Quy chế số 22-QĐ/TU ngày 30/12/2021" and "Quy chế 22-QC/TU ngày 30/12/2021": one number,
    /// one day, one issuer, a type code slip.</summary>
    private static void MergeSameNumberAndDate(List<Cluster> clusters, IReadOnlyList<LocatedMention> mentions, DocumentSymbol?[] symbols)
    {
        // only clusters of one number, issuer and year can merge: compare within those groups
        foreach (var group in clusters.GroupBy(c => symbols[c.Members[0]]!.NumberAndIssuer).Where(g => g.Count() > 1).ToList())
        {
            var members = group.ToList();
            for (var a = 0; a < members.Count; a++)
                for (var b = members.Count - 1; b > a; b--)
                {
                    var da = members[a].Members.Select(i => mentions[i].Mention.Date).Where(d => d is { IsFull: true }).ToHashSet();
                    if (!members[b].Members.Any(i => mentions[i].Mention.Date is { IsFull: true } d && da.Contains(d))) continue;
                    if (members[a].NamesOtherPlaceThan(members[b])) continue;
                    if (NamedAsTheirCodes(members[a], symbols) is { } ta && NamedAsTheirCodes(members[b], symbols) is { } tb && ta != tb) continue;
                    members[a].Absorb(members[b], clusters, mentions);
                    members.RemoveAt(b);
                }
        }
    }

    /// <summary>The one type a cluster's type words name when it is the type its code names too ("Chỉ thị số 30/CT-UBND"),
    /// else null. Two clusters of one number and day each named as their codes say ("Chỉ thị số 30/CT-UBND" and "Quyết
    /// định số 30/QĐ-UBND" of one UBND) are two documents of two series, not a slip.</summary>
    private static string? NamedAsTheirCodes(Cluster c, DocumentSymbol?[] symbols)
    {
        var symbol = symbols[c.Members[0]]!;
        var named = c.TypeWords.Select(w => DocumentTypes.FromWord(w)?.Name).Distinct().ToList();
        if (named is not [{ } type]) return null;
        var byCode = symbol.TypeCode is null ? null : DocumentTypes.FromCode(symbol.TypeCode, symbol.Style == SymbolStyle.Party)?.Name;
        return byCode == type ? type : null;
    }

    /// <summary>"43-KL/T" beside "43-KL/TW" in one report: the same type and number, an issuer code that differs by a
    /// dropped or swapped letter, and no date against it. One document; the slip stays a variant. Two real codes
    /// (CAT and CATP) are two bodies, not a slip.</summary>
    private static void MergeIssuerCodeSlips(List<Cluster> clusters, IReadOnlyList<LocatedMention> mentions, DocumentSymbol?[] symbols)
    {
        DocumentSymbol First(Cluster c) => symbols[c.Members[0]]!;
        // only clusters of one number, type, style and year can be slips of each other: compare within those groups
        foreach (var group in clusters.GroupBy(c => (First(c).Number, First(c).TypeCode, First(c).Style, First(c).Year)).Where(g => g.Count() > 1).ToList())
        {
            var members = group.ToList();
            for (var a = 0; a < members.Count; a++)
                for (var b = members.Count - 1; b > a; b--)
                {
                    if (!IsCodeSlip(First(members[a]).IssuerPart, First(members[b]).IssuerPart)) continue;
                    if (members[a].DatesDisagree(members[b])) continue;
                    members[a].Absorb(members[b], clusters, mentions);
                    members.RemoveAt(b);
                }
        }
    }

    /// <summary>"Nghị quyết số 49/NQ-TU ngày 28/5/2024" and "Nghị quyết số 49-NQ/TU" in one text: the same number,
    /// type, issuer and year written once in each style, with no dates against each other, are one document.</summary>
    private static void MergeStyleSlips(List<Cluster> clusters, IReadOnlyList<LocatedMention> mentions, DocumentSymbol?[] symbols)
    {
        DocumentSymbol First(Cluster c) => symbols[c.Members[0]]!;
        foreach (var group in clusters.Where(c => First(c).TypeCode is not null)
            .GroupBy(c => (First(c).Number, First(c).TypeCode, First(c).IssuerPart, First(c).Year)).Where(g => g.Count() == 2).ToList())
        {
            var (a, b) = (group.First(), group.Last());
            if (First(a).Style == First(b).Style) continue;
            if (a.DatesDisagree(b) || a.NamesOtherPlaceThan(b)) continue;
            a.Absorb(b, clusters, mentions);
        }
    }

    /// <summary>"Nghị định số 92/CP" after "Nghị định số 92/2006/NĐ-CP": the writer shortened a symbol given in full
    /// before, dropping its year and type code. A State symbol with neither, under the same type word, number and
    /// issuer as exactly one full symbol cited before it, and with no date of another year, is that document.</summary>
    private static void MergeShortenedStateSymbols(List<Cluster> clusters, IReadOnlyList<LocatedMention> mentions, DocumentSymbol?[] symbols)
    {
        DocumentSymbol First(Cluster c) => symbols[c.Members[0]]!;
        string? TypeOf(Cluster c) => c.Members.Select(i => mentions[i].Mention).Where(m => m.TypeWord is not null).Select(m => m.TypeName).FirstOrDefault();
        foreach (var shortened in clusters.Where(c => First(c) is { Style: SymbolStyle.State, Year: null, TypeCode: null }).ToList())
        {
            var (s, type) = (First(shortened), TypeOf(shortened));
            if (type is null) continue;
            var full = clusters.Where(c => First(c) is { Style: SymbolStyle.State, Year: { } year, TypeCode: not null } f
                && f.Number == s.Number && f.IssuerPart == s.IssuerPart && TypeOf(c) == type
                && c.Members[0] < shortened.Members[0] && shortened.Dates.All(d => d.Year == year)).ToList();
            if (full.Count == 1) full[0].Absorb(shortened, clusters, mentions);
        }
    }

    /// <summary>"Quyết định 25/QĐ-TTg ngày 22/7/2021" and "Quyết định số 25/2021/QĐ-TTg" in one text: a State symbol written
    /// without its year, beside exactly one with the same number, type code and issuer and a year, dated (if at all) in
    /// that year and not against the other's dates, is that document with its year dropped, before or after it.</summary>
    private static void MergeYearDroppedStateSymbols(List<Cluster> clusters, IReadOnlyList<LocatedMention> mentions, DocumentSymbol?[] symbols)
    {
        DocumentSymbol First(Cluster c) => symbols[c.Members[0]]!;
        foreach (var dropped in clusters.Where(c => First(c) is { Style: SymbolStyle.State, Year: null, TypeCode: not null }).ToList())
        {
            var s = First(dropped);
            var full = clusters.Where(c => First(c) is { Style: SymbolStyle.State, Year: { } year } f
                && f.Number == s.Number && f.TypeCode == s.TypeCode && f.IssuerPart == s.IssuerPart
                && dropped.Dates.All(d => d.Year == year) && !DaysClash(c, dropped) && !c.NamesOtherPlaceThan(dropped)).ToList();
            if (full.Count == 1) full[0].Absorb(dropped, clusters, mentions);
        }
    }

    /// <summary>Both give full dates and none of one is a day of the other: one year's two decisions of one number
    /// (an individual one and a normative one) are told apart by their days.</summary>
    private static bool DaysClash(Cluster a, Cluster b)
    {
        var (da, db) = (a.Dates.Where(d => d.IsFull).ToList(), b.Dates.Where(d => d.IsFull).ToList());
        return da.Count > 0 && db.Count > 0 && !da.Intersect(db).Any();
    }

    /// <summary>One code is the other with one letter dropped, two neighbours swapped, or its end cut off (an excerpt
    /// or a page that stops mid-symbol: "2629/QĐ-T"), and not both are real codes.</summary>
    internal static bool IsCodeSlip(string x, string y)
    {
        static bool Real(string c) => IssuerCodes.Find(c) is { } k && string.Equals(k.Code, c, StringComparison.OrdinalIgnoreCase);
        if (x == y || (Real(x) && Real(y))) return false;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length > 0 && shorter.Length < longer.Length && longer.StartsWith(shorter, StringComparison.Ordinal) && !Real(shorter)) return true;
        if (longer.Length - shorter.Length == 1)
            return Enumerable.Range(0, longer.Length).Any(k => longer.Remove(k, 1) == shorter);
        if (x.Length != y.Length) return false;
        var diff = Enumerable.Range(0, x.Length).Where(k => x[k] != y[k]).ToList();
        return diff.Count == 2 && diff[1] == diff[0] + 1 && x[diff[0]] == y[diff[1]] && x[diff[1]] == y[diff[0]];
    }

    private static CitedDocument Build(string id, Cluster c, IReadOnlyList<LocatedMention> mentions, DocumentSymbol?[] symbols, ReportContext context)
    {
        var ms = c.Members.Select(i => mentions[i].Mention).ToList();
        var typeVotes = ms.Where(m => m.TypeWord is not null && DocumentTypes.FromWord(m.TypeWord)?.Name is string n && n != DocumentTypes.GenericDocument && m.TypeWord.Length > 3)
            .Select(m => m.TypeName).ToList();
        var symbol = c.Members.Select(i => symbols[i]!).GroupBy(s => s.Canonical)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.First().IssuerCodes.All(c => IssuerCodes.Find(c) is not null) ? 1 : 0)
            // a style slip (49/NQ-TU beside 49-NQ/TU) yields to the style of the issuer's kind
            .ThenByDescending(g => g.First().Style == (IssuerCodes.IsParty(g.First().IssuerCodes[0]) ? SymbolStyle.Party : SymbolStyle.State) ? 1 : 0)
            .ThenByDescending(g => typeVotes.Contains(DocumentTypes.FromCode(g.First().TypeCode ?? "", g.First().Style == SymbolStyle.Party)?.Name ?? "") ? 1 : 0)
            // a symbol written once with its year and once without is the one with it
            .ThenByDescending(g => g.First().Year is not null ? 1 : 0)
            .First().First();

        var issuer = ChooseIssuer(ms.Select(m => m.Issuer)) ?? IssuerReader.FromCode(symbol, context);
        var title = ChooseTitle(ms.Select(m => m.Title));
        var type = ChooseType(ms, typeVotes, symbol, title);
        symbol = TypeCodeReconciler.Reconcile(symbol, type);
        var date = ChooseDate(IndependentDates(c.Members, mentions), symbol, issuer?.Name)
            ?? (symbol.Year is int year ? new PartialDate(year) : null);
        var variants = ms.GroupBy(m => (m.Symbol!.Canonical, m.Date))
            .Select(g => new DateVariant(g.Key.Canonical, g.Key.Date, g.Count()))
            .OrderBy(v => v.Symbol, StringComparer.Ordinal).ThenBy(v => v.Date?.ToIso(), StringComparer.Ordinal).ToList();
        return new CitedDocument(id, type, symbol, date, issuer, title, [.. c.Members], variants);
    }

    internal static Issuer? ChooseIssuer(IEnumerable<Issuer?> issuers)
    {
        var named = issuers.OfType<Issuer>().ToList();
        if (named.Count == 0) return null;
        var best = named.GroupBy(i => i.Name).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().First();
        // a bare "Ban Thường vụ" says less than "Tỉnh ủy Bắc Kạn": fill a missing level from the others
        if (best.Level is null && named.FirstOrDefault(i => i.Level is not null) is { } leveled)
            best = best with { Level = leveled.Level, Locality = best.Locality ?? leveled.Locality };
        return best;
    }

    internal static string? ChooseTitle(IEnumerable<string?> titles)
    {
        var all = titles.OfType<string>().Where(t => t.Length >= 8).ToList();
        if (all.Count == 0) return null;
        return all.GroupBy(t => t.ToLowerInvariant()).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).First().First();
    }

    private static string ChooseType(List<Mention> ms, List<string> typeVotes, DocumentSymbol symbol, string? title)
    {
        var byCode = symbol.TypeCode is null ? null : DocumentTypes.FromCode(symbol.TypeCode, symbol.Style == SymbolStyle.Party)?.Name;
        var voted = typeVotes.GroupBy(t => t).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key == byCode ? 1 : 0).Select(g => g.Key).FirstOrDefault();
        // "Quy chế 447-QĐ/TU v/v ban hành Quy chế …" is the Quyết định that issues the Quy chế; a Quy chế
        // written with QĐ is one too ("Quy chế số 23-QĐ/TW"), while "Quy định 06-QĐ/TU" miswrites QĐi
        if (voted is "Quy chế" or "Quy định" && byCode == "Quyết định"
            && (voted == "Quy chế" || (title is not null && title.StartsWith("ban hành", StringComparison.OrdinalIgnoreCase))))
            return byCode;
        return voted ?? byCode ?? ms[0].TypeName;
    }

    /// <summary>An appendix table repeated word for word is one piece of evidence, not two.</summary>
    private static IEnumerable<PartialDate?> IndependentDates(List<int> members, IReadOnlyList<LocatedMention> mentions) =>
        members.GroupBy(i => (mentions[i].Mention.Date, Context: mentions[i].Unit.InTable ? mentions[i].Unit.Text.Text : $"#{i}"))
            .Select(g => g.Key.Date);

    internal static PartialDate? ChooseDate(IEnumerable<PartialDate?> dates, DocumentSymbol? symbol, string? issuerName)
    {
        var all = dates.OfType<PartialDate>().ToList();
        if (all.Count == 0) return null;
        var full = all.Where(d => d.IsFull).ToList();
        var pool = full.Count > 0 ? full : all;
        return pool.GroupBy(d => d)
            .OrderByDescending(g => g.Count() + (DateAgreement.FitsContext(g.Key, symbol, issuerName) ? 0.5 : 0))
            .ThenByDescending(g => g.Key.Month is null ? 0 : 1)
            .First().Key;
    }

    /// <summary>A reference by type and number that names no document cited with its symbol, but says when or by
    /// whom it was issued ("Nghị quyết số 04 ngày 30/10/2016 của BCH Trung ương Đảng khóa XII", "Quyết định 328
    /// của BTV Huyện ủy") or gives its number and title ("Kế hoạch số 121 về thực hiện …"), is a document of its own,
    /// known by its number; a bare "Nghị quyết số 25" points back at one the reader knows.</summary>
    private static void AddNumberOnly(IReadOnlyList<LocatedMention> mentions, List<CitedDocument> documents, string?[] docOf)
    {
        var groups = Enumerable.Range(0, mentions.Count)
            .Where(i => docOf[i] is null && mentions[i].Mention is { Kind: MentionKind.Short } m && (m.Date is not null || m.Issuer is not null || mentions[i].TitleStart >= 0))
            .GroupBy(i => (mentions[i].Mention.TypeName, mentions[i].Mention.ShortNumber!, mentions[i].Mention.Date?.Year));
        foreach (var g in groups)
        {
            var id = $"d{documents.Count + 1}";
            var ms = g.Select(i => mentions[i].Mention).ToList();
            foreach (var i in g) docOf[i] = id;
            var variants = ms.GroupBy(m => (m.ShortNumber!, m.Date)).Select(v => new DateVariant(v.Key.Item1, v.Key.Date, v.Count()))
                .OrderBy(v => v.Date?.ToIso(), StringComparer.Ordinal).ToList();
            documents.Add(new CitedDocument(id, g.Key.TypeName, null, ChooseDate(ms.Select(m => m.Date), null, null), ChooseIssuer(ms.Select(m => m.Issuer)),
                ChooseTitle(ms.Select(m => m.Title)), [.. g], variants)
            { Number = WrittenNumber(ms, g.Key.Item2) });
        }
    }

    private static void ResolveShort(IReadOnlyList<LocatedMention> mentions, List<CitedDocument> documents, string?[] docOf)
    {
        var byNumber = documents.Where(d => (d.Symbol?.Number ?? d.Number) is not null).ToLookup(d => d.Symbol?.Number ?? d.Number!);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i].Mention;
            if (m.Kind != MentionKind.Short || docOf[i] is not null) continue;
            var candidates = byNumber[m.ShortNumber!].Where(d => SameType(d, m.TypeName)).ToList();
            // "Đề án 31" after "Quyết định số 31/2009/QĐ-TTg … phê duyệt đề án …": a project is called by the number of
            // the decision that approved it
            if (candidates.Count == 0) candidates = [.. byNumber[m.ShortNumber!].Where(d => Approves(d, m.TypeName, mentions))];
            if (candidates.Count == 0) continue;
            var earlier = candidates.Select(d => (d, at: LastBefore(d.Mentions, i))).Where(x => x.at >= 0)
                .OrderByDescending(x => x.at).Select(x => x.d).FirstOrDefault();
            docOf[i] = (earlier ?? (candidates.Count == 1 ? candidates[0] : null))?.LocalId;
        }
    }

    /// <summary>A document known only by its number keeps the number as the text wrote it ("Chương trình hành động số
    /// 3"): without a symbol there is no official form to pad it to. Mentions are grouped by the padded form.</summary>
    private static string WrittenNumber(List<Mention> ms, string canonical) =>
        ms.Select(m => TrailingNumber().Match(m.Written).Value).Where(n => n.Length > 0)
            .GroupBy(n => n).OrderByDescending(n => n.Count()).Select(n => n.Key).FirstOrDefault() ?? canonical;

    [GeneratedRegex(@"\d+[a-zđ]?$")]
    private static partial Regex TrailingNumber();

    /// <summary>The last of the sorted <paramref name="members"/> before <paramref name="index"/>, or -1.</summary>
    private static int LastBefore(IReadOnlyList<int> members, int index)
    {
        int lo = 0, hi = members.Count - 1, best = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (members[mid] < index)
            {
                best = members[mid];
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return best;
    }

    /// <summary>A decision whose citation goes on to say it approves a project or programme of the given type.</summary>
    private static bool Approves(CitedDocument d, string typeName, IReadOnlyList<LocatedMention> mentions) =>
        typeName is "Đề án" or "Chương trình" && d.Type == "Quyết định"
        && d.Mentions.Any(j => mentions[j] is var at
            && TextRange.Between(at.Unit.Text.Text, at.CoreEnd, Math.Min(at.Unit.Text.Length, at.CoreEnd + ApprovalReach))
                .Contains("phê duyệt " + typeName.ToLowerInvariant(), StringComparison.OrdinalIgnoreCase));

    /// <summary>How far after a decision's citation its "phê duyệt đề án" may stand: past its date and issuer.</summary>
    private const int ApprovalReach = 80;

    private static bool SameType(CitedDocument d, string typeName) =>
        d.Type == typeName || (d.Symbol?.TypeCode is string code && DocumentTypes.FromCode(code, d.Symbol.Style == SymbolStyle.Party)?.Name == typeName);

    private static void TieNamed(IReadOnlyList<LocatedMention> mentions, List<CitedDocument> documents, string?[] docOf)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var lm = mentions[i];
            if (lm.Mention.Kind != MentionKind.Named) continue;
            if (lm.AliasOf is not null)
            {
                docOf[i] = documents.FirstOrDefault(d => d.Symbol?.Canonical == lm.AliasOf)?.LocalId;
                continue;
            }
            // "Luật Thực hiện dân chủ ở cơ sở (Luật số 10/2022/QH15)": the bracket names the document
            if (lm.HasBracketedSymbolAfter && i + 1 < mentions.Count && mentions[i + 1].Unit == lm.Unit
                && mentions[i + 1].Start - lm.End <= 20 && docOf[i + 1] is string next)
            {
                docOf[i] = next;
                continue;
            }
            if (lm.Mention.Title is null || TitleSimilarity.Words(lm.Mention.Title).Count < 5) continue;
            var best = documents.Where(d => d.Type == lm.Mention.TypeName)
                .Select(d => (d, s: TitleSimilarity.Containment(d.Title, lm.Mention.Title)))
                .Where(x => x.s >= 0.7).OrderByDescending(x => x.s).FirstOrDefault();
            if (best.d is not null) docOf[i] = best.d.LocalId;
        }
    }
}
