/**
 * A pseudo-terminal for the wizard tests: python3's standard `pty` module gives the command a
 * terminal (no native Node addon to build). Each step waits for a piece of text on screen, then types.
 */
import { execFile } from "node:child_process";
import { BIN } from "./helpers.js";

const DRIVER = String.raw`
import json, os, pty, re, select, struct, subprocess, sys, termios, fcntl, time
argv, cwd, steps = json.loads(sys.argv[1])
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\r")
master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 250, 0, 0))
env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and not k.lower().startswith("npm_")}
env.update(LANG="fr_FR.UTF-8", TERM="xterm-256color", FORCE_COLOR="0")
child = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env, start_new_session=True)
os.close(slave)
raw = b""
def pump(timeout):
    global raw
    ready, _, _ = select.select([master], [], [], timeout)
    if not ready: return True
    try: data = os.read(master, 65536)
    except OSError: return False
    if not data: return False
    raw += data
    return True
def screen(): return ANSI.sub("", raw.decode("utf-8", "replace"))
pos, failed = 0, None
for expect, send in steps:
    # "UNTIL:<text>": keep sending (Enter for every default) every 0.4 s until <text> shows, within 120 s.
    if expect.startswith("UNTIL:"):
        want, deadline, last = expect[6:], time.time() + 120, 0
        while screen().find(want, pos) < 0 and not failed:
            if time.time() > deadline or not pump(0.05): failed = "did not see: " + want
            elif time.time() - last > 0.4:
                os.write(master, send.encode()); last = time.time()
        if failed: break
        pos = screen().find(want, pos) + len(want)
        continue
    deadline = time.time() + 15
    while expect and screen().find(expect, pos) < 0:
        if time.time() > deadline or not pump(0.1):
            failed = "did not see: " + expect
            break
    if failed: break
    if expect: pos = screen().find(expect, pos) + len(expect)
    if send:
        os.write(master, send.encode())
        time.sleep(0.05)
deadline = time.time() + 20
while time.time() < deadline and pump(0.2): pass
try: code = child.wait(timeout=5)
except subprocess.TimeoutExpired:
    child.kill(); code = -9
print(json.dumps({"code": code, "failed": failed, "screen": screen()}))
`;

/** Wait for `expect` on screen, then type `send`; `UNTIL:<text>` types `send` again and again until <text> shows. */
export type Step = [expect: string, send: string];
export const DOWN = "\x1b[B";

/** Runs `node bin/politique-retour.js <args>` (or `command` when given, e.g. npx) in a pty, step by step. */
export function inPty(args: string[], cwd: string, steps: Step[], command: string[] = [process.execPath, BIN]): Promise<{ code: number; failed: string | null; screen: string }> {
  return new Promise((done, fail) => {
    execFile("python3", ["-c", DRIVER, JSON.stringify([[...command, ...args], cwd, steps])], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) fail(error);
      else done(JSON.parse(stdout) as { code: number; failed: string | null; screen: string });
    });
  });
}

