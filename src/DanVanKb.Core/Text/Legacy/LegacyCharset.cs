namespace DanVanKb.Core.Text.Legacy;

/// <summary>The 8-bit Vietnamese encodings in use before Unicode.</summary>
public enum LegacyCharset
{
    /// <summary>TCVN 5712:1993 "VN3" (the ABC fonts .VnTime, .VnArial …): one byte per letter, lowercase
    /// toned letters only.</summary>
    Tcvn3,

    /// <summary>VNI-Windows (VNI-Times, VNI-Helve …): a base letter followed by a diacritic/tone byte.</summary>
    Vni,

    /// <summary>Windows code page 1258: precomposed letters where the code page has them, combining tone
    /// marks otherwise.</summary>
    Windows1258,
}
