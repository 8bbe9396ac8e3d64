using DanVanKb.Search.Indexing;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DanVanKb.Search.Tests.Indexing;

/// <summary>What an index holds, as sorted lines: each live record's stored fields, and each indexed
/// term with the records holding it and how often. Two indexes that answer every query alike print alike.</summary>
public static class IndexContents
{
    public static IReadOnlyList<string> Of(string folder)
    {
        KbCodec.Register();
        using var dir = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(dir);
        var live = MultiFields.GetLiveDocs(reader);
        var ids = new string[reader.MaxDoc];
        var lines = new List<string>();
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            if (live is not null && !live.Get(i)) continue;
            var d = reader.Document(i);
            ids[i] = d.Get(SearchFields.Id);
            lines.Add(string.Join(" | ", d.Fields.Select(f => $"{f.Name}={f.GetStringValue() ?? f.GetInt32Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? f.GetInt64Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture)}")));
        }
        var fields = MultiFields.GetFields(reader);
        foreach (var field in fields)
        {
            var terms = fields.GetTerms(field).GetEnumerator();
            while (terms.MoveNext())
            {
                var docs = MultiFields.GetTermDocsEnum(reader, live, field, BytesRef.DeepCopyOf(terms.Term));
                var holders = new List<string>();
                while (docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) holders.Add($"{ids[docs.DocID]}:{docs.Freq}");
                if (holders.Count > 0) lines.Add($"{field}:{terms.Term.Utf8ToString()} -> {string.Join(',', holders.Order(StringComparer.Ordinal))}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
