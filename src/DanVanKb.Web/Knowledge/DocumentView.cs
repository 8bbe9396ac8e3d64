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
    IReadOnlyList<RelationGroup> OtherRelations,
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

    /// <summary>Evidence links shown for one fact (a tree node, a related document, another relation) before
    /// "và N báo cáo khác cũng nêu": a central conclusion's link to its resolution is stated by thousands of reports.</summary>
    public const int EvidenceBudget = 3;

    /// <summary>Ways of writing a document listed before "và N cách ghi khác", the most frequent kept: a central
    /// resolution cited twenty thousand times is written in hundreds of ways, most of them once.</summary>
    public const int VariantBudget = 20;

    /// <summary>Localities listed per level of the implementing documents before "và N địa phương khác".</summary>
    public const int LocalityBudget = 30;

    /// <summary>Rows of a related list or of "Quan hệ khác" before "và N … khác": a law is the basis of thousands.</summary>
    public const int RowBudget = 50;

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
            RelationGroup.Of(kb.From[doc.Id].Concat(kb.To[doc.Id]).Where(r => !Labels.IsImplementation(r.Type) && !RelatedDocuments.Shows(r.Type))),
            [.. MostWritten(doc.Variants).Select(v => VariantView.Of(v, doc, mentions, kb))],
            [.. mentions.GroupBy(m => m.SourceId).Where(g => kb.SourceById.ContainsKey(g.Key) && texts.ContainsKey(g.Key))
                .Select(g => (kb.SourceById[g.Key], (IReadOnlyList<MentionContext>)[.. g.Select(m => MentionContext.Of(m, texts[g.Key]))]))],
            Math.Max(0, total - citing.Count),
            kb.OwnReportOf(doc.Id))
        {
            MoreVariants = Math.Max(0, doc.Variants.Count - VariantBudget),
        };
    }

    /// <summary>Ways of writing the document left out of <see cref="Variants"/>.</summary>
    public int MoreVariants { get; init; }

    /// <summary>The <see cref="VariantBudget"/> most frequent ways of writing, in the store's order.</summary>
    private static IEnumerable<VariantRow> MostWritten(IReadOnlyList<VariantRow> variants) =>
        variants.Count <= VariantBudget
            ? variants
            : variants.Select((v, i) => (v, i)).OrderByDescending(x => x.v.Count).ThenBy(x => x.i).Take(VariantBudget).OrderBy(x => x.i).Select(x => x.v);
}
