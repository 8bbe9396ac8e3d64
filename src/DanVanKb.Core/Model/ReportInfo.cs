namespace DanVanKb.Core.Model;

/// <summary>What a report says about itself: header, title block and signature block.</summary>
public sealed record ReportInfo(
    string Type,
    DocumentSymbol? Symbol,
    string? SymbolWritten,
    PartialDate? Date,
    string? Place,
    Issuer? Issuer,
    string? Title,
    string? Signer,
    string? SignatureRole,
    ReportContext Context);
