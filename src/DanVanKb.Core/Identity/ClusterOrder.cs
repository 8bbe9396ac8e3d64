namespace DanVanKb.Core.Identity;

/// <summary>The order a rebuild gives clusters their ids in (which of two clusters with one key gets "-2"): by
/// their members written "source:local", sorted and joined with ",", compared ordinally. Compared without
/// building those strings: at 20,000 reports they held a million members' text at the rebuild's peak.</summary>
public static class ClusterOrder
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
        private bool inLocal;
        private int at;

        public bool Next(out char c)
        {
            while (member < members.Length)
            {
                var part = inLocal ? members[member].Local : members[member].Source;
                if (at < part.Length)
                {
                    c = part[at++];
                    return true;
                }
                at = 0;
                if (!inLocal)
                {
                    (inLocal, c) = (true, ':');
                    return true;
                }
                (member, inLocal) = (member + 1, false);
                if (member < members.Length)
                {
                    c = ',';
                    return true;
                }
            }
            c = default;
            return false;
        }
    }
}
