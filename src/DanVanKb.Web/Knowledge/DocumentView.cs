using DanVanKb.Core.Checking;
using DanVanKb.Storage.Reading;
using DanVanKb.Web.Rendering;

namespace DanVanKb.Web.Knowledge;

/// <summary>Everything a document's page shows, read once per snapshot and kept: a central resolution's
/// page walks ten thousand plans and reads a score of reports, and staff open it all day.</summary>
public sealed record DocumentView(
    DocumentRow Doc,
    KnownDocument Known,
    TreeNode Up,
    TreeNode Down,
    int DownCount,
    IReadOnlyList<LevelGroup> Groups,
    TreeDiagram Diagram,
    IReadOnlyList<RelatedDocuments> Related,
    IReadOnlyList<RelationRow> OtherRelations,
    IReadOnlyList<VariantView> Variants,
    IReadOnlyList<(SourceRow Source, IReadOnlyList<MentionContext> Mentions)> Mentions,
    int MoreMentionSources,
    SourceRow? OwnReport)
{
    /// <summary>Nodes of the implementation tree drawn on the page; a central resolution may have ten
    /// thousand plans under it, and the page shows its top levels with counts instead.</summary>
    public const int TreeBudget = 200;

    /// <summary>Documents listed per locality in the level groups before "và N văn bản khác".</summary>
    public const int GroupBudget = 12;

    /// <summary>Reports whose mentions are shown in context; the rest are counted and found by search.</summary>
    public const int MentionSourceBudget = 20;

    /// <summary>About what the view keeps, for the site's cache: its drawn trees, its level groups (references to
    /// the snapshot's rows) and its mentions' context. Building it allocates far more (up to 20 reports' texts),
    /// which would keep the heaviest pages, the ones most visited, out of the cache.</summary>
    public long Bytes =>
        16_384 + (320L * (Up.Size + Down.Size + 2)) + (16L * DownCount)
        + Mentions.Sum(s => s.Mentions.Sum(m => 128 + (2L * (m.Before.Length + m.Written.Length + m.After.Length))));

    public static DocumentView Build(KbSnapshot kb, DocumentRow doc, KbContentReader content)
    {
        var down = ImplementationTree.Down(kb, doc);
        var prunedDown = down.Pruned(TreeBudget);
        var (citing, total) = content.SourcesCiting(doc.Id, MentionSourceBudget);
        var mentions = content.MentionsOf(doc.Id, citing);
        var texts = content.SourceTexts([.. mentions.Select(m => m.SourceId).Distinct()]).ToDictionary(t => t.Id, t => t.Text);
        return new DocumentView(
            doc,
            Citation.Known(doc),
            ImplementationTree.Up(kb, doc).Pruned(TreeBudget),
            prunedDown,
            down.Size,
            ImplementationTree.ByLevelAndLocality(down),
            TreeDiagram.Lay(prunedDown),
            RelatedDocuments.Of(kb, doc),
            [.. kb.From[doc.Id].Concat(kb.To[doc.Id]).Where(r => !Labels.IsImplementation(r.Type) && !RelatedDocuments.Shows(r.Type))],
            [.. doc.Variants.Select(v => VariantView.Of(v, doc, mentions, kb))],
            [.. mentions.GroupBy(m => m.SourceId).Where(g => kb.SourceById.ContainsKey(g.Key) && texts.ContainsKey(g.Key))
                .Select(g => (kb.SourceById[g.Key], (IReadOnlyList<MentionContext>)[.. g.Select(m => MentionContext.Of(m, texts[g.Key]))]))],
            Math.Max(0, total - citing.Count),
            kb.OwnReportOf(doc.Id));
    }
}
