namespace Minigo.Runtime;

/// <summary>
/// Something natives keep in IGoContext.PackageState that the OS would reclaim when a process
/// exits (descriptors left open, signal handlers): the machine disposes it once the program
/// has ended. Values the embedder put there (a stdin Stream) are the embedder's and are left alone.
/// </summary>
public interface IProgramResource : IDisposable;
