using System.Globalization;
using System.Text;

namespace DanVanKb.Synthetic;

/// <summary>Writes one report of the synthetic corpus in the real reports' shape: heading (issuing body,
/// "Số …-BC/…", place and date), title naming the central document reviewed, an opening that names the plan
/// the report answers, the leadership section with the chain of plans (the body's own plan implementing the
/// one above; for districts and provinces the plans below, listed in a footnote), results with figures and
/// citations, directions, the signature, and often an appendix table of documents (tab-separated).</summary>
internal sealed class ReportWriter
{
    private readonly World w;
    private readonly ReportSpec spec;
    private readonly Random r;
    private readonly Citer cite;
    private readonly FootnoteCounter notes;
    private readonly StringBuilder sb = new();
    private readonly Dictionary<(int, BodyKind), IReadOnlyList<LocalDocument>> documents = [];
    private readonly Body body;
    private readonly Place place;
    private readonly Campaign campaign;

    private ReportWriter(World w, ReportSpec spec)
    {
        this.w = w;
        this.spec = spec;
        r = Mix.Random(Mix.Of(w.Seed, 99, (ulong)spec.Index));
        cite = new Citer(r);
        notes = new FootnoteCounter(pandoc: r.Next(5) == 0);
        body = spec.Body;
        place = body.Place;
        campaign = spec.Campaign;
    }

    public static string Write(World w, ReportSpec spec) => new ReportWriter(w, spec).Write();

    private SyntheticDocument Central => campaign.Central;

    /// <summary>The same kind of body one level up (the Party committee above a Ban Dân vận).</summary>
    private Body? ParentBody => place.Tier == Tier.Province ? null : w.Body(w.Geography[place.Parent], body.Kind == BodyKind.State ? BodyKind.State : BodyKind.Party);

    private Body ChainBody => body.Kind == BodyKind.DanVan ? w.Body(place, BodyKind.Party) : body;

    private IReadOnlyList<LocalDocument> Docs(Body b)
    {
        if (!documents.TryGetValue((b.Place.Id, b.Kind), out var list)) documents[(b.Place.Id, b.Kind)] = list = w.Documents(b);
        return list;
    }

    private SyntheticDocument? Doc(Body b, Series s) => World.Find(Docs(b), s)?.Document;

