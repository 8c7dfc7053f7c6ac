using System.Runtime.CompilerServices;

// The socket kinds are tested directly, against both pollers.
[assembly: InternalsVisibleTo("Minigo.Tests")]
