using System.Reflection;
using System.Text;
using Minigo.Runtime;

namespace Minigo.VM;

/// <summary>
/// `minigo disasm`: prints each function's instructions, derived from the opcode table's
/// operand letters (OpCode's [Op] attributes), with constants, types and callees resolved.
/// </summary>
public static class Disassembler
{
    private static readonly Dictionary<OpCode, OpAttribute> Info = typeof(OpCode).GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(f => (OpCode)f.GetValue(null)!, f => f.GetCustomAttribute<OpAttribute>()!);

    public static string Disassemble(IEnumerable<Function> functions)
    {
        var sb = new StringBuilder();
        foreach (var fn in functions) Disassemble(fn, sb);
        return sb.ToString();
    }

    public static void Disassemble(Function fn, StringBuilder sb)
    {
        sb.Append($"func {fn.Name}  params={fn.NumParams} results={fn.NumResults} frame={fn.FrameSize}");
        if (fn.RecoverPc >= 0) sb.Append($" recover@{fn.RecoverPc}");
        sb.Append('\n');
        for (int pc = 0; pc < fn.Code.Length; pc++)
        {
            var ins = fn.Code[pc];
            int line = pc < fn.Lines.Length ? fn.Lines[pc] : 0;
            sb.Append($"  {pc,4}  {line,4}  {ins.Op,-14}");
            var letters = Info.TryGetValue(ins.Op, out var a) ? a.Operands.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            int[] ops = [ins.A, ins.B, ins.C, ins.D];
            for (int i = 0; i < letters.Length && i < 4; i++)
                sb.Append(' ').Append(Operand(fn, letters[i], ops[i]));
            sb.Append('\n');
        }
        sb.Append('\n');
    }

    private static string Operand(Function fn, string letter, int v) => letter switch
    {
        "A" or "B" or "C" or "D" => "r" + v,
        "K" => v >= 0 && v < fn.Constants.Length ? "K" + v + "=" + Show(fn.Constants[v]) : "K" + v,
        "T" => v >= 0 && v < fn.Types.Length ? "T(" + fn.Types[v] + ")" : v < 0 ? "nil" : "T" + v,
        "F" => v >= 0 && v < fn.Callees.Length ? fn.Callees[v].Name : "F" + v,
        "G" => "g" + v,
        "J" => "->" + v,
        "k" => ((Kind)v).ToString().ToLowerInvariant(),
        _ => v.ToString(),
    };

    private static string Show(in Slot s) => s.R switch
    {
        string str => "\"" + str.Replace("\n", "\\n") + "\"",
        null => s.N.ToString(),
        Closure c => "func " + c.Fn.Name,
        _ => s.R.GetType().Name,
    };
}
