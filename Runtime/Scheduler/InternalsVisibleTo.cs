using System.Runtime.CompilerServices;

// The scheduler's tests check run queues and counters that are not public API.
[assembly: InternalsVisibleTo("Minigo.Tests")]
