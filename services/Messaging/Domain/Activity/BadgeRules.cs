using Social.Messaging.Domain.Conversations;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Activity;

/// <summary>What the badge numbers count (features 16): unread messages of my inbox that I have not muted; message requests waiting.</summary>
public static class BadgeRules
{
    public static Badges Of(long unseenActivity, IEnumerable<UnreadTally> tallies)
    {
        long unread = 0, requests = 0;
        foreach (var tally in tallies)
        {
            if (tally.Folder == Folders.Inbox && !tally.Muted)
            {
                unread += tally.UnreadMessages;
            }
            else if (tally.Folder == Folders.Requests)
            {
                requests += tally.Conversations;
            }
        }

        return new Badges(unread, requests, Math.Max(0, unseenActivity));
    }
}
