using DanVanKb.Core.Checking;
using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;
using DanVanKb.Web.Rendering;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVanKb.Web.Pages;

/// <summary>A document: its citation, attributes, variants and conflicts, what it implements up to the root,
/// everything implementing it (tree, groups, diagram), its legal bases and amendments, its other relations and
/// every mention in context.</summary>
public sealed class DocumentModel(KbStore store) : PageModel
{
    public DocumentRow Doc { get; private set; } = null!;

    /// <summary>The document as the citation formatter and the trust note take it.</summary>
    public KnownDocument Known { get; private set; } = null!;

    public KbSnapshot Kb { get; private set; } = null!;

    public TreeNode Up { get; private set; } = null!;

    public TreeNode Down { get; private set; } = null!;

    public IReadOnlyList<LevelGroup> Groups { get; private set; } = [];

    public TreeDiagram Diagram { get; private set; } = null!;

    /// <summary>Legal bases, what this is the basis of, what amends it and what it amends.</summary>
    public IReadOnlyList<RelatedDocuments> Related { get; private set; } = [];

    public IReadOnlyList<RelationGroup> OtherRelations { get; private set; } = [];

    public IReadOnlyList<VariantView> Variants { get; private set; } = [];

    public IReadOnlyList<(SourceRow Source, IReadOnlyList<MentionContext> Mentions)> Mentions { get; private set; } = [];

    /// <summary>Ways of writing the document not listed.</summary>
    public int MoreVariants { get; private set; }

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
        var view = Kb.Cached("document:" + doc.Id, () =>
        {
            using var content = store.Content();
            return DocumentView.Build(Kb, doc, content);
        }, v => v.Bytes);
        (Doc, Known, Up, Down, DownCount, Groups, Diagram) = (view.Doc, view.Known, view.Up, view.Down, view.DownCount, view.Groups, view.Diagram);
        (Related, OtherRelations, Variants, MoreVariants, Mentions, MoreMentionSources, OwnReport) = (view.Related, view.OtherRelations, view.Variants, view.MoreVariants, view.Mentions, view.MoreMentionSources, view.OwnReport);
        return Page();
    }
}
