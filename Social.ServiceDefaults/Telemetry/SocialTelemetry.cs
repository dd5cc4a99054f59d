using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Social.ServiceDefaults.Telemetry;

/// <summary>The activity source and meter of the shared plumbing (outbox relay, inbox). Spans carry ids, never content.</summary>
public static class SocialTelemetry
{
    public const string ActivitySourceName = "Social";
    public const string MeterName = "Social";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    public static readonly Meter Meter = new(MeterName);
}
