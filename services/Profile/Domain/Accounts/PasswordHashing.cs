using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Social.Profile.Domain.Accounts;

/// <summary>
/// Password hashes by ASP.NET Core Identity's hasher (PBKDF2-HMAC-SHA512, iterations from <c>PasswordHashing</c>).
/// Unknown handles are checked against a decoy hash so that sign-in takes as long as for a wrong password.
/// </summary>
public sealed class PasswordHashing
{
    private readonly PasswordHasher<PasswordHashing> _hasher;
    private readonly string _decoyHash;

    public PasswordHashing(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<PasswordHashing>(options);
        _decoyHash = Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    public string Hash(string password) => _hasher.HashPassword(this, password);

    /// <summary>Whether <paramref name="password"/> matches; with no stored hash, spends the same time and says no.</summary>
    public bool Verify(string? storedHash, string password)
    {
        var result = _hasher.VerifyHashedPassword(this, storedHash ?? _decoyHash, password);
        return storedHash is not null && result != PasswordVerificationResult.Failed;
    }
}
