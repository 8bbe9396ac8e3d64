namespace DanVanKb.Synthetic;

/// <summary>The country the corpus is written in: the 63 provinces by their real names, and districts and
/// communes named from Sino-Vietnamese syllables, every name unique so local symbols never meet by accident
/// (a real corpus has such clashes; the extractor's identity rules are tested elsewhere). About 700
/// districts and 9,700 communes, close to the real counts, so one central resolution carried down every
/// level reaches about ten thousand documents.</summary>
public sealed class Geography
{
    private static readonly string[] ProvinceNames =
    [
        "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình",
        "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình",
        "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam",
        "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông",
        "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh",
        "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
    ];

    private static readonly string[] CityNames = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"];

    private static readonly string[] Syllables =
    [
        "An", "Bình", "Hòa", "Phú", "Thịnh", "Phúc", "Sơn", "Tân", "Lập", "Minh", "Đức", "Hưng", "Long", "Thành", "Quang", "Trung",
        "Nghĩa", "Thuận", "Lộc", "Thọ", "Khánh", "Hải", "Vĩnh", "Xuân", "Lâm", "Đông", "Tây", "Kim", "Ngọc", "Cẩm", "Lương", "Mỹ",
        "Thạch", "Hồng", "Tiến", "Thắng", "Lợi", "Hợp", "Đồng", "Tường", "Vân", "Cát", "Lam", "Hạ", "Thượng", "Bảo", "Đại", "Quý",
        "Thiện", "Nhân", "Hiệp", "Hoàng", "Kiên", "Định", "Phong", "Thủy", "Dương", "Liên", "Tam", "Cao", "Chiến", "Thái", "Lạc",
        "Tịnh", "Khê", "Trường", "Hà", "Yên", "Mai", "Đào", "Quế", "Trà", "Hương", "Châu", "Gia", "Hiền", "Nguyên", "Thống", "Nhất",
        "Tín", "Hậu", "Vinh", "Chánh", "Phước", "Điền", "Lĩnh", "Tuy", "Quỳnh", "Diễn", "Anh", "Ninh", "Ngân", "Bạch", "Na", "Chiêm",
        "Bằng", "Phổ", "Vạn", "Cường", "Dũng", "Tú", "Sỹ", "Mường", "Pác", "Nà", "Khuôn", "Tà", "Thanh", "Bắc",
    ];

    public IReadOnlyList<Place> Provinces { get; }

    public IReadOnlyList<Place> Districts { get; }

    public IReadOnlyList<Place> Communes { get; }

    private readonly int[][] children;

    public Geography(ulong seed)
    {
        var names = new Queue<string>(PlaceNames(seed));
        var provinces = new List<Place>();
        var districts = new List<Place>();
        var communes = new List<Place>();
        var all = new List<List<int>>();
        foreach (var (name, unit) in ProvinceNames.Select(n => (n, "tỉnh")).Concat(CityNames.Select(n => (n, "thành phố"))))
        {
            provinces.Add(new Place(provinces.Count, Tier.Province, unit, name, -1));
            all.Add([]);
        }
        foreach (var province in provinces)
        {
            var h = Mix.Of(seed, 1, (ulong)province.Id);
            var districtCount = 8 + Mix.Below(h, 7);
            for (var d = 0; d < districtCount; d++)
            {
                var dh = Mix.Of(h, (ulong)d);
                var unit = province.Unit == "thành phố" ? (Mix.Below(dh, 10) < 7 ? "quận" : "huyện")
                    : d == 0 ? "thành phố" : Mix.Below(dh, 20) == 0 ? "thị xã" : "huyện";
                var district = new Place(provinces.Count + districts.Count, Tier.District, unit, names.Dequeue(), province.Id);
                districts.Add(district);
                all[province.Id].Add(district.Id);
                all.Add([]);
                var communeCount = 7 + Mix.Below(Mix.Of(dh, 7), 12);
                for (var c = 0; c < communeCount; c++)
                {
                    var ch = Mix.Below(Mix.Of(dh, 9, (ulong)c), 10);
                    var cu = district.Unit == "quận" ? "phường" : district.IsTown ? (ch < 7 ? "phường" : "xã") : (c == 0 ? "thị trấn" : "xã");
                    communes.Add(new Place(-1, Tier.Commune, cu, names.Dequeue(), district.Id));
                }
            }
        }
        // ids: provinces, then districts, then communes, one range
        var firstCommune = provinces.Count + districts.Count;
        for (var i = 0; i < communes.Count; i++)
        {
            communes[i] = communes[i] with { Id = firstCommune + i };
            all.Add([]);
            all[communes[i].Parent].Add(communes[i].Id);
        }
        Provinces = provinces;
        Districts = districts;
        Communes = communes;
        children = [.. all.Select(l => l.ToArray())];
    }

    public Place this[int id] => id < Provinces.Count ? Provinces[id]
        : id < Provinces.Count + Districts.Count ? Districts[id - Provinces.Count]
        : Communes[id - Provinces.Count - Districts.Count];

    public IReadOnlyList<int> Children(int id) => children[id];

    public Place Province(Place p) => p.Tier switch
    {
        Tier.Province => p,
        Tier.District => this[p.Parent],
        _ => this[this[p.Parent].Parent],
    };

    /// <summary>Two-syllable names, each used once, in a seeded order.</summary>
    private static IEnumerable<string> PlaceNames(ulong seed)
    {
        var pairs = new List<(ulong Key, string Name)>();
        foreach (var a in Syllables)
            foreach (var b in Syllables)
                if (a != b) pairs.Add((Mix.Of(seed, Mix.Text(a), Mix.Text(b)), $"{a} {b}"));
        var reserved = new HashSet<string>(ProvinceNames.Concat(CityNames), StringComparer.Ordinal);
        return pairs.OrderBy(p => p.Key).Select(p => p.Name).Where(reserved.Add);
    }
}
