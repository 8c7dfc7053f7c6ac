// GoParser.g4 - the syntax of Go (https://go.dev/ref/spec), written for SLL prediction.
//
// Three choices keep it unambiguous enough for SLL and free of semantic predicates:
//  * Types are expressions, as in go/parser: `[]int`, `map[K]V`, `func(int)`, `*T` parse as
//    operands, so conversions, make/new arguments, type-switch cases and generic
//    instantiation `f[int]` need no special rules. The checker sorts types from values.
//  * Go forbids `T{...}` composite literals with a bare type name in if/for/switch headers
//    (the `{` opens the block). Headers use the *NL ("no literal") rules below, which lack
//    only that one operand; everything below the operand rules is shared.
//  * Semicolons are inserted before the parser sees the tokens (see GoLexer.g4).
parser grammar GoParser;

options { tokenVocab = GoLexer; }

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause : PACKAGE IDENTIFIER ;

importDecl : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN) ;
importSpec : (DOT | IDENTIFIER)? string_ ;

topLevelDecl : declaration | functionDecl | methodDecl ;

declaration : constDecl | typeDecl | varDecl ;

constDecl : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN) ;
// A type without values is accepted here; the checker reports the missing init expression.
constSpec : identifierList type_? (ASSIGN expressionList)? ;

varDecl : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN) ;
varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList) ;

typeDecl : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN) ;
typeSpec : IDENTIFIER typeParameters? ASSIGN? type_ ;

typeParameters : L_BRACKET typeParamDecl (COMMA typeParamDecl)* COMMA? R_BRACKET ;
typeParamDecl  : identifierList typeConstraint ;
typeConstraint : typeTerm (OR typeTerm)* ;
typeTerm       : TILDE? type_ ;

functionDecl : FUNC IDENTIFIER typeParameters? funcSignature block? ;
// Methods cannot have type parameters; the AST builder says so, as cmd/compile does.
methodDecl   : FUNC parameters IDENTIFIER typeParameters? funcSignature block? ;

identifierList : IDENTIFIER (COMMA IDENTIFIER)* ;
expressionList : expression (COMMA expression)* ;
expressionListNL : expressionNL (COMMA expressionNL)* ;

// ---- Types (in type position) ----

type_
    : typeName typeArgs?
    | typeLit
    | L_PAREN type_ R_PAREN
    ;
typeName : IDENTIFIER (DOT IDENTIFIER)? ;
typeArgs : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET ;

typeLit : pointerType | recvChannelType | operandTypeLit ;
// Type literals that may stand as an operand. There a pointer type is a unary `*`, and `<-chan T`
// a unary `<-` applied to `chan T`, which the AST builder re-associates as cmd/compile does
// (so that `<-chan int(nil)` receives from a conversion, as in Go).
operandTypeLit
    : arrayType | sliceType | mapType | structType | functionType | interfaceType | channelType
    ;
pointerType  : STAR type_ ;
// `[...]T` is only valid in a composite literal; the checker says so elsewhere, as in Go.
arrayType    : L_BRACKET (expression | ELLIPSIS) R_BRACKET type_ ;
sliceType    : L_BRACKET R_BRACKET type_ ;
mapType      : MAP L_BRACKET type_ R_BRACKET type_ ;
channelType  : CHAN RECEIVE type_ | CHAN type_ ;
recvChannelType : RECEIVE CHAN type_ ;
functionType : FUNC signature ;
structType   : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl)* SEMI?)? R_CURLY ;
fieldDecl    : (identifierList type_ | embeddedField) string_? ;
embeddedField : STAR? typeName typeArgs? ;
interfaceType : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem)* SEMI?)? R_CURLY ;
interfaceElem : IDENTIFIER funcSignature | typeConstraint ;

signature  : parameters result? ;
// The same, where what follows cannot continue an expression (a body, the end of a declaration
// or interface element). A function type in an expression may be followed by call arguments,
// `func(x) (y)`, so SLL prediction of `result?` in the shared rule would read on through a
// whole function body to choose; here one token decides.
funcSignature : parameters result? ;
result     : parameters | type_ ;
parameters : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN ;
parameterDecl : IDENTIFIER? ELLIPSIS? type_ ;

// ---- Statements ----

block : L_CURLY statementList R_CURLY ;
statementList : SEMI* (statement (SEMI+ statement)* SEMI*)? ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt : IDENTIFIER COLON statement? ;

simpleStmt
    : expression RECEIVE expression                         # sendStmt
    | expression (PLUS_PLUS | MINUS_MINUS)                  # incDecStmt
    | expressionList assignOp expressionList                # assignStmt
    | expressionList DECLARE_ASSIGN expressionList          # shortVarDecl
    | expression                                            # exprStmt
    ;
simpleStmtNL
    : expressionNL RECEIVE expressionNL                     # sendStmtNL
    | expressionNL (PLUS_PLUS | MINUS_MINUS)                # incDecStmtNL
    | expressionListNL assignOp expressionListNL            # assignStmtNL
    | expressionListNL DECLARE_ASSIGN expressionListNL      # shortVarDeclNL
    | expressionNL                                          # exprStmtNL
    ;
