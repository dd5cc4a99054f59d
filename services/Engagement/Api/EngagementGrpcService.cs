using Social.Contracts.Engagement.V1;

namespace Social.Engagement.Api;

/// <summary>The Engagement contract. Its RPCs arrive with the engagement feature; until then gRPC answers UNIMPLEMENTED.</summary>
public sealed class EngagementGrpcService : EngagementService.EngagementServiceBase;
