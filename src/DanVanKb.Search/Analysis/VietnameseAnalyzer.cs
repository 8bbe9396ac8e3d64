using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace DanVanKb.Search.Analysis;

/// <summary>Vietnamese text analysis: UAX#29 words (one per syllable), NFC, lower case; the folded variant
/// also removes accents (ASCIIFoldingFilter turns đ into d once the text is NFC).</summary>
public sealed class VietnameseAnalyzer(bool fold) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public bool Folds { get; } = fold;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new VietnameseNormalizationFilter(source);
        stream = new TableLowerCaseFilter(stream);
        if (Folds) stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
