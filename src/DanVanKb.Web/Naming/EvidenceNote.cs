using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;

namespace DanVanKb.Web.Naming;

/// <summary>What an evidence link says when pointed at: the report by its name, the line, the sentence.</summary>
public static class EvidenceNote
{
    public static string Of(RelationRow r, KbSnapshot kb) => $"{kb.ReportOf(r.Source).Name}, dòng {r.Line}: {r.Evidence}";
}
