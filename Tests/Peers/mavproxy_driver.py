"""MAVProxy driven through its standard input, for the peer scripts.

MAVProxy ignores stdin with --non-interactive and runs --cmd before a udpin link has a peer, so the
scripts start it plainly and write commands to stdin, reacting to what it prints.
"""
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time


class MAVProxy:
    def __init__(self, listen, modules, timeout):
        """MAVProxy on udpin 127.0.0.1:`listen` for system 1 with `modules` (comma-separated);
        every wait gives up `timeout` seconds after the start."""
        state = tempfile.mkdtemp(prefix="mavproxy-")
        mavproxy = os.path.join(os.path.dirname(sys.executable), "mavproxy.py")
        self.p = subprocess.Popen([sys.executable, mavproxy, f"--master=udpin:127.0.0.1:{listen}", "--target-system=1",
                                   "--target-component=1", f"--default-modules={modules}",
                                   f"--state-basedir={state}", "--nowait"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        self.lines = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(l) for l in self.p.stdout], daemon=True).start()
        self.seen = []
        self.deadline = time.time() + timeout

    def send(self, cmd):
        self.p.stdin.write(cmd + "\n")
        self.p.stdin.flush()

    def wait_for(self, *needles, resend=None, every=2.0, also=None):
        """The first printed line holding one of `needles`; sends `resend` (then `also`) every
        `every` seconds meanwhile when given. Exits the script on timeout."""
        last = 0.0
        while time.time() < self.deadline:
            if resend and time.time() - last > every:
                self.send(resend)
                if also:
                    self.send(also)
                last = time.time()
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            self.seen.append(line.rstrip())
            if any(n in line for n in needles):
                return line
        raise SystemExit("timed out waiting for %s; last output:\n%s" % (needles, "\n".join(self.seen[-30:])))

    def kill(self):
        self.p.kill()
