using System.Net;

namespace Social.FunctionalTests.Gateway;

/// <summary>A JSON body of the given size sent without Content-Length (chunked), as a streaming client sends it.</summary>
public sealed class UnsizedContent : HttpContent
{
    private readonly long size;

    public UnsizedContent(long size)
    {
        this.size = size;
        Headers.ContentType = new("application/json");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[16 * 1024];
        Array.Fill(chunk, (byte)' ');
        for (var sent = 0L; sent < size; sent += chunk.Length)
        {
            await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, size - sent)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
