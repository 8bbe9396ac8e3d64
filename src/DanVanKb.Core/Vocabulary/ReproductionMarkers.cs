using System.Text.RegularExpressions;

namespace DanVanKb.Core.Vocabulary;

/// <summary>The words by which a page says it reproduces a document: "Trang tin trích đăng nguyên văn Hướng dẫn",
/// "xin đăng toàn văn Chương trình", and "Nội dung Chỉ thị như sau:" right after the document is announced.</summary>
public static partial class ReproductionMarkers
{
    [GeneratedRegex(@"(?<![\p{L}])(?:nguyên văn|toàn văn|trích đăng|đăng tải|đăng nguyên)(?![\p{L}])", RegexOptions.IgnoreCase)]
    public static partial Regex Words();

    /// <summary>"Nội dung Chỉ thị như sau", "Nội dung của Quy chế như sau", or a sentence of its own "Nội dung như
    /// sau:": not a document's own "… hướng dẫn như sau:", which a page may quote without being it.</summary>
    [GeneratedRegex(@"[Nn]ội dung\s+(?:của\s+)?\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3}\s+như sau|(?:^|[.!]\s+)Nội dung như sau\s*:")]
    public static partial Regex ContentFollows();
}
