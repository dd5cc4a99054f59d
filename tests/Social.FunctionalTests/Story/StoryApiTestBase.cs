using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Story;

/// <summary>A test class of Story's API: its tests share one <see cref="StorySuiteFixture"/>.</summary>
public abstract class StoryApiTestBase(StorySuiteFixture suite) : IClassFixture<StorySuiteFixture>
{
    protected Suite Services => suite.Services;

    protected ShiftedClock Clock => suite.Clock;

    protected GraphApi Graph => suite.Graph;

    protected MessagingApi Messaging => suite.Messaging;

    protected StoryApi Api => suite.Api;
}
