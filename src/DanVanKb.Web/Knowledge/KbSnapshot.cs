using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Knowledge;

/// <summary>The knowledge base's graph held in memory (documents, variants, relations, reports): small
/// next to the texts, read in a few queries, and what every page walks. Immutable; replaced whole when
/// the store changes.</summary>
public sealed class KbSnapshot
{
    public KbSnapshot(ExportModel model, KbStats stats)
    {
        Documents = model.Documents;
        Relations = model.Relations;
        Sources = model.Sources;
        Stats = stats;
        ById = Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        BySlug = Documents.ToDictionary(d => d.Slug, StringComparer.OrdinalIgnoreCase);
        SourceById = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        From = Relations.ToLookup(r => r.From, StringComparer.Ordinal);
        To = Relations.ToLookup(r => r.To, StringComparer.Ordinal);
    }

    public IReadOnlyList<DocumentRow> Documents { get; }

    public IReadOnlyList<RelationRow> Relations { get; }

    public IReadOnlyList<SourceRow> Sources { get; }

    public KbStats Stats { get; }

    public IReadOnlyDictionary<string, DocumentRow> ById { get; }

    public IReadOnlyDictionary<string, DocumentRow> BySlug { get; }

    public IReadOnlyDictionary<string, SourceRow> SourceById { get; }

    /// <summary>Relations by acting document: what a document implements, continues, reviews…</summary>
    public ILookup<string, RelationRow> From { get; }

    /// <summary>Relations by the document acted on: what implements it.</summary>
    public ILookup<string, RelationRow> To { get; }

    /// <summary>A document by id or slug.</summary>
    public DocumentRow? Find(string idOrSlug) =>
        ById.TryGetValue(idOrSlug, out var d) ? d : BySlug.GetValueOrDefault(idOrSlug);
}