assignOp
    : ASSIGN | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
    ;

goStmt          : GO expression ;
deferStmt       : DEFER expression ;
returnStmt      : RETURN expressionList? ;
breakStmt       : BREAK IDENTIFIER? ;
continueStmt    : CONTINUE IDENTIFIER? ;
gotoStmt        : GOTO IDENTIFIER ;
fallthroughStmt : FALLTHROUGH ;

ifStmt : IF (simpleStmtNL? SEMI)? expressionNL block (ELSE (ifStmt | block))? ;

// The tag may be `x := y.(type)`: the AST builder tells a type switch from an expression switch.
switchStmt : SWITCH (simpleStmtNL? SEMI)? simpleStmtNL? L_CURLY caseClause* R_CURLY ;
caseClause : (CASE expressionList | DEFAULT) COLON statementList ;

selectStmt : SELECT L_CURLY commClause* R_CURLY ;
commClause : (CASE simpleStmt | DEFAULT) COLON statementList ;

forStmt : FOR forHeader? block ;
forHeader
    : (expressionListNL (ASSIGN | DECLARE_ASSIGN))? RANGE expressionNL   # rangeClause
    | simpleStmtNL? SEMI expressionNL? SEMI simpleStmtNL?                 # forClause
    | expressionNL                                                        # condClause
    ;

// ---- Expressions ----

expression
    : unaryExpr                                                                   # unaryExpression
    | expression op=(STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) expression  # binaryExpression
    | expression op=(PLUS | MINUS | OR | CARET) expression                        # binaryExpression
    | expression op=(EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) expression # binaryExpression
    | expression op=LOGICAL_AND expression                                        # binaryExpression
    | expression op=LOGICAL_OR expression                                         # binaryExpression
    ;
expressionNL
    : unaryExprNL                                                                 # unaryExpressionNL
    | expressionNL op=(STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) expressionNL  # binaryExpressionNL
    | expressionNL op=(PLUS | MINUS | OR | CARET) expressionNL                    # binaryExpressionNL
    | expressionNL op=(EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) expressionNL # binaryExpressionNL
    | expressionNL op=LOGICAL_AND expressionNL                                    # binaryExpressionNL
    | expressionNL op=LOGICAL_OR expressionNL                                     # binaryExpressionNL
    ;

// `~x` parses as in cmd/compile; the checker rejects it outside constraints.
unaryExpr   : primaryExpr | op=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE | TILDE) unaryExpr ;
unaryExprNL : primaryExprNL | op=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE | TILDE) unaryExprNL ;

primaryExpr
    : operand                       # operandExpr
    | primaryExpr postfix           # postfixExpr
    ;
primaryExprNL
    : operandNL                     # operandExprNL
    | primaryExprNL postfix         # postfixExprNL
    ;

postfix
    : DOT IDENTIFIER                                                      # selectorPostfix
    | DOT L_PAREN TYPE R_PAREN                                            # typeSwitchPostfix
    | DOT L_PAREN type_ R_PAREN                                           # typeAssertPostfix
    | L_BRACKET lo=expression? COLON hi=expression? R_BRACKET              # slicePostfix
    | L_BRACKET lo=expression? COLON hi=expression COLON max=expression R_BRACKET # slice3Postfix
    | L_BRACKET expression (COMMA expression)* COMMA? R_BRACKET           # indexPostfix
    | L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN                  # callPostfix
    ;

operand   : namedCompositeLit | basicOperand ;
operandNL : basicOperandNL ;

namedCompositeLit : typeName typeArgs? literalValue ;

basicOperand
    : basicLit                       # literalOperand
    | IDENTIFIER                     # nameOperand
    | L_PAREN expression R_PAREN     # parenOperand
    | literalType literalValue       # compositeOperand
    | FUNC funcSignature block           # funcLitOperand
    | operandTypeLit                 # typeOperand
    ;
// The same operands in headers. A twin rather than a shared rule, so that outside headers SLL
// prediction never supposes an operand may be followed by a header's `{`: then `T{` and
// `func() {` are told from the type `T` or `func()` at the `{` itself, instead of by scanning
// the whole literal, and a malformed literal is not taken for a type followed by a block.
basicOperandNL
    : basicLit                       # literalOperandNL
    | IDENTIFIER                     # nameOperandNL
    | L_PAREN expression R_PAREN     # parenOperandNL
    | literalType literalValue       # compositeOperandNL
    | FUNC funcSignature block           # funcLitOperandNL
    | operandTypeLit                 # typeOperandNL
    ;

basicLit : INT_LIT | FLOAT_LIT | IMAGINARY_LIT | RUNE_LIT | string_ ;
string_  : STRING_LIT | RAW_STRING_LIT ;

literalType
    : structType
    | arrayType
    | sliceType
    | mapType
    ;
literalValue : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY ;
keyedElement : (element COLON)? element ;
element      : expression | literalValue ;
