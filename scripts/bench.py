#!/usr/bin/env python3
"""`make bench`: drives the release binary in a pseudo-terminal and measures, side by side
with `less`, `jq` and visidata (each when it is installed), what a person waits for:

  first frame   launch to the last byte of the first complete frame (imid: the three pane
                titles and the first drug on screen; less: its first screen; visidata: the
                sheet with its row count)
  loaded        launch to the whole catalogue browsable (imid opens large files on a preview)
  j, G, Tab, Enter, search key
                a key to the last byte of the redraw it causes (the pty then stays quiet for
                QUIET seconds); 30 presses of j, Tab and Enter in each run, pooled
  validate      `imid validate FILE`: the whole file loaded and checked, as a command
  export        the whole drug list as text: from the browser (Enter on the export prompt to
                "Wrote"), and as a command (`imid export ... > /dev/null`)
  jq            `jq -r '.drugs[].name' FILE > /dev/null`, the baseline for validate and export
  peak RSS      of each process, from wait4()

On the built-in catalogue and on synthetic catalogues (default: 100,000 drugs) made by
scripts/gen-catalog.py and cached in .build/bench/catalogs, keyed by the generator's arguments
and its source. A session or command is run RUNS times (default 5); one that takes over a
second is run SLOW_RUNS times (3): their spread is a few percent, and it keeps `make bench`
under three minutes. First frames come from FIRST_LAUNCHES launches of their own (cheap, noisy),
imid's and less's in turn; the export, validate and jq commands are run in turn too.
Peak RSS: each program is started by a small C helper (see RUSAGE_RUN_C).

Prints the detailed table, then the issue's targets as ratios (met or missed), and writes both
to .build/bench/results.md.

Usage: bench.py BINARY [--runs N] [--sizes 100000[,10000]] [--out FILE]
Not a test: nothing here is asserted, and `make test` times nothing.
"""
import fcntl
import hashlib
import os
import platform
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

COLUMNS, ROWS = 120, 40
QUIET = 0.02         # a redraw has ended when the pty has been quiet this long (bursts take ~1 ms)
FRAME_QUIET = 0.01   # the same for the first frame (later output, e.g. a loading status, may follow)
KEY_PRESSES = 30     # presses of j, Tab and Enter in each run
SLOW = 1.0           # a measurement taking longer than this (seconds) is repeated SLOW_RUNS times
SLOW_RUNS = 3
FIRST_LAUNCHES = 20  # launches of each program for the first frame alone
ANSI = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()*+][0-9A-Za-z]|\x1b[=>78cDEHMZ]")
JQ_FILTER = ".drugs[].name"


# Peak RSS comes from wait4(), but a child forked from this Python process starts with a copy
# of its anonymous memory (20 MB and more), and ru_maxrss keeps that high-water mark across
# exec: less would show 14 MB instead of 3. So every measured program is started by this small
# C program (compiled once into .build/bench), whose own few hundred KB is all a child inherits.
RUSAGE_RUN_C = r"""
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
/* rusage-run OUT PROGRAM [ARG...]: runs PROGRAM, then writes "seconds peak-RSS-KB" to OUT. */
int main(int argc, char **argv) {
    if (argc < 3) return 125;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = fork();
    if (pid < 0) return 126;
    if (pid == 0) { execvp(argv[2], argv + 2); _exit(127); }
    signal(SIGINT, SIG_IGN); signal(SIGQUIT, SIG_IGN); signal(SIGHUP, SIG_IGN);
    int status; struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0) if (errno != EINTR) return 126;
    clock_gettime(CLOCK_MONOTONIC, &end);
    FILE *out = fopen(argv[1], "w");
    if (!out) return 126;
    fprintf(out, "%.9f %ld\n", (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9, usage.ru_maxrss);
    fclose(out);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
"""
RUSAGE_RUN = None  # its path once compiled; None: programs are started directly (RSS inflated)


