using System.Threading.Channels;
using MassTransit;
using Social.Contracts.Events;
using Social.Messaging.Domain.Stream;

namespace Social.Messaging.Api;

/// <summary>
/// Wakes this instance's streams at once and tells the other instances over the bus, straight after the commit
/// rather than through the outbox: a wake-up is not state (the entries are), and behind the outbox it waited for the
/// relay's turn, which put every event of the service on the delivery path of every message.
/// </summary>
/// <remarks>
/// The notices to the other instances go out one publish at a time, each bounded by <see cref="PublishTimeout"/>;
/// the wake-ups that commit meanwhile wait in a bounded queue and leave together in the next notice (one publish for
/// many messages under load). A broker that is down or stalled therefore costs one pending publish and at most
/// <see cref="MaxWaiting"/> queued wake-ups, never a publish per message: past the bound they are dropped, and the
/// other instances' streams catch up at their next heartbeat, as after any lost wake-up.
/// </remarks>
public sealed partial class BusStreamWakeUps : BackgroundService, IStreamWakeUps
{
    /// <summary>Wake-ups that may wait for the notice in flight; more are dropped.</summary>
    public const int MaxWaiting = 1024;

    /// <summary>The most users one notice names, so that a notice stays a small message.</summary>
    public const int MaxUsersPerNotice = 1000;

    /// <summary>A notice not confirmed by then is given up: a late wake-up is worth little more than a heartbeat's.</summary>
    public static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(2);

    private readonly Channel<IReadOnlyCollection<Guid>> _waiting =
        Channel.CreateBounded<IReadOnlyCollection<Guid>>(new BoundedChannelOptions(MaxWaiting) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly StreamHub _hub;
    private readonly Func<StreamEntriesAppended, CancellationToken, Task> _publish;
    private readonly TimeProvider _clock;
    private readonly ILogger<BusStreamWakeUps> _logger;
    private int _dropping;

    public BusStreamWakeUps(StreamHub hub, IBus bus, TimeProvider clock, ILogger<BusStreamWakeUps> logger)
        : this(hub, (notice, cancellationToken) => bus.Publish(notice, cancellationToken), clock, logger)
    {
    }

    /// <param name="publish">Sends a notice to every instance; it must honour its cancellation token.</param>
    public BusStreamWakeUps(StreamHub hub, Func<StreamEntriesAppended, CancellationToken, Task> publish, TimeProvider clock, ILogger<BusStreamWakeUps> logger)
    {
        _hub = hub;
        _publish = publish;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Wake-ups waiting for the notice in flight (at most <see cref="MaxWaiting"/>).</summary>
    public int Waiting => _waiting.Reader.Count;

    public void Wake(IReadOnlyCollection<Guid> userIds)
    {
        _hub.Wake(userIds);
        if (!_waiting.Writer.TryWrite(userIds) && Interlocked.Exchange(ref _dropping, 1) == 0)
        {
            LogDropping(_logger, MaxWaiting);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _waiting.Reader.WaitToReadAsync(stoppingToken))
            {
                var userIds = new HashSet<Guid>();
                while (userIds.Count < MaxUsersPerNotice && _waiting.Reader.TryRead(out var woken))
                {
                    userIds.UnionWith(woken);
                }

                await TellOtherInstancesAsync([.. userIds], stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what still waits is live only, and the other instances' streams catch up at their heartbeat.
        }
    }

    private async Task TellOtherInstancesAsync(IReadOnlyList<Guid> userIds, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(PublishTimeout, _clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await _publish(new StreamEntriesAppended { UserIds = userIds, Origin = _hub.InstanceId }, either.Token);
            if (Interlocked.Exchange(ref _dropping, 0) == 1)
            {
                LogResumed(_logger);
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogWakeUpLost(_logger, exception, userIds.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A wake-up for {Users} streams did not reach the other instances; their streams catch up at their next heartbeat.")]
    private static partial void LogWakeUpLost(ILogger logger, Exception exception, int users);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Waiting} wake-ups wait for the broker; further ones are dropped until it confirms again, and the other instances' streams catch up at their next heartbeat.")]
    private static partial void LogDropping(ILogger logger, int waiting);

    [LoggerMessage(Level = LogLevel.Information, Message = "The broker confirms wake-ups again.")]
    private static partial void LogResumed(ILogger logger);
}
