namespace DanVanKb.Core.Text;

/// <summary>A clause-sized piece of a block (a sentence, or an item of a ;-separated list): the unit in
/// which relations are read and evidence is quoted.</summary>
public sealed record Segment(int Start, int End);
