using DanVanKb.Core.Text.Legacy;

namespace DanVanKb.Core.Tests.Legacy;

/// <summary>Unicode text written out in each legacy charset, as a file in that charset would hold it.</summary>
public static class LegacyEncodings
{
    public static byte[] Encode(LegacyCharset charset, string text) => charset switch
    {
        LegacyCharset.Tcvn3 => Tcvn3.Encode(text),
        LegacyCharset.Vni => Vni.Encode(text),
        _ => Windows1258.Encode(text),
    };

    public static TheoryData<LegacyCharset> All => [LegacyCharset.Tcvn3, LegacyCharset.Vni, LegacyCharset.Windows1258];
}