    private string Write()
    {
        if (r.Next(100) < 85) Heading();
        Title();
        Opening();
        Section("I. ĐẶC ĐIỂM TÌNH HÌNH");
        Paragraph(Prose.Situation(r, place));
        for (var i = r.Next(1, 4); i > 0; i--) Paragraph(Prose.Paragraph(r, place, r.Next(3, 7)));
        Section("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO");
        Section("1. Việc quán triệt, cụ thể hóa và ban hành văn bản");
        Chain();
        Subordinates();
        OtherCampaigns();
        LocalDocuments();
        CentralList();
        Section("2. Công tác kiểm tra, giám sát, sơ kết, tổng kết");
        Paragraph($"{Opening(body)} {Prose.Pick(r, ["thường xuyên kiểm tra, giám sát việc thực hiện", "tổ chức sơ kết, đánh giá việc thực hiện", "chỉ đạo rà soát, đánh giá kết quả thực hiện"])} {cite.Short(Central)}. {Prose.Paragraph(r, place, r.Next(2, 5))}");
        Section("III. KẾT QUẢ THỰC HIỆN");
        var results = (int)(spec.TargetBytes * 0.8);
        for (var k = 1; Bytes < results; k++)
        {
            Section($"{k}. {Prose.Pick(r, ResultHeadings)}");
            for (var i = r.Next(2, 5); i > 0 && Bytes < results; i--)
                switch (r.Next(100))
                {
                    case < 56: CitationParagraph(); break;
                    case < 70: Items(); break;
                    case < 74: Paragraph(Prose.Paragraph(r, place, r.Next(10, 16))); break;
                    default: Paragraph(Prose.Paragraph(r, place, r.Next(5, 11))); break;
                }
        }
        Section("IV. ĐÁNH GIÁ CHUNG");
        Paragraph(Prose.Paragraph(r, place, r.Next(3, 6)));
        Paragraph(Prose.Paragraph(r, place, r.Next(2, 5)));
        Section("V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
        for (var i = 1; i <= r.Next(3, 6); i++)
            Paragraph(i == 1 ? $"{i}. Tiếp tục quán triệt, thực hiện có hiệu quả {cite.Short(Central)}, {cite.Full(Pick(w.Central), withTitle: false)}. {Prose.Sentence(r, place)}" : $"{i}. {Prose.Paragraph(r, place, r.Next(2, 4))}");
        Section("VI. KIẾN NGHỊ, ĐỀ XUẤT");
        Paragraph(Prose.Paragraph(r, place, r.Next(1, 4)));
        Paragraph($"Trên đây là báo cáo {campaign.Phase(spec.Year)} {cite.Short(Central)} của {body.Name}.");
        Closing();
        if (place.Tier == Tier.District && r.Next(100) < 60 || r.Next(100) < 25) Appendix();
        return sb.ToString();
    }

    private int counted;
    private int bytes;

    /// <summary>The UTF-8 length so far, counted as the text grows.</summary>
    private int Bytes
    {
        get
        {
            bytes += Encoding.UTF8.GetByteCount(sb.ToString(counted, sb.Length - counted));
            counted = sb.Length;
            return bytes;
        }
    }

    private static readonly string[] ResultHeadings =
    [
        "Công tác tuyên truyền, nâng cao nhận thức", "Công tác dân vận của cơ quan nhà nước, chính quyền", "Hoạt động của Mặt trận Tổ quốc và các đoàn thể",
        "Phong trào thi đua \"Dân vận khéo\"", "Thực hiện quy chế dân chủ ở cơ sở", "Công tác dân tộc, tôn giáo", "Công tác dân vận của lực lượng vũ trang",
        "Tiếp công dân, đối thoại và giải quyết khiếu nại, tố cáo", "Xây dựng tổ chức bộ máy, cán bộ làm công tác dân vận",
    ];

    private void Heading()
    {
        sb.Append(body.Heading).Append('\n');
        if (body.IsParty) sb.Append("*\n");
        var number = r.Next(100) < 8 ? (int?)null : spec.Number;
        sb.Append(body.IsParty ? "Số " : "Số: ").Append(body.Symbol("BC", number)).Append("\n\n");
        sb.Append(body.IsParty ? "ĐẢNG CỘNG SẢN VIỆT NAM\n\n" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n");
        var d = spec.Date;
        var day = r.Next(100) < 6 ? "   " : d.Day.ToString("D2", CultureInfo.InvariantCulture);
        sb.Append(CultureInfo.InvariantCulture, $"{place.Name}, ngày {day} tháng {d.Month} năm {d.Year}\n\n");
    }

    private void Title()
    {
        sb.Append(r.Next(4) == 0 ? "**BÁO CÁO**\n" : "BÁO CÁO\n");
        var title = $"{campaign.Phase(spec.Year)} {cite.Full(Central, withIssuer: true, withDate: r.Next(100) < 85)}";
        if (campaign.Index == 0 && r.Next(100) < 60) title += $" và 5 năm thực hiện {cite.Full(w.Campaigns[1].Central, withIssuer: true, withTitle: false)}";
        sb.Append(Capital(title)).Append("\n\n");
    }

    /// <summary>"Thực hiện Kế hoạch số 102-KH/HU ngày 24/4/2023 của Ban Thường vụ Huyện ủy Hàm Yên về …, Đảng ủy xã báo cáo kết quả như sau:"</summary>
    private void Opening()
    {
        var parent = ParentBody;
        SyntheticDocument? asked = parent is null ? null
            : campaign.IsMark(spec.Year) ? Doc(parent, new Series(SeriesKind.Review, campaign.Index, spec.Year)) : Doc(parent, new Series(SeriesKind.Plan, campaign.Index));
        var what = asked is null ? cite.Full(Central, withTitle: false) : cite.Full(asked, parent!.Written(r), withIssuer: true, withTitle: false);
        Paragraph($"Thực hiện {what}, {Opening(body)} báo cáo {campaign.Phase(spec.Year)} {cite.Short(Central)} như sau:");
    }

    private string Opening(Body b) => Capital(b.Own(r));

    /// <summary>The body's own plan implementing the plan above (or the central document, for a province).</summary>
    private void Chain()
    {
        var own = Doc(ChainBody, new Series(SeriesKind.Plan, campaign.Index));
        var parent = ParentBody;
        var above = parent is null ? null : Doc(parent, new Series(SeriesKind.Plan, campaign.Index));
        if (own is null) return;
        var p = new ParagraphBuilder(notes);
        var who = ChainBody.Own(r);
        if (above is null)
        {
            p.Add($"Sau khi {Central.Issuer} ban hành {cite.Full(Central, withIssuer: false)}, ngày {cite.Slash(own.Date)} {who} ban hành {own.TypeWord} số {own.Symbol} {Cue()} {cite.Short(Central)} trên địa bàn {place.Unit}. ");
        }
        else
        {
            p.Add($"Sau khi {parent!.Written(r)} ban hành {cite.Full(above, withIssuer: false, withTitle: false)} thực hiện {cite.Full(Central, withTitle: false)}, ");
            p.Add($"ngày {cite.Slash(own.Date)} {who} ban hành {own.TypeWord} số {own.Symbol} {Cue()} {above.TypeWord} số {above.Symbol} của {parent.Written(r)}. ");
        }
        p.Add(Prose.Sentence(r, place));
        Paragraph(p);
        if (body.Kind == BodyKind.DanVan && Doc(body, new Series(SeriesKind.Plan, campaign.Index)) is { } guide)
            Paragraph($"{Opening(body)} ban hành {cite.Full(guide, withIssuer: false, withTitle: false)} hướng dẫn thực hiện {own.TypeWord} số {own.Symbol}. {Prose.Sentence(r, place)}");
    }

    private string Cue() => Prose.Pick(r, ["thực hiện", "triển khai thực hiện", "cụ thể hóa", "về thực hiện"]);

    /// <summary>Districts and provinces list the plans their units issued, in a footnote.</summary>
    private void Subordinates()
    {
        if (place.Tier == Tier.Commune) return;
        var own = Doc(ChainBody, new Series(SeriesKind.Plan, campaign.Index));
        if (own is null) return;
        var units = w.Geography.Children(place.Id);
        var listed = units.Where(_ => r.Next(100) < 55).Take(24).ToList();
        if (listed.Count == 0) return;
        var kind = ChainBody.Kind;
        var entries = listed.Select(id => w.Body(w.Geography[id], kind)).Select(b => (b, Doc(b, new Series(SeriesKind.Plan, campaign.Index))))
            .Where(x => x.Item2 is not null).Select(x => $"{x.Item2!.TypeWord} số {x.Item2.Symbol} ngày {cite.Slash(x.Item2.Date)} của {x.b.Name}").ToList();
        if (entries.Count == 0) return;
        var p = new ParagraphBuilder(notes);
        var who = place.Tier == Tier.Province ? "huyện ủy, thành ủy, đảng ủy trực thuộc" : "đảng ủy xã, thị trấn";
        if (kind == BodyKind.State) who = place.Tier == Tier.Province ? "UBND các huyện, thành phố" : "UBND các xã, thị trấn";
        p.Add($"{units.Count}/{units.Count} {who} đã ban hành kế hoạch thực hiện {own.TypeWord} số {own.Symbol}").Note(string.Join("; ", entries) + ".").Add(". ");
        p.Add(Prose.Sentence(r, place));
        Paragraph(p);
    }

    /// <summary>The body's plans for other campaigns its province adopted: "Thực hiện Chỉ thị số 33/CT-TTg …, UBND huyện ban hành Kế hoạch số 40/KH-UBND …".</summary>
    private void OtherCampaigns()
    {
        var others = Docs(ChainBody).Where(d => d.Series.Kind == SeriesKind.Plan && d.Series.Arg != campaign.Index && d.Document.Date <= spec.Date).ToList();
        for (var i = r.Next(1, 4); i > 0 && others.Count > 0; i--)
        {
            var d = others[r.Next(others.Count)];
            others.Remove(d);
            var c = w.Campaigns[d.Series.Arg];
            var parent = ParentBody;
            var above = parent is null ? null : Doc(parent, new Series(SeriesKind.Plan, c.Index));
            var also = above is null ? "" : $" và {cite.Full(above, parent!.Written(r), withTitle: false)}";
            Paragraph($"Thực hiện {cite.Full(c.Central)}{also}, {ChainBody.Own(r)} ban hành {cite.Full(d.Document, withIssuer: false, withTitle: r.Next(2) == 0)}. {Prose.Sentence(r, place)}");
        }
        if (ChainBody.Kind == BodyKind.State)
        {
            var annual = Docs(ChainBody).Where(d => d.Series.Kind == SeriesKind.Annual && d.Document.Date <= spec.Date).TakeLast(r.Next(1, 4)).ToList();
            if (annual.Count > 0)
                Paragraph($"Hằng năm, {ChainBody.Own(r)} ban hành kế hoạch công tác dân vận chính quyền; {string.Join("; ", annual.Select(a => $"năm {a.Series.Arg} là {cite.Full(a.Document, withIssuer: false, withTitle: false)}"))}. {Prose.Sentence(r, place)}");
        }
    }

    /// <summary>The province's Chỉ thị, Quy chế and Đề án, and a district's plans for the Đề án.</summary>
    private void LocalDocuments()
    {
        var province = w.Geography.Province(place);
        var tu = w.Body(province, BodyKind.Party);
        var provincial = Docs(tu).Where(d => d.Series.Kind == SeriesKind.Local && d.Document.Date <= spec.Date).ToList();
        if (provincial.Count > 0 && r.Next(100) < 70)
        {
            var d = provincial[r.Next(provincial.Count)].Document;
            Paragraph($"Quán triệt {cite.Full(d, place.Tier == Tier.Province ? null : tu.Written(r))}, {ChainBody.Own(r)} {Prose.Pick(r, ["đã cụ thể hóa thành chương trình, kế hoạch công tác hằng năm", "chỉ đạo triển khai đồng bộ", "tổ chức thực hiện nghiêm túc"])}. {Prose.Sentence(r, place)}");
        }
        if (place.Tier == Tier.District && ChainBody.Kind == BodyKind.Party)
            foreach (var plan in Docs(ChainBody).Where(d => d.Series.Kind == SeriesKind.ProjectPlan && d.Document.Date <= spec.Date))
                if (Doc(tu, new Series(SeriesKind.Local, plan.Series.Arg)) is { } project && r.Next(100) < 60)
                    Paragraph($"Thực hiện {cite.Full(project, tu.Written(r))}, {ChainBody.Own(r)} ban hành {plan.Document.TypeWord} số {plan.Document.Symbol} ngày {cite.Slash(plan.Document.Date)}. {Prose.Sentence(r, place)}");
    }

    /// <summary>"Tổ chức quán triệt … các chỉ thị, nghị quyết của Trung ương, của tỉnh¹" with the list in the footnote.</summary>
    private void CentralList()
    {
        var count = r.Next(3, 10);
        var docs = Enumerable.Range(0, count).Select(_ => Pick(w.Central)).Distinct().ToList();
        var p = new ParagraphBuilder(notes);
        p.Add($"{Opening(body)} tổ chức quán triệt, thực hiện các chỉ thị, nghị quyết, kết luận, quy định của Trung ương, của tỉnh về công tác dân vận");
        p.Note(string.Join("; ", docs.Select(d => cite.Full(d, withTitle: r.Next(100) < 60))) + ".");
        p.Add(". ").Add(Prose.Sentence(r, place));
        Paragraph(p);
    }

    /// <summary>A results paragraph that cites: back-references, a central document, the province's plan, a footnote list.</summary>
    private void CitationParagraph()
    {
        var p = new ParagraphBuilder(notes);
        switch (r.Next(8))
        {
            case 6 or 7:
                var docs = Enumerable.Range(0, r.Next(2, 5)).Select(_ => Pick(w.Central)).Distinct().ToList();
                p.Add($"{Prose.Pick(r, ["Tổ chức quán triệt", "Tiếp tục triển khai", "Tuyên truyền, phổ biến", "Lãnh đạo thực hiện"])} {string.Join(", ", docs.SkipLast(1).Select(d => cite.Full(d, withTitle: false)))} và {cite.Full(docs[^1], withTitle: r.Next(2) == 0)} {Prose.Pick(r, ["đến cán bộ, đảng viên và Nhân dân", "trong toàn Đảng bộ", "gắn với nhiệm vụ chính trị của địa phương"])}. ");
                p.Add(Prose.Paragraph(r, place, r.Next(1, 4)));
                break;
            case 0:
                p.Add($"Qua {spec.Year - Central.Date.Year} năm thực hiện {cite.Short(Central)}, {Prose.Sentence(r, place).TrimEnd('.').ToLowerInvariant()}. ");
                p.Add(Prose.Paragraph(r, place, r.Next(1, 4)));
                break;
            case 1:
                var d = Pick(w.Central);
                p.Add($"Thực hiện {cite.Full(d)}, {Prose.Sentence(r, place).ToLowerInvariant()} ").Add(Prose.Paragraph(r, place, r.Next(1, 3)));
                p.Add($" Kết quả thực hiện {cite.Short(d)} {Prose.Pick(r, ["được đánh giá cao", "còn một số hạn chế", "bước đầu có chuyển biến"])}.");
                break;
            case 2:
                var list = Enumerable.Range(0, r.Next(2, 6)).Select(_ => Pick(w.Central)).Distinct().ToList();
                p.Add(Prose.Paragraph(r, place, r.Next(1, 3)).TrimEnd('.'));
                p.Note(string.Join("; ", list.Select(x => cite.Full(x, withTitle: r.Next(2) == 0))) + ".").Add(". ").Add(Prose.Sentence(r, place));
                break;
            case 3 when ParentBody is { } parent && Doc(parent, new Series(SeriesKind.Plan, campaign.Index)) is { } above:
                p.Add($"Bám sát {cite.Full(above, parent.Written(r), withTitle: false)}, {Prose.Sentence(r, place).ToLowerInvariant()} ").Add(Prose.Paragraph(r, place, r.Next(1, 3)));
                break;
            case 4:
                p.Add(Prose.Paragraph(r, place, r.Next(2, 4))).Add($" Việc thực hiện {cite.Short(Central)}, {Prose.Pick(r, Named)} và {cite.Full(Pick(w.Central), withTitle: false)} {Prose.Pick(r, ["gắn với nhiệm vụ chính trị của địa phương", "đạt nhiều kết quả", "được quan tâm chỉ đạo"])}.");
                break;
            default:
                p.Add($"{Prose.Paragraph(r, place, r.Next(2, 4))} {Prose.Pick(r, Named)} và {cite.Short(Central)} {Prose.Pick(r, ["tiếp tục được quán triệt", "đi vào cuộc sống"])}.");
                break;
        }
        Paragraph(p);
    }

    /// <summary>Short lines of a list ("- Hội Nông dân: …"), as reports enumerate results.</summary>
    private void Items()
    {
        for (var i = r.Next(2, 7); i > 0; i--)
            Paragraph($"- {Prose.Item(r, place)}");
    }

    private static readonly string[] Named =
    [
        "Nghị quyết Trung ương 7 khóa XI", "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh", "Luật Thực hiện dân chủ ở cơ sở",
        "Luật Tiếp công dân", "Nghị quyết Trung ương 4 khóa XII",
    ];

    private void Closing()
    {
        sb.Append("Nơi nhận:\n");
        if (ParentBody is { } parent) sb.Append("- ").Append(parent.Own(r)).Append(" (b/c),\n");
        sb.Append("- Các đồng chí Ủy viên Ban Thường vụ,\n- Các chi bộ, cơ quan, đoàn thể,\n- Lưu Văn phòng.\n\n");
        sb.Append(body.Signature).Append("\n\n\n");
        sb.Append(Prose.Pick(r, FamilyNames)).Append(' ').Append(Prose.Pick(r, MiddleNames)).Append(' ').Append(Prose.Pick(r, GivenNames)).Append("\n\n");
    }

    /// <summary>"PHỤ LỤC" with a tab-separated table: TT, Văn bản, Số ngày, Nội dung, Cơ quan ban hành.</summary>
    private void Appendix()
    {
        sb.Append("PHỤ LỤC\nCÁC VĂN BẢN LÃNH ĐẠO, CHỈ ĐẠO VỀ CÔNG TÁC DÂN VẬN\n\n");
        sb.Append("TT\tVăn bản\tSố, ngày\tNội dung\tCơ quan ban hành\n");
        var row = 1;
        foreach (var d in Docs(ChainBody).Where(d => d.Document.Date <= spec.Date).Take(r.Next(3, 12)))
        {
            var content = d.Series.Kind == SeriesKind.Plan ? $"Thực hiện {cite.Full(w.Campaigns[d.Series.Arg].Central, withIssuer: false, withDate: false)}" : Capital(d.Document.Title ?? "công tác dân vận");
            sb.Append(CultureInfo.InvariantCulture, $"{row++}\t\t{d.Document.TypeWord} số {d.Document.Symbol} ngày {cite.Slash(d.Document.Date)}\t{content}\t{ChainBody.Name}\n");
        }
        if (place.Tier != Tier.Commune && Doc(ChainBody, new Series(SeriesKind.Plan, campaign.Index)) is { } own)
            foreach (var id in w.Geography.Children(place.Id).Where(_ => r.Next(100) < 40))
            {
                var b = w.Body(w.Geography[id], ChainBody.Kind);
                if (Doc(b, new Series(SeriesKind.Plan, campaign.Index)) is not { } plan || plan.Date > spec.Date) continue;
                sb.Append(CultureInfo.InvariantCulture, $"{row++}\t\t{plan.TypeWord} số {plan.Symbol} ngày {cite.Slash(plan.Date)}\tThực hiện {own.TypeWord} số {own.Symbol} của {ChainBody.Written(r)}\t{b.Name}\n");
            }
        sb.Append('\n');
    }

    private void Section(string heading) => sb.Append(r.Next(5) == 0 ? $"**{heading}**" : heading).Append("\n\n");

    private void Paragraph(string text) => Paragraph(new ParagraphBuilder(notes).Add(text));

    private void Paragraph(ParagraphBuilder p) => p.WriteTo(sb, r, pageBreak: r.Next(100) < 4);

    /// <summary>Central documents by popularity: the first ones (the best known) far more often.</summary>
    private SyntheticDocument Pick(IReadOnlyList<SyntheticDocument> docs)
    {
        var x = r.NextDouble();
        return docs[(int)(docs.Count * x * x * x)];
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ma", "Triệu", "Nông", "Lương", "Hà"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đình", "Minh", "Thị Thu", "Duy", "Quang", "Ngọc"];
    private static readonly string[] GivenNames = ["Lực", "Hoài", "Chinh", "Tường", "Hùng", "Lan", "Sơn", "Thắng", "Hương", "Dũng", "Nam", "Hà", "Tuấn", "Mai"];
}
