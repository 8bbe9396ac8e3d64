using System.Text;

using DanVanKb.Core.Identity;
using DanVanKb.Core.Model;

namespace DanVanKb.Storage.Writing;

/// <summary>The binary form cited documents are staged in (staged_citations, written with each report) and
/// built ones in a rebuild (GraphStaging): each field of the records' constructors and init properties in
/// order, nothing computed. A rebuild reads every citation of the archive once; as JSON that was half a
/// gigabyte at 20,000 reports and a third of the rebuild. A field added to these records is added here
/// (StagedRecordsTests round-trips them), and StagedCitations.Rules bumped so stored rows are staged again.</summary>
internal static class StagedRecords
{
    public static byte[] Encode(CitedDocument d) => Encode(w =>
    {
        WriteHead(w, d.LocalId, d.Type, d.Symbol, d.Date, d.Issuer, d.Title);
        w.Write7BitEncodedInt(d.Mentions.Count);
        foreach (var m in d.Mentions) w.Write7BitEncodedInt(m);
        w.Write7BitEncodedInt(d.Variants.Count);
        foreach (var v in d.Variants)
        {
            w.Write(v.Symbol);
            Write(w, v.Date);
            w.Write7BitEncodedInt(v.Count);
        }
        WriteOptional(w, d.Number);
    });

    public static CitedDocument DecodeCited(byte[] bytes)
    {
        using var r = Reader(bytes);
        var (local, type, symbol, date, issuer, title) = ReadHead(r);
        var mentions = new int[r.Read7BitEncodedInt()];
        for (var i = 0; i < mentions.Length; i++) mentions[i] = r.Read7BitEncodedInt();
        var variants = new DateVariant[r.Read7BitEncodedInt()];
        for (var i = 0; i < variants.Length; i++) variants[i] = new DateVariant(r.ReadString(), ReadDate(r), r.Read7BitEncodedInt());
        return new CitedDocument(local, type, symbol, date, issuer, title, mentions, variants) { Number = ReadOptional(r) };
    }

    public static byte[] Encode(GraphDocument d) => Encode(w =>
    {
        WriteHead(w, d.Id, d.Type, d.Symbol, d.Date, d.Issuer, d.Title);
        w.Write7BitEncodedInt(d.Variants.Count);
        foreach (var v in d.Variants)
        {
            w.Write(v.Symbol);
            Write(w, v.Date);
            w.Write7BitEncodedInt(v.Count);
            Write(w, v.Sources);
        }
        w.Write(d.Conflict);
        w.Write7BitEncodedInt(d.Mentions);
        Write(w, d.Sources);
        Write(w, d.OwnOf);
        w.Write(d.DateReason);
        WriteOptional(w, d.Number);
    });

    public static GraphDocument DecodeGraph(byte[] bytes)
    {
        using var r = Reader(bytes);
        var (id, type, symbol, date, issuer, title) = ReadHead(r);
        var variants = new GraphVariant[r.Read7BitEncodedInt()];
        for (var i = 0; i < variants.Length; i++) variants[i] = new GraphVariant(r.ReadString(), ReadDate(r), r.Read7BitEncodedInt(), ReadStrings(r));
        var (conflict, mentions, sources, ownOf, reason) = (r.ReadBoolean(), r.Read7BitEncodedInt(), ReadStrings(r), ReadStrings(r), r.ReadString());
        return new GraphDocument(id, type, symbol, date, issuer, title, variants, conflict, mentions, sources, ownOf, reason) { Number = ReadOptional(r) };
    }

    /// <summary>What both records begin with: their id, type, symbol, date, issuer and title.</summary>
    private static void WriteHead(BinaryWriter w, string id, string type, DocumentSymbol? symbol, PartialDate? date, Issuer? issuer, string? title)
    {
        w.Write(id);
        w.Write(type);
        Write(w, symbol);
        Write(w, date);
        Write(w, issuer);
        WriteOptional(w, title);
    }

    private static (string Id, string Type, DocumentSymbol? Symbol, PartialDate? Date, Issuer? Issuer, string? Title) ReadHead(BinaryReader r) =>
        (r.ReadString(), r.ReadString(), ReadSymbol(r), ReadDate(r), ReadIssuer(r), ReadOptional(r));

    private static byte[] Encode(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) write(w);
        return buffer.ToArray();
    }

    private static BinaryReader Reader(byte[] bytes) => new(new MemoryStream(bytes, writable: false), Encoding.UTF8);

    private static void Write(BinaryWriter w, DocumentSymbol? s)
    {
        w.Write(s is not null);
        if (s is null) return;
        w.Write(s.Number);
        WriteOptional(w, s.Year);
        WriteOptional(w, s.TypeCode);
        Write(w, s.IssuerCodes);
        w.Write7BitEncodedInt((int)s.Style);
        w.Write(s.TypeSeparator);
    }

    private static DocumentSymbol? ReadSymbol(BinaryReader r) => !r.ReadBoolean() ? null
        : new DocumentSymbol(r.ReadString(), ReadOptionalInt(r), ReadOptional(r), ReadStrings(r), (SymbolStyle)r.Read7BitEncodedInt()) { TypeSeparator = r.ReadString() };

    private static void Write(BinaryWriter w, PartialDate? d)
    {
        w.Write(d is not null);
        if (d is null) return;
        w.Write(d.Year);
        WriteOptional(w, d.Month);
        WriteOptional(w, d.Day);
    }

    private static PartialDate? ReadDate(BinaryReader r) => !r.ReadBoolean() ? null : new PartialDate(r.ReadInt32(), ReadOptionalInt(r), ReadOptionalInt(r));

    private static void Write(BinaryWriter w, Issuer? i)
    {
        w.Write(i is not null);
        if (i is null) return;
        w.Write(i.Name);
        WriteOptional(w, (int?)i.Level);
        WriteOptional(w, i.Locality);
    }

    private static Issuer? ReadIssuer(BinaryReader r) => !r.ReadBoolean() ? null : new Issuer(r.ReadString(), (Level?)ReadOptionalInt(r), ReadOptional(r));

    private static void Write(BinaryWriter w, IReadOnlyList<string> list)
    {
        w.Write7BitEncodedInt(list.Count);
        foreach (var s in list) w.Write(s);
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var list = new string[r.Read7BitEncodedInt()];
        for (var i = 0; i < list.Length; i++) list[i] = r.ReadString();
        return list;
    }

    private static void WriteOptional(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteOptional(BinaryWriter w, int? n)
    {
        w.Write(n is not null);
        if (n is int value) w.Write(value);
    }

    private static int? ReadOptionalInt(BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;
}
