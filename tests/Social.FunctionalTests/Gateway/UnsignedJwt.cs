using System.Buffers.Text;
using System.Text;

namespace Social.FunctionalTests.Gateway;

/// <summary>A JWT with the given subject and no signature (<c>alg: none</c>): what the gateway reads without validating.</summary>
public static class UnsignedJwt
{
    public static string For(string subject) =>
        $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode($$"""{"sub":"{{subject}}","aud":"social-api"}""")}.";

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
