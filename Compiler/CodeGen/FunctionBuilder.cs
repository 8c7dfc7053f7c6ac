using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.Compiler.CodeGen;

/// <summary>
/// Assembles one Function: instructions with their source lines, the constant and aux
/// tables they index, and register allocation. Registers are allocated like a stack: a
/// block or expression takes the next free ones and gives them back when done, so the top
/// of the frame is always free for a call's arguments.
/// </summary>
internal sealed class FunctionBuilder(Function fn)
{
    public readonly Function Fn = fn;
    private readonly List<Instr> code = [];
    private readonly List<int> lines = [];
    private readonly List<int> inlinedAt = [];
    private readonly List<InlinedCall> inlined = [];
    private int currentInline = -1;
    private readonly List<Slot> constants = [];
    private readonly Dictionary<long, int> intConstants = [];
    private readonly Dictionary<string, int> stringConstants = [];
    private readonly List<RType> types = [];
    private readonly Dictionary<RType, int> typeIndex = new(ReferenceEqualityComparer.Instance);
    private readonly List<Function> callees = [];
    private readonly Dictionary<Function, int> calleeIndex = new(ReferenceEqualityComparer.Instance);
    private int cacheCount;

    public int Line { get; set; }
    /// <summary>Bytes of the function's aggregate locals as Go lays them out on its stack.</summary>
    public long AggregateBytes { get; set; }
    public int NextReg { get; private set; }
    public int MaxReg { get; private set; }
    public int Count => code.Count;

    public int Emit(OpCode op, int a = 0, int b = 0, int c = 0, int d = 0)
    {
        code.Add(new Instr(op, a, b, c, d));
        lines.Add(Line);
        inlinedAt.Add(currentInline);
        return code.Count - 1;
    }

    /// <summary>What follows is the body of `name` (in `file`) compiled in place of a call on the current line; Line then follows the callee's lines.</summary>
    public void BeginInline(string name, string file)
    {
        inlined.Add(new InlinedCall(name, file, currentInline, Line));
        currentInline = inlined.Count - 1;
    }

    /// <summary>Back in the caller, at the call's line.</summary>
    public void EndInline()
    {
        var call = inlined[currentInline];
        currentInline = call.Parent;
        Line = call.CallLine;
    }

    public ref Instr At(int pc) => ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(code)[pc];

    /// <summary>Points the jump at `pc` to `target`, whichever operand holds its destination.</summary>
    public void PatchJump(int pc, int target) => JumpTarget(ref At(pc)) = target;

    /// <summary>The operand of a jump that holds its destination: the J of its [Op] layout.</summary>
    private static ref int JumpTarget(ref Instr ins)
    {
        switch (OpCodes.JumpOperand(ins.Op))
        {
            case 0: return ref ins.A;
            case 1: return ref ins.B;
            case 2: return ref ins.C;
            case 3: return ref ins.D;
            default: throw new InvalidOperationException("not a jump: " + ins.Op);
        }
    }

    private static bool IsJump(OpCode op) => OpCodes.JumpOperand(op) >= 0;

    /// <summary>
    /// Two consecutive moves become one Move2 (a call's arguments are mostly moves), two
    /// LoadNils one LoadNil2 (named results, `return nil, nil`): one dispatch instead of two.
    /// The second must not be a jump target; the code shrinks, so jump destinations, the
    /// recovery point and the per-instruction tables are renumbered.
    /// </summary>
    private void PairInstructions()
    {
        int n = code.Count;
        var target = new bool[n + 1];
        for (int i = 0; i < n; i++)
            if (IsJump(code[i].Op)) target[JumpTarget(ref At(i))] = true;
        if (Fn.RecoverPc >= 0) target[Fn.RecoverPc] = true;
        var map = new int[n + 1];
        int w = 0;
        for (int i = 0; i < n; i++, w++)
        {
            map[i] = w;
            var ins = code[i];
            int line = lines[i], inl = inlinedAt[i];
            if (ins.Op is OpCode.Move or OpCode.LoadNil && i + 1 < n && code[i + 1].Op == ins.Op && !target[i + 1])
            {
                var next = code[i + 1];
                ins = ins.Op == OpCode.Move ? new Instr(OpCode.Move2, ins.A, ins.B, next.A, next.B) : new Instr(OpCode.LoadNil2, ins.A, next.A);
                map[++i] = w;
            }
            code[w] = ins;
            lines[w] = line;
            inlinedAt[w] = inl;
        }
        map[n] = w;
        if (w == n) return;
        code.RemoveRange(w, n - w);
        lines.RemoveRange(w, n - w);
        inlinedAt.RemoveRange(w, n - w);
        for (int i = 0; i < w; i++)
            if (IsJump(code[i].Op)) { ref int t = ref JumpTarget(ref At(i)); t = map[t]; }
        if (Fn.RecoverPc >= 0) Fn.RecoverPc = map[Fn.RecoverPc];
    }

    // ---- registers ----

    public int Alloc(int n = 1)
    {
        int r = NextReg;
        NextReg += n;
        if (NextReg > MaxReg) MaxReg = NextReg;
        return r;
    }

    /// <summary>Frees every register allocated since `mark` was taken (mark = NextReg).</summary>
    public void Release(int mark) => NextReg = mark;

    /// <summary>Reserves registers up to `top` (a call's frame base plus its argument count).</summary>
    public void Reserve(int top)
    {
        if (top > NextReg) NextReg = top;
        if (NextReg > MaxReg) MaxReg = NextReg;
    }

    // ---- aux tables ----

    public int IntConst(long v)
    {
        if (intConstants.TryGetValue(v, out int i)) return i;
        constants.Add(new Slot(v));
        return intConstants[v] = constants.Count - 1;
    }

    public int StringConst(string s)
    {
        if (stringConstants.TryGetValue(s, out int i)) return i;
        constants.Add(new Slot(s));
        return stringConstants[s] = constants.Count - 1;
    }

    public int Const(Slot v)
    {
        constants.Add(v);
        return constants.Count - 1;
    }

    public int Type(RType t)
    {
        if (typeIndex.TryGetValue(t, out int i)) return i;
        types.Add(t);
        return typeIndex[t] = types.Count - 1;
    }

    public int Callee(Function f)
    {
        if (calleeIndex.TryGetValue(f, out int i)) return i;
        callees.Add(f);
        return calleeIndex[f] = callees.Count - 1;
    }

    public int CallCache() => cacheCount++;

    public void Finish(int numParams, int numResults)
    {
        PairInstructions();
        Fn.Code = code.ToArray();
        Fn.Lines = lines.ToArray();
        if (inlined.Count > 0)
        {
            Fn.InlinedAt = inlinedAt.ToArray();
            Fn.Inlined = inlined.ToArray();
        }
        Fn.Constants = constants.ToArray();
        Fn.Types = types.ToArray();
        Fn.Callees = callees.ToArray();
        Fn.CallCaches = new IfaceCallCache?[cacheCount];
        Fn.NumParams = numParams;
        Fn.NumResults = numResults;
        // The frame must hold the registers plus room for any callee to write results back.
        Fn.FrameSize = Math.Max(MaxReg, Math.Max(numParams, numResults)) + 1;
        // A Go frame: a word per value, arrays and structs inline, return address and frame pointer.
        Fn.GoFrameBytes = 8L * Fn.FrameSize + AggregateBytes + 16;
    }
}
