using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// The discovery document names the signing-key set under the public issuer address (the gateway). Validators inside
/// the suite fetch it from the issuer directly instead, so checking a token never depends on the gateway being up.
/// </summary>
internal sealed class KeySetFromAuthority(Uri authority) : IOpenIddictValidationHandler<PrepareJsonWebKeySetRequestContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor(Uri authority) =>
        OpenIddictValidationHandlerDescriptor.CreateBuilder<PrepareJsonWebKeySetRequestContext>()
            .UseSingletonHandler(new KeySetFromAuthority(authority))
            // Before the HTTP request is built from the address.
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(PrepareJsonWebKeySetRequestContext context)
    {
        if (context.RemoteUri is { } published)
        {
            context.RemoteUri = new Uri(authority, published.PathAndQuery.TrimStart('/'));
        }

        return ValueTask.CompletedTask;
    }
}
