using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.EventBus;
using Social.Storage;
using Social.Story.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcApi("Social Story API");
builder.AddTokenValidation();
// The service's own database and bus connection: its outbox and inbox are ready for the feature's tables.
builder.AddServiceStorage(ResourceNames.Story, []);
builder.AddEventBus(ResourceNames.Story);

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcApi<StoryGrpcService>();
app.MapDefaultEndpoints();

app.Run();
