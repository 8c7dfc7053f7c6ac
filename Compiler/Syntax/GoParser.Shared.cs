using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Dfa;

namespace Minigo.Compiler.Syntax.Generated;

// Hooks into the generated parser for ErrorTolerantPrediction, which must share the parser's
// prediction caches (protected statics) and can only be installed from inside (protected setter).
public partial class GoParser
{
    internal static DFA[] SharedDecisionDfa => decisionToDFA;
    internal static PredictionContextCache SharedContextCache => sharedContextCache;

    internal void UseErrorTolerantPrediction() =>
        Interpreter = new ErrorTolerantPrediction(this) { PredictionMode = PredictionMode.LL };
}
