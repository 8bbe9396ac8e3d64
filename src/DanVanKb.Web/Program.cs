using DanVanKb.Web.Hosting;

var app = WebApp.Build(WebAppOptions.FromArgs(args), args);
app.Run();

/// <summary>The entry point, public for WebApplicationFactory.</summary>
public partial class Program;
