using DanVanKb.Web.Api;
using DanVanKb.Web.Knowledge;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace DanVanKb.Web.Hosting;

/// <summary>Builds the site: Razor Pages, the JSON twins, one error shape, security headers, embedded
/// static files. Used by `danvankb serve`, by Program and by the tests.</summary>
public static class WebApp
{
    public static WebApplication Build(WebAppOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            // Razor Pages are compiled into this assembly: name it, whoever starts the host
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (options.Urls is not null) builder.WebHost.UseUrls(options.Urls);
        builder.Configuration[WebAppOptions.DataKey] ??= options.DataDirectory;
        Configure(builder.Services);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    internal static void Configure(IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddSingleton<KbStore>();
        services.AddSingleton(_ => new SearchTurns());
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        // every page is encoded by one encoder that also makes direction controls visible
        services.Replace(ServiceDescriptor.Singleton<System.Text.Encodings.Web.HtmlEncoder>(new VisibleBidiHtmlEncoder()));
    }

    internal static void Configure(WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ErrorResponses>();
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal), b => b.UseStatusCodePagesWithReExecute("/loi/{0}"));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebApp).Assembly, "DanVanKb.Web.wwwroot"),
            RequestPath = "/static",
        });
        app.UseRouting();
        app.MapRazorPages();
        app.MapKbApi();
        app.MapOriginalDownload();
    }
}
