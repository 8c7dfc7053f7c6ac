using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Minigo.Compiler.Syntax.Generated;

namespace Minigo.Compiler.Syntax;

/// <summary>
/// Prediction for the error-reporting parse. ANTLR decides between alternatives by looking
/// ahead, possibly over a whole statement; when no alternative fits, it blames the decision
/// (say "statement") at its first token, and all we could say is "something is wrong here".
/// Instead, this picks the alternative that matched the most input, so the parser walks into
/// it and stops at the offending token inside the rule that really failed: there the expected
/// tokens are precise, and the error reads as cmd/compile's would (e.g. "in argument list").
/// </summary>
internal sealed class ErrorTolerantPrediction(GoParser parser)
    : ParserATNSimulator(parser, parser.Atn, GoParser.SharedDecisionDfa, GoParser.SharedContextCache)
{
    public override int AdaptivePredict(ITokenStream input, int decision, ParserRuleContext outerContext)
    {
        try
        {
            return base.AdaptivePredict(input, decision, outerContext);
        }
        catch (NoViableAltException e) when (e.OffendingToken.TokenIndex > e.StartToken.TokenIndex && e.DeadEndConfigs is { Count: > 0 } alive)
        {
            // alive: the configurations still viable just before the offending token
            return alive.GetAlts().NextSetBit(0);
        }
    }
}
