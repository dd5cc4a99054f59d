using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Social.Contracts.Profile.V1;
using Social.KnownUsers.Consumers;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;

namespace Social.KnownUsers;

public static class KnownUsersExtensions
{
    /// <summary>
    /// The known-users use cases over the service's store (<typeparamref name="TStore"/>, which must also be
    /// registered as the service's own port) and its consequences of account changes (<typeparamref name="TEffects"/>).
    /// </summary>
    public static IServiceCollection AddKnownUsers<TTransaction, TEffects>(this IServiceCollection services, string serviceName)
        where TTransaction : IKnownUsersTransaction
        where TEffects : class, IKnownUserEffects<TTransaction>
    {
        services.TryAddSingleton(new KnownUsersScope(serviceName));
        services.TryAddSingleton<IKnownUserEffects<TTransaction>, TEffects>();
        services.TryAddSingleton<KnownUsers<TTransaction>>();
        return services;
    }

    /// <summary>Lets the service learn an account no event has announced yet from Profile (internal gRPC).</summary>
    public static IHostApplicationBuilder AddKnownUsersReadThrough(this IHostApplicationBuilder builder)
    {
        AddProfileClient(builder);
        builder.Services.TryAddSingleton<IAccountSource, ProfileAccountSource>();
        return builder;
    }

    /// <summary>
    /// Lets the service show users as Profile does (handle, display name, avatar) beside what they did or in a list:
    /// <see cref="IProfileDirectory"/>, one Profile call per page of users.
    /// </summary>
    public static IHostApplicationBuilder AddProfileDirectory(this IHostApplicationBuilder builder)
    {
        AddProfileClient(builder);
        builder.Services.TryAddSingleton<IProfileDirectory, ProfileDirectory>();
        return builder;
    }

    // Once per service: a second registration would add a second set of call credentials to the same client.
    private static void AddProfileClient(IHostApplicationBuilder builder)
    {
        if (builder.Services.All(service => service.ServiceType != typeof(ProfileService.ProfileServiceClient)))
        {
            builder.AddInternalGrpcClient<ProfileService.ProfileServiceClient>(ResourceNames.Profile);
        }
    }

    /// <summary>
    /// Consumes Profile's account events into the known users, on the service's own queues
    /// (<c>{service}-account-created</c>, …): every service keeps its own replica, its replicas compete on them.
    /// </summary>
    public static IBusRegistrationConfigurator AddKnownUsersConsumers<TTransaction>(this IBusRegistrationConfigurator bus, string serviceName)
        where TTransaction : IKnownUsersTransaction
    {
        bus.AddConsumer<AccountCreatedConsumer<TTransaction>>().Endpoint(e => e.Name = $"{serviceName}-account-created");
        bus.AddConsumer<AccountDeletedConsumer<TTransaction>>().Endpoint(e => e.Name = $"{serviceName}-account-deleted");
        bus.AddConsumer<ProfileSettingsChangedConsumer<TTransaction>>().Endpoint(e => e.Name = $"{serviceName}-profile-settings-changed");
        return bus;
    }
}
