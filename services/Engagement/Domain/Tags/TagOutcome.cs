namespace Social.Engagement.Domain.Tags;

/// <summary>What a tag or untag call did.</summary>
public enum TagOutcome
{
    /// <summary>The user is tagged (now, or was already), or untagged.</summary>
    Done,

    /// <summary>The tagged user's <c>whoCanTag</c> or a block refused the tag: not an error, nothing was written, nobody is told.</summary>
    Refused,

    /// <summary>The item already carries <see cref="TagRules.MaxTags"/> tags.</summary>
    TooMany,

    /// <summary>The content (or the user) does not exist for the caller.</summary>
    NotFound,

    /// <summary>The owner is private and the caller is not an approved follower.</summary>
    PrivateAccount,

    /// <summary>The caller may see the item but it is not theirs to tag (owner only) or untag (owner or the tagged user).</summary>
    NotYours,
}
