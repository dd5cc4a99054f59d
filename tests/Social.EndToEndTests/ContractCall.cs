namespace Social.EndToEndTests;

/// <summary>One HTTP call of the contract test: what a client sends, as <see cref="Token"/>'s user (none: anonymous).</summary>
public sealed record ContractCall(HttpMethod Method, string Path, string? Token, string? Json = null)
{
    /// <summary>The same call with another path, e.g. one whose id is malformed.</summary>
    public ContractCall WithPath(string path) => this with { Path = path };
}
