using System.Globalization;
using System.Text.RegularExpressions;

namespace Social.Testing.Benchmarking;

/// <summary>
/// Reads wrk's <c>--latency</c> report: the <c>Requests/sec:</c> line, the 50% and 99% lines of the latency
/// distribution, the request count, and the error lines it prints only when there were errors.
/// </summary>
internal static partial class WrkOutput
{
    public static LoadResult Parse(string output)
    {
        var rps = Number(RequestsPerSecondLine().Match(output), output, "Requests/sec");
        var requests = (long)Number(RequestCountLine().Match(output), output, "requests in");
        TimeSpan? p50 = null;
        TimeSpan? p99 = null;
        foreach (Match line in PercentileLine().Matches(output))
        {
            var latency = Latency(line.Groups["value"].Value, line.Groups["unit"].Value);
            switch (line.Groups["percent"].Value)
            {
                case "50":
                    p50 = latency;
                    break;
                case "99":
                    p99 = latency;
                    break;
            }
        }

        if (p50 is null || p99 is null)
        {
            throw new BenchmarkFailedException($"wrk printed no 50%/99% latency lines (was --latency passed?):{Environment.NewLine}{output}");
        }

        var errors = 0L;
        if (NonSuccessLine().Match(output) is { Success: true } nonSuccess)
        {
            errors += long.Parse(nonSuccess.Groups["count"].Value, CultureInfo.InvariantCulture);
        }

        if (SocketErrorsLine().Match(output) is { Success: true } socket)
        {
            errors += new[] { "connect", "read", "write", "timeout" }
                .Sum(kind => long.Parse(socket.Groups[kind].Value, CultureInfo.InvariantCulture));
        }

        return new LoadResult(rps, p50.Value, p99.Value, requests, errors);
    }

    private static double Number(Match match, string output, string what) =>
        match.Success
            ? double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)
            : throw new BenchmarkFailedException($"wrk printed no '{what}' figure:{Environment.NewLine}{output}");

    private static TimeSpan Latency(string value, string unit)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return unit switch
        {
            "us" => TimeSpan.FromMicroseconds(number),
            "ms" => TimeSpan.FromMilliseconds(number),
            "s" => TimeSpan.FromSeconds(number),
            "m" => TimeSpan.FromMinutes(number),
            "h" => TimeSpan.FromHours(number),
            _ => throw new BenchmarkFailedException($"wrk printed a latency in an unknown unit: {value}{unit}."),
        };
    }

    [GeneratedRegex(@"^Requests/sec:\s+(?<value>[\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"^\s*(?<value>\d+) requests in ", RegexOptions.Multiline)]
    private static partial Regex RequestCountLine();

    [GeneratedRegex(@"^\s*(?<percent>\d+)%\s+(?<value>[\d.]+)(?<unit>us|ms|s|m|h)\s*$", RegexOptions.Multiline)]
    private static partial Regex PercentileLine();

    [GeneratedRegex(@"^\s*Non-2xx or 3xx responses:\s+(?<count>\d+)", RegexOptions.Multiline)]
    private static partial Regex NonSuccessLine();

    [GeneratedRegex(@"Socket errors: connect (?<connect>\d+), read (?<read>\d+), write (?<write>\d+), timeout (?<timeout>\d+)")]
    private static partial Regex SocketErrorsLine();
}
