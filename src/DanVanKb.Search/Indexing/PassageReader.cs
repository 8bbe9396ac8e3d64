using DanVanKb.Core.Text;

namespace DanVanKb.Search.Indexing;

/// <summary>Cuts a report into passages with the extraction core's own block reader, so a passage is what
/// the extractor saw: a paragraph re-joined across page breaks, a footnote, a table row.</summary>
public static class PassageReader
{
    public static IReadOnlyList<Passage> Read(IndexSource source)
    {
        var lines = new LineIndex(source.Text);
        var blocks = BlockReader.Read(TextNormalizer.Normalize(source.Text));
        var passages = new List<Passage>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Text.Length == 0) continue;
            var docs = source.Mentions.Where(m => b.Text.ComesFrom(m.Start)).Select(m => m.DocumentId).Distinct().ToList();
            var start = b.Text.ToSource(0);
            var text = b.Kind == BlockKind.TableRow ? b.Text.Text.Replace('\t', ' ') : b.Text.Text;
            passages.Add(new Passage(i, Name(b.Kind), text, start, lines.Locate(start).Line, docs));
        }
        return passages;
    }

    private static string Name(BlockKind kind) => kind switch
    {
        BlockKind.Footnote => "footnote",
        BlockKind.TableRow => "row",
        _ => "paragraph",
    };
}
