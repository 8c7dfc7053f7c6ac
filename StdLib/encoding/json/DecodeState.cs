using System.Runtime.CompilerServices;
using Minigo.Runtime;
using Minigo.StdLib.Strconv;
using Minigo.StdLib.Strings;
using Minigo.StdLib.Support;

namespace Minigo.StdLib.Json;

/// <summary>
/// One Unmarshal in progress (Go's decodeState, decode.go): the data, already known to be
/// valid, is stepped through again with the scanner, which gives the structure and Go's
/// offsets; values are stored through <see cref="Loc"/>s. Type mismatches are saved (the
/// first one is returned) and decoding goes on; errors from Unmarshal methods and misused
/// `,string` tags abort it (<see cref="JsonException"/>).
/// </summary>
internal sealed partial class DecodeState(IGoContext ctx, JsonProgram program, Slice data, bool useNumber, bool disallowUnknownFields)
{
    private const string PhasePanicMsg = "JSON decoder out of sync - data changing underfoot?";

    private readonly IGoContext ctx = ctx;
    private readonly JsonProgram p = program;
    private readonly byte[] bytes = data.Length == 0 ? [] : (byte[])data.Array;
    private readonly int @base = data.Offset;
    private readonly int length = data.Length;
    private readonly int capacity = data.Capacity;
    private readonly bool useNumber = useNumber, disallowUnknownFields = disallowUnknownFields;

    /// <summary>Next read offset in data, and the scanner's result for the byte before it.</summary>
    private int off, opcode;
    public readonly Scanner Scan = new();

    // Go's errorContext: the innermost struct type and the path of field names to the value.
    private RType? contextStruct;
    private readonly List<string> fieldStack = [];
    private JsonError? savedError;

    private ReadOnlySpan<byte> Data => bytes.AsSpan(@base, length);

    private int ReadIndex => off - 1;

    /// <summary>Decodes the whole of data into what v (any) points to; the error as a Go value, or nil.</summary>
    public Slot Unmarshal(in Slot v)
    {
        var t = Iface.TypeOf(v);
        var ptr = Iface.ValueOf(v);
        if (t == null || t.Kind != Kind.Pointer || ptr.R == null)
            return new JsonError { Kind = JsonError.Kinds.InvalidUnmarshal, A = t?.ToString() ?? "", B = t?.Kind == Kind.Pointer ? "pointer" : "" }
                .ToGo(ctx, p);
        Scan.Reset();
        ScanWhile(Scanner.SkipSpace);
        try
        {
            Value(new Loc(t, new[] { ptr }, 0, readOnly: true));
        }
        catch (JsonException e)
        {
            return AddErrorContext(e.Error).ToGo(ctx, p);
        }
        return savedError?.ToGo(ctx, p) ?? default;
    }

    private void SaveError(JsonError err) => savedError ??= AddErrorContext(err);

    private static JsonException Abort(JsonError err) => new(err);

    /// <summary>Go's addErrorContext: an UnmarshalTypeError learns the struct and field path it happened in.</summary>
    private JsonError AddErrorContext(JsonError err)
    {
        if (contextStruct == null && fieldStack.Count == 0) return err;
        string structName = ShortName(contextStruct!), field = string.Join(".", fieldStack);
        if (err.Kind == JsonError.Kinds.UnmarshalType)
        {
            err.C = structName;
            err.D = field;
        }
        else if (err.Kind == JsonError.Kinds.GoError && ReferenceEquals(Iface.TypeOf(err.Err), p.UnmarshalTypeErrorPtr) && err.Err.R is Boxed { Value.R: Slot[] box })
        {
            // One returned by an UnmarshalJSON method: Go sets its fields too.
            box[3] = new Slot(structName);
            box[4] = new Slot(field);
        }
        return err;
    }

    /// <summary>reflect's Type.Name(): the name without its package.</summary>
    private static string ShortName(RType t)
    {
        var name = t.Name;
        if (name == null) return "";
        int bracket = name.IndexOf('[');
        int dot = name.LastIndexOf('.', bracket < 0 ? name.Length - 1 : bracket);
        return dot < 0 ? name : name[(dot + 1)..];
    }

