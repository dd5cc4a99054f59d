namespace Social.Story.Domain.Stories;

public enum DeleteOutcome
{
    /// <summary>Deleted now, or nothing there to delete (idempotent).</summary>
    Deleted,

    /// <summary>The caller may see it but does not own it.</summary>
    NotOwner,

    /// <summary>The caller may not see it: it does not exist for them.</summary>
    NotFound,
}
