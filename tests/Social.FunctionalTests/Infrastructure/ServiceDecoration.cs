using Microsoft.Extensions.DependencyInjection;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>Wraps the service a host registered for <typeparamref name="T"/> (e.g. to make a real store fail for a while).</summary>
public static class ServiceDecoration
{
    public static IServiceCollection Decorate<T>(this IServiceCollection services, Func<T, T> decorate)
        where T : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(typeof(T), provider => decorate((T)Create(provider, registered)), registered.Lifetime));
        return services;
    }

    private static object Create(IServiceProvider provider, ServiceDescriptor registered) =>
        registered.ImplementationInstance
        ?? registered.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!);
}
