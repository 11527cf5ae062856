# An uncaught NameError suggests a close name among the failing frame's
# locals, then its globals, then the builtins; NameError.name is set.
total_count = 0
try:
    print(totl_count)
except NameError as e:
    print(e, "|", e.name)  # expect: name 'totl_count' is not defined | totl_count
def report(items):
    item_count = len(items)
    return itme_count
report([1, 2])
# expect error: NameError: name 'itme_count' is not defined. Did you mean: 'item_count'?
