using Lucene.Net.Analysis.Miscellaneous;

namespace DanVanKb.Search.Analysis;

/// <summary>A word's accents removed as the folded field's analyzer removes them (ASCIIFoldingFilter: "đ" to "d"),
/// for the words a query holds outside the analyzer: a prefix typed as "khé*", an exact word beside its folded one.</summary>
internal static class AccentFolding
{
    public static string Fold(string word)
    {
        var input = word.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
