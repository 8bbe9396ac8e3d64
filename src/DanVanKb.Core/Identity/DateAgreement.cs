using DanVanKb.Core.Model;

namespace DanVanKb.Core.Identity;

/// <summary>When two written dates can belong to one document. Numbers restart every year, so one symbol
/// in one year is one document; across years only a plain miswriting (a wrong year on the same day and
/// month, day and month swapped) keeps them together.</summary>
public static class DateAgreement
{
    public static bool Compatible(PartialDate a, PartialDate b)
    {
        if (a.Year == b.Year) return true;
        if (!a.IsFull || !b.IsFull) return false;
        return (a.Month == b.Month && a.Day == b.Day) || (a.Month == b.Day && a.Day == b.Month);
    }

    /// <summary>Whether a date fits what the symbol and issuer say about the time: the year inside a State
    /// symbol, or the khóa (term) of a Party body.</summary>
    public static bool FitsContext(PartialDate date, DocumentSymbol? symbol, string? issuerName)
    {
        if (symbol?.Year is int y && date.Year != y) return false;
        if (Terms.PartyTermOf(issuerName) is (int from, int to) && (date.Year < from || date.Year > to)) return false;
        if (symbol is not null && Terms.LegislatureTermOf(symbol) is (int f2, int t2) && (date.Year < f2 || date.Year > t2)) return false;
        return true;
    }
}
