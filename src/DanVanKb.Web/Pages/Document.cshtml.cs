using DanVanKb.Core.Checking;
using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;
using DanVanKb.Web.Rendering;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVanKb.Web.Pages;

/// <summary>A document: its citation, attributes, variants and conflicts, what it implements up to the root,
/// everything implementing it (tree, groups, diagram), its other relations and every mention in context.</summary>
public sealed class DocumentModel(KbStore store) : PageModel
{
    /// <summary>Nodes of the implementation tree drawn on the page; a central resolution may have ten
    /// thousand plans under it, and the page shows its top levels with counts instead.</summary>
    public const int TreeBudget = 200;

    /// <summary>Documents listed per locality in the level groups before "và N văn bản khác".</summary>
    public const int GroupBudget = 12;

    /// <summary>Reports whose mentions are shown in context; the rest are counted and found by search.</summary>
    public const int MentionSourceBudget = 20;

    public DocumentRow Doc { get; private set; } = null!;

    /// <summary>The document as the citation formatter and the trust note take it.</summary>
    public KnownDocument Known { get; private set; } = null!;

    public KbSnapshot Kb { get; private set; } = null!;

    public TreeNode Up { get; private set; } = null!;

    public TreeNode Down { get; private set; } = null!;

    public IReadOnlyList<LevelGroup> Groups { get; private set; } = [];

    public TreeDiagram Diagram { get; private set; } = null!;

    public IReadOnlyList<RelationRow> OtherRelations { get; private set; } = [];

    public IReadOnlyList<VariantView> Variants { get; private set; } = [];

    public IReadOnlyList<(SourceRow Source, IReadOnlyList<MentionContext> Mentions)> Mentions { get; private set; } = [];

    /// <summary>Reports citing the document whose mentions are not shown.</summary>
    public int MoreMentionSources { get; private set; }

    /// <summary>Distinct documents implementing this one, transitively.</summary>
    public int DownCount { get; private set; }

    public SourceRow? OwnReport { get; private set; }

    public IActionResult OnGet(string slug)
    {
        Kb = store.Snapshot();
        if (Kb.Find(slug) is not { } doc) return NotFound();
        if (doc.Slug != slug) return RedirectPermanent(Routes.Document(doc.Slug));
        Doc = doc;
        Known = Citation.Known(doc);
        Up = ImplementationTree.Up(Kb, doc).Pruned(TreeBudget);
        var down = ImplementationTree.Down(Kb, doc);
        DownCount = down.Size;
        Down = down.Pruned(TreeBudget);
        Groups = ImplementationTree.ByLevelAndLocality(down);
        Diagram = TreeDiagram.Lay(Down);
        OtherRelations = [.. Kb.From[doc.Id].Concat(Kb.To[doc.Id]).Where(r => !Labels.IsImplementation(r.Type))];
        OwnReport = Kb.Sources.FirstOrDefault(s => s.Document == doc.Id);

        using var content = store.Content();
        var citing = content.SourcesCiting(doc.Id);
        MoreMentionSources = Math.Max(0, citing.Count - MentionSourceBudget);
        var mentions = content.MentionsOf(doc.Id, [.. citing.Take(MentionSourceBudget)]);
        var texts = content.SourceTexts([.. mentions.Select(m => m.SourceId).Distinct()]).ToDictionary(t => t.Id, t => t.Text);
        Mentions = [.. mentions.GroupBy(m => m.SourceId).Where(g => Kb.SourceById.ContainsKey(g.Key) && texts.ContainsKey(g.Key))
            .Select(g => (Kb.SourceById[g.Key], (IReadOnlyList<MentionContext>)[.. g.Select(m => MentionContext.Of(m, texts[g.Key]))]))];
        Variants = [.. doc.Variants.Select(v => VariantView.Of(v, doc, mentions, Kb))];
        return Page();
    }
}
