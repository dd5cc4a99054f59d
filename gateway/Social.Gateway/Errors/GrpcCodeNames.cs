using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.Errors;

/// <summary>
/// The snake_case names of the gRPC status codes (https://grpc.github.io/grpc/core/md_doc_statuscodes.html), used as
/// the public <c>code</c> when an upstream error carries no ErrorInfo reason.
/// </summary>
internal static class GrpcCodeNames
{
    public static string For(int grpcCode) => grpcCode switch
    {
        1 => "cancelled",
        3 => ErrorCodes.InvalidArgument,
        4 => "deadline_exceeded",
        5 => ErrorCodes.NotFound,
        6 => "already_exists",
        7 => ErrorCodes.PermissionDenied,
        8 => GatewayErrorCodes.ResourceExhausted,
        9 => "failed_precondition",
        10 => "aborted",
        11 => "out_of_range",
        12 => GatewayErrorCodes.Unimplemented,
        14 => "unavailable",
        15 => "data_loss",
        16 => ErrorCodes.Unauthenticated,
        _ => ErrorCodes.Internal,
    };
}
