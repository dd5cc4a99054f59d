using System.Diagnostics.Metrics;
using Social.ServiceDefaults.Telemetry;

namespace Social.UnitTests.EventBus;

/// <summary>Adds up what one counter of the Social meter records while it is alive.</summary>
internal sealed class LongCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _total;

    public LongCounter(string instrumentName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SocialTelemetry.MeterName && instrument.Name == instrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
        _listener.Start();
    }

    public long Total => Interlocked.Read(ref _total);

    public void Dispose() => _listener.Dispose();
}
