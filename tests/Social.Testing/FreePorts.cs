using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Social.Testing;

/// <summary>
/// Loopback ports that nothing listens on right now, for servers a test or benchmark starts. They are chosen below the
/// kernel's range of ephemeral ports: a port from that range (what binding port 0 gives) can be taken by any outbound
/// connection between being chosen and being listened on, which once kept a test broker from starting (address in use).
/// </summary>
public static class FreePorts
{
    private const int Lowest = 20000;

    private static readonly int EphemeralStart = ReadEphemeralStart();

    public static int Next()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(Lowest, EphemeralStart);
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {Lowest} and {EphemeralStart} after 200 tries.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Where the ephemeral range starts (Linux: <c>ip_local_port_range</c>); 32768, its usual start, elsewhere.</summary>
    private static int ReadEphemeralStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        var start = File.Exists(range)
            && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            ? first
            : 32768;
        // A range reaching down near the floor leaves too few ports to choose from: fall back to the usual start.
        return start > Lowest + 1000 ? start : 32768;
    }
}
