using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// Optimistic concurrency as OpenIddict expects it: a write made from a read that is no longer current fails with
/// <see cref="OpenIddictExceptions.ConcurrencyException"/>. It is what makes a refresh token redeemed by two requests
/// (two instances) at once succeed at most once, with no lock anywhere.
/// </summary>
public abstract partial class OAuthStoreConformance
{
    [Fact]
    public async Task Of_two_updates_from_the_same_read_the_secondChangefails_with_a_concurrency_error()
    {
        var app = await CreateApplicationAsync("mobile");
        var id = await CreateTokenAsync("ana", app);
        await using var first = NewScope();
        await using var second = NewScope();
        var firstRead = await Tokens(first).FindByIdAsync(id, Cancellation);
        var secondRead = await Tokens(second).FindByIdAsync(id, Cancellation);

        await Tokens(first).UpdateAsync(firstRead!, Cancellation);

        await Assert.ThrowsAsync<OpenIddictExceptions.ConcurrencyException>(() => Tokens(second).UpdateAsync(secondRead!, Cancellation).AsTask());
        await Assert.ThrowsAsync<OpenIddictExceptions.ConcurrencyException>(() => Tokens(second).DeleteAsync(secondRead!, Cancellation).AsTask());
        Assert.Equal(Statuses.Valid, await TokenStatusAsync(id));
    }

    [Fact]
    public async Task An_application_changed_since_it_was_read_is_not_overwritten()
    {
        var id = await CreateApplicationAsync("mobile");
        await using var first = NewScope();
        await using var second = NewScope();
        var firstRead = await Applications(first).FindByIdAsync(id, Cancellation);
        var secondRead = await Applications(second).FindByIdAsync(id, Cancellation);

        await Applications(first).UpdateAsync(firstRead!, await RenamedAsync(Applications(first), firstRead!, "First"), Cancellation);

        var secondChange = await RenamedAsync(Applications(second), secondRead!, "Second");
        await Assert.ThrowsAsync<OpenIddictExceptions.ConcurrencyException>(() => Applications(second).UpdateAsync(secondRead!, secondChange, Cancellation).AsTask());
        await using var check = NewScope();
        Assert.Equal("First", await Applications(check).GetDisplayNameAsync((await Applications(check).FindByIdAsync(id, Cancellation))!, Cancellation));
    }

    private static async Task<OpenIddictApplicationDescriptor> RenamedAsync(IOpenIddictApplicationManager applications, object application, string name)
    {
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, Cancellation);
        descriptor.DisplayName = name;
        return descriptor;
    }

    [Fact]
    public async Task Two_concurrent_redemptions_of_one_refresh_token_succeed_once()
    {
        var app = await CreateApplicationAsync("mobile");
        var id = await CreateTokenAsync("ana", app);
        await using var first = NewScope();
        await using var second = NewScope();
        var firstRead = await Tokens(first).FindByIdAsync(id, Cancellation);
        var secondRead = await Tokens(second).FindByIdAsync(id, Cancellation);

        var redeemed = await Task.WhenAll(
            Tokens(first).TryRedeemAsync(firstRead!, Cancellation).AsTask(),
            Tokens(second).TryRedeemAsync(secondRead!, Cancellation).AsTask());

        Assert.Single(redeemed, won => won);
        Assert.Equal(Statuses.Redeemed, await TokenStatusAsync(id));
    }

    [Fact]
    public async Task A_token_revoked_after_it_was_read_can_no_longer_be_redeemed_from_that_read()
    {
        var app = await CreateApplicationAsync("mobile");
        var id = await CreateTokenAsync("ana", app);
        await using var refresh = NewScope();
        var read = await Tokens(refresh).FindByIdAsync(id, Cancellation);

        await using (var signOut = NewScope())
        {
            await Tokens(signOut).RevokeBySubjectAsync("ana", Cancellation);
        }

        Assert.False(await Tokens(refresh).TryRedeemAsync(read!, Cancellation));
        Assert.Equal(Statuses.Revoked, await TokenStatusAsync(id));
    }
}
