namespace DanVanKb.Search;

/// <summary>Every field name of the search index, in one place.</summary>
public static class SearchFields
{
    /// <summary>"passage" or "document".</summary>
    public const string Kind = "kind";

    /// <summary>A passage ("src-…#12") or a document id ("doc-…").</summary>
    public const string Id = "id";

    /// <summary>The text as shown (stored only): the passage, or a document's type, symbol, title and issuer.</summary>
    public const string Body = "body";

    /// <summary>Body analyzed with accents folded (đ → d); carries term-vector offsets for snippets.</summary>
    public const string Text = "text";

    /// <summary>Body analyzed with its accents kept, so exact-accent matches rank first.</summary>
    public const string TextExact = "text_exact";

    /// <summary>Keyword keys of a document's symbols ("25 nq tw", "nq 25"), see <see cref="Analysis.SymbolKeys"/>.</summary>
    public const string SymbolKey = "symbol_key";

    public const string Source = "source";
    public const string File = "file";
    public const string Line = "line";

    /// <summary>Paragraph, footnote or table row.</summary>
    public const string Block = "block";

    /// <summary>The documents a passage mentions (stored, in order).</summary>
    public const string Documents = "documents";

    /// <summary>How often a document is mentioned: orders symbol matches.</summary>
    public const string Mentions = "mentions";

    // filter dimensions: indexed as keywords and as doc values for counting
    /// <summary>On a passage, indexed (not stored): the ids of the documents it cites, so a symbol query
    /// finds the passages citing that document by exact term.</summary>
    public const string Cites = "cites";

    /// <summary>A record's place in the store's order (documents, then reports by id and passages in
    /// text order): breaks ties between equal scores the same way whatever order the index was written in.</summary>
    public const string Order = "order";

    /// <summary>On a document record, stored: its <see cref="Indexing.IndexDocument.Fingerprint"/> and
    /// <see cref="Indexing.IndexDocument.Facets"/>, what an update compares to find what changed.</summary>
    public const string Fingerprint = "fingerprint";
    public const string FacetValues = "facet_values";

    public const string Type = "type";
    public const string Level = "level";
    public const string Place = "place";
    public const string Year = "year";

    public const string PassageKind = "passage";
    public const string DocumentKind = "document";
}
