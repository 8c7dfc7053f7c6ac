using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Minigo.Cli;
using Minigo.Tests.Conformance;
using Xunit;

namespace Minigo.Tests.Examples;

/// <summary>
/// examples/echo.go and chat.go (servers that run until stopped: each runs as a `minigo`
/// child process, talked to over loopback, then killed) and httpjson.go (server and client
/// in one program, run in-process).
/// </summary>
public class NetworkExampleTests
{
    private static readonly string ExamplesDir = Path.Combine(Corpus.Conformance.Dir, "..", "..", "examples");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>A `minigo run examples/NAME.go 127.0.0.1:0` child process and the address it listens on.</summary>
    private sealed class ServerProcess : IDisposable
    {
        private readonly Process process;
        public string Host { get; }
        public int Port { get; }

        public ServerProcess(string example)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "minigo.dll"));
            start.ArgumentList.Add("run");
            start.ArgumentList.Add(Path.Combine(ExamplesDir, example));
            start.ArgumentList.Add("127.0.0.1:0");
            process = Process.Start(start)!;
            var line = process.StandardOutput.ReadLineAsync().WaitAsync(Patience).GetAwaiter().GetResult()
                ?? throw new InvalidOperationException($"{example} ended: {process.StandardError.ReadToEnd()}");
            // "... listening on 127.0.0.1:PORT"
            var addr = line[(line.LastIndexOf(' ') + 1)..];
            Host = addr[..addr.LastIndexOf(':')];
            Port = int.Parse(addr[(addr.LastIndexOf(':') + 1)..]);
        }

        public void Dispose()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }

    /// <summary>A line-oriented TCP client.</summary>
    private sealed class LineClient : IDisposable
    {
        private readonly TcpClient tcp = new();
        private readonly StreamReader reader;
        private readonly StreamWriter writer;

        public LineClient(ServerProcess server)
        {
            tcp.Connect(server.Host, server.Port);
            var stream = tcp.GetStream();
            reader = new StreamReader(stream, Encoding.UTF8);
            writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        }

        public void Send(string line) => writer.WriteLine(line);

        public string Receive() =>
            reader.ReadLineAsync().WaitAsync(Patience).GetAwaiter().GetResult() ?? "<EOF>";

        public void Dispose() => tcp.Dispose();
    }

    [Fact]
    public void EchoServerEchoesManyClientsAtOnce()
    {
        using var server = new ServerProcess("echo.go");
        var clients = Enumerable.Range(0, 20).Select(_ => new LineClient(server)).ToList();
        try
        {
            for (int round = 0; round < 3; round++)
                for (int i = 0; i < clients.Count; i++)
                {
                    clients[i].Send($"client {i} round {round}");
                    Assert.Equal($"client {i} round {round}", clients[i].Receive());
                }
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public void ChatServerBroadcastsToTheOthers()
    {
        using var server = new ServerProcess("chat.go");
        using var alice = new LineClient(server);
        Assert.Equal("* your name?", alice.Receive());
        alice.Send("alice");
        Assert.Equal("* 0 other(s) here: ", alice.Receive());
        Assert.Equal("* alice joined", alice.Receive());

        var bob = new LineClient(server);
        Assert.Equal("* your name?", bob.Receive());
        bob.Send("bob");
        Assert.Equal("* 1 other(s) here: alice", bob.Receive());
        Assert.Equal("* bob joined", bob.Receive());
        Assert.Equal("* bob joined", alice.Receive());

        alice.Send("hi bob");
        Assert.Equal("alice: hi bob", alice.Receive());
        Assert.Equal("alice: hi bob", bob.Receive());
        bob.Send("hello");
        Assert.Equal("bob: hello", alice.Receive());
        Assert.Equal("bob: hello", bob.Receive());

        bob.Dispose();
        Assert.Equal("* bob left", alice.Receive());
    }

    [Fact]
    public void HttpJsonServerAndClient()
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        int code = -1;
        var thread = new Thread(() => code = Driver.Run([Path.Combine(ExamplesDir, "httpjson.go")], stdout, stderr), 16 * 1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(Patience), "httpjson.go did not finish");
        Assert.True(code == 0, Encoding.UTF8.GetString(stderr.ToArray()));
        Assert.Equal("""
            POST   /notes     -> 201 Created {"id":1,"text":"buy milk"}
            POST   /notes     -> 201 Created {"id":2,"text":"write tests"}
            POST   /notes     -> 400 Bad Request {"error":"text is empty"}
            GET    /notes     -> 200 OK [{"id":1,"text":"buy milk"},{"id":2,"text":"write tests"}]
            GET    /notes/2   -> 200 OK {"id":2,"text":"write tests"}
            DELETE /notes/1   -> 204 No Content
            GET    /notes/1   -> 404 Not Found {"error":"no note 1"}
            PUT    /notes/2   -> 405 Method Not Allowed Method Not Allowed
            GET    /notes     -> 200 OK [{"id":2,"text":"write tests"}]
            server shut down

            """.Replace("\r\n", "\n"), Encoding.UTF8.GetString(stdout.ToArray()));
    }
}
