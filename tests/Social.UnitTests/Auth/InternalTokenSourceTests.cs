using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Social.ServiceDefaults.Auth;

namespace Social.UnitTests.Auth;

/// <summary>
/// The internal token source renews the token once for everyone who needs it meanwhile, shares the outcome, lets a
/// caller give up alone, and ends every wait when it is disposed, even while the issuer does not answer.
/// </summary>
public sealed class InternalTokenSourceTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly Issuer _issuer = new();
    private readonly InternalTokenSource _source;

    public InternalTokenSourceTests()
    {
        _source = new InternalTokenSource(
            new OneClientFactory(_issuer),
            Options.Create(new InternalClientOptions { Id = "messaging", Secret = "secret" }),
            Options.Create(new TokenValidationOptions { Authority = new Uri("http://profile/") }),
            _clock);
    }

    [Fact]
    public async Task Callers_waiting_together_share_one_request_and_its_token()
    {
        var first = _source.GetAsync(TestContext.Current.CancellationToken).AsTask();
        var second = _source.GetAsync(TestContext.Current.CancellationToken).AsTask();
        await _issuer.Requested.Task.WaitAsync(TestContext.Current.CancellationToken);

        _issuer.Answer(Token("token-1", expiresIn: 3600));

        Assert.Equal("token-1", await first);
        Assert.Equal("token-1", await second);
        Assert.Equal(1, _issuer.Requests);
    }

    [Fact]
    public async Task The_token_is_reused_until_a_minute_before_it_expires_then_renewed()
    {
        _issuer.AnswerAtOnce = Token("token-1", expiresIn: 600);
        Assert.Equal("token-1", await _source.GetAsync(TestContext.Current.CancellationToken));

        _clock.Advance(TimeSpan.FromMinutes(8));
        _issuer.AnswerAtOnce = Token("token-2", expiresIn: 600);
        Assert.Equal("token-1", await _source.GetAsync(TestContext.Current.CancellationToken));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("token-2", await _source.GetAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, _issuer.Requests);
    }

    [Fact]
    public async Task A_failed_request_fails_everyone_who_waited_for_it_once_and_the_next_call_asks_again()
    {
        var first = _source.GetAsync(TestContext.Current.CancellationToken).AsTask();
        var second = _source.GetAsync(TestContext.Current.CancellationToken).AsTask();
        await _issuer.Requested.Task.WaitAsync(TestContext.Current.CancellationToken);

        _issuer.Answer(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        await Assert.ThrowsAsync<HttpRequestException>(() => first);
        await Assert.ThrowsAsync<HttpRequestException>(() => second);
        Assert.Equal(1, _issuer.Requests);

        _issuer.AnswerAtOnce = Token("token-1", expiresIn: 3600);
        Assert.Equal("token-1", await _source.GetAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, _issuer.Requests);
    }

    [Fact]
    public async Task A_caller_that_gives_up_stops_waiting_without_failing_the_request_for_the_others()
    {
        using var givingUp = new CancellationTokenSource();
        var impatient = _source.GetAsync(givingUp.Token).AsTask();
        var patient = _source.GetAsync(TestContext.Current.CancellationToken).AsTask();
        await _issuer.Requested.Task.WaitAsync(TestContext.Current.CancellationToken);

        await givingUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);

        _issuer.Answer(Token("token-1", expiresIn: 3600));
        Assert.Equal("token-1", await patient);
        Assert.Equal(1, _issuer.Requests);
    }

    [Fact]
    public async Task Disposing_the_source_ends_every_wait_on_an_issuer_that_never_answers()
    {
        var waits = Enumerable.Range(0, 3).Select(_ => _source.GetAsync(TestContext.Current.CancellationToken).AsTask()).ToList();
        await _issuer.Requested.Task.WaitAsync(TestContext.Current.CancellationToken);

        _source.Dispose();

        foreach (var wait in waits)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TestContext.Current.CancellationToken));
        }

        await Assert.ThrowsAsync<ObjectDisposedException>(() => _source.GetAsync(TestContext.Current.CancellationToken).AsTask());
        Assert.Equal(1, _issuer.Requests);
    }

    public void Dispose() => _source.Dispose();

    private static HttpResponseMessage Token(string accessToken, int expiresIn) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(
            $$"""{"access_token":"{{accessToken}}","token_type":"Bearer","expires_in":{{expiresIn}}}""", Encoding.UTF8, "application/json"),
    };

    /// <summary>The token endpoint: answers at once when told what to, else holds each request until <see cref="Answer"/>.</summary>
    private sealed class Issuer : HttpMessageHandler
    {
        private TaskCompletionSource<HttpResponseMessage> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _requests;

        public TaskCompletionSource Requested { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HttpResponseMessage? AnswerAtOnce { get; set; }

        public int Requests => Volatile.Read(ref _requests);

        public void Answer(HttpResponseMessage response) => _answer.SetResult(response);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal(new Uri("http://profile/connect/token"), request.RequestUri);
            Interlocked.Increment(ref _requests);
            if (AnswerAtOnce is { } response)
            {
                AnswerAtOnce = null;
                return response;
            }

            var answer = _answer;
            Requested.TrySetResult();
            try
            {
                return await answer.Task.WaitAsync(cancellationToken);
            }
            finally
            {
                _answer = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    private sealed class OneClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name)
        {
            Assert.Equal(InternalTokenSource.HttpClientName, name);
            return new HttpClient(handler, disposeHandler: false);
        }
    }
}
