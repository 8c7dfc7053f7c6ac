using System.Net;
using System.Net.Sockets;
using System.Text;
using Minigo.Cli;
using Minigo.Compiler;
using Minigo.Runtime;
using Minigo.StdLib;
using Minigo.VM;
using Xunit;

namespace Minigo.Tests.StdLib.Misc;

/// <summary>
/// Go programs on the network poller, driven from outside by .NET sockets: a program whose
/// only goroutines wait on sockets is not deadlocked, and goroutines blocked in Read hold no
/// OS thread. Each runs with epoll (on Linux) and with the completion fallback.
/// </summary>
[Collection(nameof(Scheduling.SchedulerCollection))]
public class NetRuntimeTests
{
    public static TheoryData<NetPollKind> Kinds()
    {
        var kinds = new TheoryData<NetPollKind> { NetPollKind.Fallback };
        if (OperatingSystem.IsLinux()) kinds.Add(NetPollKind.Epoll);
        return kinds;
    }

    /// <summary>A program listening on a port the test chose, run on its own thread; Result ends it.</summary>
    private sealed class Running
    {
        private readonly Thread thread;
        private readonly MemoryStream stdout = new(), stderr = new();
        private int code = -1;

        public Running(string source, int port, SchedulerOptions options)
        {
            string path = Path.Combine(Path.GetTempPath(), $"minigo-net-{Guid.NewGuid():N}.go");
            File.WriteAllText(path, source);
            var (sources, _, error) = SourceLoader.Load([path]);
            File.Delete(path);
            Assert.Null(error);
            var compiled = Compilation.Compile(sources!, new StdLibrary());
            Assert.True(compiled.Program != null, string.Join("\n", compiled.Errors));
            Machine = new Machine(compiled.Program!, stdout, stderr);
            Machine.PackageState["os.Args"] = new[] { "prog", port.ToString() };
            thread = new Thread(() => code = Machine.Run(options), 16 * 1024 * 1024);
            thread.Start();
        }

        public Machine Machine { get; }

        public (int Code, string Stdout, string Stderr) Result()
        {
            Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "the program did not end");
            return (code, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>Connects once the program listens.</summary>
    private static Socket Connect(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                s.Connect(IPAddress.Loopback, port);
                return s;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                s.Dispose();
                Thread.Sleep(20);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void GoroutinesWaitingOnlyOnTheNetworkAreNotADeadlock(NetPollKind kind)
    {
        const string program = """
            package main

            import (
            	"fmt"
            	"net"
            	"os"
            )

            func main() {
            	ln, err := net.Listen("tcp", "127.0.0.1:"+os.Args[1])
            	if err != nil {
            		panic(err)
            	}
            	c, err := ln.Accept()
            	if err != nil {
            		panic(err)
            	}
            	buf := make([]byte, 5)
            	n, err := c.Read(buf)
            	fmt.Println("got", string(buf[:n]), err)
            }
            """;
        int port = FreePort();
        var run = new Running(program, port, new SchedulerOptions { MaxProcs = 2, NetPollKind = kind });
        using var s = Connect(port);
        // Main now waits in Read with nothing else to run and no timer: not a deadlock.
        Thread.Sleep(300);
        s.Send("hello"u8);
        var (code, stdout, stderr) = run.Result();
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal("got hello <nil>\n", stdout);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AHundredReadersBlockedInReadHoldNoThreads(NetPollKind kind)
    {
        const string program = """
            package main

            import (
            	"fmt"
            	"net"
            	"os"
            	"sync"
            )

            func main() {
            	ln, err := net.Listen("tcp", "127.0.0.1:"+os.Args[1])
            	if err != nil {
            		panic(err)
            	}
            	var wg sync.WaitGroup
            	total := 0
            	var mu sync.Mutex
            	for i := 0; i < 100; i++ {
            		c, err := ln.Accept()
            		if err != nil {
            			panic(err)
            		}
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			buf := make([]byte, 1)
            			n, _ := c.Read(buf)
            			mu.Lock()
            			total += n
            			mu.Unlock()
            			c.Close()
            		}()
            	}
            	wg.Wait()
            	fmt.Println("read", total)
            }
            """;
        const int procs = 1;
        int port = FreePort();
        var run = new Running(program, port, new SchedulerOptions { MaxProcs = procs, NetPollKind = kind });
        var clients = new List<Socket>();
        for (int i = 0; i < 100; i++) clients.Add(Connect(port));
        // All hundred are accepted and parked in Read: count the scheduler's threads meanwhile.
        int maxThreads = 0;
        var until = DateTime.UtcNow.AddMilliseconds(500);
        while (DateTime.UtcNow < until)
        {
            maxThreads = Math.Max(maxThreads, run.Machine.Scheduler?.LiveThreads ?? 0);
            Thread.Sleep(5);
        }
        foreach (var c in clients) c.Send("x"u8);
        var (code, stdout, stderr) = run.Result();
        foreach (var c in clients) c.Dispose();
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal("read 100\n", stdout);
        // M's plus sysmon, as Go counts its threads: GOMAXPROCS + 4 at most.
        Assert.InRange(maxThreads, 1, procs + 4);
    }
}
