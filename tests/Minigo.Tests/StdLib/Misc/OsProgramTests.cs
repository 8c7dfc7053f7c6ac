using System.Runtime.InteropServices;
using System.Text;
using Minigo.Cli;
using Minigo.Runtime;
using Xunit;

namespace Minigo.Tests.StdLib.Misc;

/// <summary>
/// What a program owns of the OS while it shares the test process with others: its working
/// directory, its descriptors (closed when it ends), blocking file reads that free the P, and
/// signals from the host.
/// </summary>
public class OsProgramTests
{
    private sealed class Scratch : IDisposable
    {
        public string Dir { get; } = Directory.CreateTempSubdirectory("minigo-os").FullName;
        public void Dispose() => Directory.Delete(Dir, true);
    }

    private static (int Code, string Stdout, string Stderr) Run(string dir, string source, int maxProcs = 2, params string[] args)
    {
        File.WriteAllText(Path.Combine(dir, "prog.go"), source);
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        int code = -1;
        var thread = new Thread(() => code = Driver.Run(["prog.go", .. args], stdout, stderr, baseDir: dir, stdin: new MemoryStream(),
            scheduler: new SchedulerOptions { MaxProcs = maxProcs }), 16 * 1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "the program did not finish");
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
    }

    [Fact]
    public async Task EachProgramHasItsOwnWorkingDirectory()
    {
        const string source = """
            package main

            import (
            	"fmt"
            	"os"
            	"path/filepath"
            )

            func main() {
            	wd, _ := os.Getwd()
            	data, err := os.ReadFile("mine.txt")
            	os.Mkdir("sub", 0755)
            	os.Chdir("sub")
            	os.WriteFile("made-in-sub", nil, 0644)
            	sub, _ := os.Getwd()
            	fmt.Println(filepath.Base(wd), string(data), err, sub == filepath.Join(wd, "sub"))
            }
            """;
        using var a = new Scratch();
        using var b = new Scratch();
        File.WriteAllText(Path.Combine(a.Dir, "mine.txt"), "A");
        File.WriteAllText(Path.Combine(b.Dir, "mine.txt"), "B");
        string hostDir = Environment.CurrentDirectory;
        var ra = Task.Run(() => Run(a.Dir, source));
        var rb = Task.Run(() => Run(b.Dir, source));
        Assert.Equal($"{Path.GetFileName(a.Dir)} A <nil> true\n", (await ra).Stdout);
        Assert.Equal($"{Path.GetFileName(b.Dir)} B <nil> true\n", (await rb).Stdout);
        Assert.True(File.Exists(Path.Combine(a.Dir, "sub", "made-in-sub")));
        Assert.True(File.Exists(Path.Combine(b.Dir, "sub", "made-in-sub")));
        Assert.Equal(hostDir, Environment.CurrentDirectory);
    }

    [Fact]
    public void SetenvChangesTheProgramsEnvironmentOnly()
    {
        const string source = """
            package main

            import (
            	"fmt"
            	"os"
            )

            func main() {
            	os.Setenv("MINIGO_OS_PROGRAM_TEST", "set by the program")
            	os.Unsetenv("HOME")
            	fmt.Println(os.Getenv("MINIGO_OS_PROGRAM_TEST"), os.Getenv("HOME") == "")
            }
            """;
        using var s = new Scratch();
        string? home = Environment.GetEnvironmentVariable("HOME");
        var (code, stdout, _) = Run(s.Dir, source);
        Assert.Equal(0, code);
        Assert.Equal("set by the program true\n", stdout);
        Assert.Null(Environment.GetEnvironmentVariable("MINIGO_OS_PROGRAM_TEST"));
        Assert.Equal(home, Environment.GetEnvironmentVariable("HOME"));
    }

