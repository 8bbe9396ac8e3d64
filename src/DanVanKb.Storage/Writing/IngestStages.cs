using System.Diagnostics;
using System.Globalization;

namespace DanVanKb.Storage.Writing;

/// <summary>Where an ingest's time went. Reading and decoding, and extraction, run on every core a chunk
/// ahead of the one writer: their figures are CPU seconds summed over the cores, and <see cref="WaitedForExtraction"/>
/// is how long the writer sat idle waiting for them. Writing (SQLite, one transaction per report), the graph
/// rebuild and the index build are wall seconds of one thread.</summary>
public sealed record IngestStages(double ReadAndDecode, double Extract, double Write, double WaitedForExtraction, double Graph, double Index, double Wall)
{
    /// <summary>The stage that bounds the run: the longest stretch of the writer's wall time, counting its waits for
    /// the extraction ahead of it as extraction's.</summary>
    public string Bound =>
        new[] { ("extraction", WaitedForExtraction), ("SQLite writes", Write), ("graph rebuild", Graph), ("index build", Index) }.MaxBy(s => s.Item2).Item1;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"read and decode {ReadAndDecode:F1} s, extract {Extract:F1} s (CPU on {Environment.ProcessorCount} cores), SQLite writes {Write:F1} s, waiting for extraction {WaitedForExtraction:F1} s, graph rebuild {Graph:F1} s, index build {Index:F1} s; {Wall:F1} s in all; bound: {Bound}");

    /// <summary>Accumulates the stages of one run; the preparing workers add to it from every core.</summary>
    internal sealed class Clock
    {
        private long readTicks;
        private long extractTicks;
        private readonly Stopwatch wall = Stopwatch.StartNew();

        public double Write { get; set; }

        public double Waited { get; set; }

        public double Graph { get; set; }

        public void AddRead(long ticks) => Interlocked.Add(ref readTicks, ticks);

        public void AddExtract(long ticks) => Interlocked.Add(ref extractTicks, ticks);

        public IngestStages Stop() => new(Seconds(readTicks), Seconds(extractTicks), Write, Waited, Graph, 0, wall.Elapsed.TotalSeconds);

        private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
    }
}
