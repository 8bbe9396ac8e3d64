using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DanVanKb.Search.Indexing;

/// <summary>Writes the index's records, one per document and one per passage, for one thread. Its keyword
/// and number fields are reused from record to record (from report to report for passages, each passage of a
/// report's block holding its own), as Lucene advises: each new one builds a token stream whose attributes
/// Lucene.Net looks up under a lock shared by the whole process, and with the build on every core, threads waiting
/// for that lock were a fifth of a profile of the build.</summary>
internal sealed class RecordWriter(IndexWriter writer)
{
    /// <summary>Passages sort after every document record; a report's passages keep their text order.</summary>
    private const long PassageOrder = 1L << 40;

    private readonly Dictionary<string, List<Field>> reusable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> used = new(StringComparer.Ordinal);

    /// <summary>Adds a document's record; <paramref name="order"/> is its place among the store's documents.</summary>
    public void Add(IndexDocument d, long order)
    {
        used.Clear();
        var doc = Common(SearchFields.DocumentKind, d.Id, d.Body, order);
        doc.Add(new StoredField(SearchFields.Mentions, d.Mentions));
        doc.Add(new StoredField(SearchFields.Fingerprint, d.Fingerprint));
        doc.Add(new StoredField(SearchFields.FacetValues, d.Facets));
        var symbols = d.Variants.Concat(d.Symbol is null ? [] : [d.Symbol]);
        foreach (var key in Analysis.SymbolKeys.ForDocument(symbols, d.Number, d.Type))
            doc.Add(Keyword(SearchFields.SymbolKey, key, Field.Store.NO));
        AddFacets(doc, [PassageFacets.Of(d)]);
        writer.AddDocument(doc);
    }

    /// <summary>Adds a report's passages; <paramref name="ordinal"/> is its place among the store's reports
    /// by id. Returns how many.</summary>
    public int AddPassages(IndexSource s, long ordinal, PassageFacets.Table facets)
    {
        var passages = PassageReader.Read(s);
        // one block: a report's passages stand one after another in one segment, whatever the other threads add
        // (what lets a search count a few reports' hits from their runs of doc ids, ReportRuns)
        used.Clear();
        writer.AddDocuments(passages.Select(p => Passage(s, p, facets, PassageOrder + (ordinal << 20) + p.Index)));
        return passages.Count;
    }

    private Document Passage(IndexSource s, Passage p, PassageFacets.Table facets, long order)
    {
        var doc = Common(SearchFields.PassageKind, $"{s.Id}#{p.Index}", p.Text, order);
        doc.Add(Keyword(SearchFields.Source, s.Id, Field.Store.YES));
        doc.Add(new StoredField(SearchFields.File, s.File));
        doc.Add(new StoredField(SearchFields.Line, p.Line));
        doc.Add(new StoredField(SearchFields.Block, p.Block));
        foreach (var id in p.Documents)
        {
            doc.Add(new StoredField(SearchFields.Documents, id));
            doc.Add(Keyword(SearchFields.Cites, id, Field.Store.NO));
        }
        AddFacets(doc, [.. p.Documents.Select(facets.Find).OfType<PassageFacets>()]);
        return doc;
    }

    private Document Common(string kind, string id, string body, long order) =>
    [
        new NumericDocValuesField(SearchFields.Order, order),
        Keyword(SearchFields.Kind, kind, Field.Store.YES),
        Keyword(SearchFields.Id, id, Field.Store.YES),
        new StoredField(SearchFields.Body, body),
        new TextField(SearchFields.Text, body, Field.Store.NO),
        new TextField(SearchFields.TextExact, body, Field.Store.NO),
    ];

    /// <summary>Filter values: a document's own; a passage's are those of the documents it mentions.</summary>
    private void AddFacets(Document doc, IReadOnlyList<PassageFacets> docs)
    {
        AddKeyword(doc, SearchFields.Type, docs.Select(d => d.Type));
        AddKeyword(doc, SearchFields.Level, docs.Select(d => d.Level));
        AddKeyword(doc, SearchFields.Place, docs.Select(d => d.Place));
        foreach (var year in docs.Select(d => d.Year).OfType<int>().Distinct())
        {
            var field = (Int32Field)Next(SearchFields.Year, () => new Int32Field(SearchFields.Year, year, Field.Store.NO));
            field.SetInt32Value(year);
            doc.Add(field);
        }
    }

    private void AddKeyword(Document doc, string field, IEnumerable<string?> values)
    {
        foreach (var v in values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
        {
            doc.Add(Keyword(field, v, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(field, new BytesRef(v)));
        }
    }

    /// <summary>A keyword field with the value, the next of the field's reusable ones (a field keeps one
    /// way of being stored throughout).</summary>
    private Field Keyword(string name, string value, Field.Store store)
    {
        var field = Next(name, () => new StringField(name, value, store));
        field.SetStringValue(value);
        return field;
    }

    /// <summary>The record's next field of that name: one made before for an earlier record, or a new one.</summary>
    private Field Next(string name, Func<Field> make)
    {
        if (!reusable.TryGetValue(name, out var fields)) reusable[name] = fields = [];
        var n = used.GetValueOrDefault(name);
        used[name] = n + 1;
        if (n == fields.Count) fields.Add(make());
        return fields[n];
    }
}