    // ---- stepping through the data (Go's skip, scanNext, scanWhile, rescanLiteral) ----

    /// <summary>Scans to the end of the array or object just begun.</summary>
    private void Skip()
    {
        var data = Data;
        int i = off, depth = Scan.Depth;
        while (true)
        {
            int op = Scan.Next(data[i]);
            i++;
            if (Scan.Depth < depth)
            {
                off = i;
                opcode = op;
                return;
            }
        }
    }

    private void ScanNext()
    {
        if (off < length)
        {
            opcode = Scan.Next(Data[off]);
            off++;
        }
        else
        {
            opcode = Scan.Eof();
            off = length + 1; // mark processed EOF with len+1
        }
    }

    /// <summary>Skips bytes while the scanner says op.</summary>
    private void ScanWhile(int op)
    {
        var data = Data;
        int i = off;
        while (i < data.Length)
        {
            int newOp = Scan.Next(data[i]);
            i++;
            if (newOp != op)
            {
                opcode = newOp;
                off = i;
                return;
            }
        }
        off = length + 1; // mark processed EOF with len+1
        opcode = Scan.Eof();
    }

    /// <summary>Moves to the end of the literal just begun, faster than the scanner would.</summary>
    private void RescanLiteral()
    {
        var data = Data;
        int i = off;
        switch (data[i - 1])
        {
            case (byte)'"':
                for (; i < data.Length; i++)
                {
                    if (data[i] == '\\') i++; // escaped char
                    else if (data[i] == '"')
                    {
                        i++; // tokenize the closing quote too
                        break;
                    }
                }
                break;
            case (byte)'-': case >= (byte)'0' and <= (byte)'9':
                while (i < data.Length && data[i] is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'e' or (byte)'E' or (byte)'+' or (byte)'-') i++;
                break;
            case (byte)'t': i += 3; break; // true
            case (byte)'f': i += 4; break; // false
            case (byte)'n': i += 3; break; // null
        }
        opcode = i < data.Length ? Scan.EndValue(data[i]) : Scanner.End;
        off = i + 1;
    }

    /// <summary>data[start:end], as Go's subslice (what Unmarshal methods receive).</summary>
    private ItemBytes SubSlice(int start, int end) => new(bytes, @base + start, end - start, capacity - start);

    // ---- values ----

    /// <summary>Decodes the value the scanner is at into v; an invalid v skips it.</summary>
    private void Value(in Loc v)
    {
        switch (opcode)
        {
            case Scanner.BeginArray:
                if (v.IsValid) Array(v);
                else Skip();
                ScanNext();
                break;
            case Scanner.BeginObject:
                if (v.IsValid) Object(v);
                else Skip();
                ScanNext();
                break;
            case Scanner.BeginLiteral:
                int start = ReadIndex;
                RescanLiteral();
                if (v.IsValid) LiteralStore(SubSlice(start, ReadIndex), v, false);
                break;
            default:
                throw new InvalidOperationException(PhasePanicMsg);
        }
    }

