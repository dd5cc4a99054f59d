using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Social.ServiceDefaults.Telemetry;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>
/// Adds up what one counter of the Social meter records while it is alive, per value of one tag. The meter is the
/// process's: tests running beside each other record into it too, so a test narrows it to what is its own with
/// <c>only</c> (a tag and the value it must have).
/// </summary>
public sealed class TaggedCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();

    public TaggedCounter(string instrumentName, string tag, (string Tag, string Value)? only = null)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SocialTelemetry.MeterName && instrument.Name == instrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var key = "?";
            var mine = only is null;
            foreach (var pair in tags)
            {
                var text = Convert.ToString(pair.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "?";
                if (pair.Key == tag)
                {
                    key = text;
                }

                if (only is { } filter && pair.Key == filter.Tag && text == filter.Value)
                {
                    mine = true;
                }
            }

            if (!mine)
            {
                return;
            }

            _totals.AddOrUpdate(key, value, (_, total) => total + value);
        });
        _listener.Start();
    }

    /// <summary>The totals so far, by tag value, in tag order.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Totals => [.. _totals.OrderBy(t => t.Key, StringComparer.Ordinal)];

    public long Total => _totals.Values.Sum();

    public void Dispose() => _listener.Dispose();
}