    [Fact]
    public void DescriptorsLeftOpenAreClosedWhenTheProgramEnds()
    {
        const string source = """
            package main

            import (
            	"fmt"
            	"os"
            )

            func main() {
            	f, err := os.Open("kept-open.txt")
            	if err != nil {
            		panic(err)
            	}
            	fmt.Println(f.Fd())
            }
            """;
        using var s = new Scratch();
        string file = Path.Combine(s.Dir, "kept-open.txt");
        File.WriteAllText(file, "x");
        var (code, stdout, stderr) = Run(s.Dir, source);
        Assert.True(code == 0, stderr);
        int fd = int.Parse(stdout.Trim());
        Assert.True(fd > 2);
        // The number may already serve another test's file; it must not be ours any more.
        var link = new FileInfo($"/proc/self/fd/{fd}");
        Assert.NotEqual(file, link.Exists ? link.LinkTarget : null);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AGoroutineBlockedOnAnOsPipeDoesNotHoldThePForTheOthers(int maxProcs)
    {
        const string source = """
            package main

            import (
            	"fmt"
            	"os"
            )

            func main() {
            	r, w, err := os.Pipe()
            	if err != nil {
            		panic(err)
            	}
            	got := make(chan string)
            	go func() {
            		buf := make([]byte, 64)
            		n, err := r.Read(buf) // blocks in read(2) until main writes
            		got <- fmt.Sprint(string(buf[:n]), " ", err)
            	}()
            	sum := 0
            	for i := 0; i < 1000000; i++ {
            		sum += i % 7
            	}
            	fmt.Fprintf(w, "sum %d", sum)
            	fmt.Println(<-got)
            	w.Close()
            	n, err := r.Read(make([]byte, 1))
            	fmt.Println(n, err)
            	r.Close()
            }
            """;
        using var s = new Scratch();
        var (code, stdout, stderr) = Run(s.Dir, source, maxProcs);
        Assert.True(code == 0, stderr);
        Assert.Equal("sum 2999997 <nil>\n0 EOF\n", stdout);
    }

    [Fact]
    public async Task ASignalFromTheHostReachesTheProgramsChannel()
    {
        if (!OperatingSystem.IsLinux()) return;
        const string source = """
            package main

            import (
            	"fmt"
            	"os"
            	"os/signal"
            	"syscall"
            )

            func main() {
            	c := make(chan os.Signal, 1)
            	signal.Notify(c, syscall.SIGUSR2)
            	os.WriteFile("ready", nil, 0644)
            	fmt.Println("got", <-c)
            	signal.Stop(c)
            }
            """;
        using var s = new Scratch();
        // The test process's own handler, so that a signal nobody else takes does not end it.
        using var guard = PosixSignalRegistration.Create((PosixSignal)SIGUSR2, c => c.Cancel = true);
        var run = Task.Run(() => Run(s.Dir, source));
        string ready = Path.Combine(s.Dir, "ready");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!File.Exists(ready) && DateTime.UtcNow < deadline && !run.IsCompleted) Thread.Sleep(10);
        Assert.True(File.Exists(ready), "the program never got ready");
        Assert.Equal(0, kill(Environment.ProcessId, SIGUSR2));
        var (code, stdout, stderr) = await run;
        Assert.True(code == 0, stderr);
        Assert.Equal("got user defined signal 2\n", stdout);
    }

    /// <summary>A stream whose written bytes can be read while the program still writes.</summary>
    private sealed class SharedOutput : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            lock (this) base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            lock (this) base.Write(buffer);
        }

        public string Text
        {
            get { lock (this) return Encoding.UTF8.GetString(ToArray()); }
        }
    }

    [Fact]
    public async Task WhatAProgramPrintedShowsWhileItBlocks()
    {
        const string source = """
            package main

            import (
            	"fmt"
            	"os"
            	"time"
            )

            func main() {
            	fmt.Println("waiting for the go file")
            	for { // the test creates it once it has seen the line
            		if _, err := os.Stat("go"); err == nil {
            			break
            		}
            		time.Sleep(10 * time.Millisecond)
            	}
            	fmt.Println("done")
            }
            """;
        using var s = new Scratch();
        File.WriteAllText(Path.Combine(s.Dir, "prog.go"), source);
        var stdout = new SharedOutput();
        var run = Task.Run(() => Driver.Run(["prog.go"], stdout, new MemoryStream(), baseDir: s.Dir, stdin: new MemoryStream()));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (stdout.Text.Length == 0 && DateTime.UtcNow < deadline && !run.IsCompleted) Thread.Sleep(10);
        string shown = stdout.Text;
        File.WriteAllText(Path.Combine(s.Dir, "go"), "");
        Assert.Equal("waiting for the go file\n", shown);
        Assert.Equal(0, await run);
        Assert.Equal("waiting for the go file\ndone\n", stdout.Text);
    }

    private const int SIGUSR2 = 12;

    [DllImport("libc")]
    private static extern int kill(int pid, int sig);
}
