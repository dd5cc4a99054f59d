using System.Globalization;

namespace Social.EngagementBenchmarks;

/// <summary>
/// A real account, signed up and signed in at Profile, which Graph and Engagement learn of through AccountCreated
/// (or Engagement's read-through) as they learn of anyone.
/// </summary>
internal sealed record BenchmarkUser(Guid UserId, string Handle, string AccessToken)
{
    private const string Password = "benchmark-password-1";

    // Sign-ups hash a password each: a few at a time keep Profile busy without queueing behind one another for long.
    private const int ConcurrentSignUps = 4;

    public static async Task<BenchmarkUser> SignUpAsync(HttpClient client, Uri profileService, string handle, CancellationToken cancellationToken, bool announce = true)
    {
        await ProfileAccounts.SignUpAsync(client, profileService, handle, Password, handle, cancellationToken, announce);
        var token = await ProfileAccounts.SignInAsync(client, profileService, handle, Password, cancellationToken, announce);
        return new BenchmarkUser(await ProfileAccounts.UserIdAsync(client, profileService, handle, token, cancellationToken), handle, token);
    }

    /// <summary><paramref name="count"/> users named <c>{prefix}{n}</c>, in order.</summary>
    public static async Task<IReadOnlyList<BenchmarkUser>> SignUpManyAsync(
        HttpClient client, Uri profileService, string prefix, int count, CancellationToken cancellationToken)
    {
        var users = new BenchmarkUser[count];
        await Parallel.ForAsync(
            0,
            count,
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentSignUps, CancellationToken = cancellationToken },
            async (i, token) => users[i] = await SignUpAsync(client, profileService, prefix + i.ToString("0000", CultureInfo.InvariantCulture), token, announce: false));
        Console.WriteLine($"  signed up and signed in {Figures.Count(count)} users '{prefix}0000'..'{users[^1].Handle}'");
        return users;
    }
}
