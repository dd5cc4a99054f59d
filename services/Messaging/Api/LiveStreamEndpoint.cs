using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Social.Messaging.Domain.Stream;
using Social.ServiceDefaults.Auth;

namespace Social.Messaging.Api;

/// <summary>
/// <c>GET /api/v1/stream</c>: the signed-in user's live stream as Server-Sent Events (https://html.spec.whatwg.org/multipage/server-sent-events.html).
/// Each stored event carries <c>id:</c> (its stream position), <c>event:</c> (its type) and <c>data:</c> (JSON);
/// typing carries no id, so a browser's Last-Event-ID stays on the last stored event. A reconnect names its last
/// position in <c>Last-Event-ID</c> (or <c>?after=</c>). The user is the access token's subject, or, for an
/// EventSource, the owner of a single-use <c>?ticket=</c>. Idle streams get a comment line every heartbeat.
/// </summary>
public static partial class LiveStreamEndpoint
{
    public const string Path = "/api/v1/stream";

    private static readonly byte[] Opening = Encoding.UTF8.GetBytes("retry: 2000\n: stream open\n\n");

    public static WebApplication MapLiveStream(this WebApplication app)
    {
        app.MapGet(Path, StreamAsync)
            // The service decides: a bearer token or a ticket (checked below); the token, when sent, is still validated.
            .AllowAnonymous()
            .WithName("Stream")
            .WithTags("MessagingService")
            .WithSummary("My live stream, as Server-Sent Events.")
            .WithDescription(
                "Events `message`, `message_edited`, `message_deleted`, `reaction`, `read`, `conversation` and `reset` carry `id:` (my stream position); "
                + "`typing` carries none and is never replayed. Send `Last-Event-ID` (or `after`) to get what was missed after it, once, then live events. "
                + "An EventSource, which cannot send Authorization, opens it with `ticket` from POST /api/v1/stream/tickets instead.")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream");
        return app;
    }

    // The query and header parameters are declared so that the OpenAPI document lists them; they are read as text and
    // checked here, so a bad one gets the same error body as every other call.
    private static async Task StreamAsync(
        HttpContext context,
        LiveStreams live,
        StreamTickets tickets,
        ILoggerFactory loggers,
        [FromQuery(Name = "ticket")] string? ticket,
        [FromQuery(Name = "after")] string? after,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventId)
    {
        var logger = loggers.CreateLogger(typeof(LiveStreamEndpoint));
        var cancellationToken = context.RequestAborted;
        Guid? caller = Guid.TryParse(context.User.FindFirst(CallerIdentity.SubjectClaim)?.Value, out var subject) ? subject : null;

        if (!TryReadPosition(lastEventId is { Length: > 0 } ? lastEventId : after, out var position))
        {
            await StreamErrors.InvalidAsync(context, "Last-Event-ID and after are a stream position: a whole number, 0 or more.");
            return;
        }

        Guid userId;
        if (ticket is { Length: > 0 })
        {
            if (await tickets.RedeemAsync(ticket, caller, cancellationToken) is not { } owner)
            {
                await StreamErrors.UnauthenticatedAsync(context, "The stream ticket is unknown, used, expired or not yours.");
                return;
            }

            userId = owner;
        }
        else if (caller is { } me)
        {
            userId = me;
        }
        else
        {
            await StreamErrors.UnauthenticatedAsync(context, "A valid access token or stream ticket is required.");
            return;
        }

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-transform";
        // Proxies that buffer by default (nginx) pass each event on at once.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        LogOpened(logger, userId, position);
        await response.Body.WriteAsync(Opening, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
        try
        {
            // Events that are ready together (one read of the store) go out in one write: a busy stream (thousands of
            // activity events a minute) costs a flush, a chunk through the gateway and a read by the client per read of
            // the store, not per event. The stream flushes whenever it is about to wait, so nothing ready is held back.
            using var frames = new StreamFrameWriter(response.BodyWriter);
            await using var events = live.FollowAsync(userId, position, cancellationToken).GetAsyncEnumerator(cancellationToken);
            var next = events.MoveNextAsync();
            while (await next)
            {
                frames.Write(events.Current);
                next = events.MoveNextAsync();
                if (!next.IsCompleted)
                {
                    await response.BodyWriter.FlushAsync(cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: the normal end of a stream.
        }

        LogClosed(logger, userId);
    }

    /// <summary>The position to go on from: Last-Event-ID (what a browser sends on its own) over <c>?after=</c>; 0 when neither.</summary>
    private static bool TryReadPosition(string? value, out long position)
    {
        if (string.IsNullOrEmpty(value))
        {
            position = 0;
            return true;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out position);
    }

    // Ids only: never the ticket, never content.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Stream of {UserId} opened after {After}")]
    private static partial void LogOpened(ILogger logger, Guid userId, long after);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stream of {UserId} closed")]
    private static partial void LogClosed(ILogger logger, Guid userId);
}
