using DanVanKb.Core.Extraction;
using DanVanKb.Core.Identity;
using DanVanKb.Core.Model;

namespace DanVanKb.Core.Tests.Identity;

public class GraphAssemblerTests
{
    private static CitedDocument Cited(string type, DocumentSymbol? symbol, string local = "d1", string? number = null) =>
        new(local, type, symbol, null, null, null, [], []) { Number = number };

    private static DocumentSymbol Party(string number, string code, string issuer) => new(number, null, code, [issuer], SymbolStyle.Party);

    private static DocumentSymbol State(string number, int year, string code, string issuer) => new(number, year, code, [issuer], SymbolStyle.State);

    [Fact]
    public void Files_the_symbols_of_one_number_and_year_together_whatever_their_issuer()
    {
        // two symbols written for one document differ in their issuer or type code, never in number and year
        Assert.Equal(GraphAssembler.PartitionOf(Cited("Nghị quyết", Party("25", "NQ", "TW"))), GraphAssembler.PartitionOf(Cited("Kế hoạch", Party("25", "KH", "TU"))));
        Assert.Equal(GraphAssembler.PartitionOf(Cited("Kế hoạch", State("12", 2021, "KH", "UBND"))), GraphAssembler.PartitionOf(Cited("Kế hoạch", State("12", 2021, "KH", "BCĐ"))));
        Assert.NotEqual(GraphAssembler.PartitionOf(Cited("Nghị định", State("12", 2021, "NĐ", "CP"))), GraphAssembler.PartitionOf(Cited("Nghị định", State("12", 2022, "NĐ", "CP"))));
        Assert.NotEqual(GraphAssembler.PartitionOf(Cited("Nghị quyết", Party("25", "NQ", "TW"))), GraphAssembler.PartitionOf(Cited("Nghị quyết", Party("26", "NQ", "TW"))));
    }

    [Fact]
    public void Files_a_document_cited_by_type_and_number_apart_from_symbols_and_leaves_out_what_no_cluster_takes()
    {
        var byNumber = GraphAssembler.PartitionOf(Cited("Nghị quyết", null, number: "04"));
        Assert.NotNull(byNumber);
        Assert.NotEqual(byNumber, GraphAssembler.PartitionOf(Cited("Chỉ thị", null, number: "04")));
        Assert.NotEqual(byNumber, GraphAssembler.PartitionOf(Cited("Nghị quyết", Party("04", "NQ", "TU"))));
        // an own report without a number is joined at the end; a citation with neither symbol nor number is not a document
        var ownUnnumbered = Cited("Báo cáo", null, CitedDocument.OwnId);
        Assert.Null(GraphAssembler.PartitionOf(ownUnnumbered));
        Assert.True(GraphAssembler.IsUnnumberedOwn(ownUnnumbered));
        Assert.Null(GraphAssembler.PartitionOf(Cited("Nghị quyết", null)));
        Assert.False(GraphAssembler.IsUnnumberedOwn(Cited("Báo cáo", Party("12", "BC", "HU"), CitedDocument.OwnId)));
    }

    [Fact]
    public void Refuses_a_partition_of_documents_filed_apart()
    {
        var assembler = new GraphAssembler([]);
        Assert.Throws<ArgumentException>(() => assembler.Add([("src-0", Cited("Nghị quyết", Party("25", "NQ", "TW"))), ("src-1", Cited("Nghị quyết", Party("26", "NQ", "TW")))]));
    }

    // the directive's own report has a blank number and joins the cluster of 15-CT/TU, which it is held back for
    private const string Directive = "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề nâng cao chất lượng công tác dân vận trên địa bàn tỉnh Bắc Kạn\n\nNội dung.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nCơ quan: Tỉnh ủy Bắc Kạn\nThời gian ký: 09/02/2022 09:29:19\n";
    private const string Citing = "Trên đây là báo cáo của Thành ủy Bắc Kạn về tình hình ở tỉnh Bắc Kạn.\n\nKế hoạch 50-KH/ĐUCATP ngày 04/5/2022 về triển khai thực hiện Chỉ thị 15-CT/TU ngày 08/02/2022 của BTV Tỉnh ủy về nâng cao chất lượng công tác dân vận trên địa bàn tỉnh.";

