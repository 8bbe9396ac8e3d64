namespace DanVanKb.Search.Querying;

/// <summary>How hits are ranked: by score, scores equal to about a thousandth counting as equal, then by the
/// store's order. The tolerance is what lets a block of records be skipped on a bound of its scores that is
/// computed apart from Lucene's scorer (and may differ from it by rounding): a bound that rounds to the same
/// rank as the last hit kept is a tie, which the store order settles exactly.</summary>
internal static class ScoreRank
{
    /// <summary>Bits of a float's mantissa dropped: 13 of 23 leave steps of about 0.1%.</summary>
    private const int DroppedBits = 13;

    /// <summary>The relative margin added to a bound: well above the rounding of summing a query's clauses in
    /// another order (a few units in the last place each), well below the rank's step.</summary>
    public const float BoundMargin = 3e-5f;

    public static int Of(float score) => score > 0 ? BitConverter.SingleToInt32Bits(score) >> DroppedBits : 0;

    /// <summary>The rank of an upper bound of scores, with <see cref="BoundMargin"/>.</summary>
    public static int OfBound(float bound) => float.IsPositiveInfinity(bound) ? int.MaxValue : Of(bound * (1 + BoundMargin));
}
