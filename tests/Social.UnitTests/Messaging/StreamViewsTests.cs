using Social.Messaging.Api;
using Social.Messaging.Domain.Stream;

namespace Social.UnitTests.Messaging;

public sealed class StreamViewsTests
{
    [Fact]
    public void A_heartbeat_reaches_grpc_callers_as_a_heartbeat_event_with_no_position_and_no_payload()
    {
        var view = StreamViews.Event(StreamEvent.Heartbeat);

        Assert.Equal(("heartbeat", 0L), (view.Type, view.Position));
        Assert.Equal(Social.Contracts.Messaging.V1.StreamEvent.PayloadOneofCase.None, view.PayloadCase);
    }
}
