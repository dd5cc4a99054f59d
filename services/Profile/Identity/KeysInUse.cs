using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Protection;

namespace Social.Profile.Identity;

/// <summary>
/// Signs and encrypts each new token with the keys in use at that moment (<see cref="KeyRing.CurrentAt"/>), so every
/// instance switches to a rotated key at its instant without a restart. OpenIddict would otherwise use whichever key it
/// sorted first at start; every key of both rings stays registered, so tokens made with an older one still validate
/// and decrypt.
/// </summary>
internal sealed class KeysInUse(KeyRing signing, KeyRing encryption, TimeProvider clock) : IOpenIddictServerHandler<GenerateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor(KeyRing signing, KeyRing encryption) =>
        OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
            .UseSingletonHandler(provider => new KeysInUse(signing, encryption, provider.GetRequiredService<TimeProvider>()))
            // Right after OpenIddict attaches its defaults, before the token is built with them.
            .SetOrder(AttachSecurityCredentials.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(GenerateTokenContext context)
    {
        var now = clock.GetUtcNow();
        if (context.SigningCredentials is not null)
        {
            var id = signing.CurrentAt(now).Key.KeyId;
            context.SigningCredentials = context.Options.SigningCredentials.Find(credentials => credentials.Key.KeyId == id)
                ?? throw NotRegistered(id);
        }

        // Null where the token is not to be encrypted (access tokens here): leave it so.
        if (context.EncryptionCredentials is not null)
        {
            var id = encryption.CurrentAt(now).Key.KeyId;
            context.EncryptionCredentials = context.Options.EncryptionCredentials.Find(credentials => credentials.Key.KeyId == id)
                ?? throw NotRegistered(id);
        }

        return ValueTask.CompletedTask;
    }

    private static InvalidOperationException NotRegistered(string id) =>
        new($"Key {id} is in use but was not registered with the token server.");
}
