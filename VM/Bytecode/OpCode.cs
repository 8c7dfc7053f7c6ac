namespace Minigo.VM;

/// <summary>
/// The instruction set: the single source of truth, in the manner of Lua's lopcodes.h.
/// Each opcode's [Op] attribute gives its operand layout and a one-line meaning; the
/// disassembler prints from it, the emitter and the interpreter's switch follow it.
///
/// Notation: r[X] is register X of the current frame (a Slot); K[X] the function's
/// constant X; T[X] an RType and F[X] a function in the function's aux table; pc-relative
/// jumps are absolute instruction indexes. Operands a register holds: .N scalar, .R ref.
/// Integer ops work on 64 bits; the compiler follows ops on narrower types with Wrap.
/// </summary>
public enum OpCode : ushort
{
    [Op("", "do nothing")] Nop,

    // ---- moves and constants ----
    [Op("A B", "r[A] = r[B]")] Move,
    [Op("A B C D", "r[A] = r[B], then r[C] = r[D]: two moves in one dispatch (FunctionBuilder pairs them)")] Move2,
    [Op("A K", "r[A] = K[B]")] LoadK,
    [Op("A I", "r[A] = int B (R cleared)")] LoadInt,
    [Op("A", "r[A] = zero Slot (nil, 0, false)")] LoadNil,
    [Op("A B", "r[A] = r[B] = zero Slot: two LoadNils in one dispatch (FunctionBuilder pairs them)")] LoadNil2,
    [Op("A T", "r[A] = zero value of T[B] (fresh box for aggregates)")] Zero,
    [Op("A G", "r[A] = globals[B]")] LoadGlobal,
    [Op("A G", "globals[B] = r[A]")] StoreGlobal,
    [Op("A G", "r[A] = &globals[B] (pointer into the globals array)")] GlobalAddr,
    [Op("A B T", "r[A] = deep copy of aggregate r[B] of type T[C]")] Clone,
    [Op("A B T", "copy aggregate r[B] into the existing box r[A] (type T[C])")] CopyInto,

    // ---- integer arithmetic (64-bit; Wrap narrows) ----
    [Op("A B C", "r[A] = r[B] + r[C]")] AddI,
    [Op("A B I", "r[A] = r[B] + C")] AddIK,
    [Op("A B I", "r[A] = r[B] & C")] AndIK,
    [Op("A B C", "r[A] = r[B] - r[C]")] SubI,
    [Op("A B C", "r[A] = r[B] * r[C]")] MulI,
    [Op("A B C", "r[A] = r[B] / r[C] signed; panics on zero")] DivI,
    [Op("A B C", "r[A] = r[B] % r[C] signed; panics on zero")] RemI,
    [Op("A B C", "r[A] = r[B] / r[C] unsigned; panics on zero")] DivU,
    [Op("A B C", "r[A] = r[B] % r[C] unsigned; panics on zero")] RemU,
    [Op("A B C", "r[A] = r[B] & r[C]")] AndI,
    [Op("A B C", "r[A] = r[B] | r[C]")] OrI,
    [Op("A B C", "r[A] = r[B] ^ r[C]")] XorI,
    [Op("A B C", "r[A] = r[B] &^ r[C]")] AndNotI,
    [Op("A B C D", "r[A] = r[B] << r[C]; D = 1 if the count is unsigned")] Shl,
    [Op("A B C D", "r[A] = r[B] >> r[C] arithmetic; D = 1 if the count is unsigned")] Shr,
    [Op("A B C D", "r[A] = r[B] >> r[C] logical, for unsigned operands; D as Shl")] ShrU,
    [Op("A B", "r[A] = -r[B]")] NegI,
    [Op("A B", "r[A] = ^r[B]")] NotI,
    [Op("A B k", "r[A] = r[B] wrapped to the width of Kind C")] Wrap,

