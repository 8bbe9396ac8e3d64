using DanVanKb.Search.Indexing;

using static DanVanKb.Search.Tests.Indexing.IndexFixtures;

namespace DanVanKb.Search.Tests.Indexing;

public class PassageFacetsTests
{
    [Fact]
    public void Takes_a_documents_filter_values_with_the_issuer_as_the_place_of_a_central_document()
    {
        Assert.Equal(new PassageFacets("Kế hoạch", "province", "Tuyên Quang", 2013), PassageFacets.Of(Plan));
        Assert.Equal(new PassageFacets("Nghị quyết", "central", "Trung ương", 2013), PassageFacets.Of(Resolution));
    }

    [Fact]
    public void Keeps_one_instance_for_documents_with_the_same_filter_values_and_finds_none_for_an_unknown_id()
    {
        var otherPlan = Plan with { Id = "doc-kh98", Number = "98", Symbol = "98-KH/TU", Title = "thực hiện Chỉ thị 33" };
        var table = PassageFacets.Table.From([Plan, otherPlan, Resolution]);

        Assert.Same(table.Find(Plan.Id), table.Find(otherPlan.Id));
        Assert.NotSame(table.Find(Plan.Id), table.Find(Resolution.Id));
        Assert.Null(table.Find("doc-unknown"));
    }
}
