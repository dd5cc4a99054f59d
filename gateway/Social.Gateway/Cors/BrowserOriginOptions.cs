namespace Social.Gateway.Cors;

/// <summary>
/// The <c>Cors</c> configuration section: the web origins whose scripts may call the API (the AppHost fills it from
/// <c>Social:AllowedOrigins</c>). None by default: a browser app served from another origin is refused until listed.
/// </summary>
internal sealed class BrowserOriginOptions
{
    public const string SectionName = "Cors";

    /// <summary>Any origin, without credentials; only on its own.</summary>
    public const string AnyOrigin = "*";

    /// <summary>Comma-separated origins (<c>scheme://host[:port]</c>, e.g. <c>http://localhost:5173</c>), or <c>*</c>.</summary>
    public string AllowedOrigins { get; set; } = string.Empty;

    public IReadOnlyList<string> Origins() =>
        [.. AllowedOrigins.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Normalize)];

    public bool AllowsAnyOrigin => Origins() is [AnyOrigin];

    public bool IsValid => AllowsAnyOrigin || Origins().All(IsOrigin);

    // Browsers send an origin without a trailing slash; a listed "http://localhost:5173/" means the same.
    private static string Normalize(string origin) => origin == AnyOrigin ? origin : origin.TrimEnd('/');

    /// <summary>An origin is a scheme, a host and maybe a port: no path, query, credentials or wildcard.</summary>
    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.UserInfo)
        && uri.AbsolutePath == "/"
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment)
        && !origin.Contains('*', StringComparison.Ordinal)
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase);
}
