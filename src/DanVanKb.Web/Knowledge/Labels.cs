namespace DanVanKb.Web.Knowledge;

/// <summary>The Vietnamese names the pages show for levels and relations.</summary>
public static class Labels
{
    /// <summary>Levels from the top down, as stored.</summary>
    public static IReadOnlyList<string> LevelOrder { get; } = ["central", "province", "agency", "district", "commune"];

    public static string Level(string? level) => level switch
    {
        "central" => "Trung ương",
        "province" => "Cấp tỉnh",
        "district" => "Cấp huyện",
        "commune" => "Cấp xã",
        "agency" => "Cơ quan, ban, ngành",
        _ => "Chưa rõ cấp",
    };

    public static int LevelRank(string? level) => level is null ? LevelOrder.Count : LevelOrder.Contains(level) ? LevelOrder.TakeWhile(l => l != level).Count() : LevelOrder.Count;

    /// <summary>What the acting document does: "Kế hoạch 97 thực hiện Nghị quyết 25".</summary>
    public static string Relation(string type) => type switch
    {
        "implements" => "thực hiện",
        "continues" => "tiếp tục thực hiện",
        "replaces" => "thay thế",
        "issues" => "ban hành",
        "guides" => "hướng dẫn thực hiện",
        "reviews" => "sơ kết, tổng kết",
        "coordinates" => "phối hợp thực hiện",
        "based_on" => "căn cứ",
        "amends" => "sửa đổi, bổ sung",
        _ => type,
    };

    /// <summary>The relations that make the implementation hierarchy (up to the root, down to the commune).</summary>
    public static bool IsImplementation(string type) => type is "implements" or "continues" or "guides";

    public static string Block(string? block) => block switch
    {
        "footnote" => "chú thích",
        "row" => "bảng",
        _ => "đoạn",
    };
}
