using DanVanKb.Search.Indexing;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Bench;

/// <summary>The passages the product indexes, read back from an ingested knowledge base and cut by the
/// product's own <see cref="PassageReader"/>, with the levels of the documents each one cites (the
/// "cấp" filter), one report at a time.</summary>
public static class PassageStream
{
    public sealed record Item(string Text, IReadOnlyList<string> Levels);

    public static IEnumerable<IReadOnlyList<Item>> Read(KbPaths paths)
    {
        Dictionary<string, string?> level;
        using (var reader = new KbReader(paths)) level = reader.Export().Documents.ToDictionary(d => d.Id, d => d.Level);
        using var content = new KbContentReader(paths);
        foreach (var s in content.SourceTexts())
        {
            var mentions = content.MentionsIn(s.Id).Where(m => m.DocumentId is not null).Select(m => new IndexMention(m.Start, m.End, m.DocumentId!));
            yield return [.. PassageReader.Read(new IndexSource(s.Id, s.File, s.Text, [.. mentions]))
                .Select(p => new Item(p.Text, [.. p.Documents.Select(d => level.GetValueOrDefault(d)).OfType<string>().Distinct()]))];
        }
    }
}
