# expect error: TabError: inconsistent use of tabs and spaces in indentation
if 1:
	if 2:
        pass
