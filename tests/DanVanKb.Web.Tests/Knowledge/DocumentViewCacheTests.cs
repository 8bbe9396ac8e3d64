using DanVanKb.Web.Hosting;
using DanVanKb.Web.Knowledge;

using Microsoft.Extensions.Configuration;

namespace DanVanKb.Web.Tests.Knowledge;

/// <summary>The most visited pages are the heaviest to build (a central resolution's tree, twenty reports read
/// for its mentions): the cache weighs them by what they keep, not by what building them allocated.</summary>
public sealed class DocumentViewCacheTests
{
    [Fact]
    public void A_central_resolution_s_page_is_built_once_per_state()
    {
        using var kb = KnowledgeBase.FromTestCorpus();
        using var store = new KbStore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [WebAppOptions.DataKey] = kb.Paths.DataDirectory }).Build());
        var snapshot = store.Snapshot();
        var resolution = snapshot.Documents.Single(d => d.Symbol == "25-NQ/TW");
        var builds = 0;
        long allocated = 0;
        DocumentView Build()
        {
            builds++;
            var before = GC.GetAllocatedBytesForCurrentThread();
            using var content = store.Content();
            var view = DocumentView.Build(snapshot, resolution, content);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            return view;
        }

        var first = snapshot.Cached("document:" + resolution.Id, Build, v => v.Bytes);
        var again = snapshot.Cached("document:" + resolution.Id, Build, v => v.Bytes);

        Assert.Same(first, again);
        Assert.Equal(1, builds);
        Assert.True(first.Mentions.Count > 0);
        Assert.InRange(first.Bytes, 16_384, ViewCache.DefaultLimitBytes / 16);
        Assert.True(first.Bytes < allocated, $"the view keeps {first.Bytes} bytes; building it allocated {allocated}");
    }
}
