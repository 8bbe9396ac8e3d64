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

    /// <summary>The timeline: each implementing document (by date) with what it acts on.</summary>
    public IReadOnlyList<(string Year, IReadOnlyList<TreeNode> Nodes)> Timeline { get; private set; } = [];

    public IActionResult OnGet()
    {
        Kb = store.Snapshot();
        if (Slug is not null)
        {
            if (Kb.Find(Slug) is not { } root) return NotFound();
            TimelineRoot = root;
            Timeline = [.. ImplementationTree.Down(Kb, root).Descendants().Where(n => !n.Repeated).DistinctBy(n => n.Document.Id)
                .OrderBy(n => n.Document.Date ?? "9999", StringComparer.Ordinal)
                .GroupBy(n => n.Document.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Chưa rõ năm")
                .Select(g => (g.Key, (IReadOnlyList<TreeNode>)[.. g]))];
            return Page();
        }
        var implementers = Kb.Relations.Where(r => Labels.IsImplementation(r.Type)).GroupBy(r => r.To).ToDictionary(g => g.Key, g => g.Select(r => r.From).Distinct().Count());
        Sections = [.. Kb.Documents.Where(d => (Level is null || d.Level == Level) && (Place is null || d.Locality == Place))
            .GroupBy(d => d.Level).OrderBy(g => Labels.LevelRank(g.Key))
            .Select(g => new LevelSection(g.Key, Labels.Level(g.Key), [.. g.GroupBy(d => d.Locality ?? "")
                .OrderBy(l => l.Key, StringComparer.Ordinal)
                .Select(l => new LocalitySection(l.Key, [.. l.GroupBy(d => d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Chưa rõ năm")
                    .OrderBy(y => y.Key, StringComparer.Ordinal)
                    .Select(y => (y.Key, (IReadOnlyList<(DocumentRow, int)>)[.. y.OrderBy(d => d.Date ?? "", StringComparer.Ordinal).Select(d => (d, implementers.GetValueOrDefault(d.Id)))]))]))]))];
        return Page();
    }
}

/// <summary>The documents of one level, by locality.</summary>
public sealed record LevelSection(string? Level, string Label, IReadOnlyList<LocalitySection> Localities);

/// <summary>The documents of one locality, by year, each with how many documents implement it.</summary>
public sealed record LocalitySection(string Locality, IReadOnlyList<(string Year, IReadOnlyList<(DocumentRow Document, int Implementers)> Documents)> Years);
