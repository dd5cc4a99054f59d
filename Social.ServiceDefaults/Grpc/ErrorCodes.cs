namespace Social.ServiceDefaults.Grpc;

/// <summary>The stable machine-readable <c>code</c> values of the public API's error body.</summary>
public static class ErrorCodes
{
    public const string InvalidArgument = "invalid_argument";
    public const string NotFound = "not_found";
    public const string HandleTaken = "handle_taken";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string Unauthenticated = "unauthenticated";
    public const string PermissionDenied = "permission_denied";

    /// <summary>A private account's lists or content, asked for by someone who is not an approved follower.</summary>
    public const string PrivateAccount = "private_account";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RouteNotFound = "route_not_found";
    public const string RateLimited = "rate_limited";
    public const string ServiceUnavailable = "service_unavailable";
    public const string Internal = "internal";
}
