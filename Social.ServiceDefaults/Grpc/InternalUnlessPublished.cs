using System.Reflection;
using Google.Api;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Social.ServiceDefaults.Auth;

namespace Social.ServiceDefaults.Grpc;

/// <summary>
/// An RPC the contract gives no public path (no <c>google.api.http</c> rule) is for internal callers only, whether or
/// not its implementation says so: a method added without an authorization attribute is refused to users (403 /
/// <c>PERMISSION_DENIED</c>) rather than open to any signed-in user who calls it over gRPC through the gateway.
/// </summary>
internal static class InternalUnlessPublished
{
    public static void Apply(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<GrpcMethodMetadata>().FirstOrDefault() is not { } grpc
            || HasPublicPath(grpc.ServiceType, grpc.Method))
        {
            return;
        }

        endpoint.Metadata.Add(new AuthorizeAttribute(SocialAuth.InternalPolicy));
    }

    private static bool HasPublicPath(Type serviceType, IMethod method)
    {
        // The generated base class names the static class that holds the service's descriptor.
        var binder = serviceType.GetCustomAttribute<BindServiceMethodAttribute>(inherit: true)
            ?? throw new InvalidOperationException($"{serviceType} is not a generated gRPC service.");
        var descriptor = (ServiceDescriptor?)binder.BindType.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{binder.BindType} has no service descriptor.");
        return descriptor.FindMethodByName(method.Name)?.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is not null;
    }
}
