using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;

namespace DanVanKb.Storage.Tests.Reading;

/// <summary>A real ingest into a real SQLite file, read back.</summary>
public class KbReaderTests
{
    [Fact]
    public void Streams_the_documents_in_the_order_and_with_the_variant_symbols_of_the_full_read()
    {
        using var tmp = new TempFolder();
        // one plan written with two symbols (the same day) and with another day: two variant symbols, three variants
        tmp.Write("in/a.txt", "Kế hoạch số 12/KH-UBND ngày 05/3/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg.");
        tmp.Write("in/b.txt", "Kế hoạch số 12/KH-BCĐ ngày 05/3/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg.");
        tmp.Write("in/c.txt", "Kế hoạch số 12/KH-UBND ngày 15/3/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg.");
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);

        using var reader = new KbReader(kb);
        var full = reader.AllDocuments();
        var streamed = reader.DocumentsWithVariantSymbols().ToList();

        Assert.Equal(full.Select(d => d with { Variants = [] }), streamed.Select(s => s.Document));
        Assert.Equal(full.Select(d => string.Join(' ', d.Variants.Select(v => v.Symbol).Distinct())), streamed.Select(s => string.Join(' ', s.VariantSymbols)));
        var plan = Assert.Single(streamed, s => s.Document.Number == "12");
        Assert.Equal(["12/KH-BCĐ", "12/KH-UBND"], plan.VariantSymbols);
        Assert.Equal(3, Assert.Single(full, d => d.Number == "12").Variants.Count);
    }
}
