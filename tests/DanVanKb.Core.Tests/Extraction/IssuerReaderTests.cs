using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;

namespace DanVanKb.Core.Tests.Extraction;

public class IssuerReaderTests
{
    private static readonly ReportContext BacKanCity = new("Bắc Kạn", "Bắc Kạn", null, Level.District, "thành phố", null);

    [Theory]
    [InlineData("Ban Chấp hành Trung ương khóa XI", "Ban Chấp hành Trung ương khóa XI", Level.Central, null)]
    [InlineData("BCH Trung ương khóa XI", "Ban Chấp hành Trung ương khóa XI", Level.Central, null)]
    [InlineData("TTCP", "Thủ tướng Chính phủ", Level.Central, null)]
    [InlineData("Bộ Chính trị cơ quan tổ chức học tập", "Bộ Chính trị", Level.Central, null)]
    [InlineData("BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy Bắc Kạn", Level.Province, "Bắc Kạn")]
    [InlineData("UBND tỉnh", "Ủy ban nhân dân tỉnh Bắc Kạn", Level.Province, "Bắc Kạn")]
    [InlineData("Thị ủy Bắc Kạn", "Thị ủy Bắc Kạn", Level.District, "Bắc Kạn")]
    [InlineData("UBND huyện Bạch Thông", "Ủy ban nhân dân huyện Bạch Thông", Level.District, "Bạch Thông")]
    [InlineData("Đảng ủy phường Phổ Hoà", "Đảng ủy phường Phổ Hòa", Level.Commune, "Phổ Hòa")]
    [InlineData("Đảng ủy Công an tỉnh", "Đảng ủy Công an tỉnh Bắc Kạn", Level.Agency, "Bắc Kạn")]
    [InlineData("BDV Thị ủy", "Ban Dân vận Thị ủy Bắc Kạn", Level.Agency, "Bắc Kạn")]
    [InlineData("Ban Dân vận Trung ương", "Ban Dân vận Trung ương", Level.Central, null)]
    [InlineData("Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương", Level.Central, null)]
    [InlineData("Ban Tổ chức Trung ương tổ chức hội nghị", "Ban Tổ chức Trung ương", Level.Central, null)]
    [InlineData("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy Bắc Kạn", Level.Agency, "Bắc Kạn")]
    [InlineData("Hội nghị lần thứ sáu Ban Chấp hành Đảng bộ huyện khóa XV", "Hội nghị lần thứ sáu Ban Chấp hành Đảng bộ huyện khóa XV", Level.District, "Bắc Kạn")]
    [InlineData("CỦA BAN THƯỜNG VỤ TỈNH ỦY", "Ban Thường vụ Tỉnh ủy Bắc Kạn", Level.Province, "Bắc Kạn")]
    [InlineData("Bộ Giáo dục và Đào tạo hướng dẫn tổ chức kỳ thi", "Bộ Giáo dục và Đào tạo", Level.Central, null)]
    [InlineData("Bộ Giáo dục và Đào tạo về tổ chức kỳ thi", "Bộ Giáo dục và Đào tạo", Level.Central, null)]
    [InlineData("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Phát triển nông thôn", Level.Central, null)]
    [InlineData("Sở Lao động - Thương binh và Xã hội tỉnh Bắc Kạn tại", "Sở Lao động - Thương binh và Xã hội tỉnh Bắc Kạn", Level.Agency, "Bắc Kạn")]
    [InlineData("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẮC KẠN", "Sở Tài nguyên và Môi trường tỉnh Bắc Kạn", Level.Agency, "Bắc Kạn")]
    [InlineData("SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI TỈNH BẮC KẠN", "Sở Lao động - Thương binh và Xã hội tỉnh Bắc Kạn", Level.Agency, "Bắc Kạn")]
    [InlineData("Bộ Văn hoá, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch", Level.Central, null)]
    [InlineData("Bộ Văn hóa - Thông tin hướng dẫn thực hiện", "Bộ Văn hóa - Thông tin", Level.Central, null)]
    [InlineData("Bộ Ngoại giao hướng dẫn", "Bộ Ngoại giao", Level.Central, null)]
    [InlineData("Bộ Thủy sản", "Bộ Thủy sản", Level.Central, null)]
    [InlineData("Bộ Thương mại về việc", "Bộ Thương mại", Level.Central, null)]
    [InlineData("Sở Văn hóa - Thể thao tỉnh Bắc Kạn", "Sở Văn hóa - Thể thao tỉnh Bắc Kạn", Level.Agency, "Bắc Kạn")]
    [InlineData("Giám đốc Công an tỉnh về cao điểm tấn công trấn áp tội phạm", "Giám đốc Công an tỉnh Bắc Kạn", Level.Agency, "Bắc Kạn")]
    [InlineData("Viện trưởng Viện kiểm sát nhân dân tối cao về công tác của ngành", "Viện trưởng Viện kiểm sát nhân dân tối cao", Level.Central, null)]
    [InlineData("Chánh án Tòa án nhân dân tối cao", "Chánh án Tòa án nhân dân tối cao", Level.Central, null)]
    [InlineData("Viện kiểm sát nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh Bắc Kạn", Level.Agency, "Bắc Kạn")]
    [InlineData("Tổng Liên đoàn Lao động Việt Nam triển khai", "Tổng Liên đoàn Lao động Việt Nam", Level.Central, null)]
    [InlineData("SỞ TƯ PHÁP TỈNH BẮC KẠN", "Sở Tư pháp tỉnh Bắc Kạn", Level.Agency, "Bắc Kạn")]
    [InlineData("BỘ TRƯỞNG BỘ TƯ PHÁP", "Bộ trưởng Bộ Tư pháp", Level.Central, null)]
    [InlineData("BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Bộ trưởng Bộ Giáo dục và Đào tạo", Level.Central, null)]
    [InlineData("BCH TƯ khóa XI", "Ban Chấp hành Trung ương khóa XI", Level.Central, null)]
    public void Reads_issuer_phrases_with_level_and_locality(string phrase, string name, Level level, string? locality)
    {
        var issuer = IssuerReader.Read(phrase, BacKanCity);
        Assert.NotNull(issuer);
        Assert.Equal(name, issuer.Name);
        Assert.Equal(level, issuer.Level);
        Assert.Equal(locality, issuer.Locality);
    }

