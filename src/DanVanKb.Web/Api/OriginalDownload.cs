using DanVanKb.Web.Knowledge;

namespace DanVanKb.Web.Api;

/// <summary>`/nguon/{id}/tep-goc`: a report's original file, byte for byte, as an attachment under the name
/// it had. 404 (the error page) for a report not served now or whose original was not stored.</summary>
public static class OriginalDownload
{
    public static void MapOriginalDownload(this WebApplication app) => app.MapGet(Routes.SourceOriginalPattern, Download);

    private static IResult Download(KbStore store, string id)
    {
        if (!store.Snapshot().SourceById.TryGetValue(id, out var source)) return Results.NotFound();
        using var content = store.Content();
        if (content.Original(id) is not { } bytes) return Results.NotFound();
        var file = OriginalFile.Of(source, bytes);
        return Results.File(bytes, file.ContentType, file.FileName);
    }
}
