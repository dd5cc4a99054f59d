namespace Social.ServiceDefaults.Grpc;

/// <summary>
/// A JSON status a transcoded method answers, where it is not just 200 (what the OpenAPI description says by
/// default): a creation answers 201 (and a retry of its Idempotency-Key 200). The method sets the status itself
/// (<see cref="ServerCallContextExtensions.SetJsonStatusCode"/>); this documents it, and the contract test holds the
/// two together.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class JsonStatusAttribute(int statusCode, string description) : Attribute
{
    public int StatusCode { get; } = statusCode;

    public string Description { get; } = description;
}
