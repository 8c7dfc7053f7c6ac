namespace Minigo.Runtime;

// Abandon: a waiter that will never complete its operation leaves the channels' queues.
public sealed partial class Chan
{
    /// <summary>
    /// g waits on channels (a send, a receive or a select) and will end without completing
    /// the operation (the REPL interrupted it): its sudogs leave the channels' wait queues, so
    /// that no sender hands it a value that would be lost and no receiver takes its value. A
    /// waker that already dequeued it has won: that operation completes as it would have.
    /// </summary>
    public static void Abandon(G g)
    {
        if (g.WaitingOn is not Sudog head) return;
        // A select another case has not won yet is won here, so that no case can fire any more.
        if (head.IsSelect && Interlocked.CompareExchange(ref head.SelectDone, 1, 0) != 0) return;
        for (var sg = head; sg != null; sg = head.IsSelect ? sg.WaitLink : null)
        {
            var c = sg.C;
            if (c == null) continue;
            c.mu.Lock();
            if (Contains(c.recvq, sg)) c.recvq.DequeueSudoG(sg);
            else if (Contains(c.sendq, sg)) c.sendq.DequeueSudoG(sg);
            c.mu.Unlock();
        }
    }

    private static bool Contains(WaitQ q, Sudog sg)
    {
        for (var s = q.First; s != null; s = s.Next)
            if (ReferenceEquals(s, sg)) return true;
        return false;
    }
}
