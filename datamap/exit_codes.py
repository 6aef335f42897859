"""Exit codes are part of datamap's contract with CI systems."""

OK = 0
FINDINGS = 1
USAGE_ERROR = 2
