using DanVanKb.Search.Indexing;
using DanVanKb.Search.Querying;

using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

using static DanVanKb.Search.Tests.Indexing.IndexFixtures;

namespace DanVanKb.Search.Tests.Indexing;

public sealed class KbCodecTests : IndexFolders
{
    [Fact]
    public void Builds_every_segment_with_the_small_chunk_codec_and_reads_its_records_back()
    {
        IndexBuilder.Build(Folder("index"), [Resolution, Plan], [Province, District], graphVersion: 1);

        Assert.All(Codecs(Folder("index")), name => Assert.Equal(KbCodec.CodecName, name));
        using var searcher = KbSearcher.Open(Folder("index"));
        var hit = Assert.Single(searcher.Search(new SearchRequest("quán triệt")).Hits);
        Assert.Equal("src-b#0", hit.Id);
        Assert.Equal(["doc-nq25"], hit.Documents);
    }

    [Fact]
    public void Searches_and_updates_an_index_written_before_with_the_plain_codec()
    {
        IndexBuilder.Build(Folder("built"), [Resolution, Plan], [Province, District], graphVersion: 1);
        Rewrite(Folder("built"), Folder("plain"), Codec.ForName("Lucene46"), graphVersion: 1);
        Assert.All(Codecs(Folder("plain")), name => Assert.Equal("Lucene46", name));

        using (var searcher = KbSearcher.Open(Folder("plain")))
            Assert.Equal(["doc-kh97"], searcher.FindSymbol("97-KH/TU"));
        IndexDocument[] documents = [Resolution, Plan, Directive];
        IndexSource[] sources = [Province, District, Government];
        var summary = IndexUpdater.Update(Folder("plain"), documents, ["src-a", "src-b", "src-c"], ["src-c"],
            ids => sources.Where(s => ids.Contains(s.Id)), graphVersion: 2);
        IndexBuilder.Build(Folder("rebuilt"), documents, sources, graphVersion: 2);

        Assert.True(summary?.Updated);
        Assert.Contains(KbCodec.CodecName, Codecs(Folder("plain"))); // the update's own segment
        Assert.Equal(IndexContents.Of(Folder("rebuilt")), IndexContents.Of(Folder("plain")));
    }

    private static IReadOnlyList<string> Codecs(string folder)
    {
        KbCodec.Register();
        using var dir = FSDirectory.Open(folder);
        var infos = new SegmentInfos();
        infos.Read(dir);
        return [.. infos.Segments.Select(s => s.Info.Codec.Name)];
    }

    /// <summary>The index at <paramref name="from"/> written again at <paramref name="to"/> with another codec.</summary>
    private static void Rewrite(string from, string to, Codec codec, long graphVersion)
    {
        using var source = FSDirectory.Open(from);
        using var reader = DirectoryReader.Open(source);
        using var target = FSDirectory.Open(to);
        using var writer = new IndexWriter(target, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { Codec = codec });
        writer.AddIndexes(reader);
        writer.SetCommitData(new Dictionary<string, string> { [IndexBuilder.GraphVersionKey] = graphVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        writer.Commit();
    }
}
