using DanVanKb.Core.Extraction;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>An issuer code mistyped in one mention ("43-KL/T" beside "43-KL/TW", "2629/QĐ-T" where an excerpt stops)
/// is a slip of the same document; two real codes one letter apart are two bodies.</summary>
public class IssuerCodeSlipTests
{
    [Theory]
    [InlineData("TW", "T")]
    [InlineData("TU", "UT")]
    [InlineData("BDVTU", "BDVT")]
    [InlineData("HU", "H")]
    [InlineData("TTg", "T")]
    [InlineData("UBND", "UB")]
    public void Takes_a_dropped_or_swapped_letter_or_a_cut_end_for_a_slip(string right, string written) =>
        Assert.True(DocumentResolver.IsCodeSlip(right, written));

    [Theory]
    [InlineData("CATP", "CAT")]
    [InlineData("TU", "HU")]
    [InlineData("BDVTU", "BDVHU")]
    [InlineData("TW", "TW")]
    public void Keeps_apart_codes_that_are_not_one_slip(string a, string b) =>
        Assert.False(DocumentResolver.IsCodeSlip(a, b));
}
