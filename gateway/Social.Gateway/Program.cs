using Social.Gateway.Errors;
using Social.Gateway.OpenApi;
using Social.Gateway.RateLimiting;
using Social.Gateway.Routing;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// Endpoints (appsettings.json): "http" http://localhost:5080, HTTP/1.1, for JSON, /health, /openapi/v1.json and /docs;
// "grpc" http://localhost:5081, HTTP/2 by prior knowledge, for gRPC pass-through. Without TLS there is no ALPN, so one
// endpoint cannot offer both. The body limit is the public one; Kestrel also counts chunked bodies as they stream.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = GrpcApiExtensions.MaxRequestBytes);
builder.AddGatewayProxy();
builder.AddGatewayRateLimiting();
builder.AddApiDocs();

var app = builder.Build();

app.UseGatewayExceptionHandler();
// Only the proxied routes are limited: health, liveness and the API docs never are.
app.UseGatewayRateLimiting();
app.MapDefaultEndpoints();
app.MapApiDocs();
app.MapGatewayProxy();
app.MapRouteNotFound();

app.Run();