def build_rusage_run():
    """Compiles RUSAGE_RUN_C into .build/bench (once per source); None without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("clang") or shutil.which("gcc")
    if not compiler:
        return None
    digest = hashlib.sha256(RUSAGE_RUN_C.encode()).hexdigest()[:12]
    path = os.path.abspath(os.path.join(".build", "bench", f"rusage-run-{digest}"))
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        source = path + ".c"
        with open(source, "w") as f:
            f.write(RUSAGE_RUN_C)
        result = subprocess.run([compiler, "-O2", "-o", path + ".partial", source], capture_output=True)
        if result.returncode != 0:
            return None
        os.replace(path + ".partial", path)
    return path


def read_rusage(path):
    """(seconds, peak RSS in MB) written by rusage-run, or None."""
    try:
        with open(path) as f:
            seconds, kb = f.read().split()
        os.remove(path)
        return float(seconds), int(kb) / 1024.0
    except (OSError, ValueError):
        return None


class Terminal:
    """One program in a pseudo-terminal of COLUMNS x ROWS, with every byte it writes timestamped."""

    def __init__(self, argv, env=None, measured=True):
        """`measured`: started by rusage-run for a true peak RSS (costs a fork and an exec, so
        launches timed for the first frame start the program directly)."""
        self.report = None
        if measured and RUSAGE_RUN:
            fd, self.report = tempfile.mkstemp(prefix="imid-bench-rusage-")
            os.close(fd)
            argv = [RUSAGE_RUN, self.report] + list(argv)
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
            environment = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
            environment.pop("NO_COLOR", None)
            environment.update(env or {})
            try:
                os.execvpe(argv[0], argv, environment)
            finally:
                os._exit(127)
        self.pid, self.fd, self.argv = pid, fd, argv
        self.chunks = []  # (time, bytes)
        self.text = b""
        self.status = None
        self.rusage = None

    def _read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], max(0, timeout))
        if not ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:
            raise EOFError
        now = time.perf_counter()
        self.chunks.append((now, data))
        self.text += ANSI.sub(b"", data)
        return True

    def wait_for(self, needles, timeout=30.0, since=0):
        """The time (from launch) of the chunk by which every needle has appeared in the output
        after byte `since` of the stripped text; None on timeout."""
        deadline = time.perf_counter() + timeout
        wanted = [n.encode() for n in needles]
        while True:
            window = self.text[since:]
            if all(n in window for n in wanted):
                return self.chunks[-1][0] - self.started if self.chunks else 0.0
            if time.perf_counter() > deadline:
                return None
            try:
                self._read(deadline - time.perf_counter())
            except EOFError:
                return None

    def frame(self, needles, timeout=30.0):
        """Launch to the last byte of the burst in which every needle has appeared (a frame is
        written in several chunks); None on timeout."""
        if self.wait_for(needles, timeout) is None:
            return None
        self.settle(FRAME_QUIET, timeout=1.0)
        return self.chunks[-1][0] - self.started

    def settle(self, quiet=0.08, timeout=30.0):
        """Reads until the output has been quiet for `quiet` seconds."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            try:
                if not self._read(quiet):
                    return
            except EOFError:
                return

    def key_latency(self, key, timeout=2.0):
        """Seconds from writing `key` to the last byte of the burst it causes: reading goes on
        until the pty has been quiet for QUIET seconds (None: no output within `timeout`)."""
        self.settle(0)  # whatever is already there is not this key's
        count = len(self.chunks)
        sent = time.perf_counter()
        os.write(self.fd, key)
        deadline = sent + timeout
        while time.perf_counter() < deadline:
            try:
                if not self._read(QUIET if len(self.chunks) > count else deadline - time.perf_counter()):
                    break
            except EOFError:
                break
        if len(self.chunks) == count:
            return None
        return self.chunks[-1][0] - sent

    def send(self, data):
        os.write(self.fd, data)

    def finish(self, keys=b"q", timeout=10.0):
        """Sends `keys` (q quits both programs), waits for the exit; returns peak RSS in MB."""
        try:
            os.write(self.fd, keys)
        except OSError:
            pass
        deadline = time.perf_counter() + timeout
        closed = False  # the pty reads EOF once every process that had it open has exited
        while time.perf_counter() < deadline:
            if not closed:
                try:
                    self._read(0.05)
                except EOFError:
                    closed = True
            else:
                time.sleep(0.002)
            pid, status, rusage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                self.status, self.rusage = status, rusage
                break
        if self.rusage is None:
            print(f"bench: {os.path.basename(self.argv[-1])} did not quit in {timeout:.0f} s: killed",
                  file=sys.stderr)
            os.killpg(self.pid, signal.SIGKILL)  # the program and rusage-run, if it is there
            _, self.status, self.rusage = os.wait4(self.pid, 0)
        os.close(self.fd)
        if self.report:
            measured = read_rusage(self.report)
            return measured[1] if measured else None
        return self.rusage.ru_maxrss / 1024.0


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def repeat(measure, runs):
    """Calls `measure()` (returning (seconds, ...)) `runs` times, or SLOW_RUNS times when the
    first call took more than SLOW seconds; the list of results."""
    results = [measure()]
    count = SLOW_RUNS if results[0][0] is not None and results[0][0] > SLOW else runs
    results += [measure() for _ in range(count - 1)]
    return results


