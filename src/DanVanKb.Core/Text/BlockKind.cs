namespace DanVanKb.Core.Text;

public enum BlockKind
{
    Paragraph,
    Footnote,
    TableRow,
}
