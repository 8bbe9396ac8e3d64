namespace DanVanKb.Synthetic;

/// <summary>What documents are about ("về …"), in the wording of dân vận documents.</summary>
internal static class Topics
{
    public static readonly string[] Central =
    [
        "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
        "tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội",
        "nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp",
        "phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể",
        "tăng cường công tác dân tộc trong tình hình mới",
        "công tác tôn giáo trong tình hình mới",
        "đẩy mạnh phong trào thi đua \"Dân vận khéo\"",
        "thực hiện quy chế dân chủ ở cơ sở",
        "tăng cường trách nhiệm của người đứng đầu cấp ủy, chính quyền trong việc tiếp dân, đối thoại trực tiếp với dân",
        "xây dựng và phát huy vai trò của đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa",
        "tăng cường công tác vận động đồng bào dân tộc thiểu số",
        "đổi mới và nâng cao chất lượng công tác dân vận của lực lượng vũ trang",
        "tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ mới",
        "xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa",
        "tiếp tục phát huy truyền thống, cống hiến tài năng, xứng đáng với vai trò lực lượng nòng cốt trong xây dựng nông thôn mới",
        "công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước",
        "phát huy sức mạnh đại đoàn kết toàn dân tộc, xây dựng nước ta ngày càng phồn vinh, hạnh phúc",
        "tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
        "tăng cường công tác dân vận trong xây dựng nông thôn mới và đô thị văn minh",
        "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống",
        "tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới",
        "đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ Nhân dân",
        "tăng cường công tác phòng, chống tham nhũng, lãng phí",
        "công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
        "nâng cao chất lượng hoạt động của Hội Cựu chiến binh Việt Nam",
        "tăng cường sự lãnh đạo của Đảng đối với công tác chăm sóc người có công",
        "phát triển kinh tế tập thể, hợp tác xã trong giai đoạn mới",
        "chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
        "tăng cường đoàn kết, xây dựng khối đại đoàn kết toàn dân tộc ở khu dân cư",
    ];

    public static readonly string[] Local =
    [
        "nâng cao chất lượng công tác dân vận trên địa bàn",
        "đổi mới và nâng cao hiệu quả công tác dân vận góp phần phát triển kinh tế, xã hội, xây dựng nông thôn mới, đô thị văn minh",
        "ban hành Quy chế công tác dân vận của hệ thống chính trị",
        "tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân",
        "thực hiện phong trào thi đua \"Dân vận khéo\" giai đoạn 2021 - 2025",
        "tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số",
        "công tác dân vận chính quyền",
        "thực hiện dân chủ ở cơ sở",
        "phối hợp giữa chính quyền với Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội",
        "vận động Nhân dân hiến đất, góp công làm đường giao thông nông thôn",
    ];
}
