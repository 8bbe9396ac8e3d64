namespace DanVanKb.Storage.Writing;

/// <summary>A report file to ingest: its full path (the source's key, never shown) and its name as the
/// knowledge base shows it: the path relative to the folder given to ingest, or the file's name when the
/// file was given by itself (<see cref="ReportFileName"/>).</summary>
public sealed record SourceFile(string FullPath, string Name);
