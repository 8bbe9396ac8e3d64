using DanVanKb.Storage;

using Microsoft.AspNetCore.Mvc;

namespace DanVanKb.Web.Hosting;

/// <summary>One error shape: under /api every error (not found, bad request, failure) is a ProblemDetails;
/// a page that fails shows the error page. An unusable knowledge base says what to do.</summary>
internal sealed class ErrorResponses(RequestDelegate next, ILogger<ErrorResponses> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
            if (context.Response is { StatusCode: >= 400, HasStarted: false } && IsApi(context) && context.Response.ContentLength is null)
                await Problem(context, context.Response.StatusCode, context.Response.StatusCode == 404 ? "Không tìm thấy" : "Yêu cầu không hợp lệ", null);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            if (IsApi(context)) await Problem(context, e.StatusCode, "Yêu cầu không hợp lệ", e.Message);
            else context.Response.StatusCode = e.StatusCode;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // the client left, a search still waiting for its turn (SearchTurns): nobody to answer
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            logger.LogError(e, "{Path} failed", context.Request.Path);
            var detail = e is KbException ? e.Message : "Lỗi máy chủ; xem nhật ký của máy chủ.";
            if (IsApi(context)) await Problem(context, 500, "Lỗi máy chủ", detail);
            else
            {
                context.Response.Clear();
                context.Response.StatusCode = 500;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync($"Lỗi máy chủ: {detail}");
            }
        }
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal);

    internal static async Task Problem(HttpContext context, int status, string title, string? detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path + context.Request.QueryString },
        });
    }
}
