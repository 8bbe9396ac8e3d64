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
        MostImplemented = s.MostImplemented;
    }
}
