using System.Text.Encodings.Web;
using System.Text.Unicode;

using DanVanKb.Web.Rendering;

namespace DanVanKb.Web.Hosting;

/// <summary>The site's HTML encoder: the usual encoding (all scripts left readable) plus every direction
/// control written as a visible token (see <see cref="BidiControls"/>), so no text from a report can reorder
/// or hide what a page shows: titles, issuers, evidence, snippets, attributes alike.</summary>
internal sealed unsafe class VisibleBidiHtmlEncoder : HtmlEncoder
{
    private readonly HtmlEncoder inner = Exact;

    /// <summary>The plain encoder, for the one place text must come back exactly as typed: the checker's
    /// draft in its text area (and the corrections "Áp dụng" applies to it).</summary>
    public static HtmlEncoder Exact { get; } = Create(new TextEncoderSettings(UnicodeRanges.All));

    public override int MaxOutputCharactersPerInputCharacter => Math.Max(inner.MaxOutputCharactersPerInputCharacter, BidiControls.TokenLength);

    public override int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var first = inner.FindFirstCharacterToEncode(text, textLength);
        var limit = first < 0 ? textLength : first;
        for (var i = 0; i < limit; i++)
            if (BidiControls.Is(text[i])) return i;
        return first;
    }

    public override bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!BidiControls.Is(unicodeScalar))
            return inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        var token = BidiControls.Token(unicodeScalar);
        numberOfCharactersWritten = 0;
        if (token.Length > bufferLength) return false;
        for (var i = 0; i < token.Length; i++) buffer[i] = token[i];
        numberOfCharactersWritten = token.Length;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) => BidiControls.Is(unicodeScalar) || inner.WillEncode(unicodeScalar);
}
