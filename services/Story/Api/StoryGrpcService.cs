using Microsoft.AspNetCore.Authorization;
using Social.Contracts.Story.V1;

namespace Social.Story.Api;

/// <summary>The Story contract. Its RPCs arrive with the stories feature; until then gRPC answers UNIMPLEMENTED.</summary>
[Authorize]
public sealed class StoryGrpcService : StoryService.StoryServiceBase;