    // ---- float arithmetic ----
    [Op("A B C", "r[A] = r[B] + r[C] (float64)")] AddF,
    [Op("A B C", "r[A] = r[B] - r[C]")] SubF,
    [Op("A B C", "r[A] = r[B] * r[C]")] MulF,
    [Op("A B C", "r[A] = r[B] / r[C]")] DivF,
    [Op("A B", "r[A] = -r[B]")] NegF,
    [Op("A B", "r[A] = r[B] rounded to float32 precision")] RoundF32,

    // ---- complex arithmetic ----
    [Op("A B C k", "r[A] = r[B] op r[C] for complex; D = op (0 add 1 sub 2 mul 3 div) + 4 for complex64")] ArithC,
    [Op("A B", "r[A] = -r[B] (complex)")] NegC,
    [Op("A B C D", "r[A] = complex(r[B], r[C]); D=1 for complex64")] MakeComplex,
    [Op("A B C", "r[A] = real(r[B]) if C=0 else imag(r[B])")] RealImag,

    // ---- comparisons (results are bools in .N) ----
    [Op("A B C", "r[A] = r[B] == r[C] (ints, bools, unsafe)")] EqI,
    [Op("A B C", "r[A] = r[B] != r[C]")] NeI,
    [Op("A B C", "r[A] = r[B] < r[C] signed")] LtI,
    [Op("A B C", "r[A] = r[B] <= r[C] signed")] LeI,
    [Op("A B C", "r[A] = r[B] < r[C] unsigned")] LtU,
    [Op("A B C", "r[A] = r[B] <= r[C] unsigned")] LeU,
    [Op("A B C", "r[A] = r[B] == r[C] float")] EqF,
    [Op("A B C", "r[A] = r[B] != r[C] float")] NeF,
    [Op("A B C", "r[A] = r[B] < r[C] float")] LtF,
    [Op("A B C", "r[A] = r[B] <= r[C] float")] LeF,
    [Op("A B C", "r[A] = r[B] == r[C] string")] EqS,
    [Op("A B C", "r[A] = r[B] != r[C] string")] NeS,
    [Op("A B C", "r[A] = r[B] < r[C] string (bytewise)")] LtS,
    [Op("A B C", "r[A] = r[B] <= r[C] string")] LeS,
    [Op("A B C T", "r[A] = r[B] == r[C] by Go equality of type T[D] (structs, arrays, interfaces, pointers, complex)")] EqV,
    [Op("A B", "r[A] = r[B].R == null (nil pointer/slice/map/func/interface/chan)")] IsNil,
    [Op("A B", "r[A] = !r[B]")] Not,

    // ---- control flow ----
    [Op("J", "pc = A")] Jmp,
    [Op("J", "pc = A; a loop back-edge: checks the preemption budget")] Loop,
    [Op("A J", "if r[A] then pc = B")] JmpIf,
    [Op("A J", "if !r[A] then pc = B")] JmpIfNot,
    [Op("A B J", "if !(r[A] < r[B]) signed then pc = C")] JmpIfNotLtI,
    [Op("A B J", "if !(r[A] <= r[B]) signed then pc = C")] JmpIfNotLeI,
    [Op("A I J", "if !(r[A] < B) signed, B an immediate, then pc = C")] JmpIfNotLtIK,
    [Op("A I J", "if !(r[A] <= B) signed, B an immediate, then pc = C")] JmpIfNotLeIK,
    // Compare-and-branch for conditions (FuncCompiler.CondJump), each saving a compare's
    // result register and a dispatch.
    [Op("A B J", "if r[A] < r[B] signed then pc = C")] JmpIfLtI,
    [Op("A B J", "if r[A] <= r[B] signed then pc = C")] JmpIfLeI,
    [Op("A I J", "if r[A] < B signed, B an immediate, then pc = C")] JmpIfLtIK,
    [Op("A I J", "if r[A] <= B signed, B an immediate, then pc = C")] JmpIfLeIK,
    [Op("A B J", "if r[A] == r[B] (integers, bools) then pc = C")] JmpIfEqI,
    [Op("A B J", "if r[A] != r[B] (integers, bools) then pc = C")] JmpIfNeI,
    [Op("A I J", "if r[A] == B, B an immediate, then pc = C")] JmpIfEqIK,
    [Op("A I J", "if r[A] != B, B an immediate, then pc = C")] JmpIfNeIK,
    [Op("A J", "if r[A] is nil (no reference) then pc = B")] JmpIfNil,
    [Op("A J", "if r[A] is not nil then pc = B")] JmpIfNotNil,

