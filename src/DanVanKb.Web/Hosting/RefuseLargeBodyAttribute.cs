using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DanVanKb.Web.Hosting;

/// <summary>Refuses a request whose declared body is over the limit with 413 before anything reads it (the
/// antiforgery check would read the form and fail it as a bad token instead).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseLargeBodyAttribute(long limit) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the antiforgery filter (order 1000).</summary>
    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (context.HttpContext.Request.ContentLength > limit) context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
    }
}
