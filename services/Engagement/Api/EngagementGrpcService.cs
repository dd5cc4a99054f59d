using Microsoft.AspNetCore.Authorization;
using Social.Contracts.Engagement.V1;

namespace Social.Engagement.Api;

/// <summary>The Engagement contract. Its RPCs arrive with the engagement feature; until then gRPC answers UNIMPLEMENTED.</summary>
[Authorize]
public sealed class EngagementGrpcService : EngagementService.EngagementServiceBase;
