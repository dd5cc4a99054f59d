namespace Social.Gateway.Routing;

/// <summary>How the gateway treats a route's traffic; stored in the YARP route metadata.</summary>
internal enum RouteKind
{
    /// <summary>Public JSON API: JSON bodies only, 1 MiB limit, errors rewritten into the public error body.</summary>
    Json,

    /// <summary>gRPC pass-through over HTTP/2: bodies and trailers untouched.</summary>
    Grpc,

    /// <summary>OAuth 2.0 endpoints: form-encoded bodies and RFC 6749 errors, forwarded untouched.</summary>
    OAuth,

    /// <summary>
    /// A Server-Sent Events stream (GET only): never buffered, idle for up to a heartbeat, open for as long as the
    /// client stays; counted once when it opens and against the caller's open streams while it lasts.
    /// </summary>
    Stream,
}
