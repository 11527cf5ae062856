# expect error: SyntaxError: cannot use assignment expressions with attribute
import os
os.x := 1
