namespace DanVanKb.Core.Text.Legacy;

/// <summary>The code chart of VNI-Windows, the character set of the VNI fonts (VNI-Times, VNI-Helve …):
/// bytes 0x00–0x7F are ASCII; a letter with a diacritic or tone is its ASCII base followed by one byte
/// that carries the circumflex or breve and the tone together (shown as the Latin-1 character of that
/// byte), except i, ỵ, ơ, ư and đ, which have bytes of their own (ơ and ư then take a tone byte). Capitals
/// use the Latin-1 capitals of the same bytes: Ấ = "AÁ", Ị = "Ò", Ơ = "Ô". Each row: the letter without
/// tone, then huyền, hỏi, ngã, sắc, nặng.</summary>
internal static class VniChart
{
    public static readonly IReadOnlyList<(char Letter, string Code)> Lowercase =
    [
        ('à', "aø"), ('ả', "aû"), ('ã', "aõ"), ('á', "aù"), ('ạ', "aï"),
        ('ă', "aê"), ('ằ', "aè"), ('ẳ', "aú"), ('ẵ', "aü"), ('ắ', "aé"), ('ặ', "aë"),
        ('â', "aâ"), ('ầ', "aà"), ('ẩ', "aå"), ('ẫ', "aã"), ('ấ', "aá"), ('ậ', "aä"),
        ('đ', "ñ"),
        ('è', "eø"), ('ẻ', "eû"), ('ẽ', "eõ"), ('é', "eù"), ('ẹ', "eï"),
        ('ê', "eâ"), ('ề', "eà"), ('ể', "eå"), ('ễ', "eã"), ('ế', "eá"), ('ệ', "eä"),
        ('ì', "ì"), ('ỉ', "æ"), ('ĩ', "ó"), ('í', "í"), ('ị', "ò"),
        ('ò', "oø"), ('ỏ', "oû"), ('õ', "oõ"), ('ó', "où"), ('ọ', "oï"),
        ('ô', "oâ"), ('ồ', "oà"), ('ổ', "oå"), ('ỗ', "oã"), ('ố', "oá"), ('ộ', "oä"),
        ('ơ', "ô"), ('ờ', "ôø"), ('ở', "ôû"), ('ỡ', "ôõ"), ('ớ', "ôù"), ('ợ', "ôï"),
        ('ù', "uø"), ('ủ', "uû"), ('ũ', "uõ"), ('ú', "uù"), ('ụ', "uï"),
        ('ư', "ö"), ('ừ', "öø"), ('ử', "öû"), ('ữ', "öõ"), ('ứ', "öù"), ('ự', "öï"),
        ('ỳ', "yø"), ('ỷ', "yû"), ('ỹ', "yõ"), ('ý', "yù"), ('ỵ', "î"),
    ];
}
