namespace Social.Engagement.Domain.Content;

public enum DeleteOutcome
{
    /// <summary>Deleted now, or already gone.</summary>
    Deleted,

    /// <summary>The caller may see the item but does not own it.</summary>
    NotOwner,

    /// <summary>The item does not exist for the caller (it may exist, hidden from them).</summary>
    NotFound,
}
