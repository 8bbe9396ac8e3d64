using DanVanKb.Search.Querying;

using Lucene.Net.Search.Highlight;

namespace DanVanKb.Search.Tests.Querying;

public sealed class TokenSpanScorerTests
{
    /// <summary>Quoted phrases, symbols (phrases of their parts), words, and phrases beside words, as typed.</summary>
    private static readonly string[] Queries =
    [
        "\"công tác dân vận\"", "\"dân vận khéo\"", "\"ban chấp hành trung ương\"", "\"nghị quyết\" khéo", "\"dân vận\" -chính",
        "25-NQ/TW", "33/CT-TTg", "43-KL/TW", "nq 25", "dân vận", "\"dan van\"", "\"vận dân\"", "\"hệ thống chính trị\" OR \"mặt trận\"",
    ];

    [Fact]
    public void Marks_and_cuts_every_paragraph_of_the_bundled_corpus_as_Lucenes_own_scorer_does()
    {
        var paragraphs = CorpusParagraphs();
        var marked = 0;
        foreach (var text in Queries)
        {
            var query = TextQueryParser.Parse(text).Query;
            foreach (var body in paragraphs)
            {
                var ours = SnippetBuilder.Build(body, query);
                var lucenes = SnippetBuilder.Build(body, query, (q, _) => new QueryScorer(q, SearchFields.Text));
                Assert.Equal(lucenes, ours);
                if (ours.Any(p => p.Hit)) marked++;
            }
        }
        Assert.True(marked > 500, $"only {marked} snippets marked anything");
    }

    [Fact]
    public void Marks_a_phrase_only_where_its_words_stand_together()
    {
        var query = TextQueryParser.Parse("\"dân vận\"").Query;

        var parts = SnippetBuilder.Build("Công tác dân vận của Đảng; vận động dân cư tham gia.", query);

        Assert.Equal(["dân", "vận"], parts.Where(p => p.Hit).Select(p => p.Text));
    }

    [Fact]
    public void Marks_nothing_when_the_words_are_there_apart()
    {
        var query = TextQueryParser.Parse("\"dân vận\"").Query;

        var parts = SnippetBuilder.Build("Vận động dân cư tham gia xây dựng nông thôn mới.", query);

        Assert.DoesNotContain(parts, p => p.Hit);
    }

    private static List<string> CorpusParagraphs()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DanVanKb.sln"))) root = root.Parent;
        Assert.NotNull(root);
        return [.. Directory.GetFiles(Path.Combine(root.FullName, "corpus"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines).Where(l => l.Trim().Length > 0)];
    }
}
