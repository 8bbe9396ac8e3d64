namespace DanVanKb.Search.Querying;

/// <summary>How hits are ranked: by score, scores equal to about a thousandth counting as equal, then by the
/// store's order. The tolerance is what lets a block of records be skipped on a bound of its scores that is
/// computed apart from Lucene's scorer (and may differ from it by rounding): a bound that rounds to the same
/// rank as the last hit kept is a tie, which the store order settles exactly.</summary>
internal static class ScoreRank
{
    /// <summary>Bits of a float's mantissa dropped: 13 of 23 leave steps of about 0.1%.</summary>
    private const int DroppedBits = 13;

    /// <summary>2^-22: twice a float's relative rounding unit (2^-23 at worst).</summary>
    private const float Unit = 2.3841858e-7f;

    /// <summary>The relative margin added to the bound of a query of <paramref name="parts"/> scored parts (terms,
    /// phrases, constants): Lucene's sum of n parts and the bound's, added in another order, differ by at most
    /// about 2n units of rounding, the products by a few more; twice that. Kept this small, a bound equal to the
    /// score of the last hit kept rarely rounds into the next rank, where its block could not be skipped (a flat
    /// 3e-5 did for one phrase in thirty: "tiếp công dân" read 200,000 hits at 20,000 reports).</summary>
    public static float Margin(int parts) => (parts + 4) * Unit;

    public static int Of(float score) => score > 0 ? BitConverter.SingleToInt32Bits(score) >> DroppedBits : 0;

    /// <summary>The rank of an upper bound of scores, with its <see cref="Margin"/>.</summary>
    public static int OfBound(float bound, float margin) => float.IsPositiveInfinity(bound) ? int.MaxValue : Of(bound * (1 + margin));
}
