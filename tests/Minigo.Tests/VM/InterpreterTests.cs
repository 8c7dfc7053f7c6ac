using System.Text;
using Minigo.Runtime;
using Minigo.VM;
using Xunit;

namespace Minigo.Tests.VM;

/// <summary>
/// The interpreter loop on hand-assembled bytecode: calls that never recurse on the .NET
/// stack, stack growth, and resumability (a run cut into slices gives the same result).
/// </summary>
public class InterpreterTests
{
    /// <summary>fib(n) = n &lt; 2 ? n : fib(n-1) + fib(n-2), in registers r0 = n.</summary>
    private static Function Fib()
    {
        var fib = new Function("main.fib") { NumParams = 1, NumResults = 1, FrameSize = 6 };
        fib.Callees = [fib];
        fib.Code =
        [
            new Instr(OpCode.LoadInt, 1, 2),                 // 0: r1 = 2
            new Instr(OpCode.JmpIfNotLtI, 0, 1, 3),          // 1: if !(n < 2) goto 3
            new Instr(OpCode.Return, 0, 1),                  // 2: return n
            new Instr(OpCode.AddIK, 2, 0, -1),               // 3: r2 = n - 1
            new Instr(OpCode.Call, 2, 0),                    // 4: r2 = fib(r2)
            new Instr(OpCode.AddIK, 3, 0, -2),               // 5: r3 = n - 2
            new Instr(OpCode.Call, 3, 0),                    // 6: r3 = fib(r3)
            new Instr(OpCode.AddI, 1, 2, 3),                 // 7: r1 = r2 + r3
            new Instr(OpCode.Return, 1, 1),                  // 8: return r1
        ];
        fib.Lines = new int[fib.Code.Length];
        return fib;
    }

    /// <summary>main: r0 = fib(arg) and stores it in global 0.</summary>
    private static Program Program(int n)
    {
        var fib = Fib();
        var main = new Function("main.main") { FrameSize = 4, Callees = [fib] };
        main.Code =
        [
            new Instr(OpCode.LoadInt, 0, n),
            new Instr(OpCode.Call, 0, 0),
            new Instr(OpCode.StoreGlobal, 0, 0),
            new Instr(OpCode.Return, 0, 0),
        ];
        main.Lines = new int[main.Code.Length];
        var init = new Function("main.init") { FrameSize = 1, Code = [new Instr(OpCode.Return, 0, 0)], Lines = [0] };
        return new Program { Main = main, Init = init, GlobalCount = 1, Functions = [main, fib, init], NamedTypes = new Dictionary<string, RType>() };
    }

    [Fact]
    public void DeepRecursionGrowsTheGoroutineStackNotTheDotNetStack()
    {
        var m = new Machine(Program(25), new MemoryStream(), new MemoryStream());
        Assert.Equal(0, m.Run());
        Assert.Equal(75025, m.Globals[0].N);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void RunningInSlicesGivesTheSameResult(int budget)
    {
        var m = new Machine(Program(20), new MemoryStream(), new MemoryStream());
        Assert.Equal(0, m.Run(budget));
        Assert.Equal(6765, m.Globals[0].N);
    }

    [Fact]
    public void IndexOutOfRangeIsAGoPanicWithGoMessage()
    {
        var main = new Function("main.main") { FrameSize = 4, File = "prog.go" };
        main.Types = [BasicTypes.Int];
        main.Code =
        [
            new Instr(OpCode.LoadInt, 1, 3),
            new Instr(OpCode.MakeSlice, 0, 1, 0),            // r0 = make([]int, 3, r2)
            new Instr(OpCode.LoadInt, 3, 5),
            new Instr(OpCode.LoadSliceW, 1, 0, 3),           // r1 = r0[5]
            new Instr(OpCode.Return, 0, 0),
        ];
        main.Lines = [3, 3, 4, 4, 5];
        // cap comes from r2: set it equal to len
        main.Code = [new Instr(OpCode.LoadInt, 2, 3), .. main.Code];
        main.Lines = [3, .. main.Lines];
        var init = new Function("main.init") { FrameSize = 1, Code = [new Instr(OpCode.Return, 0, 0)], Lines = [0] };
        var program = new Program { Main = main, Init = init, GlobalCount = 0, Functions = [main, init], NamedTypes = new Dictionary<string, RType>() };
        var stderr = new MemoryStream();
        int code = new Machine(program, new MemoryStream(), stderr).Run();
        Assert.Equal(2, code);
        var first = Encoding.UTF8.GetString(stderr.ToArray()).Split('\n')[0];
        Assert.Equal("panic: runtime error: index out of range [5] with length 3", first);
    }

    [Theory]
    [InlineData(1.5, "+1.500000e+000")]
    [InlineData(0.0, "+0.000000e+000")]
    [InlineData(-123456.0, "-1.234560e+005")]
    [InlineData(1e-7, "+1.000000e-007")]
    public void PrintFormatsFloatsLikeTheGoRuntime(double v, string expected)
    {
        Assert.Equal(expected, typeof(Machine).Assembly.GetType("Minigo.VM.Printing")!
            .GetMethod("Float")!.Invoke(null, [v]));
    }

    [Fact]
    public void StackShrinksWhenMostlyUnused()
    {
        var fib = Fib();
        var g = new Goroutine(new Machine(Program(1), new MemoryStream(), new MemoryStream()), 1, fib, [new Slot(30)]);
        Interpreter.Run(g, int.MaxValue);
        Assert.True(g.Done);
        Assert.True(g.Stack.Length > Goroutine.InitialStackSlots);
        g.ShrinkStack();
        Assert.Equal(Goroutine.InitialStackSlots, g.Stack.Length);
    }
}
