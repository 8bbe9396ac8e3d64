namespace DanVanKb.Storage.Reading;

/// <summary>A report in the knowledge base. File: its path relative to the folder that was ingested (its
/// name when the file was given by itself), never an absolute path (ReportFileName.Shown).</summary>
public sealed record SourceRow(string Id, string File, string Sha256, string? Document, string Encoding, long Bytes);

/// <summary>A variant of a document's (symbol, date) as the reports wrote it, with where.</summary>
public sealed record VariantRow(string Symbol, string? Date, int Count, IReadOnlyList<string> Sources);

/// <summary>A document of the knowledge base as the pages, the CLI and the export read it.</summary>
public sealed record DocumentRow(
    string Id,
    string Slug,
    string Type,
    string? Number,
    string? Symbol,
    string? Date,
    int? Year,
    string? Issuer,
    string? Level,
    string? Locality,
    string? Title,
    bool Conflict,
    int Mentions,
    bool CitedOnly,
    string DateReason)
{
    public IReadOnlyList<VariantRow> Variants { get; init; } = [];
}

/// <summary>A relation as stored, with its evidence and where it was written.</summary>
public sealed record RelationRow(string From, string To, string Type, string Source, string Evidence, int Line, int Column);

/// <summary>Everything the export contract carries.</summary>
public sealed record ExportModel(IReadOnlyList<SourceRow> Sources, IReadOnlyList<DocumentRow> Documents, IReadOnlyList<RelationRow> Relations);

/// <summary>Counts for `stats`.</summary>
public sealed record KbStats(int Sources, int Documents, int CitedOnly, int Relations, int Conflicts, int Mentions,
    IReadOnlyList<(string Key, int Count)> ByType, IReadOnlyList<(string Key, int Count)> ByLevel, IReadOnlyList<(string Key, int Count)> ByRelation);
