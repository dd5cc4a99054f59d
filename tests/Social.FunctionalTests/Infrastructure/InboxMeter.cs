using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Social.ServiceDefaults.Telemetry;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>Listens to the inbox metric: how many messages each consumer applied, and how many it recognised as duplicates.</summary>
public sealed class InboxMeter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Consumer, string Outcome), long> _counts = new();

    public InboxMeter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SocialTelemetry.MeterName && instrument.Name == "social.inbox.messages")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? consumer = null, outcome = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "consumer")
                {
                    consumer = tag.Value as string;
                }
                else if (tag.Key == "outcome")
                {
                    outcome = tag.Value as string;
                }
            }

            _counts.AddOrUpdate((consumer ?? "?", outcome ?? "?"), value, (_, total) => total + value);
        });
        _listener.Start();
    }

    public long Applied(string consumer) => _counts.GetValueOrDefault((consumer, "applied"));

    public long Duplicates(string consumer) => _counts.GetValueOrDefault((consumer, "duplicate"));

    public void Dispose() => _listener.Dispose();
}
