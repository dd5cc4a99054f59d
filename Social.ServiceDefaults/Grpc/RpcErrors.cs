using System.Diagnostics.CodeAnalysis;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Google.Protobuf;
using Grpc.Core;
using Social.ServiceDefaults.Validation;
using Status = Google.Rpc.Status;

namespace Social.ServiceDefaults.Grpc;

/// <summary>
/// Errors in the rich gRPC error model: a status code, a human message, an <see cref="ErrorInfo"/> whose reason is
/// the stable machine-readable code of the public API, and field violations for invalid input. The gateway turns
/// them into the documented JSON error body; gRPC callers read them with <c>GetRpcStatus()</c>.
/// </summary>
public static class RpcErrors
{
    public const string Domain = "social";

    /// <summary>The trailer that carries the rich status (as the gRPC error model names it).</summary>
    private const string StatusDetailsTrailerName = "grpc-status-details-bin";

    [DoesNotReturn]
    public static void ThrowInvalidArgument(IReadOnlyCollection<FieldViolation> violations) =>
        throw Create(Code.InvalidArgument, ErrorCodes.InvalidArgument, "The request has invalid fields.", violations);

    [DoesNotReturn]
    public static void ThrowAlreadyExists(string errorCode, string message) =>
        throw Create(Code.AlreadyExists, errorCode, message);

    [DoesNotReturn]
    public static void ThrowFailedPrecondition(string errorCode, string message) =>
        throw Create(Code.FailedPrecondition, errorCode, message);

    [DoesNotReturn]
    public static void ThrowNotFound(string message) =>
        throw Create(Code.NotFound, ErrorCodes.NotFound, message);

    public static RpcException Create(Code code, string errorCode, string message, IReadOnlyCollection<FieldViolation>? violations = null)
    {
        var status = Status(code, errorCode, message);
        if (violations is { Count: > 0 })
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
            status.Details.Add(Any.Pack(badRequest));
        }

        return Decided(status);
    }

    /// <summary>
    /// Another service's refusal, answered as this service's own: for the few refusals that are about the caller's
    /// request itself (its fields, its idempotency key) and mean the same to the caller as they did downstream.
    /// </summary>
    public static RpcException Relay(RpcException downstream) =>
        downstream.GetRpcStatus() is { } status ? Decided(status) : DownstreamUnavailable();

    /// <summary>What a client is told when a service this request needs failed or could not be reached.</summary>
    public static RpcException DownstreamUnavailable() =>
        Create(Code.Unavailable, ErrorCodes.ServiceUnavailable, "A service this request needs is unavailable right now; try again.");

    private static DecidedRpcException Decided(Status status) =>
        new DecidedRpcException(new global::Grpc.Core.Status((StatusCode)status.Code, status.Message),
            new Metadata { { StatusDetailsTrailerName, status.ToByteArray() } });

    /// <summary>The status with its <see cref="ErrorInfo"/>, for the few places that write it without an exception.</summary>
    public static Status Status(Code code, string errorCode, string message) => new()
    {
        Code = (int)code,
        Message = message,
        Details = { Any.Pack(new ErrorInfo { Reason = errorCode, Domain = Domain }) },
    };
}