    // ---- calls ----
    [Op("A F", "call F[B] with its frame at r[A]; results land at r[A..]")] Call,
    [Op("A B", "call the func value r[B] (closure or native) with its frame at r[A]")] CallValue,
    [Op("A F", "call native F[B] with arguments and results at r[A..]")] CallNative,
    [Op("A N I", "call method K[B] (name) of interface r[A] (args follow at A+1..); C = call-site cache index")] CallIface,
    [Op("A N", "return r[A..A+B) as results")] Return,
    [Op("A F C", "r[A] = closure of F[B] capturing r[C..C+n)")] MakeClosure,
    [Op("A B", "r[A] = captured variable B of the running closure (a cell or box)")] LoadCapture,
    [Op("A B N", "defer a call of func value r[A] with B argument slots r[A+1..A+B]")] Defer,
    [Op("", "run this frame's pending deferred calls (LIFO), then continue")] RunDefers,
    [Op("A", "panic(r[A]) with an interface value")] Panic,
    [Op("A", "r[A] = recover()")] Recover,

    // ---- cells (escaping variables) and pointers ----
    [Op("A T", "r[A] = new cell (Slot[1]) holding the zero value of T[B]")] NewCell,
    [Op("A T", "r[A] = new(T[B]): a box for aggregates, a cell otherwise")] New,
    [Op("A B", "r[A] = *r[B] where r[B] points into a Slot[] (R = array, N = index)")] LoadPtrS,
    [Op("A B", "r[A] = *r[B], word-sized scalar (Slot[] or long[] container)")] LoadPtrW,
    [Op("A B k", "r[A] = *r[B], byte-sized scalar (Slot[] or byte[] container); C = kind")] LoadPtrB,
    [Op("A B", "*r[A] = r[B] (Slot[] container)")] StorePtrS,
    [Op("A B", "*r[A] = r[B] (word-sized scalar)")] StorePtrW,
    [Op("A B", "*r[A] = r[B] (byte-sized scalar)")] StorePtrB,
    [Op("A", "panic if r[A] is a nil pointer")] NilCheck,

    // ---- structs ----
    [Op("A B C", "r[A] = field C of struct box r[B]")] LoadField,
    [Op("A B C", "field B of struct box r[A] = r[C]")] StoreField,
    [Op("A B C k", "r[A] = &field C of struct box r[B]; D = 1 if the field is an aggregate (the pointer is its box)")] FieldAddr,

