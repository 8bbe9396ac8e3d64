namespace DanVanKb.Synthetic;

/// <summary>An issuing body of a place, with the ways reports name it: "Huyện ủy Hàm Yên", "Ban Thường vụ
/// Huyện ủy Hàm Yên", "UBND huyện Hàm Yên", its symbol code (HU, ĐU, UBND, BDVTU…) and its heading block.</summary>
public sealed record Body(Place Place, BodyKind Kind, Place? Parent)
{
    public bool IsParty => Kind != BodyKind.State;

    /// <summary>"Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy xã".</summary>
    private string Committee => Place.Tier switch
    {
        Tier.Province => Place.Unit == "thành phố" ? "Thành ủy" : "Tỉnh ủy",
        Tier.District => Place.Unit switch { "thành phố" => "Thành ủy", "thị xã" => "Thị ủy", "quận" => "Quận ủy", _ => "Huyện ủy" },
        _ => "Đảng ủy " + Place.Unit,
    };

    /// <summary>The symbol code after the slash (Party) or the dash (State).</summary>
    public string Code => Kind switch
    {
        BodyKind.State => "UBND",
        BodyKind.DanVan => Place.Tier == Tier.Province ? "BDVTU" : "BDVHU",
        _ => Place.Tier switch
        {
            Tier.Province => "TU",
            Tier.District => Place.Unit switch { "quận" => "QU", "huyện" => "HU", _ => "TU" },
            _ => "ĐU",
        },
    };

    /// <summary>The full name: "Tỉnh ủy Tuyên Quang", "Ủy ban nhân dân huyện Hàm Yên", "Ban Dân vận Huyện ủy Hàm Yên".</summary>
    public string Name => Kind switch
    {
        BodyKind.State => $"Ủy ban nhân dân {Place.Named}",
        BodyKind.DanVan => $"Ban Dân vận {Committee} {Place.Name}",
        _ => Place.Tier == Tier.Commune ? $"{Committee} {Place.Name}" : $"{Committee} {Place.Name}",
    };

    /// <summary>The name as reports mostly write it: "UBND huyện Hàm Yên", "Ban Thường vụ Huyện ủy Hàm Yên".</summary>
    public string Written(Random r) => Kind switch
    {
        BodyKind.State => r.Next(3) == 0 ? Name : $"UBND {Place.Named}",
        BodyKind.Party when Place.Tier != Tier.Commune && r.Next(2) == 0 => $"Ban Thường vụ {Committee} {Place.Name}",
        BodyKind.Party when Place.Tier == Tier.Commune && r.Next(3) == 0 => $"Ban Chấp hành Đảng bộ {Place.Named}",
        _ => Name,
    };

    /// <summary>The short name used inside the body's own report: "Đảng ủy", "UBND huyện", "Ban Thường vụ Tỉnh ủy".</summary>
    public string Own(Random r) => Kind switch
    {
        BodyKind.State => r.Next(2) == 0 ? $"UBND {Place.Unit}" : $"Ủy ban nhân dân {Place.Unit}",
        BodyKind.DanVan => $"Ban Dân vận {Committee}",
        _ => Place.Tier == Tier.Commune ? (r.Next(2) == 0 ? "Đảng ủy" : $"Đảng ủy {Place.Unit}") : $"Ban Thường vụ {Committee}",
    };

    /// <summary>The two lines above "Số …": the higher Party organisation and the body, or "ỦY BAN NHÂN DÂN" and the place.</summary>
    public string Heading => Kind switch
    {
        BodyKind.State => $"ỦY BAN NHÂN DÂN\n{Place.Upper}",
        BodyKind.DanVan => $"{Committee.ToUpperInvariant()} {Place.Name.ToUpperInvariant()}\nBAN DÂN VẬN",
        _ => Place.Tier switch
        {
            Tier.Province => $"ĐẢNG BỘ {Place.Upper}\n{Committee.ToUpperInvariant()}",
            _ => $"ĐẢNG BỘ {Parent!.Upper}\n{Committee.ToUpperInvariant()} {Place.Name.ToUpperInvariant()}",
        },
    };

    /// <summary>"T/M BAN THƯỜNG VỤ", "T/M ỦY BAN NHÂN DÂN", "T/M ĐẢNG ỦY", with the signer's title.</summary>
    public string Signature => Kind switch
    {
        BodyKind.State => "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        BodyKind.DanVan => "TRƯỞNG BAN",
        _ => Place.Tier == Tier.Commune ? "T/M ĐẢNG ỦY\nBÍ THƯ" : "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ",
    };

    /// <summary>"Số 286-BC/HU" or "Số: 125/BC-UBND", for a type code and a number (blank when unnumbered).</summary>
    public string Symbol(string typeCode, int? number, int? year = null)
    {
        var n = number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return IsParty ? $"{n}-{typeCode}/{Code}" : year is int y ? $"{n}/{y}/{typeCode}-{Code}" : $"{n}/{typeCode}-{Code}";
    }
}
