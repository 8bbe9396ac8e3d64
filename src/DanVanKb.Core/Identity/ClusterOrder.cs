namespace DanVanKb.Core.Identity;

/// <summary>The order a rebuild gives clusters their ids in (which of two clusters with one key gets "-2"): by
/// their members written "source:local", sorted and joined with ",", compared ordinally. Compared without
/// building those strings: at 20,000 reports they held a million members' text at the rebuild's peak.</summary>
internal static class ClusterOrder
{
    public readonly record struct Member(string Source, string Local);

    /// <summary>A cluster's members in the order of their written keys.</summary>
    public static Member[] Sorted(IEnumerable<Member> members)
    {
        var sorted = members.ToArray();
        Array.Sort(sorted, (a, b) => Compare(new ReadOnlySpan<Member>(in a), new ReadOnlySpan<Member>(in b)));
        return sorted;
    }

    /// <summary>string.CompareOrdinal of the two members' lists written out and joined.</summary>
    public static int Compare(ReadOnlySpan<Member> x, ReadOnlySpan<Member> y)
    {
        var a = new Cursor(x);
        var b = new Cursor(y);
        while (true)
        {
            var moreA = a.Next(out var ca);
            var moreB = b.Next(out var cb);
            if (!moreA || !moreB) return moreA == moreB ? 0 : moreA ? 1 : -1;
            if (ca != cb) return ca.CompareTo(cb);
        }
    }

    /// <summary>Walks the characters of "source:local,source:local…" without writing them.</summary>
    private ref struct Cursor(ReadOnlySpan<Member> members)
    {
        private readonly ReadOnlySpan<Member> members = members;
        private int member;
        private int piece; // 0 the source, 1 ':', 2 the local id, 3 ',' before the next member
        private int at;

        public bool Next(out char c)
        {
            while (member < members.Length)
            {
                var m = members[member];
                switch (piece)
                {
                    case 0 when at < m.Source.Length:
                        c = m.Source[at++];
                        return true;
                    case 0:
                        (piece, c) = (2, ':');
                        at = 0;
                        return true;
                    case 2 when at < m.Local.Length:
                        c = m.Local[at++];
                        return true;
                    default:
                        (member, piece, at) = (member + 1, 0, 0);
                        if (member < members.Length)
                        {
                            c = ',';
                            return true;
                        }
                        break;
                }
            }
            c = default;
            return false;
        }
    }
}
