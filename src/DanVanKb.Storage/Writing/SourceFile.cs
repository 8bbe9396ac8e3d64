namespace DanVanKb.Storage.Writing;

/// <summary>A report file to ingest: its full path (the source's key) and the name as the user gave it.</summary>
public sealed record SourceFile(string FullPath, string GivenName);
