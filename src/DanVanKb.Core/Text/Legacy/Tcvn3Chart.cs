namespace DanVanKb.Core.Text.Legacy;

/// <summary>The code chart of TCVN 5712:1993 "VN3", the character set of the ABC fonts (.VnTime,
/// .VnArial, .VnTimeH …): bytes 0x00–0x7F are ASCII; the 67 lowercase Vietnamese letters that ASCII lacks
/// and 7 capitals (Ă Â Ê Ô Ơ Ư Đ) sit at 0xA1–0xFE. There are no toned capitals: the "H" fonts draw the
/// lowercase codes as capitals. The chart also has the five tone marks as spacing characters at 0xB0–0xB4
/// (after a vowel, they are read as combining marks). Each row: the letter without tone, then huyền,
/// hỏi, ngã, sắc, nặng, in the chart's order.</summary>
internal static class Tcvn3Chart
{
    public static readonly IReadOnlyList<(char Letter, byte Code)> Letters =
    [
        ('à', 0xB5), ('ả', 0xB6), ('ã', 0xB7), ('á', 0xB8), ('ạ', 0xB9),
        ('ă', 0xA8), ('ằ', 0xBB), ('ẳ', 0xBC), ('ẵ', 0xBD), ('ắ', 0xBE), ('ặ', 0xC6),
        ('â', 0xA9), ('ầ', 0xC7), ('ẩ', 0xC8), ('ẫ', 0xC9), ('ấ', 0xCA), ('ậ', 0xCB),
        ('đ', 0xAE),
        ('è', 0xCC), ('ẻ', 0xCE), ('ẽ', 0xCF), ('é', 0xD0), ('ẹ', 0xD1),
        ('ê', 0xAA), ('ề', 0xD2), ('ể', 0xD3), ('ễ', 0xD4), ('ế', 0xD5), ('ệ', 0xD6),
        ('ì', 0xD7), ('ỉ', 0xD8), ('ĩ', 0xDC), ('í', 0xDD), ('ị', 0xDE),
        ('ò', 0xDF), ('ỏ', 0xE1), ('õ', 0xE2), ('ó', 0xE3), ('ọ', 0xE4),
        ('ô', 0xAB), ('ồ', 0xE5), ('ổ', 0xE6), ('ỗ', 0xE7), ('ố', 0xE8), ('ộ', 0xE9),
        ('ơ', 0xAC), ('ờ', 0xEA), ('ở', 0xEB), ('ỡ', 0xEC), ('ớ', 0xED), ('ợ', 0xEE),
        ('ù', 0xEF), ('ủ', 0xF1), ('ũ', 0xF2), ('ú', 0xF3), ('ụ', 0xF4),
        ('ư', 0xAD), ('ừ', 0xF5), ('ử', 0xF6), ('ữ', 0xF7), ('ứ', 0xF8), ('ự', 0xF9),
        ('ỳ', 0xFA), ('ỷ', 0xFB), ('ỹ', 0xFC), ('ý', 0xFD), ('ỵ', 0xFE),
        ('Ă', 0xA1), ('Â', 0xA2), ('Ê', 0xA3), ('Ô', 0xA4), ('Ơ', 0xA5), ('Ư', 0xA6), ('Đ', 0xA7),
    ];

    /// <summary>0xB0–0xB4: huyền, hỏi, ngã, sắc, nặng.</summary>
    public static readonly IReadOnlyList<(char Mark, byte Code)> ToneMarks =
    [
        ('\u0300', 0xB0), ('\u0309', 0xB1), ('\u0303', 0xB2), ('\u0301', 0xB3), ('\u0323', 0xB4),
    ];
}