    [Theory]
    [InlineData("33/CT-TTg", "Thủ tướng Chính phủ", Level.Central)]
    [InlineData("10/2022/QH15", "Quốc hội khóa XV", Level.Central)]
    [InlineData("14-CTr/TU", "Tỉnh ủy Bắc Kạn", Level.Province)]
    [InlineData("35/KH-UBND", "Ủy ban nhân dân thành phố Bắc Kạn", Level.District)]
    [InlineData("50-KH/ĐUCATP", "Đảng ủy Công an thành phố Bắc Kạn", Level.Agency)]
    public void Derives_an_issuer_from_the_symbol_and_the_reports_own_place(string symbol, string name, Level level)
    {
        var issuer = IssuerReader.FromCode(SymbolParser.Parse(symbol)!, BacKanCity);
        Assert.Equal(name, issuer?.Name);
        Assert.Equal(level, issuer?.Level);
    }
}

public class CentralCityIssuerTests
{
    [Theory]
    [InlineData("Thành ủy Hải Phòng", Level.Province)]
    [InlineData("UBND thành phố Đà Nẵng", Level.Province)]
    [InlineData("Thành ủy Bắc Kạn", Level.District)]
    [InlineData("Quận ủy Lê Chân", Level.District)]
    public void Tells_a_centrally_run_city_from_a_provincial_town(string phrase, Level level) =>
        Assert.Equal(level, IssuerReader.Read(phrase, ReportContext.Empty)?.Level);
}
