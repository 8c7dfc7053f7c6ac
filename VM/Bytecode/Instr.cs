using System.Runtime.InteropServices;

namespace Minigo.VM;

/// <summary>One instruction: an opcode and up to four operands (see OpCode for their meaning).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct Instr(OpCode op, int a = 0, int b = 0, int c = 0, int d = 0)
{
    public OpCode Op = op;
    public int A = a;
    public int B = b;
    public int C = c;
    public int D = d;

    public override readonly string ToString() => $"{Op} {A} {B} {C} {D}";
}
