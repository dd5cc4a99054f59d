using System.Globalization;
using System.Net;
using System.Text;
using Social.Testing;

namespace Social.EngagementBenchmarks;

/// <summary>
/// Like + unlike load on one item: every request is a real write. Connection c speaks for its own users (those whose
/// index is c modulo the connections, or the thread's share under wrk) and toggles each one in turn, PUT then DELETE,
/// so no two requests in flight ever touch the same like. With wrk, a generated Lua script makes the requests; without
/// it, the in-process closed loop does the same.
/// </summary>
internal sealed class LikeToggles(ILoadGenerator generator, IReadOnlyList<BenchmarkUser> users, EngagementBenchmarkOptions options) : IDisposable
{
    private readonly TemporaryDirectory _scripts = new();
    private int _scriptCount;

    public static string LikePath(Guid item) => $"/api/v1/content/{item}/like";

    /// <summary>The measurement of toggling likes on <paramref name="item"/> through <paramref name="entry"/> (the gateway or the bare proxy).</summary>
    public Measurement Measure(string name, Uri entry, Guid item)
    {
        var url = new Uri(entry, LikePath(item));
        var settings = new LoadSettings(options.Duration, options.Connections, options.Threads, users[0].AccessToken);
        if (generator is WrkLoadGenerator wrk)
        {
            var script = WriteScript(item);
            Console.WriteLine($"  {name}: {WrkLoadGenerator.Describe(url, settings, script)} (PUT/DELETE {LikePath(item)} as {Figures.Count(users.Count)} users)");
            return new Measurement(name, (duration, stop) => wrk.RunAsync(url, settings with { Duration = duration }, script, stop));
        }

        Console.WriteLine($"  {name}: HttpClient loop, {options.Connections} connections, PUT/DELETE {url} as {Figures.Count(users.Count)} users");
        return new Measurement(name, (duration, stop) => RunInProcessAsync(url, duration, stop));
    }

    public void Dispose() => _scripts.Dispose();

    /// <summary>
    /// wrk runs one Lua state per thread: <c>setup</c> numbers the threads, <c>init</c> gives each its share of the
    /// users, and <c>request</c> toggles them round robin. A share larger than the thread's connections means a user's
    /// previous request has answered before their next one is made.
    /// </summary>
    private string WriteScript(Guid item)
    {
        var script = new StringBuilder();
        script.AppendLine(CultureInfo.InvariantCulture, $"local path = \"{LikePath(item)}\"");
        script.AppendLine(CultureInfo.InvariantCulture, $"local threads = {options.Threads}");
        script.AppendLine("local tokens = {");
        foreach (var user in users)
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"  \"{user.AccessToken}\",");
        }

        script.AppendLine("}");
        script.Append("""
            local numbered = 0
            function setup(thread)
              thread:set("slot", numbered)
              numbered = numbered + 1
            end
            function init(args)
              mine = {}
              for i = slot + 1, #tokens, threads do mine[#mine + 1] = tokens[i] end
              turn = 0
              liked = {}
            end
            function request()
              turn = turn % #mine + 1
              local method = liked[turn] and "DELETE" or "PUT"
              liked[turn] = not liked[turn]
              return wrk.format(method, path, { ["Authorization"] = "Bearer " .. mine[turn] })
            end
            """);
        var file = Path.Combine(_scripts.Path, $"likes-{++_scriptCount}.lua");
        File.WriteAllText(file, script.ToString());
        return file;
    }

    private async Task<LoadResult> RunInProcessAsync(Uri url, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var client = HttpClientLoadGenerator.NewClient(options.Connections);
        var turns = new int[options.Connections];
        var liked = new bool[users.Count];
        return await ClosedLoop.RunAsync(
            options.Connections,
            duration,
            async (caller, token) =>
            {
                var mine = (users.Count - caller + options.Connections - 1) / options.Connections;
                var index = caller + (options.Connections * (turns[caller]++ % mine));
                var method = liked[index] ? HttpMethod.Delete : HttpMethod.Put;
                liked[index] = !liked[index];
                using var request = new HttpRequestMessage(method, url);
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", users[index].AccessToken);
                try
                {
                    using var response = await client.SendAsync(request, token);
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
                catch (TaskCanceledException) when (!token.IsCancellationRequested)
                {
                    return false;
                }
            },
            $"PUT/DELETE {url}",
            cancellationToken);
    }
}
