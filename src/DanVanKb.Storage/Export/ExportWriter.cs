using System.Text.Encodings.Web;
using System.Text.Json;

using DanVanKb.Storage.Reading;

namespace DanVanKb.Storage.Export;

/// <summary>Writes the export contract (spec/export.md, version 1) exactly: field names, order and sorted
/// lists are fixed, so the same knowledge base always gives the same bytes.</summary>
public static class ExportWriter
{
    public const int Version = 1;

    public static void Write(ExportModel model, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteNumber("version", Version);
        w.WriteStartArray("sources");
        foreach (var s in model.Sources)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("file", s.File);
            w.WriteString("sha256", s.Sha256);
            WriteNullable(w, "document", s.Document);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("documents");
        foreach (var d in model.Documents)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("type", d.Type);
            // as the số và ký hiệu writes it: "04" in 04/2021/TT-TTCP, "30a" in 30a/2008/NQ-CP
            WriteNullable(w, "number", d.Number);
            WriteNullable(w, "symbol", d.Symbol);
            WriteNullable(w, "date", d.Date);
            if (d.Year is int y) w.WriteNumber("year", y);
            else w.WriteNull("year");
            WriteNullable(w, "issuer", d.Issuer);
            WriteNullable(w, "level", d.Level);
            WriteNullable(w, "locality", d.Locality);
            WriteNullable(w, "title", d.Title);
            w.WriteStartArray("variants");
            foreach (var v in d.Variants)
            {
                w.WriteStartObject();
                w.WriteString("symbol", v.Symbol);
                WriteNullable(w, "date", v.Date);
                w.WriteNumber("count", v.Count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteBoolean("conflict", d.Conflict);
            w.WriteNumber("mentions", d.Mentions);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("relations");
        foreach (var r in model.Relations)
        {
            w.WriteStartObject();
            w.WriteString("from", r.From);
            w.WriteString("to", r.To);
            w.WriteString("type", r.Type);
            w.WriteString("source", r.Source);
            w.WriteString("evidence", r.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
