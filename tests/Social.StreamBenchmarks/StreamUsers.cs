namespace Social.StreamBenchmarks;

/// <summary>Users of a run, signed up and signed in at Profile, sixteen at a time.</summary>
internal static class StreamUsers
{
    private const string Password = "long-enough-secret";

    /// <summary><paramref name="count"/> new users whose handles start with <paramref name="prefix"/> and this run's own mark.</summary>
    public static async Task<List<StreamUser>> SignUpAsync(HttpClient client, Uri profile, int count, string prefix, CancellationToken cancellationToken)
    {
        var users = new StreamUser[count];
        var run = Guid.NewGuid().ToString("N")[..6];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var handle = $"{prefix}{run}_{i}";
            await ProfileAccounts.SignUpAsync(client, profile, handle, Password, handle, ct, announce: false);
            var token = await ProfileAccounts.SignInAsync(client, profile, handle, Password, ct, announce: false);
            users[i] = new StreamUser(await ProfileAccounts.UserIdAsync(client, profile, handle, token, ct), handle, token);
        });
        Console.WriteLine($"  {count} users signed up and in");
        return [.. users];
    }
}
