using System.Net.Sockets;

using Errno = Minigo.StdLib.Syscall.Errno;

namespace Minigo.StdLib.Net;

/// <summary>
/// .NET's socket errors as the Linux errno Go would have got (the fallback's sockets report
/// errors as LinuxSocket does, so messages are the same on both).
/// </summary>
internal static class SocketErrors
{
    private const int EIO = 5, ENOTSOCK = 88;

    public static int ToErrno(SocketError e) => e switch
    {
        SocketError.Success => 0,
        SocketError.WouldBlock or SocketError.IOPending => Errno.EAGAIN,
        SocketError.ConnectionRefused => Errno.ECONNREFUSED,
        SocketError.ConnectionReset => Errno.ECONNRESET,
        SocketError.ConnectionAborted => Errno.ECONNABORTED,
        // .NET reports EPIPE (writing after the peer closed) as Shutdown.
        SocketError.Shutdown => Errno.EPIPE,
        SocketError.NotConnected => Errno.ENOTCONN,
        SocketError.IsConnected => Errno.EISCONN,
        SocketError.AlreadyInProgress => Errno.EALREADY,
        SocketError.InProgress => Errno.EINPROGRESS,
        SocketError.AddressAlreadyInUse => Errno.EADDRINUSE,
        SocketError.AddressNotAvailable => Errno.EADDRNOTAVAIL,
        SocketError.AddressFamilyNotSupported => Errno.EAFNOSUPPORT,
        SocketError.ProtocolNotSupported or SocketError.SocketNotSupported or SocketError.ProtocolFamilyNotSupported => Errno.EPROTONOSUPPORT,
        SocketError.TimedOut => Errno.ETIMEDOUT,
        SocketError.HostUnreachable => Errno.EHOSTUNREACH,
        SocketError.NetworkUnreachable => Errno.ENETUNREACH,
        SocketError.NetworkDown => Errno.ENETDOWN,
        SocketError.HostDown => Errno.EHOSTDOWN,
        SocketError.AccessDenied => Errno.EACCES,
        SocketError.InvalidArgument => Errno.EINVAL,
        SocketError.MessageSize => Errno.EMSGSIZE,
        SocketError.NoBufferSpaceAvailable => Errno.ENOBUFS,
        SocketError.TooManyOpenSockets => Errno.EMFILE,
        SocketError.Interrupted => Errno.EINTR,
        SocketError.OperationAborted => Errno.EBADF,
        SocketError.NotSocket => ENOTSOCK,
        SocketError.OperationNotSupported => Errno.EOPNOTSUPP,
        SocketError.ProtocolOption => Errno.ENOPROTOOPT,
        SocketError.DestinationAddressRequired => Errno.EDESTADDRREQ,
        SocketError.Fault => Errno.EFAULT,
        _ => EIO,
    };

    /// <summary>The errno of an exception from a synchronous .NET socket call.</summary>
    public static int ToErrno(Exception e) => e switch
    {
        SocketException se => ToErrno(se.SocketErrorCode),
        ObjectDisposedException => Errno.EBADF,
        ArgumentException => Errno.EINVAL,
        _ => EIO,
    };
}