    // ---- arrays and slices (suffix S/W/B: element storage Slot/word/byte) ----
    [Op("A B C", "r[A] = array box r[B][r[C]] (Slot storage)")] LoadArrS,
    [Op("A B C", "r[A] = array box r[B][r[C]] (word storage)")] LoadArrW,
    [Op("A B C k", "r[A] = array box r[B][r[C]] (byte storage; D = kind)")] LoadArrB,
    [Op("A B C", "array box r[A][r[B]] = r[C]")] StoreArrS,
    [Op("A B C", "array box r[A][r[B]] = r[C]")] StoreArrW,
    [Op("A B C", "array box r[A][r[B]] = r[C]")] StoreArrB,
    [Op("A B C", "r[A] = slice r[B][r[C]] (Slot storage)")] LoadSliceS,
    [Op("A B C", "r[A] = slice r[B][r[C]] (word storage)")] LoadSliceW,
    [Op("A B C k", "r[A] = slice r[B][r[C]] (byte storage; D = kind)")] LoadSliceB,
    [Op("A B C", "slice r[A][r[B]] = r[C]")] StoreSliceS,
    [Op("A B C", "slice r[A][r[B]] = r[C]")] StoreSliceW,
    [Op("A B C", "slice r[A][r[B]] = r[C]")] StoreSliceB,
    [Op("A B C D", "r[A] = &r[B][r[C]]; D bit 0: a slice (else an array box), bit 1: aggregate elements (the pointer is the element's box)")] ElemAddr,
    [Op("A B", "r[A] = len(slice r[B])")] LenSlice,
    [Op("A B", "r[A] = cap(slice r[B])")] CapSlice,
    [Op("A B T", "r[A] = make([]T, r[B], r[B+1]) for element type T[C]")] MakeSlice,
    [Op("A B C k", "r[A] = r[B][r[C]:r[C+1]:r[C+2]] of a slice; D = 1 if a max was written (else r[C+2] is ignored)")] SliceSlice,
    [Op("A B C k", "r[A] = array box r[B][r[C]:r[C+1]:r[C+2]]; D as SliceSlice")] SliceArray,
    [Op("A B C T", "r[A] = append(r[B], r[B+1..B+C]) for element type T[D]")] Append,
    [Op("A B C T", "r[A] = append(r[B], r[C]...) for element type T[D]; r[C] may be a string")] AppendSlice,
    [Op("A B C T", "r[A] = copy(r[B], r[C]) for element type T[D]; r[C] may be a string")] Copy,
    [Op("A B T k", "r[A] = [N]T(r[B]) (D = 0, a copy) or (*[N]T)(r[B]) (D = 1, aliasing) for array type T[C]")] SliceToArray,
    

    // ---- strings ----
    [Op("A B C", "r[A] = r[B] + r[C] (string)")] Concat,
    [Op("A B", "r[A] = len(r[B]) (string)")] LenStr,
    [Op("A B C", "r[A] = r[B][r[C]] (string byte)")] IndexStr,
    [Op("A B C", "r[A] = r[B][r[C]:r[C+1]] (string)")] SliceStr,
    [Op("A B C", "r[A], r[A+1] = rune and width decoded at byte index r[C] of string r[B]")] DecodeRune,
    [Op("A B C", "conversions among string, []byte, []rune, rune; C = Conv kind")] ConvStr,

    // ---- numeric conversions ----
    [Op("A B C", "r[A] = float(r[B]); C = 1 if r[B] is unsigned")] IntToFloat,
    [Op("A B k", "r[A] = int(r[B]) truncated toward zero, wrapped to Kind C")] FloatToInt,
    [Op("A B C", "r[A] = complex conversion of r[B]: C = 1 to complex64")] ConvComplex,

    // ---- maps ----
    [Op("A T B", "r[A] = make(map) of type T[B] with size hint r[C] (C < 0: none)")] MakeMap,
    [Op("A B C T", "r[A] = map r[B][r[C]] (zero value of T[D] if absent)")] MapGet,
    [Op("A B C T", "r[A], r[A+1] = map r[B][r[C]], ok")] MapGet2,
    [Op("A B C", "map r[A][r[B]] = r[C]; panics on a nil map")] MapSet,
    [Op("A B", "delete(map r[A], r[B])")] MapDelete,
    [Op("A B", "r[A] = len(map r[B])")] LenMap,
    [Op("A B", "r[A] = iterator over map r[B] (a key snapshot, random start)")] MapIter,
    [Op("A B J", "r[A], r[A+1] = next key, value of iterator r[B]; when done pc = C")] MapNext,
    [Op("A B", "clear(map or slice r[B]); A = 1 for a map")] Clear,

    // ---- interfaces ----
    [Op("A B T", "r[A] = interface holding r[B] of dynamic type T[C]")] ToIface,
    [Op("A B T T", "r[A] = r[B].(T[C]) for a concrete T; panics on mismatch (D = the static interface type, for the message)")] AssertType,
    [Op("A B T", "r[A], r[A+1] = r[B].(T[C]) comma-ok, concrete T")] AssertTypeOk,
    [Op("A B T T", "r[A] = r[B].(T[C]) for an interface T; panics if it does not implement T (D as AssertType)")] AssertIface,
    [Op("A B T", "r[A], r[A+1] = r[B].(T[C]) comma-ok, interface T")] AssertIfaceOk,
    [Op("A B T", "r[A] = dynamic type of interface r[B] is T[C] (C < 0: is nil); interface T: implements")] IfaceIs,

