using System.Net.Sockets;
using System.Text;

using DanVanKb.Web.Hosting;
using DanVanKb.Web.Tests.Browser;

namespace DanVanKb.Web.Tests.Hostile;

/// <summary>Ids and slugs that try to leave the data folder get 404/400 on every route that takes one, sent
/// byte for byte to the real server (no client normalising the path); every response, errors and static
/// files included, carries the security headers.</summary>
public class PathAndHeaderTests
{
    private static readonly string[] Escapes =
    [
        "../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2e%2e/%2e%2e/kb.db", "%252e%252e%252fetc%252fpasswd",
        "%2fetc%2fpasswd", "/etc/passwd", "..\\..\\etc\\passwd", "..%5c..%5ckb.db", "C:%5cWindows%5cwin.ini", "kb.db", "lucene", "..%2f",
        "%00", "a%00.txt", "%ff%fe", "%e2%80%ae", "con", "*", "%3Cscript%3E",
    ];

    private static readonly string[] Routes = ["/nguon/{0}", "/nguon/{0}/tep-goc", "/van-ban/{0}", "/api/documents/{0}", "/api/documents/{0}/tree", "/api/sources/{0}", "/he-thong?van-ban={0}", "/static/{0}"];

    [Fact]
    public async Task No_id_or_slug_reaches_a_file_outside_the_data_folder()
    {
        await using var site = await LiveSite.Start(KnowledgeBase.FromTestCorpus());
        var tried = 0;
        foreach (var route in Routes)
            foreach (var escape in Escapes)
            {
                var target = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, escape);
                var (status, headers, body) = await Raw(site.BaseUrl, target);
                tried++;
                Assert.True(status is 400 or 404, $"{target}: {status}");
                Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
                Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
                if (status == 404) AssertHeaders(headers, target);
            }
        Assert.Equal(Routes.Length * Escapes.Length, tried);
    }

    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers()
    {
        await using var site = await LiveSite.Start(KnowledgeBase.FromTestCorpus());
        foreach (var target in new[]
        {
            "/", "/tim-kiem?q=d%C3%A2n", "/static/site.css", "/static/site.js", "/static/khong-co.js", "/khong-co", "/loi/500",
            "/api/search?q=x", "/api/khong-co", "/api/search?q=x&page=0", "/api/search?q=" + new string('a', 1001), "/tim-kiem?q=" + new string('a', 1001),
            "/nguon/khong-co", "/van-ban/%2e%2e",
        })
        {
            var (_, headers, _) = await Raw(site.BaseUrl, target);
            AssertHeaders(headers, target);
        }

        // a failure: the site over a folder with no knowledge base answers 500, headers included
        var empty = Path.Combine(Path.GetTempPath(), "danvankb-empty-" + Guid.NewGuid().ToString("N"));
        var broken = WebApp.Build(new WebAppOptions(empty, "http://127.0.0.1:0"));
        await broken.StartAsync();
        try
        {
            foreach (var target in new[] { "/", "/api/search?q=x" })
            {
                var (status, headers, _) = await Raw(broken.Urls.First().TrimEnd('/'), target);
                Assert.Equal(500, status);
                AssertHeaders(headers, target);
            }
        }
        finally
        {
            await broken.StopAsync();
            await broken.DisposeAsync();
        }
    }

    private static void AssertHeaders(string headers, string target)
    {
        var h = headers.ToLowerInvariant();
        Assert.True(h.Contains("content-security-policy: default-src 'self'; script-src 'self';", StringComparison.Ordinal), $"{target}: no CSP\n{headers}");
        Assert.DoesNotContain("unsafe-inline", h, StringComparison.Ordinal);
        Assert.True(h.Contains("frame-ancestors 'none'", StringComparison.Ordinal), $"{target}: no frame-ancestors");
        Assert.True(h.Contains("x-content-type-options: nosniff", StringComparison.Ordinal), $"{target}: no nosniff\n{headers}");
    }

    /// <summary>One GET sent as written: status, header block, body.</summary>
    private static async Task<(int Status, string Headers, string Body)> Raw(string baseUrl, string target)
    {
        var uri = new Uri(baseUrl);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes($"GET {target} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? response : response[..split];
        return (int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), head, split < 0 ? "" : response[(split + 4)..]);
    }
}
