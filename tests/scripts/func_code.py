# Code objects: repr and the co_* attributes.

def sample(a, b=1, *args, c, **kw):
    local = a + b
    return local

co = sample.__code__
print(co.co_name, co.co_filename.endswith("func_code.py"), co.co_firstlineno)  # expect: sample True 3
print(co.co_varnames)  # expect: ('a', 'b', 'c', 'args', 'kw', 'local')
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)  # expect: 2 1 0
print(repr(co).startswith("<code object sample at 0x"))  # expect: True
print(repr(co).endswith('func_code.py", line 3>'))  # expect: True
print(type(co).__name__)  # expect: code

def outer():
    x = 1
    def inner():
        return x
    return inner

print(outer.__code__.co_cellvars, outer().__code__.co_freevars)  # expect: ('x',) ('x',)
print(outer().__code__.co_qualname)  # expect: outer.<locals>.inner
print((lambda: 0).__code__.co_name)  # expect: <lambda>
