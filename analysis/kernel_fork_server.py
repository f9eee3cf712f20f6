"""The fork server behind :mod:`analysis.kernel_fork` (run as a script, by path).

It imports what every report kernel imports (ipykernel and IPython, numpy,
pandas, pyarrow) once, then waits on a socket for requests, one JSON line
each: ``{"argv": [...], "env": {...}, "cwd": "..."}``. For each it forks a
child that becomes an ipykernel in a new session, with that command line,
environment and working folder, and answers ``{"pid": N}``. The child does what
``python -m ipykernel_launcher`` does, minus the imports it inherited. The
server ends when the socket closes (its report worker ended); a kernel ends
when its parent, this server, has gone (ipykernel's parent poller).

Nothing from this package is imported here: a kernel imports the project's code
itself, fresh, in the environment it was given.
"""
import os
import sys

if __name__ == "__main__" and sys.path and os.path.abspath(sys.path[0] or ".") == os.path.dirname(
        os.path.abspath(__file__)):
    del sys.path[0]  # this script's folder (the package: profile.py, ...) must not shadow the standard library

import gc  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import traceback  # noqa: E402

#: imported before any fork: what a report kernel imports on start-up and in its first cell
PRELOAD = ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell", "IPython.display",
           "numpy", "pandas", "pyarrow", "pyarrow.parquet")


#: a comma-separated list of modules to import instead of PRELOAD (empty: none beyond ipykernel's own)
PRELOAD_ENV = "LOCAL_POWER_FORK_PRELOAD"


def preload(names=None) -> list:
    """Import ``names`` (default: PRELOAD, or the list in PRELOAD_ENV; a missing one is skipped); those imported."""
    if names is None:
        listed = os.environ.get(PRELOAD_ENV)
        names = PRELOAD if listed is None else ["ipykernel.kernelapp"] + [n.strip() for n in listed.split(",")
                                                                            if n.strip()]
    done = []
    for name in names:
        try:
            importlib.import_module(name)
            done.append(name)
        except Exception:  # an optional library missing: the kernel imports what it needs itself
            pass
    return done


def become_kernel(request: dict, sock: socket.socket) -> None:
    """In the forked child: set up as the kernel's own process would be, run ipykernel, never return."""
    code = 1
    try:
        os.setsid()  # a session of its own, as jupyter_client starts kernels (interrupts go to its group)
        os.close(sock.detach())  # (sock.close() would leave the descriptor open while the server's reader holds it)
        for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        random.seed()  # a fresh process's state, not a copy of the server's
        sys.argv = list(request["argv"])
        parent = os.environ.get("JPY_PARENT_PID")
        if parent:
            # ipykernel reads JPY_PARENT_PID when it is imported (here, before the fork) for the default of
            # the option that makes a kernel end with its parent: give it on the command line instead
            sys.argv.append(f"--IPKernelApp.parent_handle={int(parent)}")
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(code)


def serve(sock: socket.socket) -> None:
    """Answer fork requests until the socket closes."""
    stream = sock.makefile("rwb")
    loaded = preload()
    gc.collect()
    gc.freeze()  # the collector leaves the preloaded objects alone: kernels share their memory pages longer
    stream.write(json.dumps({"ready": True, "pid": os.getpid(), "preloaded": loaded}).encode() + b"\n")
    stream.flush()
    for line in stream:
        try:
            request = json.loads(line)
            pid = os.fork()
        except Exception as exc:  # a bad request or no fork: the client starts the kernel the usual way
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        else:
            if pid == 0:
                become_kernel(request, sock)
            answer = {"pid": pid}
        stream.write(json.dumps(answer).encode() + b"\n")
        stream.flush()


def main(argv) -> int:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # a kernel that ends leaves no zombie behind
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the report; its worker then closes the socket
    sock = socket.socket(fileno=int(argv[1]))
    try:
        serve(sock)
    except (BrokenPipeError, ConnectionResetError):
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
