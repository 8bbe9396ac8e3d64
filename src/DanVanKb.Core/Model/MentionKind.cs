namespace DanVanKb.Core.Model;

public enum MentionKind
{
    /// <summary>A citation with its symbol (25-NQ/TW), with or without date and issuer.</summary>
    Full,

    /// <summary>A back-reference by type and number only (Nghị quyết số 25).</summary>
    Short,

    /// <summary>A name without a number (Nghị quyết Trung ương 7 khóa XI).</summary>
    Named,
}
