# Helper for import_errors.py: fails while loading.
LOADED_PART = True
raise ValueError("broken module")
