using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// The SHA-256 of a credential as a dictionary key: it finds what was remembered about a token without the cache keeping
/// the token itself. Computed without allocating for credentials of ordinary size.
/// </summary>
public readonly record struct TokenDigest(ulong First, ulong Second, ulong Third, ulong Fourth)
{
    // Access tokens are around 1 KB; anything larger (which validation would refuse anyway) hashes from a pooled buffer.
    private const int StackLimit = 4096;

    public static TokenDigest Of(string credential)
    {
        var length = Encoding.UTF8.GetByteCount(credential);
        var rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            var bytes = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
            Encoding.UTF8.GetBytes(credential, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes, hash);
            return new TokenDigest(
                BinaryPrimitives.ReadUInt64LittleEndian(hash),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[24..]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
