using System.IO.Pipes;
using System.Text;
using Minigo.Cli;
using Minigo.Runtime;
using Xunit;

namespace Minigo.Tests.VM;

/// <summary>
/// Reads of standard input run between entersyscall and exitsyscall: a goroutine blocked in
/// one does not hold its P, so the rest of the program runs on, even with GOMAXPROCS=1.
/// </summary>
public class BlockingReadTests
{
    private static (int Code, string Stdout, string Stderr) RunProgram(string source, Stream stdin, int maxProcs)
    {
        string dir = Directory.CreateTempSubdirectory("minigo-read").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "prog.go"), source);
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            int code = -1;
            var thread = new Thread(() => code = Driver.Run(["prog.go"], stdout, stderr, baseDir: dir, stdin: stdin,
                scheduler: new SchedulerOptions { MaxProcs = maxProcs }), 16 * 1024 * 1024);
            thread.Start();
            Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "the program did not finish: the blocked read held the only P");
            return (code, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AGoroutineBlockedReadingAPipeDoesNotStopTheOthers(int maxProcs)
    {
        const string source = """
            package main

            import (
            	"fmt"
            	"os"
            )

            func main() {
            	reading := make(chan bool)
            	go func() {
            		buf := make([]byte, 16)
            		reading <- true
            		n, err := os.Stdin.Read(buf) // nobody writes the pipe: blocks until the program ends
            		fmt.Println("read returned", n, err)
            	}()
            	<-reading
            	results := make(chan int)
            	for w := 0; w < 4; w++ {
            		go func(w int) {
            			sum := 0
            			for i := 0; i < 100000; i++ {
            				sum += i % (w + 2)
            			}
            			results <- sum
            		}(w)
            	}
            	total := 0
            	for w := 0; w < 4; w++ {
            		total += <-results
            	}
            	fmt.Println("total", total)
            }
            """;
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, pipe.ClientSafePipeHandle);
        try
        {
            var (code, stdout, stderr) = RunProgram(source, reader, maxProcs);
            Assert.True(code == 0 && stderr == "" && stdout == "total 499999\n", $"exit {code}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        }
        finally
        {
            // End of file for the M still blocked in Read, before its stream goes away.
            pipe.Dispose();
        }
    }

    [Fact]
    public void StdinIsReadThroughToEndOfFile()
    {
        const string source = """
            package main

            import (
            	"fmt"
            	"io"
            	"os"
            )

            func main() {
            	data, err := io.ReadAll(os.Stdin)
            	fmt.Printf("%q %v\n", data, err)
            	n, err := os.Stdin.Read(make([]byte, 4))
            	fmt.Println(n, err)
            }
            """;
        var (code, stdout, _) = RunProgram(source, new MemoryStream(Encoding.UTF8.GetBytes("abc\ndef")), 1);
        Assert.Equal(0, code);
        Assert.Equal("\"abc\\ndef\" <nil>\n0 EOF\n", stdout);
    }
}
