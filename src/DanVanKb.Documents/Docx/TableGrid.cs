using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Documents.Docx;

/// <summary>A table's rows and cells, through content controls and custom XML around them, with the grid
/// columns each cell spans (so a merged row keeps the columns of the header row).</summary>
internal static class TableGrid
{
    public static IEnumerable<TableRow> Rows(Table table) => RowsIn(table);

    /// <summary>The row's cells; null stands for a grid column the row leaves out (w:gridBefore, w:gridAfter)
    /// or that the cell before it spans.</summary>
    public static IReadOnlyList<TableCell?> Cells(TableRow row)
    {
        var cells = new List<TableCell?>();
        var properties = row.TableRowProperties;
        Pad(cells, properties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
        foreach (var cell in CellsIn(row))
        {
            cells.Add(cell);
            Pad(cells, (cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1) - 1);
        }
        Pad(cells, properties?.GetFirstChild<GridAfter>()?.Val?.Value ?? 0);
        return cells;
    }

    private static void Pad(List<TableCell?> cells, int count)
    {
        for (var i = 0; i < Math.Min(count, 64); i++) cells.Add(null);
    }

    private static IEnumerable<TableRow> RowsIn(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is TableRow row) yield return row;
            else if (child is SdtRow or CustomXmlRow or SdtContentRow)
                foreach (var inner in RowsIn(child)) yield return inner;
        }
    }

    private static IEnumerable<TableCell> CellsIn(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is TableCell cell) yield return cell;
            else if (child is SdtCell or CustomXmlCell or SdtContentCell)
                foreach (var inner in CellsIn(child)) yield return inner;
        }
    }
}
