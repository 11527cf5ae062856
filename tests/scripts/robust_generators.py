# A generator that resumes, closes or throws into itself while running.

# --- gen_self
def g():
    yield next(it)
it = g()
try: next(it)
except ValueError as e: print(e)

# --- gen_self_send
def g():
    yield it.send(None)
it = g()
try: next(it)
except ValueError as e: print(e)

# --- gen_close_running
def g():
    it.close()
    yield 1
it = g()
try: next(it)
except ValueError as e: print(e)

# --- gen_throw_running
def g():
    it.throw(ValueError('x'))
    yield 1
it = g()
try: next(it)
except ValueError as e: print(e)

# --- gen_weird
def g():
    try: yield 1
    finally: yield 2
it = g(); next(it)
try: it.close()
except RuntimeError as e: print(e)
def h():
    yield 1
it = h()
try: it.send(1)
except TypeError as e: print(e)
try: it.throw(1)
except TypeError as e: print(e)
print(list(it))
it = h(); next(it)
try: it.throw(ValueError)
except ValueError: print('VE')
print(next(it, 'done'))

# --- gen_stopiteration
def g():
    raise StopIteration
    yield
try: next(g())
except RuntimeError as e: print(e)
def h():
    next(iter([]))
    yield
try: list(h())
except RuntimeError as e: print(e)

# --- gen_return_value
def g():
    return 5
    yield
try: next(g())
except StopIteration as e: print(e.value)

# --- gen_del_running
import sys
def g():
    global it
    del it
    yield 1
it = g()
print(next(it))
# expect: generator already executing
# expect: generator already executing
# expect: generator already executing
# expect: generator already executing
# expect: generator ignored GeneratorExit
# expect: can't send non-None value to a just-started generator
# expect: exceptions must be classes or instances deriving from BaseException, not int
# expect: [1]
# expect: VE
# expect: done
# expect: generator raised StopIteration
# expect: generator raised StopIteration
# expect: 5
# expect: 1
