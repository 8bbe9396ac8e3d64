namespace DanVanKb.Storage;

/// <summary>A problem with the knowledge base that a person can act on; the message names the file.</summary>
public sealed class KbException(string message, Exception? inner = null) : Exception(message, inner);