def command(argv):
    """Runs argv with stdout and stderr to /dev/null: (wall seconds, peak RSS in MB), both
    from rusage-run (fork to wait4) when it is there. A failing command stops the bench: its
    figures would mean nothing."""
    actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    report = None
    if RUSAGE_RUN:
        fd, report = tempfile.mkstemp(prefix="imid-bench-rusage-")
        os.close(fd)
        argv = [RUSAGE_RUN, report] + list(argv)
    started = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
    _, status, rusage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(argv)} failed (status {os.waitstatus_to_exitcode(status)})")
    measured = read_rusage(report) if report else None
    return measured if measured else (elapsed, rusage.ru_maxrss / 1024.0)


def bench_commands(argvs, runs):
    """Median wall time and median peak RSS of each command (None: not run), the commands taken
    in turn, one run of each and then again, so that a slow spell of the machine falls on all
    of them alike rather than on whichever was being run then; a result each, None for None."""
    live = [argv for argv in argvs if argv]
    rounds = [[command(argv) for argv in live]]
    count = SLOW_RUNS if any(r[0] is not None and r[0] > SLOW for r in rounds[0]) else runs
    rounds += [[command(argv) for argv in live] for _ in range(count - 1)]
    figures = iter([{"time": median(r[i][0] for r in rounds), "rss": median(r[i][1] for r in rounds), "n": len(rounds)}
                    for i in range(len(live))])
    return [next(figures) if argv else None for argv in argvs]


def press_j(term, figures, steps):
    """KEY_PRESSES presses of j, each measured; after `steps` of them (the end of the list or of
    the text is near) an unmeasured g goes back to the top, so that every j moves something."""
    for press in range(KEY_PRESSES):
        if press and press % steps == 0:
            term.key_latency(b"g", timeout=0.25)
        figures["j"].append(term.key_latency(b"j", timeout=0.25))


def press_G(term, figures):
    """G twice, each from the top (g first, never at the top already: after j), so that it
    always has somewhere to go; then g."""
    for _ in range(2):
        term.key_latency(b"g", timeout=0.25)
        figures["G"].append(term.key_latency(b"G", timeout=0.25))
    term.key_latency(b"g", timeout=0.25)


def measure_search(term, figures, query, cancel=b"\x1b"):
    """/ then the query a keystroke at a time, then `cancel`. less: Ctrl-U, Backspace (after Esc
    it waits for the rest of an escape sequence and takes the q that follows as part of it;
    after Ctrl-C in a long text, q does not quit either: each cost a 10 s timeout a session)."""
    term.key_latency(b"/")
    for character in query:
        figures["search"].append(term.key_latency(character.encode()))
    term.key_latency(cancel)


