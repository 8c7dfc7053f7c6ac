using Minigo.Runtime;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Json;

/// <summary>
/// The natives of the Decoder's scanner (scanner.go): the scanner's state lives in the Go
/// struct between reads, and is loaded into a <see cref="Scanner"/> for each call.
/// </summary>
internal static class ScannerState
{
    // The fields of json.scanner, in declaration order.
    private const int StepField = 0, EndTopField = 1, ParseStateField = 2, BytesField = 3, ErrField = 4;

    private static Scanner Load(Slot[] box)
    {
        var s = new Scanner
        {
            Step = (Scanner.State)box[StepField].N,
            EndTop = box[EndTopField].N != 0,
            Bytes = box[BytesField].N,
        };
        s.LoadParseState(GoSlices.Bytes((Slice?)box[ParseStateField].R));
        return s;
    }

    /// <summary>Stores the state back; a new syntax error becomes the Go error in s.err.</summary>
    private static void Save(NativeCall c, Slot[] box, Scanner s)
    {
        box[StepField] = new Slot((long)s.Step);
        box[EndTopField] = new Slot(s.EndTop ? 1 : 0);
        box[BytesField] = new Slot(s.Bytes);
        box[ParseStateField] = new Slot(GoSlices.FromBytes(s.ParseState));
        if (s.Err != null && box[ErrField].R == null)
            box[ErrField] = JsonError.Syntax(s.Err, s.ErrOffset).ToGo(c.Ctx, JsonProgram.Of(c.Ctx));
    }

    /// <summary>(s *scanner) scan(buf []byte, from int) (int, bool): Go's readValue loop over the buffered bytes.</summary>
    public static void Scan(NativeCall c)
    {
        var box = (Slot[])c.Ref(0)!;
        var buf = GoSlices.Bytes(c.SliceArg(1));
        int scanp = (int)c.Int(2);
        var s = Load(box);
        bool done = false;
        for (; scanp < buf.Length; scanp++)
        {
            s.Bytes++;
            int op = s.Next(buf[scanp]);
            if (op == Scanner.End)
            {
                // scanEnd is delayed one byte so we decrement the scanner bytes count by 1 to ensure that this value is correct in the next call of Decode.
                s.Bytes--;
                done = true;
                break;
            }
            if (op is Scanner.EndObject or Scanner.EndArray)
            {
                // scanEnd is delayed one byte. We might block trying to get that byte from src,
                // so instead invent a space byte.
                if (s.EndValue((byte)' ') == Scanner.End)
                {
                    scanp++;
                    done = true;
                    break;
                }
            }
            else if (op == Scanner.Error) break;
        }
        Save(c, box, s);
        c.SetInt(0, scanp);
        c.SetBool(1, done);
    }

    /// <summary>(s *scanner) endsAtEOF() bool: whether a space after the input would end the value.</summary>
    public static void EndsAtEof(NativeCall c)
    {
        var box = (Slot[])c.Ref(0)!;
        var s = Load(box);
        bool end = s.Next((byte)' ') == Scanner.End;
        Save(c, box, s);
        c.SetBool(0, end);
    }
}
