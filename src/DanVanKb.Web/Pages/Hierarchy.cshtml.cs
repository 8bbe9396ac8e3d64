using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVanKb.Web.Pages;

/// <summary>The hierarchy browser for trainers: documents by level (central, province, district, commune),
/// then locality and year; with ?van-ban=slug, the timeline of one document's implementation.</summary>
public sealed class HierarchyModel(KbStore store) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "cap")]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "noi")]
    public string? Place { get; set; }

    [BindProperty(SupportsGet = true, Name = "van-ban")]
    public string? Slug { get; set; }

    public KbSnapshot Kb { get; private set; } = null!;

    public IReadOnlyList<LevelSection> Sections { get; private set; } = [];

    public DocumentRow? TimelineRoot { get; private set; }

    /// <summary>Entries of a timeline shown on one page (the earliest); the rest are counted.</summary>
    public const int TimelineBudget = 500;

    /// <summary>A level with more documents than this (and no locality chosen) lists its localities with
    /// counts instead of every document: a province's archive holds tens of thousands.</summary>
    public const int ListBudget = 300;

    public int MoreInTimeline { get; private set; }

    private LevelSection Section(string? level, List<DocumentRow> docs, bool summarize) =>
        new(level, Labels.Level(level), [.. docs.GroupBy(d => d.Locality ?? "").OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => new LocalitySection(l.Key, l.Count(), summarize && l.Key.Length > 0 ? [] : ByYear([.. l.Take(ListBudget)])))], summarize);

    private IReadOnlyList<(string Year, IReadOnlyList<(DocumentRow Document, int Implementers)> Documents)> ByYear(IEnumerable<DocumentRow> docs) =>
    [
        .. docs.GroupBy(d => d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Chưa rõ năm")
            .OrderBy(y => y.Key, StringComparer.Ordinal)
            .Select(y => (y.Key, (IReadOnlyList<(DocumentRow, int)>)[.. y.OrderBy(d => d.Date ?? "", StringComparer.Ordinal).Select(d => (d, Kb.ImplementedBy(d.Id).Count))])),
    ];

    /// <summary>The timeline: each implementing document (by date) with what it acts on.</summary>
    public IReadOnlyList<(string Year, IReadOnlyList<TreeNode> Nodes)> Timeline { get; private set; } = [];

    public IActionResult OnGet()
    {
        Kb = store.Snapshot();
        if (Slug is not null)
        {
            if (Kb.Find(Slug) is not { } root) return NotFound();
            TimelineRoot = root;
            var all = ImplementationTree.Down(Kb, root).Descendants().Where(n => !n.Repeated).DistinctBy(n => n.Document.Id)
                .OrderBy(n => n.Document.Date ?? "9999", StringComparer.Ordinal).ToList();
            MoreInTimeline = Math.Max(0, all.Count - TimelineBudget);
            Timeline = [.. all.Take(TimelineBudget)
                .GroupBy(n => n.Document.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Chưa rõ năm")
                .Select(g => (g.Key, (IReadOnlyList<TreeNode>)[.. g]))];
            return Page();
        }
        Sections = [.. Kb.Documents.Where(d => (Level is null || d.Level == Level) && (Place is null || d.Locality == Place))
            .GroupBy(d => d.Level).OrderBy(g => Labels.LevelRank(g.Key))
            .Select(g => Section(g.Key, [.. g], summarize: Place is null && g.Count() > ListBudget))];
        return Page();
    }
}

/// <summary>The documents of one level, by locality. A summarized level lists its localities with counts
/// (each a link to its own page) and only the documents that have no locality.</summary>
public sealed record LevelSection(string? Level, string Label, IReadOnlyList<LocalitySection> Localities, bool Summarized);

/// <summary>The documents of one locality, by year, each with how many documents implement it; Count is
/// the locality's number of documents, Years may list fewer (none when the level is summarized).</summary>
public sealed record LocalitySection(string Locality, int Count, IReadOnlyList<(string Year, IReadOnlyList<(DocumentRow Document, int Implementers)> Documents)> Years);
