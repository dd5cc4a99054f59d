using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Messaging;

/// <summary>A test class of Messaging's API: its tests share one <see cref="MessagingSuiteFixture"/>.</summary>
public abstract class MessagingApiTestBase(MessagingSuiteFixture suite) : IClassFixture<MessagingSuiteFixture>
{
    protected Suite Services => suite.Services;

    protected GraphApi Graph => suite.Graph;

    protected MessagingApi Api => suite.Api;
}
