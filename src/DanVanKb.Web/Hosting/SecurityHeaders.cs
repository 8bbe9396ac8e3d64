namespace DanVanKb.Web.Hosting;

/// <summary>Headers on every response: a content security policy without inline script, no sniffing, no framing.
/// Set when the response starts, so an error path that clears the response (a failure, a re-executed
/// status page, a ProblemDetails) still carries them.</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        Apply(context.Response.Headers);
        context.Response.OnStarting(static state =>
        {
            Apply(((HttpResponse)state).Headers);
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }

    private static void Apply(IHeaderDictionary h)
    {
        h.ContentSecurityPolicy = Policy;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
    }
}
