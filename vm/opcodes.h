/* opcodes.h - THE opcode list, included by the compiler, the eval loop and
 * the disassembler so that they cannot disagree (cf. wren_opcodes.h).
 *
 * An instruction is one uint32_t: the opcode in the low 8 bits, the argument
 * in the high 24 (INSTR_OP / INSTR_ARG). Jump targets are ABSOLUTE instruction
 * indexes. "TOS" is the top of the value stack, "TOS1" the one below it.
 * NULL below means VAL_NULL pushed as a marker (never seen by user code).
 *
 * OPCODE(name, has_arg, arg_kind); arg_kind tells the disassembler how to
 * show the argument: ARG_NONE, ARG_INT, ARG_CONST (index into co_consts),
 * ARG_NAME (co_names), ARG_LOCAL (co_varnames), ARG_CELL (cellvars then
 * freevars), ARG_JUMP (target), ARG_BINOP, ARG_CMP.
 */
#ifndef BATON_OPCODES_H
#define BATON_OPCODES_H

#define OPCODE_LIST(X) \
    /* ---- stack ---- */ \
    X(NOP, 0, ARG_NONE) \
    X(POP_TOP, 0, ARG_NONE) \
    X(PUSH_NULL, 0, ARG_NONE)       /* push NULL (the "no self" marker for CALL) */ \
    X(COPY, 1, ARG_INT)             /* push stack[-arg] again (COPY 1 = dup TOS) */ \
    X(SWAP, 1, ARG_INT)             /* swap TOS and stack[-arg] */ \
    X(LOAD_CONST, 1, ARG_CONST) \
    /* ---- variables ---- */ \
    X(LOAD_FAST, 1, ARG_LOCAL)      /* UnboundLocalError if unset */ \
    X(STORE_FAST, 1, ARG_LOCAL) \
    X(DELETE_FAST, 1, ARG_LOCAL) \
    X(LOAD_DEREF, 1, ARG_CELL)      /* contents of cell; NameError/UnboundLocalError if empty */ \
    X(STORE_DEREF, 1, ARG_CELL) \
    X(DELETE_DEREF, 1, ARG_CELL) \
    X(LOAD_CLOSURE, 1, ARG_CELL)    /* push the cell object itself */ \
    X(LOAD_CLASSDEREF, 1, ARG_CELL) /* class body: locals dict first, then the cell */ \
    X(LOAD_GLOBAL, 1, ARG_NAME)     /* globals, then builtins; NameError */ \
    X(STORE_GLOBAL, 1, ARG_NAME) \
    X(DELETE_GLOBAL, 1, ARG_NAME) \
    X(LOAD_NAME, 1, ARG_NAME)       /* frame locals dict, globals, builtins */ \
    X(STORE_NAME, 1, ARG_NAME)      /* frame locals dict */ \
    X(DELETE_NAME, 1, ARG_NAME) \
    /* ---- attributes and items ---- */ \
    X(LOAD_ATTR, 1, ARG_NAME)       /* TOS = getattr(TOS, name) */ \
    X(STORE_ATTR, 1, ARG_NAME)      /* TOS.name = TOS1; pops both */ \
    X(DELETE_ATTR, 1, ARG_NAME)     /* del TOS.name */ \
    X(LOAD_METHOD, 1, ARG_NAME)     /* obj -> [meth, obj] if a plain function is found on the \
                                       type (unbound), else [getattr(obj,name), NULL] */ \
    X(BINARY_SUBSCR, 0, ARG_NONE)   /* TOS = TOS1[TOS] */ \
    X(STORE_SUBSCR, 0, ARG_NONE)    /* TOS1[TOS] = TOS2; pops three */ \
    X(DELETE_SUBSCR, 0, ARG_NONE)   /* del TOS1[TOS]; pops two */ \
    /* ---- operators ---- */ \
    X(UNARY_NEGATIVE, 0, ARG_NONE) \
    X(UNARY_POSITIVE, 0, ARG_NONE) \
    X(UNARY_INVERT, 0, ARG_NONE) \
    X(UNARY_NOT, 0, ARG_NONE) \
    X(BINARY_OP, 1, ARG_BINOP)      /* TOS = TOS1 op TOS; arg: BinOp (+BINOP_INPLACE) */ \
    X(COMPARE_OP, 1, ARG_CMP)       /* arg: CmpOp */ \
    X(IS_OP, 1, ARG_INT)            /* TOS1 is TOS; arg 1: is not */ \
    X(CONTAINS_OP, 1, ARG_INT)      /* TOS1 in TOS; arg 1: not in */ \
    /* ---- building ---- */ \
    X(BUILD_TUPLE, 1, ARG_INT)      /* from the top arg items, first pushed first */ \
    X(BUILD_LIST, 1, ARG_INT) \
    X(BUILD_SET, 1, ARG_INT) \
    X(BUILD_MAP, 1, ARG_INT)        /* arg pairs pushed k1 v1 k2 v2 ... */ \
    X(BUILD_STRING, 1, ARG_INT)     /* concatenate arg strs (f-strings) */ \
    X(BUILD_SLICE, 1, ARG_INT)      /* arg 2: slice(TOS1, TOS); 3: slice(TOS2, TOS1, TOS) */ \
    X(LIST_APPEND, 1, ARG_INT)      /* pop v; stack[-arg].append(v) (comprehensions) */ \
    X(SET_ADD, 1, ARG_INT)          /* pop v; stack[-arg].add(v) */ \
    X(MAP_ADD, 1, ARG_INT)          /* pop v, pop k; stack[-arg][k] = v */ \
    X(LIST_EXTEND, 1, ARG_INT)      /* pop iterable; stack[-arg].extend(it) */ \
    X(SET_UPDATE, 1, ARG_INT)       /* pop iterable; stack[-arg].update(it) */ \
    X(DICT_UPDATE, 1, ARG_INT)      /* pop mapping; stack[-arg].update(m) ({**m}) */ \
    X(DICT_MERGE, 1, ARG_INT)       /* like DICT_UPDATE for f(**m): TypeError on a repeated \
                                       key ("f() got multiple values for keyword argument 'k'") \
                                       and on a non-mapping ("argument after ** must be a mapping") */ \
    X(LIST_TO_TUPLE, 0, ARG_NONE) \
    X(FORMAT_VALUE, 1, ARG_INT)     /* arg & 3: 0 none, 1 !s, 2 !r, 3 !a; arg & 4: a format-spec \
                                       str is TOS and the value TOS1. Pushes a str. */ \
    X(UNPACK_SEQUENCE, 1, ARG_INT)  /* pop seq, push its arg items LAST FIRST (so the first item \
                                       is TOS); ValueError "too many values to unpack (expected N)" \
                                       / "not enough values to unpack (expected N, got M)" */ \
    X(UNPACK_EX, 1, ARG_INT)        /* a, *b, c: arg = before | after << 8; pushes after items, \
                                       the list, the before items, so the first is TOS */ \
    /* ---- control flow ---- */ \
    X(JUMP_FORWARD, 1, ARG_JUMP) \
    X(JUMP_BACKWARD, 1, ARG_JUMP)   /* checks the eval breaker */ \
    X(POP_JUMP_IF_FALSE, 1, ARG_JUMP) \
    X(POP_JUMP_IF_TRUE, 1, ARG_JUMP) \
    X(POP_JUMP_IF_NONE, 1, ARG_JUMP) \
    X(POP_JUMP_IF_NOT_NONE, 1, ARG_JUMP) \
    X(JUMP_IF_FALSE_OR_POP, 1, ARG_JUMP) /* and: keep TOS and jump if false, else pop */ \
    X(JUMP_IF_TRUE_OR_POP, 1, ARG_JUMP)  /* or */ \
    X(GET_ITER, 0, ARG_NONE)        /* TOS = iter(TOS) */ \
    X(FOR_ITER, 1, ARG_JUMP)        /* push next(TOS); exhausted: pop the iterator, jump */ \
    X(RETURN_VALUE, 0, ARG_NONE) \
    /* ---- calls and definitions ---- */ \
    X(CALL, 1, ARG_INT)             /* [callable, self_or_NULL, arg1..argN] -> result. With a \
                                       self, callable(self, args...); else callable(args...) */ \
    X(CALL_KW, 1, ARG_INT)          /* [callable, self_or_NULL, args..., kwnames] -> result; \
                                       arg counts all values (positional + keyword); kwnames is a \
                                       const tuple of str naming the last len(kwnames) values */ \
    X(CALL_EX, 1, ARG_INT)          /* [callable, NULL, args tuple, kwargs dict if arg & 1] */ \
    X(MAKE_FUNCTION, 1, ARG_INT)    /* pops code (TOS), then if arg & 8 a closure tuple of \
                                       cells, if arg & 2 a kwdefaults dict, if arg & 1 a \
                                       defaults tuple (pushed in order defaults, kwdefaults, \
                                       closure, code). Qualname comes from the code. */ \
    X(LOAD_BUILD_CLASS, 0, ARG_NONE)/* push builtins.__build_class__ */ \
    X(IMPORT_NAME, 1, ARG_NAME)     /* pop fromlist (tuple or None); push the module. For a \
                                       dotted name with fromlist None, the top package */ \
    X(IMPORT_FROM, 1, ARG_NAME)     /* TOS module stays; push module.name, or ImportError \
                                       "cannot import name 'x' from 'm' (file)" */ \
    X(IMPORT_STAR, 0, ARG_NONE)     /* pop module; copy its public names into the namespace */ \
    /* ---- exceptions ---- */ \
    X(RAISE_VARARGS, 1, ARG_INT)    /* 0: re-raise the handled exception; 1: raise TOS; \
                                       2: raise TOS1 from TOS */ \
    X(PUSH_EXC_INFO, 0, ARG_NONE)   /* handler entry: [exc] -> [prev_handled, exc]; the \
                                       thread's handled exception becomes exc */ \
    X(POP_EXCEPT, 0, ARG_NONE)      /* pop prev_handled and restore it as the handled exc */ \
    X(CHECK_EXC_MATCH, 0, ARG_NONE) /* [exc, cls] -> [exc, bool]; cls may be a tuple; \
                                       TypeError if cls is not an exception class */ \
    X(RERAISE, 0, ARG_NONE)         /* pop exc and raise it again, keeping its traceback */ \
    X(LOAD_ASSERTION_ERROR, 0, ARG_NONE) \
    X(BEFORE_WITH, 0, ARG_NONE)     /* [mgr] -> [bound __exit__, result of __enter__()]; \
                                       TypeError "'X' object does not support the context \
                                       manager protocol" */ \
    X(WITH_EXCEPT_START, 0, ARG_NONE) /* [exit, prev_handled, exc] -> [exit, prev_handled, \
                                       exc, exit(type(exc), exc, exc.__traceback__)] */ \
    /* ---- generators ---- */ \
    X(YIELD_VALUE, 0, ARG_NONE)     /* suspend yielding TOS (popped); on resume the sent \
                                       value is pushed (None for next()) */ \
    X(GET_YIELD_FROM_ITER, 0, ARG_NONE) /* TOS = iter(TOS) unless it is a generator */ \
    X(YIELD_FROM, 0, ARG_NONE)      /* [subiter, v]: send v into subiter. If it yields w, \
                                       the frame suspends yielding w and will re-execute this \
                                       instruction with the sent value as the new v; throw() \
                                       and close() while suspended here go to subiter. If it \
                                       returns r: [r]. */ \
    X(GET_AWAITABLE, 0, ARG_NONE)   /* TOS = TOS.__await__() (or TOS itself if a coroutine) */ \
    /* ---- the REPL ---- */ \
    X(PRINT_EXPR, 0, ARG_NONE)      /* pop v; if not None print repr(v) and bind builtins._ */ \
    /* ---- superinstructions: never emitted by the compiler; vm/quicken.c puts them in \
       place of the first instruction of a sequence the first time a code object runs, \
       they do the whole sequence and skip the rest (left unchanged in place) ---- */ \
    X(LOAD_FAST__LOAD_FAST, 1, ARG_LOCAL)   /* LOAD_FAST arg; LOAD_FAST next's arg */ \
    X(LOAD_FAST__LOAD_FAST__BINARY_OP, 1, ARG_LOCAL) /* ... then BINARY_OP (+, -, *) on the \
                                       two borrowed locals when both are floats or small ints; \
                                       otherwise just the first LOAD_FAST */ \
    X(STORE_FAST__STORE_FAST, 1, ARG_LOCAL) /* STORE_FAST arg; STORE_FAST next's arg */ \
    X(STORE_FAST__LOAD_FAST, 1, ARG_LOCAL)  /* STORE_FAST arg; LOAD_FAST next's arg */ \
    X(COPY_SUBSCR, 1, ARG_INT)      /* COPY 2; COPY 2; BINARY_SUBSCR: [c, k] -> [c, k, c[k]] */ \
    X(SWAP_STORE_SUBSCR, 1, ARG_INT) /* SWAP 3; SWAP 2; STORE_SUBSCR: [c, k, v] -> [], c[k] = v */ \
    X(BINARY_OP_ADD, 1, ARG_BINOP)  /* BINARY_OP whose arg is + or += */ \
    X(BINARY_OP_SUB, 1, ARG_BINOP)  /* BINARY_OP whose arg is - or -= */ \
    X(BINARY_OP_MUL, 1, ARG_BINOP)  /* BINARY_OP whose arg is * or *= */

#define OPCODE_ENUM(name, has_arg, kind) OP_##name,
typedef enum { OPCODE_LIST(OPCODE_ENUM) OP__COUNT } Opcode;
#undef OPCODE_ENUM

typedef enum {
    ARG_NONE, ARG_INT, ARG_CONST, ARG_NAME, ARG_LOCAL, ARG_CELL, ARG_JUMP, ARG_BINOP, ARG_CMP
} OpArgKind;

#define INSTR_OP(ins) ((Opcode)((ins) & 0xffu))
#define INSTR_ARG(ins) ((uint32_t)(ins) >> 8)
#define INSTR_MAKE(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_ARG_MAX 0xffffffu

#endif
