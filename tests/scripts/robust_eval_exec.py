# eval/exec of hostile source: deep nesting and syntax errors.

# --- nested_parens_eval
try: eval('(' * 10000 + ')' * 10000)
except (SyntaxError, RecursionError, MemoryError) as e: print(type(e).__name__)

# --- nested_list_eval
try: eval('[' * 10000 + ']' * 10000)
except (SyntaxError, RecursionError, MemoryError) as e: print(type(e).__name__)

# --- exec_syntax
for s in ['x =', 'def', '(', ')', 'if', '\x00', 'a b', '  x', 'return 1', 'yield 1', 'break', 'f(**)', 'x = *a', 'del f()', "'''", 'lambda: (yield)', 'async', '\\', '1 +', 'import', 'class', 'f"{"', 'nonlocal x', '@', '*a = 1', 'x: int = ']:
    try: exec(s)
    except SyntaxError as e: print(type(e).__name__)

# --- nested_fstr
try: eval('f"{' * 100 + '1' + '}"' * 100)
except SyntaxError as e: print('SyntaxError')
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: IndentationError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
# expect: SyntaxError