def first_frames(programs):
    """Median first frames of (argv, needles) programs, FIRST_LAUNCHES launches each, taken in
    turn so that a change in the machine's load hits both sides of a ratio alike. Each is
    started directly (not by rusage-run) and quit at once (imid quits while still loading)."""
    frames = [[] for _ in programs]
    for _ in range(FIRST_LAUNCHES):
        for (argv, needles), found in zip(programs, frames):
            term = Terminal(argv, measured=False)
            found.append(term.frame(needles))
            term.finish(b"q")
    return [median(found) for found in frames]


def bench_imid(binary, catalogue, drugs, first_drug, query, runs, workdir, text):
    """Browsing sessions (full load, keys, peak RSS), then sessions that export the whole drug list from the browser; the first export is kept in
    `text` (the same bytes as `imid export --view drugs --format text`), less's input."""
    argv = [binary, "browse"] + (["--catalog", catalogue] if catalogue else [])
    needles = ["Drugs", "Mechanisms", "Citation", first_drug]
    keys = ("loaded", "j", "G", "Tab", "Enter", "search", "rss")
    figures = {k: [] for k in keys}
    def session():
        term = Terminal(argv)
        term.wait_for(needles)
        loaded = term.wait_for(["j/k move"], timeout=60)
        figures["loaded"].append(loaded)
        term.settle(0.1)
        press_j(term, figures, max(1, drugs - 1))
        press_G(term, figures)
        for _ in range(KEY_PRESSES // 3 * 3):  # Drugs → Mechanisms → Citation → Drugs, ending on Drugs
            figures["Tab"].append(term.key_latency(b"\t"))
        for _ in range(KEY_PRESSES):
            figures["Enter"].append(term.key_latency(b"\r"))  # Drugs → its matrix row
            term.key_latency(b"\x7f")  # Backspace: back to Drugs
        measure_search(term, figures, query)
        figures["rss"].append(term.finish())
        return (loaded,)

    repeat(session, runs)  # 30 presses of each key a session: 90 or more in all

    def export(run=[0]):
        run[0] += 1
        term = Terminal(argv)
        term.wait_for(["j/k move"], timeout=60)
        term.settle(0.1)
        path = text if run[0] == 1 else os.path.join(workdir, f"export-{run[0]}.txt")
        term.key_latency(b"e")
        term.key_latency(b"\x15")  # Ctrl-U clears the suggested name
        term.send(path.encode())
        term.settle(0.1)
        mark = len(term.text)
        sent = time.perf_counter()
        term.send(b"\r")
        done = term.wait_for(["Wrote "], since=mark, timeout=60)
        rss = term.finish()
        if path != text and os.path.exists(path):
            os.remove(path)
        return (None if done is None else (term.started + done) - sent), rss

    exports = repeat(export, runs)
    result = {k: median(v) for k, v in figures.items()}
    result["samples"] = {k: len([x for x in figures[k] if x is not None]) for k in ("j", "Tab", "Enter")}
    result["export"] = median(e[0] for e in exports)
    result["rss_export"] = median(e[1] for e in exports)
    return result


def bench_less(path, first_line, query, runs):
    with open(path, "rb") as f:
        lines = sum(1 for _ in f)
    argv = ["less", "--incsearch", path]
    figures = {k: [] for k in ("j", "G", "search", "rss")}
    for _ in range(runs):
        term = Terminal(argv)
        term.wait_for([first_line])
        term.settle(0.1)
        press_j(term, figures, max(1, lines - ROWS))  # less shows ROWS - 1 lines
        press_G(term, figures)
        measure_search(term, figures, query, cancel=b"\x15\x7f")
        figures["rss"].append(term.finish(b"q"))
    result = {k: median(v) for k, v in figures.items()}
    result["samples"] = {"j": len([x for x in figures["j"] if x is not None])}
    return result


def bench_visidata(vd, path, runs):
    """visidata on the drug list as CSV: first frame (the sheet and its row count shown)."""
    def session():
        term = Terminal([vd, "--config", "/dev/null", path])
        # curses may draw a name in pieces: the row count on the status line, then the end of
        # that burst, marks the first frame.
        first = term.frame(["rows"], timeout=60)
        term.settle(0.3)
        Gs = []
        for _ in range(2):
            Gs.append(term.key_latency(b"G"))
            term.key_latency(b"g")
        return first, median(Gs), term.finish(b"gq")

    results = [session() for _ in range(SLOW_RUNS)]  # not a target: the fewest runs
    return {"first": median(r[0] for r in results), "G": median(r[1] for r in results),
            "rss": median(r[2] for r in results)}


def find_visidata():
    """visidata from PATH, else from pip into .build/bench/venv (once); None if neither works."""
    found = shutil.which("vd")
    if found:
        return found
    venv = os.path.join(".build", "bench", "venv")
    vd = os.path.join(venv, "bin", "vd")
    if not os.path.exists(vd):
        try:
            subprocess.run([sys.executable, "-m", "venv", venv], check=True, capture_output=True, timeout=120)
            subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "visidata"], check=True,
                           capture_output=True, timeout=300)
        except (subprocess.SubprocessError, OSError):
            return None
    return vd if os.path.exists(vd) else None


