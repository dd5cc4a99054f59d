using System.Diagnostics.CodeAnalysis;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
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

        return status.ToRpcException();
    }

    /// <summary>The status with its <see cref="ErrorInfo"/>, for the few places that write it without an exception.</summary>
    public static Status Status(Code code, string errorCode, string message) => new()
    {
        Code = (int)code,
        Message = message,
        Details = { Any.Pack(new ErrorInfo { Reason = errorCode, Domain = Domain }) },
    };
}
