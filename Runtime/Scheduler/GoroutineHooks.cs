namespace Minigo.Runtime;

/// <summary>
/// Optional on an IGoroutineBody whose stack can shrink. The scheduler calls it when the
/// goroutine parks, before anyone can ready it again; the body decides whether it is worth it
/// (Go shrinks a stack that uses less than a quarter of itself).
/// </summary>
public interface IShrinkable
{
    void ShrinkStack();
}

/// <summary>
/// Optional on an IGoroutineBody whose calls compare the stack size with a guard, as Go's
/// prologues compare SP with g.stackguard0: a preemption request poisons the guard, so the
/// next call takes the slow path and yields, and the fast path stays one comparison.
/// </summary>
public interface IPreemptible
{
    void PoisonStackGuard();
}

/// <summary>
/// Optional on an IGoroutineBody that can print its call stack, as Go prints it under a
/// goroutine's header line (`main.main()` / `\t/path/prog.go:12 +0x1d`). Used by the
/// deadlock report; the runtime itself knows nothing of frames.
/// </summary>
public interface IGoroutineTraceback
{
    void WriteTraceback(G g, TextWriter w);
}
