using Google.Protobuf.WellKnownTypes;
using Social.Contracts.Profile.V1;
using Social.Profile.Domain.Profiles;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;

namespace Social.Profile.Api;

/// <summary>Turns the wire form of a partial update into <see cref="ProfileChanges"/>: absent fields stay null.</summary>
internal static class ProfileChangesReader
{
    public static ProfileChanges From(UpdateMeRequest request) => new(
        DisplayName: request.HasDisplayName ? request.DisplayName : null,
        Bio: request.HasBio ? request.Bio : null,
        AvatarUrl: request.HasAvatarUrl ? request.AvatarUrl : null,
        Links: request.Links is { } links ? ReadLinks(links) : null,
        Pronouns: request.HasPronouns ? request.Pronouns : null,
        IsPrivate: request.HasIsPrivate ? request.IsPrivate : null,
        WhoCanMessage: request.Settings is { HasWhoCanMessage: true } m ? m.WhoCanMessage : null,
        WhoCanComment: request.Settings is { HasWhoCanComment: true } c ? c.WhoCanComment : null,
        WhoCanMention: request.Settings is { HasWhoCanMention: true } n ? n.WhoCanMention : null,
        ReadReceipts: request.Settings is { HasReadReceipts: true } r ? r.ReadReceipts : null,
        WhoCanTag: request.Settings is { HasWhoCanTag: true } t ? t.WhoCanTag : null);

    private static List<string> ReadLinks(ListValue links)
    {
        if (links.Values.Any(value => value.KindCase != Value.KindOneofCase.StringValue))
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("links", "Links are a list of URL strings.")]);
        }

        return [.. links.Values.Select(value => value.StringValue)];
    }
}
