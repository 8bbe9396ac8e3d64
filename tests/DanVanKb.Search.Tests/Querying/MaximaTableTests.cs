using DanVanKb.Search.Querying;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>A table keeps each block's maximum rounded up to half precision: never below it, within 1/1,024 of it.</summary>
public sealed class MaximaTableTests
{
    [Theory]
    [InlineData(0f)]
    [InlineData(0.0441942f)] // tf 1 × the norm of a 512-word passage
    [InlineData(0.3535534f)] // tf 1 × the norm of an 8-word record
    [InlineData(1f)]
    [InlineData(7.0710678f)] // tf 50 × norm 1
    [InlineData(1000.123f)]
    public void Rounds_a_value_up_to_within_a_thousandth(float value)
    {
        var kept = (float)BitConverter.UInt16BitsToHalf(MaximaTable.Encode(value));

        Assert.InRange(kept, value, value * (1 + 1f / 1024));
    }

    [Fact]
    public void Rounds_a_value_just_above_a_half_to_the_next_half_not_the_nearest()
    {
        var half = (float)(Half)0.5f;
        var above = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(half) + 1);

        Assert.Equal(half, (float)BitConverter.UInt16BitsToHalf(MaximaTable.Encode(half)));
        Assert.True((float)BitConverter.UInt16BitsToHalf(MaximaTable.Encode(above)) > above);
    }

    [Fact]
    public void An_exact_table_keeps_a_tie_in_its_rank_where_rounding_up_breaks_it()
    {
        // a score every passage citing a symbol has: rounded up to half precision, it ranks above itself
        var score = 0.004037133f;
        var exact = MaximaTable.Exact([0f, score]);
        var rounded = MaximaTable.Of([0f, score]);

        Assert.Equal([0f, score], exact);
        Assert.Equal(8L, exact.Bytes);
        Assert.Equal(ScoreRank.Of(score), ScoreRank.Of(exact[1]));
        Assert.True(ScoreRank.Of(rounded[1]) > ScoreRank.Of(score));
    }

    [Fact]
    public void Keeps_no_finite_bound_past_half_precisions_range()
    {
        Assert.Equal(float.PositiveInfinity, (float)BitConverter.UInt16BitsToHalf(MaximaTable.Encode(70_000f)));
    }

    [Fact]
    public void Reads_several_tables_in_one_pass_each_block_rounded_up()
    {
        var tables = MaximaTable.Read(2, 3, m =>
        {
            (m[0][0], m[0][2]) = (0.3f, 1.7f);
            m[1][1] = 2.2f;
        });

        Assert.Equal(2, tables.Length);
        Assert.All(tables, t => Assert.Equal(3, t.Count));
        Assert.InRange(tables[0][0], 0.3f, 0.3f * 1.001f);
        Assert.Equal(0f, tables[0][1]);
        Assert.InRange(tables[0][2], 1.7f, 1.7f * 1.001f);
        Assert.Equal(0f, tables[1][0]);
        Assert.InRange(tables[1][1], 2.2f, 2.2f * 1.001f);
        Assert.Equal(6, tables[0].Bytes);
    }
}
