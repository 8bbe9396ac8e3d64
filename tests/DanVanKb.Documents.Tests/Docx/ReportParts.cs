namespace DanVanKb.Documents.Tests.Docx;

/// <summary>A report's content, written once and rendered both as the plain text the extractor reads and
/// as a Word document (<see cref="PlainText"/>, <see cref="WordFile"/>), so the two can be compared.</summary>
public abstract record ReportPart;

/// <summary>A body paragraph, in a paragraph style when given.</summary>
public sealed record Para(IReadOnlyList<Piece> Pieces, string? Style = null) : ReportPart
{
    public Para(params Piece[] pieces) : this((IReadOnlyList<Piece>)pieces) { }

    public Para(string text) : this(new Words(text)) { }
}

/// <summary>A data table: rows of cells (each cell one paragraph).</summary>
public sealed record DataTable(params string[][] Rows) : ReportPart;

/// <summary>A borderless table placing a header or signature block: rows of cells, each cell its paragraphs.</summary>
public sealed record LayoutGrid(params string[][][] Rows) : ReportPart;

public abstract record Piece;

/// <summary>Text in a run; <paramref name="Written"/> is what the run stores when that differs (a legacy
/// font's byte-codes), with its direct font or character style.</summary>
public sealed record Words(string Text, string? Written = null, string? Font = null, string? CharacterStyle = null) : Piece;

public sealed record FootnoteRef(string Text) : Piece;

public sealed record EndnoteRef(string Text) : Piece;
