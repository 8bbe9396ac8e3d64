using DanVanKb.Search.Querying;

using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>A term is sought in the segments' dictionaries once per reader, its context kept within a budget; a
/// query carrying the kept contexts scores exactly as the query without them.</summary>
public sealed class TermContextsTests : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public TermContextsTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
            for (var segment = 0; segment < 3; segment++)
            {
                for (var i = 0; i < 40; i++)
                    writer.AddDocument(new Document
                    {
                        new TextField(SearchFields.Text, string.Join(' ', Enumerable.Repeat("dân", 1 + i % 3).Append(i % 4 == 0 ? "vận" : "khéo").Append($"w{i}")), Field.Store.NO),
                        new StringField(SearchFields.Level, i % 2 == 0 ? "commune" : "district", Field.Store.NO),
                    });
                writer.Commit();
            }
        reader = DirectoryReader.Open(directory);
    }

    [Fact]
    public void Seeks_a_term_once_and_keeps_its_context()
    {
        var contexts = new TermContexts(reader.Context);
        var term = new Term(SearchFields.Text, "vận");

        var first = contexts.Of(term);

        Assert.Same(first, contexts.Of(new Term(SearchFields.Text, "vận")));
        Assert.Equal(30, first.DocFreq);
        Assert.NotSame(first, contexts.Of(new Term(SearchFields.Text, "khéo")));
    }

    [Fact]
    public void Drops_its_contexts_past_its_budget()
    {
        var contexts = new TermContexts(reader.Context, budgetBytes: 4_000);
        var first = contexts.Of(new Term(SearchFields.Text, "w0"));

        for (var i = 1; i < 40; i++) contexts.Of(new Term(SearchFields.Text, $"w{i}"));

        Assert.NotSame(first, contexts.Of(new Term(SearchFields.Text, "w0")));
    }

    [Fact]
    public void A_query_carrying_kept_contexts_scores_as_it_did_without()
    {
        var inner = new BooleanQuery { { new TermQuery(new Term(SearchFields.Text, "vận")) { Boost = 3 }, Occur.SHOULD }, { new TermQuery(new Term(SearchFields.Text, "khéo")), Occur.SHOULD } };
        var query = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(SearchFields.Text, "dân")), Occur.MUST },
            { inner, Occur.SHOULD },
            { new ConstantScoreQuery(new TermQuery(new Term(SearchFields.Text, "khéo"))) { Boost = 5 }, Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.Text, "w7")), Occur.MUST_NOT },
        };
        query.Boost = 2;
        var filtered = new FilteredQuery(query, new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Level, "commune"))));
        var plain = new IndexSearcher(reader);
        var kept = new SliceSearcher(reader);

        foreach (var q in new Query[] { query, filtered })
        {
            var attached = kept.Contexts.Attach(q);
            Assert.Equal(q.ToString(), attached.ToString());
            Assert.Equal(q, attached);
            var expected = plain.Search(q, 200).ScoreDocs;
            var got = kept.Search(q, 200).ScoreDocs;
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(d => (d.Doc, d.Score)), got.Select(d => (d.Doc, d.Score)));
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
