namespace Social.Gateway.Errors;

/// <summary>Error codes only the gateway produces, beside the shared ones in <c>ErrorCodes</c>.</summary>
internal static class GatewayErrorCodes
{
    public const string BadRequest = "bad_request";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string RateLimited = "rate_limited";
    public const string ResourceExhausted = "resource_exhausted";
    public const string Unimplemented = "unimplemented";
}
