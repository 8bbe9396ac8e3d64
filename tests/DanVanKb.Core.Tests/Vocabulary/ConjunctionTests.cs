using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Tests.Vocabulary;

/// <summary>What lets a cue go on from one citation to the next (RelationCues.Conjunction), where a quoted
/// title ends it (Quotations), and the level order that no carrying out runs against (LevelOrder).</summary>
public class ConjunctionTests
{
    [Theory]
    [InlineData(" và ")]
    [InlineData(", ")]
    [InlineData(" cùng ")]
    [InlineData("")]
    [InlineData(" về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận” và ")]
    [InlineData(" về \"Nâng cao chất lượng công tác dân vận\", ")]
    public void Joins_two_citations(string gap) => Assert.Matches(RelationCues.Conjunction, gap);

    [Theory]
    [InlineData(" của Ban Chấp hành Trung ương khóa XI về công tác dân vận” và ")] // a quoted title closing: not a joiner
    [InlineData(" về tăng cường công tác dân vận và ")] // an unquoted title: where it ends is unknown
    [InlineData(" để triển khai ")]
    public void Does_not_join_across_a_title_or_a_verb(string gap) => Assert.DoesNotMatch(RelationCues.Conjunction, gap);

    [Theory]
    [InlineData(" ngày 07/01/2019 của Ban Bí thư về “Tiếp tục thực hiện ", true)]
    [InlineData(" về \"Tiếp tục thực hiện ", true)]
    [InlineData(" ngày 07/01/2019 về “Dân vận khéo” tiếp tục thực hiện ", false)]
    [InlineData(" về tiếp tục thực hiện ", false)]
    public void Tells_whether_a_quotation_is_left_open(string gap, bool open) => Assert.Equal(open, Quotations.LeftOpen(gap));

    [Theory]
    [InlineData(Level.Central, Level.Province, true)]
    [InlineData(Level.Province, Level.Commune, true)]
    [InlineData(Level.District, Level.District, false)]
    [InlineData(Level.Commune, Level.Central, false)]
    [InlineData(Level.Agency, Level.Commune, false)]
    [InlineData(Level.Central, Level.Agency, false)]
    [InlineData(Level.Central, null, false)]
    public void Orders_the_territorial_levels_and_leaves_agencies_out(Level? upper, Level? lower, bool above) =>
        Assert.Equal(above, LevelOrder.IsAbove(upper, lower));

    [Theory]
    [InlineData("các biện pháp cấp bách để phòng, chống dịch COVID-19 theo ", true)]
    [InlineData("công tác phòng,chống tham nhũng ", true)]
    [InlineData("các phòng, ban chuyên môn ", false)] // offices and boards: a list
    [InlineData("phòng, chống lãng phí", true)]
    public void Prevention_and_control_is_one_word_written_with_a_comma(string gap, bool one) =>
        Assert.Equal(one, RelationCues.CompoundWithComma.IsMatch(gap));
}
