using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Engagement;

/// <summary>A test class of Engagement's API: its tests share one <see cref="EngagementSuiteFixture"/>.</summary>
public abstract class EngagementApiTestBase(EngagementSuiteFixture suite) : IClassFixture<EngagementSuiteFixture>
{
    protected Suite Services => suite.Services;

    protected GraphApi Graph => suite.Graph;

    protected EngagementApi Api => suite.Api;
}
