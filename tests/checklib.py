"""What the Python tests share: counted checks and a govfacts runner.

    from checklib import Checks
    c = Checks("load_schema", BIN)
    c.check("name", ok, "detail")      # counts, prints FAIL lines
    p = c.govfacts("export", "--db", db)  # exits when the exit status is not `want`
    sys.exit(c.summary())              # "<name>: N passed, M failed"; 1 when any failed
"""
import subprocess


class Checks:
    def __init__(self, name, binary):
        self.name, self.binary = name, binary
        self.passed = self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {name}" + (f": {detail}" if detail else ""))

    def govfacts(self, *args, want=0):
        p = subprocess.run([self.binary, *args], capture_output=True)
        if p.returncode != want:
            raise SystemExit(f"govfacts {' '.join(args)}: exit {p.returncode}, wanted {want}\n"
                             f"{p.stderr.decode(errors='replace')}")
        return p

    def summary(self):
        print(f"{self.name}: {self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0
