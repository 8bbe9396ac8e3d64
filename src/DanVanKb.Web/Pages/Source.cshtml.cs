using DanVanKb.Core.Text;
using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;
using DanVanKb.Web.Naming;
using DanVanKb.Web.Rendering;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVanKb.Web.Pages;

/// <summary>A report as written: rendered line by line, every citation a link to its document, every line
/// with an anchor (#L12) for the evidence links; the original file to download, and for a legacy 8-bit
/// file its bytes read as Windows-1252 beside the converted text.</summary>
public sealed class SourceModel(KbStore store) : PageModel
{
    public SourceRow Source { get; private set; } = null!;

    /// <summary>The report's name: type, number, date, issuer, title; its file as a detail.</summary>
    public ReportName Name { get; private set; } = null!;

    public DocumentRow? Own { get; private set; }

    public IReadOnlyList<SourceLine> Lines { get; private set; } = [];

    public IReadOnlyList<DocumentRow> Cited { get; private set; } = [];

    /// <summary>The original file, or null when it was not stored (ingested before originals were kept).</summary>
    public OriginalFile? Original { get; private set; }

    /// <summary>Original and converted lines side by side: for a legacy 8-bit file only.</summary>
    public IReadOnlyList<ComparedLine> Compared { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        var kb = store.Snapshot();
        if (!kb.SourceById.TryGetValue(id, out var source)) return NotFound();
        Source = source;
        Name = kb.ReportOf(id);
        Own = source.Document is { } own ? kb.ById.GetValueOrDefault(own) : null;
        using var content = store.Content();
        // withdrawn since the state being served was loaded: the next request serves the state without it
        if (content.Source(id) is not { } stored) return NotFound();
        var text = stored.Text;
        var mentions = content.MentionsIn(id);
        if (content.Original(id) is { } bytes)
        {
            Original = OriginalFile.Of(source, bytes);
            if (Original.Kind == OriginalKind.EightBit) Compared = SideBySide.Lines(bytes, text);
        }
        Lines = SourceRenderer.Render(text, mentions, doc => kb.ById.TryGetValue(doc, out var d) ? Routes.Document(d.Slug) : null);
        Cited = [.. mentions.Select(m => m.DocumentId).OfType<string>().Distinct().Where(d => d != Own?.Id)
            .Select(d => kb.ById.GetValueOrDefault(d)).OfType<DocumentRow>()
            .OrderBy(d => Labels.LevelRank(d.Level)).ThenBy(d => d.Date ?? "9999", StringComparer.Ordinal)];
        return Page();
    }
}
