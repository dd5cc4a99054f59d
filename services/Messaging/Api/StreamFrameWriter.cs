using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Social.Messaging.Domain.Stream;

namespace Social.Messaging.Api;

/// <summary>
/// Writes one stream's Server-Sent Events into its response: <c>id:</c> (the stream position, when stored),
/// <c>event:</c> (the type) and <c>data:</c> (the payload as <see cref="StreamEventJson"/> writes it). Each frame goes
/// straight into the response's buffer, with one JSON writer reused for the stream's life.
/// </summary>
public sealed class StreamFrameWriter(PipeWriter body) : IDisposable
{
    private static readonly byte[] HeartbeatLine = Encoding.UTF8.GetBytes(": heartbeat\n\n");

    private readonly Utf8JsonWriter _json = new(body);

    public void Write(StreamEvent streamEvent)
    {
        if (streamEvent.Type == StreamEventTypes.Heartbeat)
        {
            body.Write(HeartbeatLine);
            return;
        }

        if (streamEvent.Position > 0)
        {
            body.Write("id: "u8);
            WritePosition(streamEvent.Position);
            body.Write("\n"u8);
        }

        body.Write("event: "u8);
        Encoding.UTF8.GetBytes(streamEvent.Type, body);
        body.Write("\ndata: "u8);
        _json.Reset(body);
        StreamEventJson.Write(_json, StreamViews.Event(streamEvent));
        _json.Flush();
        body.Write("\n\n"u8);
    }

    public void Dispose() => _json.Dispose();

    private void WritePosition(long position)
    {
        var span = body.GetSpan(20);
        if (!position.TryFormat(span, out var written, provider: CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A stream position is at most 20 digits.");
        }

        body.Advance(written);
    }
}
