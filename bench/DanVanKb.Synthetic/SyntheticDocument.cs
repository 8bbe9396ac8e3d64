namespace DanVanKb.Synthetic;

/// <summary>A document of the synthetic world as reports cite it: type word, symbol, date, issuer (as
/// written after "của"), title ("về …"), and the level it belongs to.</summary>
public sealed record SyntheticDocument(string TypeWord, string Symbol, DateOnly Date, string Issuer, string? Title, Tier Tier)
{
    /// <summary>The number before the first separator: "25" of 25-NQ/TW, for short back-references.</summary>
    public string Number => Symbol.Split('-', '/')[0];

    /// <summary>What its type word and number make as a short back-reference: "Nghị quyết số 25".</summary>
    public string ShortForm(Random r) => r.Next(3) switch
    {
        0 => $"{ShortType} {Number}",
        _ => $"{ShortType} số {Number}",
    };

    private string ShortType => TypeWord == "Chương trình hành động" ? "Chương trình" : TypeWord;
}
