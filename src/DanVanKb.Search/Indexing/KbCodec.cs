using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace DanVanKb.Search.Indexing;

/// <summary>The index's codec: Lucene 4.6's, with stored fields compressed in chunks of
/// <see cref="ChunkBytes"/> rather than 16 KB. Reading one record decompresses its chunk up to the record, and a
/// page of hits reads twenty records in twenty chunks: with 16 KB chunks a record cost about 37 µs, with 4 KB
/// 11–16 µs, for stored fields 45% larger (passages of 20,000 reports, read at random). Lucene 8.7 went the
/// same way: its stored fields decompress a small sub-block and a shared dictionary, not a whole chunk. Segments
/// written by the plain codec stay readable, and are rewritten with this one when merged.</summary>
[CodecName(CodecName)]
public sealed class KbCodec : FilterCodec
{
    public const string CodecName = "DanVanKb46";

    public const int ChunkBytes = 4096;

    private static int registered;

    private readonly StoredFieldsFormat storedFields =
        new CompressingStoredFieldsFormat("DanVanKbStoredFields", CompressionMode.FAST, ChunkBytes);

    public KbCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;

    /// <summary>Makes the codec known by name to every reader and writer of this process: a segment names the codec
    /// it was written with, and Lucene.Net resolves only its own unless told. Called before an index is opened.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0) Codec.SetCodecFactory(new Factory());
    }

    private sealed class Factory : DefaultCodecFactory
    {
        protected override void Initialize()
        {
            base.Initialize();
            PutCodecType(typeof(KbCodec));
        }
    }
}
