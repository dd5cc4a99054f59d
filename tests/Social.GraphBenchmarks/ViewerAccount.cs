namespace Social.GraphBenchmarks;

/// <summary>
/// The signed-in user every list request is made as, and the actor of every Check: a real account, signed up at
/// Profile, which Graph learns of through the AccountCreated event as it learns of anyone.
/// </summary>
internal sealed record ViewerAccount(Guid UserId, string AccessToken)
{
    public const string Handle = "bench_viewer";
    private const string Password = "benchmark-password-1";

    public static async Task<ViewerAccount> SignUpAsync(HttpClient client, Uri profileService, CancellationToken cancellationToken)
    {
        await ProfileAccounts.SignUpAsync(client, profileService, Handle, Password, "Benchmark Viewer", cancellationToken);
        var accessToken = await ProfileAccounts.SignInAsync(client, profileService, Handle, Password, cancellationToken);

        var userId = await ProfileAccounts.UserIdAsync(client, profileService, Handle, accessToken, cancellationToken);
        Console.WriteLine($"  '{Handle}' is user {userId}");
        return new ViewerAccount(userId, accessToken);
    }
}
