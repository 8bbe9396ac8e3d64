using DanVanKb.Search.Querying;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>Scores equal to about a thousandth rank as equal; a bound ranks at least as high as any score under it.</summary>
public sealed class ScoreRankTests
{
    [Theory]
    [InlineData(1.0f, 1.0002f)]
    [InlineData(0.31250f, 0.31255f)]
    public void Scores_a_rounding_apart_rank_the_same(float a, float b) => Assert.Equal(ScoreRank.Of(a), ScoreRank.Of(b));

    [Theory]
    [InlineData(1.0f, 1.01f)]
    [InlineData(0.5f, 0.7071f)]
    [InlineData(0f, 1e-6f)]
    public void Scores_apart_by_more_rank_in_their_order(float lower, float higher) => Assert.True(ScoreRank.Of(lower) < ScoreRank.Of(higher));

    [Fact]
    public void A_bound_ranks_at_least_as_high_as_the_scores_it_bounds_even_a_rounding_above_it()
    {
        var random = new Random(3);
        for (var i = 0; i < 100_000; i++)
        {
            var score = (float)(random.NextDouble() * 50);
            // a bound computed in another order may come out a few units in the last place below the score
            var bound = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(score) - random.Next(8));
            Assert.True(ScoreRank.OfBound(bound, ScoreRank.Margin(1)) >= ScoreRank.Of(score));
        }
    }

    [Fact]
    public void An_unbounded_block_outranks_every_score() => Assert.Equal(int.MaxValue, ScoreRank.OfBound(float.PositiveInfinity, ScoreRank.Margin(1)));
}