    // a commune's plan cited with two years: the first citation's title takes in the next with it, the one
    // between them, without a title, makes a second document of the same symbol, year and place (one id)
    private const string Titled = "về thực hiện Kế hoạch số 324-KH/HU của Ban Thường vụ Huyện ủy Hải Trường.";
    internal static readonly string[] SharingAnId =
    [
        "Kế hoạch số 38-KH/ĐU ngày 17/10/2021 của Đảng ủy xã Bình Tường " + Titled,
        "Kế hoạch số 38-KH/ĐU ngày 24/7/2013 của Đảng ủy xã Bình Tường.",
        "Kế hoạch số 38-KH/ĐU ngày 24/7/2013 của Đảng ủy xã Bình Tường " + Titled,
        "Thực hiện Kế hoạch số 38-KH/ĐU ngày 24/7/2013 của Đảng ủy xã Bình Tường " + Titled,
    ];

    private static readonly string[] Reports =
    [
        Directive, Citing, .. SharingAnId,
        "Thực hiện Nghị quyết số 04 ngày 30/10/2016 của BCH Trung ương, Kế hoạch số 12/KH-UBND ngày 05/3/2021 của UBND tỉnh Lạng Sơn.",
        "Kế hoạch số 12/KH-BCĐ ngày 05/3/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg.",
    ];

    private static List<(string Source, CitedDocument Doc)> Citations() =>
        [.. Reports.SelectMany((t, i) => Extractor.Extract(t).Documents.Select(d => ($"src-{i}", d)))];

    private static IReadOnlyList<GraphDocument> Assemble(IEnumerable<IGrouping<string, (string Source, CitedDocument Doc)>> partitions, List<(string Source, CitedDocument Doc)> citations)
    {
        var assembler = new GraphAssembler([.. citations.Where(c => GraphAssembler.IsUnnumberedOwn(c.Doc))]);
        var built = new List<AssembledDocument>();
        foreach (var p in partitions) built.AddRange(assembler.Add([.. p]));
        built.AddRange(assembler.Finish());
        return GraphIds.Assign(built);
    }

    private static string Described(GraphDocument d) =>
        $"{d.Id} {d.Symbol?.Canonical ?? d.Type + " " + d.Number} {d.Date?.ToIso()} {d.Locality} own:{string.Join(',', d.OwnOf)} from:{string.Join(',', d.Sources)}";

    [Fact]
    public void Builds_the_same_documents_and_ids_whatever_order_the_partitions_come_in()
    {
        var citations = Citations();
        var partitions = citations.Where(c => GraphAssembler.PartitionOf(c.Doc) is not null).GroupBy(c => GraphAssembler.PartitionOf(c.Doc)!).ToList();
        var forward = Assemble(partitions, citations).Select(Described).Order(StringComparer.Ordinal).ToList();
        var backward = Assemble(Enumerable.Reverse(partitions), citations).Select(Described).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(forward, backward);
        Assert.Equal(GraphBuilder.BuildDocuments([.. Reports.Select((t, i) => new SourceExtraction($"src-{i}", $"r{i}.txt", Extractor.Extract(t)))]).Documents.Select(Described).Order(StringComparer.Ordinal), forward);
        // what the reports say, built in either order: the two plans 38-KH/ĐU of 2013 share an id and are told apart
        var plans = forward.Where(d => d.Contains("38-KH/ĐU 2013-07-24 Bình Tường", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, plans.Count);
        Assert.Single(plans, d => d.Contains("-2 38-KH/ĐU", StringComparison.Ordinal) && d.EndsWith("from:src-3", StringComparison.Ordinal));
        Assert.Single(forward, d => d.Contains("15-CT/TU", StringComparison.Ordinal) && d.Contains("own:src-0", StringComparison.Ordinal));
    }

    [Fact]
    public void Holds_back_the_cluster_an_unnumbered_own_report_may_join_until_every_partition_is_in()
    {
        var citations = Citations();
        var assembler = new GraphAssembler([.. citations.Where(c => GraphAssembler.IsUnnumberedOwn(c.Doc))]);
        var directive = citations.Where(c => c.Doc.Symbol?.Canonical == "15-CT/TU").ToList();

        Assert.Empty(assembler.Add(directive));
        var joined = Assert.Single(assembler.Finish(), d => d.Document.Symbol?.Canonical == "15-CT/TU");
        Assert.Equal(["src-0"], joined.Document.OwnOf);
        Assert.Contains(new ClusterOrder.Member("src-0", CitedDocument.OwnId), joined.Members);
    }
}