    /// <summary>Deep nesting recurses in C#: stop cleanly before the thread's stack runs out.</summary>
    private static void CheckStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Abort(JsonError.Message("json: value nested too deeply for minigo's decoder"));
    }

    /// <summary>Calls an UnmarshalJSON or UnmarshalText method; its error aborts decoding.</summary>
    private void CallUnmarshaler(in Target target, RMethod m, in ItemBytes data)
    {
        var err = Methods.CallUnmarshal(ctx, m, target.RecvType!, target.Recv, data.ToSlice());
        if (err.R != null) throw Abort(JsonError.Go(err));
    }

    /// <summary>
    /// The start of an array or object (`what`) to decode into v: an UnmarshalJSON method
    /// takes the whole value, a type with only UnmarshalText cannot take it. False when the
    /// value has been consumed that way; else pv is where to decode it.
    /// </summary>
    private bool BeginComposite(in Loc v, string what, out Loc pv)
    {
        CheckStack();
        var target = Indirect(v, false);
        pv = target.Value;
        if (target.Unmarshaler != null)
        {
            int start = ReadIndex;
            Skip();
            CallUnmarshaler(target, target.Unmarshaler, SubSlice(start, off));
            return false;
        }
        if (target.TextUnmarshaler != null)
        {
            SaveError(JsonError.UnmarshalType(what, v.Type, off));
            Skip();
            return false;
        }
        return true;
    }

    private void Array(in Loc v)
    {
        if (!BeginComposite(v, "array", out var pv)) return;
        var t = pv.Type;
        switch (t.Kind)
        {
            case Kind.Interface when t.Methods.Length == 0:
                // Decoding into nil interface? Switch to non-reflect code.
                pv.Set(Iface.Make(p.SliceAny, new Slot(ArrayInterface())));
                return;
            case Kind.Array: case Kind.Slice:
                break;
            default:
                SaveError(JsonError.UnmarshalType("array", t, off));
                Skip();
                return;
        }

        var et = t.Elem!;
        bool isSlice = t.Kind == Kind.Slice;
        // The slice header is written back when it grows and at the end (its elements are decoded in place).
        var s = isSlice ? (Slice?)pv.Get().R : null;
        Array? arr = isSlice ? s?.Array : (Array)pv.Get().R!;
        int sOff = s?.Offset ?? 0, len = isSlice ? s?.Length ?? 0 : t.Len, cap = isSlice ? s?.Capacity ?? 0 : t.Len;
        bool ownArray = false; // allocated here, so nothing else sees it
        int i = 0;
        while (true)
        {
            // Look ahead for ] - can only happen on first iteration.
            ScanWhile(Scanner.SkipSpace);
            if (opcode == Scanner.EndArray) break;

            if (isSlice)
            {
                // Grow slice if necessary
                if (i >= cap)
                {
                    int newcap = Math.Max(cap + cap / 2, 4);
                    arr = Grow(et, arr, sOff, len, newcap, ownArray);
                    (sOff, cap, ownArray) = (0, newcap, true);
                    pv.Set(new Slot(new Slice(arr, 0, len, cap)));
                }
                if (i >= len) len = i + 1;
            }
            if (i < len) Value(Loc.At(et, arr!, sOff + i));
            else Value(default); // Ran out of fixed array: skip.
            i++;

            // Next token must be , or ].
            if (opcode == Scanner.SkipSpace) ScanWhile(Scanner.SkipSpace);
            if (opcode == Scanner.EndArray) break;
            if (opcode != Scanner.ArrayValue) throw new InvalidOperationException(PhasePanicMsg);
        }

        if (i < len)
        {
            if (!isSlice)
            {
                // Array. Zero the rest.
                for (; i < len; i++) Loc.At(et, arr!, i).Set(et.Zero());
            }
            else len = i;
        }
        if (isSlice)
        {
            if (i == 0) pv.Set(new Slot(new Slice(RType.NewArray(et, 0), 0, 0, 0)));
            else if (s == null || !ReferenceEquals(arr, s.Array) || len != s.Length) pv.Set(new Slot(new Slice(arr!, sOff, len, cap)));
        }
    }

    /// <summary>
    /// A new backing array of newcap elements starting with the n elements of from (Go's
    /// MakeSlice and Copy). Aggregates are copied into fresh boxes, or moved when from was
    /// allocated by this decoding (own) and nothing else can see it.
    /// </summary>
    private static Array Grow(RType et, Array? from, int fromOff, int n, int newcap, bool own)
    {
        if (!et.IsAggregate)
        {
            var grown = RType.NewArray(et, newcap);
            if (from != null && n > 0) System.Array.Copy(from, fromOff, grown, 0, n);
            return grown;
        }
        var dst = new Slot[newcap];
        var src = (Slot[]?)from;
        for (int i = 0; i < n; i++)
        {
            if (own) dst[i] = src![fromOff + i];
            else
            {
                dst[i] = et.Zero();
                et.CopyInto(dst[i].R!, src![fromOff + i].R!);
            }
        }
        for (int i = n; i < newcap; i++) dst[i] = et.Zero();
        return dst;
    }

    private void Object(in Loc v)
    {
        if (!BeginComposite(v, "object", out var pv)) return;
        var t = pv.Type;

        // Decoding into nil interface? Switch to non-reflect code.
        if (t.Kind == Kind.Interface && t.Methods.Length == 0)
        {
            pv.Set(Iface.Make(p.MapStringAny, new Slot(ObjectInterface())));
            return;
        }

        StructFields? fields = null;
        Map? map = null;
        RMethod? keyUnmarshalText = null;
        switch (t.Kind)
        {
            case Kind.Map:
                // Map key must either have string kind, have an integer kind, or be an encoding.TextUnmarshaler.
                if (t.Key!.PtrToThis is { } keyPtr) keyUnmarshalText = Methods.Of(keyPtr, p).UnmarshalText;
                if (t.Key.Kind != Kind.String && !t.Key.Kind.IsInteger() && keyUnmarshalText == null)
                {
                    SaveError(JsonError.UnmarshalType("object", t, off));
                    Skip();
                    return;
                }
                map = (Map?)pv.Get().R;
                if (map == null)
                {
                    map = new Map(t.Key, t.Elem!);
                    pv.Set(new Slot(map));
                }
                break;
            case Kind.Struct:
                fields = StructFields.For(t);
                break;
            default:
                SaveError(JsonError.UnmarshalType("object", t, off));
                Skip();
                return;
        }

        var origStruct = contextStruct;
        int origDepth = fieldStack.Count;
        while (NextKey(out int start, out int end))
        {
            // Figure out field corresponding to key (made a string only when needed).
            string? key = map != null ? KeyString(start, end) : null;
            Loc subv = default;
            Slot[]? mapElem = null;
            bool destring = false; // whether the value is wrapped in a string to be decoded first
            if (map != null)
            {
                mapElem = [t.Elem!.Zero()];
                subv = Loc.At(t.Elem, mapElem, 0);
            }
            else
            {
                var f = FindField(fields!, start, end, ref key);
                if (f != null)
                {
                    subv = FieldLoc(pv, f.Index);
                    destring = subv.IsValid && f.Quoted;
                    fieldStack.Add(f.Name);
                    contextStruct = t;
                }
                else if (disallowUnknownFields)
                    SaveError(JsonError.Message("json: unknown field " + Quote.QuoteString(key ?? KeyString(start, end), (byte)'"', QuoteMode.Printable)));
            }

            if (destring) DecodeQuoted(subv);
            else Value(subv);

            // Write value back to map; if using struct, subv points into struct already.
            if (map != null)
            {
                var kt = t.Key!;
                Slot kv = default;
                bool haveKey = true;
                if (keyUnmarshalText != null)
                {
                    var kp = NewPointer(kt);
                    LiteralStore(SubSlice(start, end), new Loc(kt.PtrToThis!, new[] { kp }, 0, readOnly: true), true);
                    kv = Loc.Deref(kt.PtrToThis!, kp).Get();
                }
                else if (kt.Kind == Kind.String) kv = new Slot(key!);
                else haveKey = IntegerKey(kt, key!, start, out kv);
                if (haveKey) map.Entries[kv] = mapElem![0];
            }

            // Next token must be , or }.
            if (opcode == Scanner.SkipSpace) ScanWhile(Scanner.SkipSpace);
            // Reset errorContext to its original state. Keep the same underlying array for
            // FieldStack, to reuse its memory and keep appending to it.
            fieldStack.RemoveRange(origDepth, fieldStack.Count - origDepth);
            contextStruct = origStruct;
            if (opcode == Scanner.EndObject) break;
            if (opcode != Scanner.ObjectValue) throw new InvalidOperationException(PhasePanicMsg);
        }
    }

    /// <summary>
    /// Reads the next key of an object and the colon after it, leaving the scanner at the
    /// value; false at the closing brace. start and end delimit the quoted key in data.
    /// </summary>
    private bool NextKey(out int start, out int end)
    {
        // Read opening " of string key or closing }.
        ScanWhile(Scanner.SkipSpace);
        start = end = 0;
        if (opcode == Scanner.EndObject) return false; // closing } - can only happen on first iteration.
        if (opcode != Scanner.BeginLiteral) throw new InvalidOperationException(PhasePanicMsg);

        // Read key.
        start = ReadIndex;
        RescanLiteral();
        end = ReadIndex;

        // Read : before value.
        if (opcode == Scanner.SkipSpace) ScanWhile(Scanner.SkipSpace);
        if (opcode != Scanner.ObjectKey) throw new InvalidOperationException(PhasePanicMsg);
        ScanWhile(Scanner.SkipSpace);
        return true;
    }

    /// <summary>The quoted key data[start:end] as a Go string.</summary>
    private string KeyString(int start, int end) =>
        Unquote(Data[start..end], out string key) ? key : throw new InvalidOperationException(PhasePanicMsg);

    /// <summary>
    /// The field named by the key data[start:end]: an exact match, else the first that
    /// matches ignoring case. A plain ASCII key is looked up without making a string of it;
    /// otherwise key is set to the key's string.
    /// </summary>
    private JsonField? FindField(StructFields fields, int start, int end, ref string? key)
    {
        var raw = Data[(start + 1)..(end - 1)];
        if (raw.Length <= 64 && raw.IndexOfAnyExceptInRange((byte)' ', (byte)0x7F) < 0 && raw.IndexOf((byte)'\\') < 0)
        {
            Span<char> chars = stackalloc char[raw.Length];
            for (int j = 0; j < raw.Length; j++) chars[j] = (char)raw[j];
            if (fields.NameLookup.TryGetValue(chars, out int i)) return fields.List[i];
        }
        key ??= KeyString(start, end);
        if (fields.NameIndex.TryGetValue(key, out int k)) return fields.List[k];
        foreach (var f in fields.List)
            if (StringOps.EqualFold(f.Name, key)) return f;
        return null;
    }

    /// <summary>
    /// The location of a struct field by its index path, allocating nil embedded pointers on
    /// the way; invalid (with an error saved) for a nil pointer to an unexported embedded struct.
    /// </summary>
    private Loc FieldLoc(Loc v, int[] index)
    {
        bool exported = true;
        foreach (int i in index)
        {
            if (v.Type.Kind == Kind.Pointer)
            {
                var ptr = v.Get();
                if (ptr.R == null)
                {
                    // If a struct embeds a pointer to an unexported type, it is not possible to
                    // set a newly allocated value since the field is unexported.
                    if (!exported)
                    {
                        SaveError(JsonError.Message("json: cannot set embedded pointer to unexported struct: " + v.Type.Elem));
                        return default;
                    }
                    ptr = NewPointer(v.Type.Elem!);
                    v.Set(ptr);
                }
                v = Loc.Deref(v.Type, ptr);
            }
            var f = v.Type.Fields[i];
            exported = f.Exported;
            v = Loc.At(f.Type, v.Get().R!, i);
        }
        return v;
    }

    /// <summary>new(T): a pointer to a fresh zero T (aggregates are their box, others get a cell).</summary>
    private static Slot NewPointer(RType t) => t.IsAggregate ? t.Zero() : new Slot(new[] { t.Zero() });

    /// <summary>A map key of integer kind from the object key's text.</summary>
    private bool IntegerKey(RType kt, string s, int start, out Slot kv)
    {
        kv = default;
        bool ok = kt.Kind.IsUnsigned()
            ? IntParse.ParseUint(s, 10, 64, out ulong u) == ParseStatus.Ok && !Overflows(kt, (long)u, unsigned: true) && Assign(out kv, (long)u)
            : IntParse.ParseInt(s, 10, 64, out long n) == ParseStatus.Ok && !Overflows(kt, n, unsigned: false) && Assign(out kv, n);
        if (!ok) SaveError(JsonError.UnmarshalType("number " + s, kt, start + 1));
        return ok;

        static bool Assign(out Slot kv, long n)
        {
            kv = new Slot(n);
            return true;
        }
    }

    /// <summary>reflect's OverflowInt / OverflowUint: x does not fit t's width.</summary>
    private static bool Overflows(RType t, long x, bool unsigned)
    {
        int shift = 64 - t.Kind.Bits();
        if (shift == 0) return false;
        return unsigned ? (ulong)x != ((ulong)x << shift) >> shift : x != (x << shift) >> shift;
    }
}
