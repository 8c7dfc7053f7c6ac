using System.Net;
using System.Net.Sockets;
using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Net;

/// <summary>
/// Name resolution for package net: the hosts file first (as Go's "files,dns" order), then
/// the system's resolver, a blocking call made between entersyscall and exitsyscall as Go's
/// cgo resolver makes getaddrinfo; service names from the services file.
/// </summary>
internal static class Resolver
{
    private const string HostsFile = "/etc/hosts", ServicesFile = "/etc/services";

    /// <summary>lookupHostNative(host string) (addrs []string, err string, notFound, temporary bool).</summary>
    public static void LookupHost(NativeCall c)
    {
        string host = GoStrings.ToDotNet(c.Str(0));
        var addrs = FromHostsFile(host);
        string err = "";
        bool notFound = false, temporary = false;
        if (addrs.Count == 0)
        {
            // The system resolver blocks its thread: hand the P off meanwhile.
            using var blocking = new Minigo.StdLib.Syscall.Blocking(c.Ctx);
            try
            {
                addrs.AddRange(Dns.GetHostAddresses(host).Select(a => a.ToString()));
            }
            catch (SocketException e)
            {
                (err, notFound, temporary) = e.SocketErrorCode switch
                {
                    SocketError.HostNotFound or SocketError.NoData => ("no such host", true, false),
                    SocketError.TryAgain => ("server misbehaving", false, true),
                    _ => (e.Message, false, false),
                };
            }
            catch (ArgumentException)
            {
                (err, notFound) = ("no such host", true);
            }
        }
        c.SetRef(0, err != "" ? null : GoSlices.Strings(addrs.Select(GoStrings.FromDotNet).ToArray()));
        c.SetStr(1, GoStrings.FromDotNet(err));
        c.SetBool(2, notFound);
        c.SetBool(3, temporary);
    }

    /// <summary>The addresses the hosts file gives host (Go's lookupStaticHost: names match case-insensitively, with or without a final dot).</summary>
    private static List<string> FromHostsFile(string host)
    {
        var found = new List<string>();
        string key = host.TrimEnd('.');
        foreach (var f in Fields(HostsFile))
        {
            if (f.Length < 2 || !IPAddress.TryParse(f[0].Split('%')[0], out _)) continue;
            for (int i = 1; i < f.Length; i++)
                if (string.Equals(f[i].TrimEnd('.'), key, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(f[0]);
                    break;
                }
        }
        return found;
    }

    /// <summary>The services file, read once (as Go's readServices): network -> name -> port.</summary>
    private static readonly Lazy<Dictionary<string, Dictionary<string, int>>> Services = new(ReadServices);

    /// <summary>lookupServiceNative(network, service string) (port int, ok bool).</summary>
    public static void LookupService(NativeCall c)
    {
        string network = c.Str(0) switch
        {
            "tcp4" or "tcp6" => "tcp",
            "udp4" or "udp6" => "udp",
            var n => n,
        };
        // Go lowers ASCII letters only: a Go string's chars are bytes.
        string service = string.Create(c.Str(1).Length, c.Str(1), static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++) dst[i] = src[i] is >= 'A' and <= 'Z' ? (char)(src[i] + 32) : src[i];
        });
        int port = 0;
        bool ok = Services.Value.TryGetValue(network, out var byName) && byName.TryGetValue(service, out port);
        c.SetInt(0, port);
        c.SetBool(1, ok);
    }

    private static Dictionary<string, Dictionary<string, int>> ReadServices()
    {
        var services = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        // "http 80/tcp www www-http": a name, port/network, then aliases.
        foreach (var f in Fields(ServicesFile))
        {
            if (f.Length < 2) continue;
            int slash = f[1].IndexOf('/');
            if (slash <= 0 || !int.TryParse(f[1].AsSpan(0, slash), out int port)) continue;
            string netw = f[1][(slash + 1)..];
            if (!services.TryGetValue(netw, out var byName)) services[netw] = byName = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < f.Length; i++)
                if (i != 1) byName.TryAdd(f[i], port);
        }
        return services;
    }

    /// <summary>The whitespace-separated fields of each line of a configuration file, comments (#) left out; none if it cannot be read.</summary>
    private static IEnumerable<string[]> Fields(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }
        foreach (var raw in lines)
        {
            int hash = raw.IndexOf('#');
            yield return (hash >= 0 ? raw[..hash] : raw).Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        }
    }
}
