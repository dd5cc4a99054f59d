using Microsoft.Extensions.DependencyInjection;

namespace Social.Storage.FanOuts;

public static class FanOutExtensions
{
    /// <summary>Registers <typeparamref name="TWork"/> (made by <paramref name="create"/>), its signal and the worker that drives it.</summary>
    public static IServiceCollection AddFanOut<TWork>(this IServiceCollection services, Func<IServiceProvider, TWork> create)
        where TWork : class, IFanOutWork
    {
        services.AddSingleton<FanOutSignal<TWork>>();
        services.AddSingleton(create);
        services.AddHostedService<FanOutWorker<TWork>>();
        return services;
    }
}
