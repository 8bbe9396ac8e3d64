namespace DanVanKb.Documents;

/// <summary>A file that cannot be read as a report; the message says why, for the person who gave it.</summary>
public sealed class UnreadableFileException(string message, Exception? inner = null) : Exception(message, inner);
