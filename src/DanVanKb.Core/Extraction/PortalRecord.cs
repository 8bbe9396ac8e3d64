using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>A document portal's record of the document a page shows, kept with the text when the page was copied:
/// "Số hiệu: 16/HD-MT" over "Loại văn bản: Hướng dẫn", "Ngày ban hành: 23/08/2016", as a line, a "|"-row or a
/// table. Its number is the text's own, where no header gives one.</summary>
internal static partial class PortalRecord
{
    /// <summary>How far into the text the record may stand: a page's metadata comes before or just after its first paragraph.</summary>
    private const int Blocks = 30;

    /// <summary>How many blocks the record's fields may span.</summary>
    private const int Span = 6;

    public sealed record Record(string Written, DocumentSymbol Symbol, string? Type, PartialDate? Date, int Block);

    [GeneratedRegex(@"(?<![\p{L}])Số (?:ký )?hiệu(?: văn bản)?\s*[:|]?\s*\|?\s*(?<sym>[^\s|]+)")]
    private static partial Regex NumberField();

    [GeneratedRegex(@"(?<![\p{L}])Loại văn bản\s*[:|]?\s*\|?\s*(?<type>\p{L}+(?: \p{Ll}+)?)")]
    private static partial Regex TypeField();

    [GeneratedRegex(@"(?<![\p{L}])Ngày ban hành\s*[:|]?\s*\|?\s*(?<date>\d{1,2}/\d{1,2}/\d{4})")]
    private static partial Regex DateField();

    /// <summary>The record, or null when no number field stands with a type or date field beside it.</summary>
    public static Record? Read(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < Math.Min(blocks.Count, Blocks); i++)
        {
            if (NumberField().Match(Line(blocks[i])) is not { Success: true } n || SymbolParser.Parse(n.Groups["sym"].Value) is not { } symbol) continue;
            var fields = string.Join(" | ", Enumerable.Range(i, Math.Min(Span, blocks.Count - i)).Select(b => Line(blocks[b])));
            var type = TypeField().Match(fields);
            var date = DateField().Match(fields);
            if (!type.Success && !date.Success) continue;
            var typeName = type.Success ? DocumentTypes.FromWord(type.Groups["type"].Value.ToLowerInvariant())?.Name : null;
            return new Record(n.Groups["sym"].Value, symbol, typeName, date.Success ? DateParser.Parse(date.Groups["date"].Value) : null, i);
        }
        return null;
    }

    private static string Line(Block block) => block.Kind == BlockKind.TableRow ? string.Join(" | ", block.Cells.Select(c => c.Text)) : block.Text.Text;
}
