using DanVanKb.Core.Extraction;

namespace DanVanKb.Core.Tests.Extraction;

public class BoundedMemoTests
{
    [Fact]
    public void Computes_each_key_once_while_it_is_remembered()
    {
        var calls = 0;
        var memo = new BoundedMemo<string, int>(10, s => { calls++; return s.Length; });
        Assert.Equal(3, memo.Get("abc"));
        Assert.Equal(3, memo.Get("abc"));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Forgets_everything_beyond_its_capacity_and_computes_again()
    {
        var calls = 0;
        var memo = new BoundedMemo<int, int>(2, k => { calls++; return k * 2; });
        memo.Get(1);
        memo.Get(2);
        memo.Get(3); // full: the first two are forgotten
        Assert.Equal(3, calls);
        Assert.Equal(2, memo.Get(1));
        Assert.Equal(4, calls);
        Assert.Equal(6, memo.Get(3));
        Assert.Equal(4, calls);
    }
}
