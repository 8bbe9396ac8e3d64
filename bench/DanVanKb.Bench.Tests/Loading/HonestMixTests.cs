using DanVanKb.Load;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;

namespace DanVanKb.Bench.Tests.Loading;

public sealed class HonestMixTests
{
    private static ExportModel Kb() => new([],
        [
            Doc("25-NQ/TW", "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"),
            Doc("33/CT-TTg", "tăng cường công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp"),
        ],
        [new RelationRow("a", "b", "implements", "s", "Kế hoạch số 45-KH/HU về thực hiện phong trào thi đua dân vận khéo ở cơ sở.", 1, 1)]);

    private static DocumentRow Doc(string symbol, string title) =>
        new(symbol, symbol, "Nghị quyết", null, symbol, null, null, null, null, null, title, false, 1, true, "");

    [Fact]
    public void Draws_distinct_searches_from_the_knowledge_bases_own_words_and_symbols()
    {
        var kb = Kb();
        var words = kb.Documents.SelectMany(d => QueryDraw.Words(d.Title!)).Concat(QueryDraw.Words(kb.Relations[0].Evidence)).ToHashSet();

        var queries = QueryDraw.From(kb, 60, seed: 1);

        Assert.Equal(queries.Count, queries.Distinct().Count());
        Assert.True(queries.Count >= 40, $"only {queries.Count} distinct searches");
        Assert.Contains("25-NQ/TW", queries);
        Assert.Contains("nq 25", queries);
        Assert.Contains(queries, q => q.StartsWith('"'));
        Assert.Contains(queries, q => q.EndsWith('*'));
        // typed without accents: plain ASCII that the knowledge base wrote with them
        Assert.Contains(queries, q => q.All(c => c is ' ' or (>= 'a' and <= 'z')) && !q.Split(' ').All(words.Contains));
        // every word searched is a word the knowledge base wrote, with or without its accents
        var unaccented = queries.Where(q => !q.Contains('/') && !q.EndsWith('*') && !q.StartsWith("nq ", StringComparison.Ordinal) && !q.StartsWith("ct ", StringComparison.Ordinal));
        Assert.All(unaccented.SelectMany(q => q.Trim('"').Split(' ')), w => Assert.Contains(words, k => k == w || Fold(k) == w));
    }

    [Fact]
    public void The_same_seed_draws_the_same_searches_and_another_seed_others()
    {
        Assert.Equal(QueryDraw.From(Kb(), 30, seed: 7), QueryDraw.From(Kb(), 30, seed: 7));
        Assert.NotEqual(QueryDraw.From(Kb(), 30, seed: 7), QueryDraw.From(Kb(), 30, seed: 8));
    }

    [SeedsFact]
    public void The_mix_over_the_seed_reports_holds_thousands_of_distinct_urls_from_every_document()
    {
        using var tmp = new TempFolder();
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        KbIngestor.Ingest(kb, [SeedsFactAttribute.Seeds]);
        using var reader = new KbReader(kb);
        var documents = reader.Export().Documents.Count;

        var mix = Targets.From(kb);

        Assert.True(mix.Distinct > 2_000, $"{mix.Distinct} distinct URLs");
        Assert.Equal(documents, mix.ByKind["document"].Length);
        Assert.True(mix.ByKind["search"].Length > 500, $"{mix.ByKind["search"].Length} searches");
        Assert.Contains(mix.ByKind["search"], u => u.Contains("&cap=", StringComparison.Ordinal));
    }

    private static string Fold(string s) => new([.. s.Replace('đ', 'd').Normalize(System.Text.NormalizationForm.FormD).Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
}