def synthetic_catalogue(generator, size, seed=7):
    """The catalogue gen-catalog.py makes for (size, seed), generated once and kept in
    .build/bench/catalogs under a name with those arguments and a hash of the generator."""
    with open(generator, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:12]
    folder = os.path.join(".build", "bench", "catalogs")
    path = os.path.join(folder, f"synthetic-{size}-seed{seed}-{digest}.json")
    if not os.path.exists(path):
        os.makedirs(folder, exist_ok=True)
        for stale in os.listdir(folder):  # an older generator's catalogue of the same arguments
            if stale.startswith(f"synthetic-{size}-seed{seed}-"):
                os.remove(os.path.join(folder, stale))
        partial = path + ".partial"
        subprocess.run([sys.executable, generator, str(size), partial, "--seed", str(seed)], check=True)
        os.replace(partial, path)
    return path


def ms(value):
    if value is None:
        return "—"
    if value < 0.001:
        return f"{value * 1000:.2f} ms"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def mb(value):
    return "—" if value is None else f"{value:.0f} MB"


def main():
    bench_started = time.perf_counter()
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    binary = os.path.abspath(args[0])
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 5
    sizes = [int(s) for s in args[args.index("--sizes") + 1].split(",") if int(s) > 0] if "--sizes" in args else [100_000]
    out = args[args.index("--out") + 1] if "--out" in args else os.path.join(".build", "bench", "results.md")
    here = os.path.dirname(os.path.abspath(__file__))
    workdir = tempfile.mkdtemp(prefix="imid-bench-")
    vd = find_visidata()
    installing = time.perf_counter() - bench_started  # pip, the first time only
    jq = shutil.which("jq")
    global RUSAGE_RUN
    RUSAGE_RUN = build_rusage_run()

    def progress(message):
        print(f"[{time.perf_counter() - bench_started:5.1f} s] {message}", file=sys.stderr, flush=True)

    rows_out = []
    try:
        cases = [("built-in (6 drugs)", None, 6, "Thalidomide", "lenal")]
        for size in sorted(sizes):
            progress(f"catalogue of {size:,} drugs")
            path = synthetic_catalogue(os.path.join(here, "gen-catalog.py"), size)
            cases.append((f"synthetic {size:,} drugs ({os.path.getsize(path) / 1e6:.0f} MB)", path, size,
                          "Synthetamide 0", "99999"))
        for name, catalogue, drugs, first_drug, query in cases:
            source = ["--catalog", catalogue] if catalogue else []
            export_argv = [binary, "export", "--view", "drugs", "--format", "text"] + source
            text = os.path.join(workdir, f"drugs-{len(rows_out)}.txt")  # new: the export prompt does not overwrite
            progress(f"{name}: imid in the browser")
            imid = bench_imid(binary, catalogue, drugs, first_drug, query, runs, workdir, text)
            if not os.path.exists(text):  # the browser's export failed: less still needs the text
                with open(text, "w") as f:
                    subprocess.run(export_argv, stdout=f, check=True)
            progress(f"{name}: less")
            less = bench_less(text, first_drug, query, runs)
            progress(f"{name}: first frames, imid and less in turn")
            imid["first"], less["first"] = first_frames([
                ([binary, "browse"] + source, ["Drugs", "Mechanisms", "Citation", first_drug]),
                (["less", "--incsearch", text], [first_drug])])
            progress(f"{name}: commands")
            cli_export, validate, jq_run = bench_commands([
                export_argv,
                [binary, "validate", catalogue] if catalogue else None,
                [jq, "-r", JQ_FILTER, catalogue] if jq and catalogue else None], runs)
            visidata = None
            if vd and catalogue:
                progress(f"{name}: visidata")
                csv = os.path.join(workdir, "drugs.csv")
                with open(csv, "w") as f:
                    subprocess.run([binary, "list", "--format", "csv"] + source, stdout=f, check=True)
                visidata = bench_visidata(vd, csv, runs)
            rows_out.append((name, catalogue, imid, less, visidata, cli_export, validate, jq_run))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    elapsed = time.perf_counter() - bench_started
    progress("done")

    lines = [
        f"imid bench, {time.strftime('%Y-%m-%d %H:%M')}, {platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()}, load average {os.getloadavg()[0]:.1f} at the end; "
        f"{COLUMNS}×{ROWS} pty.",
        f"Medians of {runs} runs ({SLOW_RUNS} for anything over {SLOW:.0f} s); first frames of "
        f"{FIRST_LAUNCHES} launches; keys: {KEY_PRESSES} presses a run, pooled. "
        f"jq: `jq -r '{JQ_FILTER}' FILE > /dev/null`.",
        "",
        "| catalogue | measure | imid | less | jq | visidata |",
        "|---|---|---|---|---|---|",
    ]
    for name, catalogue, imid, less, visidata, cli_export, validate, jq_run in rows_out:
        v, q, val = visidata or {}, jq_run or {}, validate or {}
        table = [
            ("first frame", ms(imid["first"]), ms(less["first"]), "", ms(v.get("first")) if vd and catalogue else ""),
            ("whole catalogue loaded (browser)", ms(imid["loaded"]), "", "", ""),
            ("loaded and validated (command)", ms(val.get("time")) if catalogue else "", "", ms(q.get("time")) if catalogue else "", ""),
            ("j (down)", ms(imid["j"]), ms(less["j"]), "", ""),
            ("G (last row)", ms(imid["G"]), ms(less["G"]), "", ms(v.get("G")) if vd and catalogue else ""),
            ("Tab (next pane)", ms(imid["Tab"]), "", "", ""),
            ("Enter (open)", ms(imid["Enter"]), "", "", ""),
            ("search keystroke", ms(imid["search"]), ms(less["search"]) + " (incsearch)", "", ""),
            ("export drug list (browser)", ms(imid["export"]), "", "", ""),
            ("export drug list (command)", ms(cli_export["time"]), "", ms(q.get("time")) if catalogue else "", ""),
            ("peak RSS, browsing", mb(imid["rss"]), mb(less["rss"]), "", mb(v.get("rss")) if vd and catalogue else ""),
            ("peak RSS, browser export", mb(imid["rss_export"]), "", "", ""),
            ("peak RSS, validate (command)", mb(val.get("rss")) if catalogue else "", "", mb(q.get("rss")) if catalogue else "", ""),
            ("peak RSS, export (command)", mb(cli_export["rss"]), "", mb(q.get("rss")) if catalogue else "", ""),
        ]
        for measure, *cells in table:
            if not any(cells):  # e.g. `imid validate` on the built-in catalogue: it has no file
                continue
            lines.append(f"| {name} | {measure} | " + " | ".join(cells) + " |")
    notes = []
    if not jq:
        notes.append("jq: not on the PATH; its column and the targets against it are empty.")
    if not RUSAGE_RUN:
        notes.append("No C compiler for rusage-run: peak RSS includes the bench's own memory (about 20 MB).")
    if not vd:
        notes.append("visidata: not installed and could not be installed with pip; its column is empty.")

    # The targets, as ratios measured in this run.
    def row(target, measured, ratio, limit):
        if ratio is None:
            return f"| {target} | {measured} | ≤ {limit:g}× | not measured |"
        return f"| {target} | {measured} | ≤ {limit:g}× | {'met' if ratio <= limit else 'missed'} |"

    def vs(a, b):
        return None if a is None or b in (None, 0) else a / b

    targets = ["| target | measured | limit | |", "|---|---|---|---|"]
    builtin, largest = rows_out[0], (rows_out[-1] if len(rows_out) > 1 else None)
    _, _, imid, less, *_ = builtin
    r = vs(imid["first"], less["first"])
    targets.append(row("first frame, built-in catalogue", f"{r:.2f}× less's ({ms(imid['first'])} vs {ms(less['first'])})"
                       if r else "—", r, 1.5))
    for name, _, imid, less, *_ in rows_out:
        short = "built-in" if name.startswith("built-in") else name.split(" (")[0].replace("synthetic ", "")
        for key, label in (("j", "j"), ("Tab", "Tab"), ("Enter", "Enter")):
            r = vs(imid[key], less["j"])
            targets.append(row(f"{label}, {short}", f"{r:.1f}× less's j ({ms(imid[key])} vs {ms(less['j'])})"
                               if r else "—", r, 3))
    if largest:
        name, _, imid, less, _, cli_export, validate, jq_run = largest
        short = name.split(" (")[0].replace("synthetic ", "")
        jq_time = jq_run["time"] if jq_run else None
        r = vs(validate["time"], jq_time)
        targets.append(row(f"loaded and validated, {short} (`imid validate`)",
                           f"{r:.2f}× jq's ({ms(validate['time'])} vs {ms(jq_time)})" if r else f"{ms(validate['time'])}; no jq",
                           r, 0.3))
        r = vs(cli_export["time"], jq_time)
        targets.append(row(f"exported as text, {short} (`imid export`)",
                           f"{r:.2f}× jq's ({ms(cli_export['time'])} vs {ms(jq_time)})" if r else f"{ms(cli_export['time'])}; no jq",
                           r, 0.5))
        for label, figure in (("validate", validate["rss"]), ("export", cli_export["rss"])):
            targets.append(f"| peak RSS, {label}, {short} | {mb(figure)} | ≤ 150 MB | "
                           f"{'met' if figure <= 150 else 'missed'} |")
    install = f", {installing:.0f} s of it installing visidata (once)" if installing > 1 else ""
    targets.append(f"| `make bench` under 3 minutes | {elapsed:.0f} s in bench.py{install} (make's up-to-date "
                   f"build check not included) | ≤ 180 s | {'met' if elapsed - installing <= 180 else 'missed'} |")

    report = "\n".join(lines + [""] + notes + (["", ""] if notes else [""]) + ["Targets (issue 13):", ""] + targets) + "\n"
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with open(out, "w") as f:
        f.write(report)
    print(report)
    print(f"(written to {out})", file=sys.stderr)


if __name__ == "__main__":
    main()
