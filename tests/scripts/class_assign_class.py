# obj.__class__ = C between user classes of the same layout (a state
# pattern); CPython's TypeErrors otherwise.
def t(f):
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)
class Idle:
    def step(self): return "idle -> running"
class Running:
    def step(self): return "running -> idle"
class L(list):
    pass
m = Idle()
m.ticks = 1
m.__class__ = Running
print(m.step(), type(m).__name__, m.ticks, isinstance(m, Running))  # expect: running -> idle Running 1 True
t(lambda: setattr(m, "__class__", 5))  # expect: __class__ must be set to a class, not 'int' object
t(lambda: setattr(m, "__class__", int))  # expect: __class__ assignment only supported for mutable types or ModuleType subclasses
t(lambda: setattr(m, "__class__", L))  # expect: __class__ assignment: 'L' object layout differs from 'Running'
t(lambda: setattr([], "__class__", L))  # expect: __class__ assignment only supported for mutable types or ModuleType subclasses
def delete():
    del m.__class__
t(delete)  # expect: can't delete __class__ attribute
for i in range(1001):
    m.__class__ = Idle if i % 2 else Running
print(m.step())  # expect: running -> idle
