using DanVanKb.Core.Text.Legacy;

namespace DanVanKb.Core.Tests.Legacy;

public class VietnameseSyllableTests
{
    [Theory]
    [InlineData("nghiêng")]
    [InlineData("quyết")]
    [InlineData("giữa")]
    [InlineData("gì")]
    [InlineData("người")]
    [InlineData("khuỷu")]
    [InlineData("thuở")]
    [InlineData("Đảng")]
    [InlineData("NGHỊ")]
    [InlineData("oanh")]
    [InlineData("y")]
    [InlineData("xoong")]
    public void Accepts_vietnamese_syllables(string word) => Assert.True(VietnameseSyllable.IsValid(word), word);

    [Theory]
    [InlineData("nghộ")] // ngh only before i, e, ê
    [InlineData("cafộ")]
    [InlineData("têt")] // a stop final takes sắc or nặng
    [InlineData("tềt")]
    [InlineData("ha\u0301\u0300")] // two tones
    [InlineData("UBND")]
    [InlineData("th")]
    [InlineData("café")]
    [InlineData("naïve")]
    [InlineData("x\uFFFD")]
    [InlineData("aứ")]
    [InlineData("")]
    public void Rejects_what_no_vietnamese_syllable_looks_like(string word) => Assert.False(VietnameseSyllable.IsValid(word), word);
}
