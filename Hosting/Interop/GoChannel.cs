using System.Threading.Channels;
using Minigo.Hosting.Interop;
using Minigo.Runtime;
using Minigo.VM;

namespace Minigo.Hosting;

/// <summary>
/// A Go channel held by .NET. Send and Receive block the calling .NET thread (the Go side
/// parks a goroutine of the instance, no M is held); AsReader/AsWriter adapt it to
/// System.Threading.Channels.
/// </summary>
public sealed class GoChannel
{
    private readonly GoInstance instance;
    internal readonly Chan Chan;
    private readonly RType recvType, sendType;
    private static readonly Function RecvFn = new("host.chanrecv") { Native = RecvNative, NumParams = 1, NumResults = 2 };
    private static readonly Function SendFn = new("host.chansend") { Native = SendNative, NumParams = 2, NumResults = 0 };

    internal GoChannel(GoInstance instance, Chan chan)
    {
        this.instance = instance;
        Chan = chan;
        var chanType = new RType(Kind.Chan) { Elem = chan.ElemType };
        recvType = new RType(Kind.Func) { Params = [chanType], Results = [chan.ElemType, BasicTypes.Bool] };
        sendType = new RType(Kind.Func) { Params = [chanType, chan.ElemType] };
    }

    /// <summary>The channel's element type, as Go writes it.</summary>
    public string ElementType => Chan.ElemType.ToString();

    /// <summary>v, ok := &lt;-ch, waiting as long as Go would.</summary>
    public (T Value, bool Ok) Receive<T>()
    {
        var r = (object?[])instance.Invoke(RecvFn, recvType, [this], typeof(object?[]))!;
        return ((T)ValueConverter.ToDotNet(ToSlot(r[0]), Chan.ElemType, typeof(T), instance)!, (bool)r[1]!);
    }

    private Slot ToSlot(object? natural) => ValueConverter.ToGo(natural, Chan.ElemType, instance);

    /// <summary>ch &lt;- v, waiting as long as Go would; a closed channel panics (GoPanicException).</summary>
    public void Send(object? value) => instance.Invoke(SendFn, sendType, [this, value], typeof(object));

    /// <summary>A non-blocking receive (Go's select with default).</summary>
    public bool TryReceive<T>(out T value, out bool closed)
    {
        var r = Chan.Recv(null!, out var v, out bool ok, block: false);
        closed = r == ChanOpResult.Completed && !ok;
        value = r == ChanOpResult.Completed && ok ? (T)ValueConverter.ToDotNet(v, Chan.ElemType, typeof(T), instance)! : default!;
        return r == ChanOpResult.Completed && ok;
    }

    /// <summary>A non-blocking send; false when it would block.</summary>
    public bool TrySend(object? value) => Chan.TrySend(ValueConverter.ToGo(value, Chan.ElemType, instance));

    /// <summary>close(ch).</summary>
    public void Close() => Chan.Close();

    public ChannelReader<T> AsReader<T>() => new GoChannelReader<T>(this);
    public ChannelWriter<T> AsWriter<T>() => new GoChannelWriter<T>(this);

    private static void RecvNative(NativeCall c)
    {
        var ch = (Chan?)c[0].R;
        var g = c.Ctx.G;
        if (Chan.ChanRecv(c.Ctx.Scheduler, ch, g, true, out var v, out bool ok) == ChanOpResult.Parked)
        {
            c.Ctx.ParkAfterReturn(() =>
            {
                Chan.CompleteRecv(g, out var pv, out bool pok);
                c[0] = pv;
                c[1] = Slot.FromBool(pok);
                return true;
            });
            return;
        }
        c[0] = v;
        c[1] = Slot.FromBool(ok);
    }

    private static void SendNative(NativeCall c)
    {
        var g = c.Ctx.G;
        if (Chan.ChanSend(c.Ctx.Scheduler, (Chan?)c[0].R, g, c[1], block: true) == ChanOpResult.Parked)
            c.Ctx.ParkAfterReturn(() => { Chan.CompleteSend(g); return true; });
    }
}

/// <summary>ChannelReader over a Go channel: a value received while waiting to read is kept for the next TryRead.</summary>
internal sealed class GoChannelReader<T>(GoChannel ch) : ChannelReader<T>
{
    private readonly Lock gate = new();
    private bool hasItem;
    private T item = default!;

    public override bool TryRead(out T value)
    {
        lock (gate)
            if (hasItem)
            {
                hasItem = false;
                value = item;
                return true;
            }
        return ch.TryReceive(out value, out _);
    }

    public override async ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
            if (hasItem) return true;
        var (v, ok) = await Task.Run(ch.Receive<T>, cancellationToken).ConfigureAwait(false);
        if (!ok) return false;
        lock (gate)
        {
            item = v;
            hasItem = true;
        }
        return true;
    }
}

/// <summary>ChannelWriter over a Go channel; Complete closes it.</summary>
internal sealed class GoChannelWriter<T>(GoChannel ch) : ChannelWriter<T>
{
    public override bool TryWrite(T item) => ch.TrySend(item);

    public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(true);

    public override async ValueTask WriteAsync(T item, CancellationToken cancellationToken = default) =>
        await Task.Run(() => ch.Send(item), cancellationToken).ConfigureAwait(false);

    public override bool TryComplete(Exception? error = null)
    {
        ch.Close();
        return true;
    }
}
