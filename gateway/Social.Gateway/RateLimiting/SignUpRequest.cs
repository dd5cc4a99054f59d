namespace Social.Gateway.RateLimiting;

/// <summary>Recognises account creation, by its JSON path or its gRPC method (both reach Profile's CreateAccount).</summary>
internal static class SignUpRequest
{
    private const string JsonPath = "/api/v1/accounts";
    private const string GrpcPath = "/social.profile.v1.ProfileService/CreateAccount";

    public static bool Matches(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals(JsonPath, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(GrpcPath, StringComparison.Ordinal));
}
