using DanVanKb.Core.Model;

namespace DanVanKb.Core.Identity;

/// <summary>The two merges that compare clusters with each other, each through an index of what a match
/// must share, so that their cost follows the matches rather than the square of the archive.</summary>
public static partial class GraphBuilder
{
    /// <summary>Merges the clusters of one number and year written with two symbols for one document
    /// (SameDocumentWrittenTwoWays). Each cluster, in order, takes the later ones that share a day with it,
    /// latest first; what it takes brings its days, and so more candidates.</summary>
    internal static void MergeSameNumberAndDate(List<Cluster> clusters)
    {
        var merged = new HashSet<Cluster>();
        foreach (var group in clusters.GroupBy(c => (c.Items[0].Doc.Symbol!.Number, c.Items[0].Doc.Symbol!.Year)).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            var byDay = new Dictionary<PartialDate, List<int>>();
            for (var i = 0; i < members.Count; i++)
                foreach (var day in members[i].FullDates)
                    (byDay.TryGetValue(day, out var list) ? list : byDay[day] = []).Add(i);
            for (var a = 0; a < members.Count; a++)
            {
                if (merged.Contains(members[a])) continue;
                var pending = new SortedSet<int>();
                void Enqueue(IEnumerable<PartialDate> days, int below)
                {
                    foreach (var day in days)
                        foreach (var b in byDay[day])
                            if (b > a && b < below) pending.Add(b);
                }
                Enqueue(members[a].FullDates, int.MaxValue);
                while (pending.Count > 0)
                {
                    var b = pending.Max;
                    pending.Remove(b);
                    if (merged.Contains(members[b]) || !SameDocumentWrittenTwoWays(members[a], members[b])) continue;
                    foreach (var item in members[b].Items) members[a].Add(item);
                    merged.Add(members[b]);
                    Enqueue(members[b].FullDates, b);
                }
            }
        }
        clusters.RemoveAll(merged.Contains);
    }

    /// <summary>Clusters by the type of their first item and each issuer (level, locality) among their
    /// items, in cluster order: the only ones SameUnnumberedDocument can accept.</summary>
    internal sealed class IssuerIndex
    {
        private readonly Dictionary<(string Type, Level Level), Dictionary<string, SortedSet<int>>> clusters = [];

        public void Add(Cluster cluster, int index, Item item)
        {
            if (item.Doc.Issuer is not { Level: Level level, Locality: string locality }) return;
            var key = (cluster.Items[0].Doc.Type, level);
            if (!clusters.TryGetValue(key, out var byPlace)) clusters[key] = byPlace = new(StringComparer.OrdinalIgnoreCase);
            if (!byPlace.TryGetValue(locality, out var indexes)) byPlace[locality] = indexes = [];
            indexes.Add(index);
        }

        public IEnumerable<int> Candidates(CitedDocument own) =>
            own.Issuer is { Level: Level level, Locality: string locality }
            && clusters.TryGetValue((own.Type, level), out var byPlace) && byPlace.TryGetValue(locality, out var indexes)
                ? indexes : [];
    }
}
