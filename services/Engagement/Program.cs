using Social.Engagement.Api;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.EventBus;
using Social.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Engagement API");
builder.AddTokenValidation();
// The service's own database and bus connection: its outbox and inbox are ready for the feature's tables.
builder.AddServiceStorage(ResourceNames.Engagement, []);
builder.AddEventBus(ResourceNames.Engagement);

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcApi<EngagementGrpcService>();
app.MapDefaultEndpoints();

app.Run();
