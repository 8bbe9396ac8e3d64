using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;

using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVanKb.Web.Pages;

/// <summary>Home: the search box, what the knowledge base holds, the central documents most implemented.</summary>
public sealed class IndexModel(KbStore store) : PageModel
{
    public KbStats Stats { get; private set; } = null!;

    public IReadOnlyList<(DocumentRow Document, int Implementers)> MostImplemented { get; private set; } = [];

    public void OnGet()
    {
        var s = store.Snapshot();
        Stats = s.Stats;
        MostImplemented = [.. s.Documents.Where(d => d.Level == "central")
            .Select(d => (d, ImplementationTree.Down(s, d).Descendants().Where(n => !n.Repeated).Select(n => n.Document.Id).Distinct().Count()))
            .Where(x => x.Item2 > 0)
            .OrderByDescending(x => x.Item2).ThenByDescending(x => x.d.Mentions).Take(12)];
    }
}
