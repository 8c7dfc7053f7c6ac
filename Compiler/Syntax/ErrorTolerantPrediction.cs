using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Dfa;
using Minigo.Compiler.Syntax.Generated;

namespace Minigo.Compiler.Syntax;

/// <summary>
/// Prediction for the error-reporting parse. To choose between alternatives ANTLR looks ahead,
/// possibly over a whole statement. When no alternative fits the input it either blames the
/// decision at its first token ("no viable alternative"), or returns an alternative that only
/// seemed to fit because fast (SLL) prediction followed every rule that may come next, not the
/// real caller ("`[]int` is a complete operand"), so the error surfaces later and elsewhere.
/// Both lose the place where the input really went wrong.
///
/// For such a failed decision this redoes the lookahead with the real call stack (full LL),
/// finds how far any alternative gets, and returns one that gets that far, keeping ANTLR's
/// choice when it is one of them. The parser then walks into that alternative and fails at the
/// offending token inside the rule that really failed, where the expected tokens are precise
/// and the message can read as cmd/compile's ("unexpected newline in composite literal;
/// possibly missing comma or }"). Decisions on valid input are unchanged.
/// </summary>
internal sealed class ErrorTolerantPrediction(GoParser goParser)
    : ParserATNSimulator(goParser, goParser.Atn, GoParser.SharedDecisionDfa, GoParser.SharedContextCache)
{
    public override int AdaptivePredict(ITokenStream input, int decision, ParserRuleContext outerContext)
    {
        (goParser.ErrorHandler as GoErrorStrategy)?.ThrowIfUnwinding(goParser);
        var dfa = GoParser.SharedDecisionDfa[decision];
        int alt;
        try
        {
            alt = base.AdaptivePredict(input, decision, outerContext);
        }
        catch (NoViableAltException e) when (e.OffendingToken.TokenIndex > e.StartToken.TokenIndex
                                             && Furthest(input, dfa, outerContext, ATN.INVALID_ALT_NUMBER) is var furthest and > 0)
        {
            return furthest;
        }
        return FailedAhead(input, dfa) ? Furthest(input, dfa, outerContext, alt) : alt;
    }

    /// <summary>
    /// Replays the decision's DFA (just filled in by the prediction) over the input: running
    /// into the error state before accepting means no alternative fitted and the prediction was
    /// a fallback. Failing at the very first token does not count: then no alternative matched
    /// anything, and ANTLR's choice (typically: leave the loop) reports the error where
    /// cmd/compile would.
    /// </summary>
    private bool FailedAhead(ITokenStream input, DFA dfa)
    {
        var state = dfa.IsPrecedenceDfa ? dfa.GetPrecedenceStartState(goParser.Precedence) : dfa.s0;
        for (int k = 1; state is { isAcceptState: false, requiresFullContext: false }; k++)
        {
            int t = input.LA(k);
            var next = state.edges != null && t + 1 >= 0 && t + 1 < state.edges.Length ? state.edges[t + 1] : null;
            if (next == ERROR) return k > 1;
            state = next;
        }
        return false;
    }

    /// <summary>
    /// Full-LL lookahead from the decision: the alternatives alive just before the input stops
    /// fitting. Returns <paramref name="preferred"/> if it is one of them, else the lowest, or
    /// 0 when nothing gets past the first token.
    /// </summary>
    private int Furthest(ITokenStream input, DFA dfa, ParserRuleContext outerContext, int preferred)
    {
        var alive = ComputeStartState(dfa.atnStartState, outerContext, true);
        for (int k = 1; ; k++)
        {
            int t = input.LA(k);
            var reach = Consuming(ComputeReachSet(alive, t, true));
            if (reach == null)
            {
                if (k == 1) return 0;
                break;
            }
            alive = reach;
            if (t == TokenConstants.EOF) break;
        }
        var alts = alive.GetAlts();
        return preferred > 0 && alts.Get(preferred) ? preferred : alts.NextSetBit(0);
    }

    /// <summary>
    /// The configurations still matching input. Those at the end of the outermost rule (the
    /// declaration SyntaxErrorPass is parsing) are dropped: ANTLR keeps them as if anything
    /// could follow, which is not so, and they would otherwise look like they match forever.
    /// </summary>
    private static ATNConfigSet? Consuming(ATNConfigSet? reach)
    {
        if (reach == null) return null;
        var result = new ATNConfigSet(true);
        foreach (var c in reach.Elements)
            if (c.state is not RuleStopState) result.Add(c);
        return result.Count == 0 ? null : result;
    }
}