    // ---- goroutines and channels (blocking ops park the goroutine; it resumes after them) ----
    [Op("A N", "go: start a goroutine calling func value r[A] with arguments r[A+1..A+B]")] Go,
    [Op("A T B", "r[A] = make(chan T[B], r[C]) (C < 0: unbuffered)")] MakeChan,
    [Op("A B", "r[A] <- r[B]")] ChanSend,
    [Op("A B C", "r[A] = <-r[B]; C = 1: also r[A+1] = ok")] ChanRecv,
    [Op("A", "close(r[A])")] ChanClose,
    [Op("A B C", "r[A] = len (C = 0) or cap (C = 1) of channel r[B]")] ChanLenCap,
    [Op("A N K k", "select over B cases: channel r[A+2i], value to send r[A+2i+1]; K[C] = bool[] (true: send); D = 1 with default. Then r[A] = chosen case (-1: default), r[A+1] = received value, r[A+2] = ok")] Select,

    // ---- sync/atomic, compiled as intrinsics (Go's compiler does the same) ----
    [Op("A B C k", "r[A] = atomic *r[B] += r[C], wrapped to Kind D")] AtomicAdd,
    [Op("A B", "r[A] = atomic load *r[B]")] AtomicLoad,
    [Op("A B", "atomic *r[A] = r[B]")] AtomicStore,
    [Op("A B C", "r[A] = atomic swap *r[B] with r[C]")] AtomicSwap,
    [Op("A B C", "r[A] = atomic compare-and-swap *r[B] from r[C] to r[C+1]")] AtomicCAS,

    // ---- sync.Mutex fast paths, inlined at call sites as Go's compiler inlines them; the
    // slow path is the Call that follows (state is the first field of the mutex's box) ----
    [Op("A J", "Mutex.Lock: if the mutex *r[A] is unlocked, lock it (CAS 0 -> 1) and pc = B")] MutexTryLock,
    [Op("A J", "Mutex.Unlock: r[A+1] = atomic (*r[A]).state -= 1; if that is 0 (no waiters), pc = B")] MutexUnlockFast,

    // ---- builtins and runtime helpers ----
    [Op("A B C", "print/println the values r[A..A+B) whose types are K[C] (an RType[]); D = 1 for println")] Print,
    [Op("A B N k", "r[A] = min or max of r[B..B+C); D = 2*class + (1 for max), class 0 signed, 1 unsigned, 2 float, 3 string")] MinMax,
    [Op("A", "fatal error: unreachable code reached (compiler invariant)")] Unreachable,
}

/// <summary>Describes an opcode: its operand layout (for the disassembler) and meaning.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class OpAttribute(string operands, string meaning) : Attribute
{
    /// <summary>Letters per operand: A B C D registers or immediates; K constant; T type; F function; G global; J jump target; I immediate; N count; k kind.</summary>
    public string Operands { get; } = operands;
    public string Meaning { get; } = meaning;
}

/// <summary>What the [Op] table says about each opcode, read once: which operand holds a jump's destination.</summary>
public static class OpCodes
{
    private static readonly sbyte[] jumpOperand = BuildJumpOperands();

    /// <summary>The operand (0 = A, 1 = B, 2 = C, 3 = D) holding op's jump destination (its J letter), or -1 if op does not jump.</summary>
    public static int JumpOperand(OpCode op) => (int)op < jumpOperand.Length ? jumpOperand[(int)op] : -1;

    private static sbyte[] BuildJumpOperands()
    {
        var fields = typeof(OpCode).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static);
        var table = new sbyte[fields.Max(f => (int)(OpCode)f.GetValue(null)!) + 1];
        foreach (var f in fields)
        {
            var letters = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<OpAttribute>(f)!.Operands.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            table[(int)(OpCode)f.GetValue(null)!] = (sbyte)Array.IndexOf(letters, "J");
        }
        return table;
    }
}
