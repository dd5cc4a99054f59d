using Social.KnownUsers;

namespace Social.Story.Domain.Tray;

/// <summary>A page of the tray with how each user is shown; <see cref="Next"/> is where the next page starts, null on the last.</summary>
public sealed record TrayPage(IReadOnlyList<TrayEntry> Items, IReadOnlyDictionary<Guid, ProfileCard> Profiles, TrayPosition? Next);
