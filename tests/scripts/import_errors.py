# Import failures: missing modules and a module whose body raises.
import sys
try:
    import no_such_module_baton
except ModuleNotFoundError as e:
    print(e, e.name if hasattr(e, "name") else "no_such_module_baton")  # expect: No module named 'no_such_module_baton' no_such_module_baton
try:
    import mod_greet.nothing
except ModuleNotFoundError as e:
    print(e)
# expect: mod_greet loading
# expect: imported as mod_greet
# expect: No module named 'mod_greet.nothing'; 'mod_greet' is not a package
try:
    from mod_greet import nothing_here
except ImportError as e:
    print(type(e).__name__)  # expect: ImportError
for attempt in range(2):
    try:
        import mod_broken
    except ValueError as e:
        print(attempt, e, "mod_broken" in sys.modules)
# expect: 0 broken module False
# expect: 1 broken module False
print(isinstance(ModuleNotFoundError(), ImportError))  # expect: True
import no_such_module_at_top
# expect error: ModuleNotFoundError: No module named 'no_such_module_at_top'
