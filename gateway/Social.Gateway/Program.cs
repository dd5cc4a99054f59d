using Social.Gateway.Auth;
using Social.Gateway.Cors;
using Social.Gateway.Errors;
using Social.Gateway.Forwarding;
using Social.Gateway.OpenApi;
using Social.Gateway.RateLimiting;
using Social.Gateway.Routing;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// Endpoints (appsettings.json): "http" http://localhost:5080, HTTP/1.1, for JSON, /health, /openapi/v1.json and /docs;
// "grpc" http://localhost:5081, HTTP/2 by prior knowledge, for gRPC pass-through. Without TLS there is no ALPN, so one
// endpoint cannot offer both. The body limit is the public one; Kestrel also counts chunked bodies as they stream.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = GrpcApiExtensions.MaxRequestBytes);
builder.AddGatewayProxy();
// Tokens are checked here too (defence in depth): a forged or expired token never reaches a service. Validated tokens
// are remembered until they expire (bounded), as in every service: most calls carry a token already seen.
builder.AddTokenValidation();
builder.AddGatewayForwardedHeaders();
builder.AddGatewayCors();
builder.AddGatewayRateLimiting();
builder.AddApiDocs();

var app = builder.Build();

// Before anything reads the client's address: behind a listed load balancer it is the one X-Forwarded-For names.
app.UseGatewayForwardedHeaders();
// Then CORS, before anything that may answer on the gateway's own, so that every answer carries its headers.
app.UseGatewayCors();
app.UseGatewayExceptionHandler();
// Authentication first, so that the per-user limit counts the token's verified subject; then the limits (only the
// proxied routes are limited: health, liveness and the API docs never are); then each route's token requirement.
app.UseAuthentication();
app.UseGatewayRateLimiting();
app.UseRouteAccess();
// Explicit, or WebApplication would add it ahead of everything above. It decides only endpoints with authorization
// metadata, which none of the gateway's have (the proxied routes' access is RouteAccessMiddleware's): for the rest it
// passes the request on after a metadata lookup.
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapApiDocs();
app.MapGatewayProxy();
app.MapRouteNotFound();

app.Run();
