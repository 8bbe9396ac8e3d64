using System.Collections.Concurrent;

namespace DanVanKb.Core.Extraction;

/// <summary>The results of a pure function, remembered up to a number of keys and forgotten all at once beyond it,
/// so that memory stays bounded over an archive. Safe to share between the threads of an ingest.</summary>
internal sealed class BoundedMemo<TKey, TValue>(int capacity, Func<TKey, TValue> compute)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> values = new();

    public TValue Get(TKey key)
    {
        if (values.TryGetValue(key, out var value)) return value;
        value = compute(key);
        if (values.Count >= capacity) values.Clear();
        values.TryAdd(key, value);
        return value;
    }
}
