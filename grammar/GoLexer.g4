// GoLexer.g4 - the tokens of Go (https://go.dev/ref/spec#Lexical_elements).
//
// Automatic semicolon insertion is not done here: newlines are emitted as NEWLINE tokens
// on a hidden channel and Compiler/Syntax/SemicolonInserter.cs turns the ones that end a
// statement into ';' tokens, exactly by the spec's rule. Keeping it out of the grammar keeps
// the parser free of predicates, so SLL prediction succeeds on every valid program.
lexer grammar GoLexer;

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENTIFIER  : LETTER (LETTER | DIGIT)*;
// As in Go's scanner, any non-ASCII character continues (or starts) an identifier; one that is
// not a letter or digit makes it invalid, which the TokenChecker reports ("invalid character
// U+201C '“' in identifier"). Longer than IDENTIFIER only when such a character is present.
BAD_IDENTIFIER : (LETTER | NON_ASCII) (LETTER | DIGIT | NON_ASCII)*;

// Punctuation and operators (longest match wins, so '<<=' beats '<<' beats '<').
L_PAREN     : '(';
R_PAREN     : ')';
L_CURLY     : '{';
R_CURLY     : '}';
L_BRACKET   : '[';
R_BRACKET   : ']';
SEMI        : ';';
COMMA       : ',';
ELLIPSIS    : '...';
DOT         : '.';
COLON       : ':';
DECLARE_ASSIGN : ':=';
ASSIGN      : '=';
ADD_ASSIGN  : '+=';
SUB_ASSIGN  : '-=';
MUL_ASSIGN  : '*=';
DIV_ASSIGN  : '/=';
MOD_ASSIGN  : '%=';
AND_ASSIGN  : '&=';
OR_ASSIGN   : '|=';
XOR_ASSIGN  : '^=';
SHL_ASSIGN  : '<<=';
SHR_ASSIGN  : '>>=';
AND_NOT_ASSIGN : '&^=';
PLUS_PLUS   : '++';
MINUS_MINUS : '--';
LOGICAL_OR  : '||';
LOGICAL_AND : '&&';
EQUALS      : '==';
NOT_EQUALS  : '!=';
LESS_OR_EQUALS    : '<=';
GREATER_OR_EQUALS : '>=';
RECEIVE     : '<-';
LSHIFT      : '<<';
RSHIFT      : '>>';
BIT_CLEAR   : '&^';
LESS        : '<';
GREATER     : '>';
EXCLAMATION : '!';
TILDE       : '~';
PLUS        : '+';
MINUS       : '-';
STAR        : '*';
DIV         : '/';
MOD         : '%';
AMPERSAND   : '&';
OR          : '|';
CARET       : '^';

// Literals. Validity of digits, underscores and escapes is checked when the literal is
// converted (Compiler/Syntax/Literals.cs), so malformed literals that Go's scanner still
// takes as one token (`0x`, `1e`, `0b102`, `0x1.8`, `''`) are one token here too and get
// Go's precise message instead of a confusing syntax error.
IMAGINARY_LIT : (DECIMAL_DIGITS | DECIMAL_FLOAT | HEX_INT | HEX_FLOAT | BIN_OCT_INT) 'i';
FLOAT_LIT   : DECIMAL_FLOAT | HEX_FLOAT;
INT_LIT     : HEX_INT | BIN_OCT_INT | DECIMAL_DIGITS;
RUNE_LIT    : '\'' (~['\\\n] | ESCAPE)* '\'';
STRING_LIT  : '"' (~["\\\n] | ESCAPE)* '"';
RAW_STRING_LIT : '`' ~'`'* '`';

// Unterminated literals (always shorter than the terminated forms above, so they only win
// when the closing quote is missing): the TokenChecker reports them as Go does.
UNTERMINATED_RUNE   : '\'' (~['\\\n] | ESCAPE)*;
UNTERMINATED_STRING : '"' (~["\\\n] | ESCAPE)*;
UNTERMINATED_RAW_STRING : '`' ~'`'*;

// Hidden: white space and comments. A newline, or a block comment containing one, may end
// a statement, so they are tokens the SemicolonInserter can see.
WS          : [ \t\r\f]+ -> channel(HIDDEN);
NEWLINE     : '\n' -> channel(HIDDEN);
LINE_COMMENT  : '//' ~[\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);

// Anything else is an invalid character, reported (and dropped) by the TokenChecker.
INVALID_CHAR : .;


fragment DECIMAL_DIGITS : [0-9] [0-9_]*;
fragment HEX_INT : '0' [xX] [0-9a-fA-F_]*;
fragment BIN_OCT_INT : '0' [bBoO] [0-9_]*;
fragment DECIMAL_FLOAT
    : DECIMAL_DIGITS '.' DECIMAL_DIGITS? EXPONENT?
    | DECIMAL_DIGITS EXPONENT
    | '.' DECIMAL_DIGITS EXPONENT?
    | (DECIMAL_DIGITS ('.' DECIMAL_DIGITS?)? | '.' DECIMAL_DIGITS) HEX_EXPONENT  // invalid: "'p' exponent requires hexadecimal mantissa"
    ;
// A hex mantissa with a '.' but no 'p' exponent is invalid; it is still one token so the
// converter can say "hexadecimal mantissa requires a 'p' exponent".
fragment HEX_FLOAT : '0' [xX] [0-9a-fA-F_]* ('.' [0-9a-fA-F_]* HEX_EXPONENT? | HEX_EXPONENT);
fragment EXPONENT : [eE] [+-]? [0-9_]*;
fragment HEX_EXPONENT : [pP] [+-]? [0-9_]*;
fragment ESCAPE
    : '\\' ( [abfnrtv\\'"]
           | [0-7] [0-7] [0-7]
           | 'x' HEX HEX
           | 'u' HEX HEX HEX HEX
           | 'U' HEX HEX HEX HEX HEX HEX HEX HEX
           | ~[\n]   // an unknown escape: reported precisely by the literal converter
           )
    ;
fragment HEX : [0-9a-fA-F];
fragment LETTER : [\p{L}] | '_';
fragment NON_ASCII : ~[\u0000-\u007F\uFEFF];
fragment DIGIT : [\p{Nd}];
