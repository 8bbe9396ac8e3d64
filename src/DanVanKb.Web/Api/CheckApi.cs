using System.Text.Json;

using DanVanKb.Web.Checking;
using DanVanKb.Web.Knowledge;

namespace DanVanKb.Web.Api;

/// <summary>`POST /api/check`: the JSON twin of /kiem-tra. The draft comes as JSON (<c>{"text": "…"}</c>)
/// or as text/plain; the findings go back with their offsets into that text. Bad input is a ProblemDetails.</summary>
public static class CheckApi
{
    /// <summary>The body may be larger than the draft it carries (JSON escapes), within bounds.</summary>
    private const int MaxBody = 4 * DraftInput.MaxBytes;

    public static void MapCheckApi(this RouteGroupBuilder api) => api.MapPost("/check", Check);

    private static async Task<IResult> Check(HttpContext http, KbStore store)
    {
        var (input, status) = await Read(http.Request);
        if (!input.Ok) return Results.Problem(statusCode: status, title: "Yêu cầu không hợp lệ", detail: input.Error);
        return Results.Ok(CheckJson.From(DraftReport.Check(input.Text!, store)));
    }

    private static async Task<(DraftInput Input, int Status)> Read(HttpRequest request)
    {
        var type = request.ContentType ?? "";
        var json = type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
        if (!json && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            return (new DraftInput(null, "Gửi bài viết dạng application/json ({\"text\": \"…\"}) hoặc text/plain."), 415);
        var tooLarge = new DraftInput(null, $"Bài viết quá lớn: tối đa {DraftInput.Limit}.");
        if (request.ContentLength > MaxBody) return (tooLarge, 400);
        var body = await ReadBounded(request.Body);
        if (body is null) return (tooLarge, 400);
        if (!json) return (DraftInput.FromFile("noi-dung.txt", body), 400);
        try
        {
            using var doc = JsonDocument.Parse(body);
            return (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                ? DraftInput.FromText(text.GetString())
                : new DraftInput(null, "Thiếu trường \"text\" (chuỗi) trong JSON."), 400);
        }
        catch (JsonException e)
        {
            return (new DraftInput(null, $"JSON không hợp lệ: {e.Message}"), 400);
        }
    }

    private static async Task<byte[]?> ReadBounded(Stream body)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + n > MaxBody) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
