"""Report kernels forked from a process that has already imported their libraries.

Each notebook of the report runs in a fresh kernel, and a fresh Python process
spends most of a short notebook's time importing: ipykernel and IPython before
the kernel answers, then pandas and pyarrow in the first cell (about 0.3 s of
CPU each, twelve times per seed report on two cores). Here each report worker
keeps one *fork server* (``kernel_fork_server.py``, started with the kernels'
own environment) that imports them once; every kernel is a fork of it, a new
process with its own memory that finds those modules loaded. Everything else
is as before: jupyter_client writes the connection file and picks the ports,
the child runs ipykernel with the same command line, environment and working
folder in a session of its own, and is signalled, killed and waited for by
pid. The project's own modules are never preloaded: a kernel imports them
fresh.

:class:`ForkProvisioner` is a jupyter_client kernel provisioner (the
``LocalProvisioner`` with another launch); :func:`install` makes it this
process's default. Kernels whose command is not ``python -m ipykernel_launcher``,
or a server that cannot start, fall back to jupyter_client's own launch; so do
all kernels when ``LOCAL_POWER_FORK_KERNELS=0`` (or ``local-power report
--fresh-kernels``).
"""
from __future__ import annotations

import atexit
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Optional

SERVER_SCRIPT = Path(__file__).resolve().parent / "kernel_fork_server.py"
#: set to 0 to start every kernel as a new Python process (jupyter_client's own way)
ENV = "LOCAL_POWER_FORK_KERNELS"
PROVISIONER = "local-power-fork"
#: variables that differ between kernels of one server without changing what it imported
PER_KERNEL_ENV = ("JPY_PARENT_PID", "JPY_SESSION_NAME")
#: seconds a server may take to import its libraries before kernels are started the usual way
START_TIMEOUT = 60.0


def enabled() -> bool:
    """Whether kernels are forked (``LOCAL_POWER_FORK_KERNELS`` not 0/false/no/off)."""
    return os.environ.get(ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def _env_key(env: dict) -> tuple:
    return tuple(sorted((k, v) for k, v in env.items() if k not in PER_KERNEL_ENV))


class ForkServer:
    """A running fork server: ``fork(argv, env, cwd)`` returns a kernel's pid."""

    def __init__(self, python: str, env: dict):
        self.python, self.key = python, _env_key(env)
        mine, theirs = socket.socketpair()
        try:
            self.process = subprocess.Popen([python, str(SERVER_SCRIPT), str(theirs.fileno())],
                                            pass_fds=[theirs.fileno()], env=dict(env), stdin=subprocess.DEVNULL,
                                            cwd=str(SERVER_SCRIPT.parent))
        finally:
            theirs.close()
        self.sock = mine
        self.stream = mine.makefile("rwb")
        self.pid: Optional[int] = None  # known once the server said it is ready

    def ready(self, timeout: float = START_TIMEOUT) -> bool:
        """Wait until the server has imported its libraries; False if it died or took too long."""
        if self.pid is None:
            self.sock.settimeout(timeout)
            try:
                line = self.stream.readline()
            except OSError:
                line = b""
            finally:
                self.sock.settimeout(None)
            if not line:
                return False
            self.pid = int(json.loads(line)["pid"])
        return self.process.poll() is None

    def fork(self, argv: list, env: dict, cwd: str) -> int:
        """Start a kernel: ``argv`` as its ``sys.argv``; its pid. Raises OSError when the server fails."""
        if not self.ready():
            raise OSError("the kernel fork server is not running")
        env = {**env, "JPY_PARENT_PID": str(self.pid)}  # the kernel ends when the server does
        self.stream.write(json.dumps({"argv": list(argv), "env": env, "cwd": str(cwd)}).encode() + b"\n")
        self.stream.flush()
        answer = json.loads(self.stream.readline() or b'{"error": "the fork server closed"}')
        if "pid" not in answer:
            raise OSError(answer.get("error", "no pid"))
        return int(answer["pid"])

    def close(self) -> None:
        """Stop the server (its kernels end on their own once it has gone)."""
        for closing in (self.stream.close, self.sock.close):
            try:
                closing()
            except OSError:
                pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


_server: Optional[ForkServer] = None
_atexit_registered = False


def server_for(python: str, env: dict) -> ForkServer:
    """This process's fork server for kernels run by ``python`` in ``env`` (started, or restarted, as needed)."""
    global _server, _atexit_registered
    if _server is not None and (_server.python != python or _server.key != _env_key(env)
                                or _server.process.poll() is not None):
        _server.close()
        _server = None
    if _server is None:
        _server = ForkServer(python, env)
        if not _atexit_registered:
            atexit.register(stop_server)  # a worker that ends waits for its server (no zombie left)
            _atexit_registered = True
    return _server


def start_server(env: Optional[dict] = None, python: Optional[str] = None) -> Optional[ForkServer]:
    """Start this process's server ahead of its first kernel (it imports while other work goes on)."""
    if not enabled():
        return None
    return server_for(python or sys.executable, dict(os.environ if env is None else env))


def stop_server() -> None:
    global _server
    if _server is not None:
        _server.close()
        _server = None


def kernel_argv(cmd: list) -> Optional[list]:
    """The kernel's ``sys.argv`` if ``cmd`` is ``<python> -m ipykernel_launcher ...``, else None."""
    if len(cmd) >= 3 and cmd[1:3] == ["-m", "ipykernel_launcher"]:
        return ["ipykernel_launcher"] + list(cmd[3:])
    return None


def _is_zombie(pid: int) -> bool:
    """Whether ``pid`` has ended but not been reaped (Linux's /proc; False where it cannot tell)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


class ForkedKernel:
    """What jupyter_client's provisioner needs of a ``Popen`` for a process that is not our child."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: Optional[int] = None

    def poll(self) -> Optional[int]:
        if self.returncode is None:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                self.returncode = -1  # its exit status went to the server, which reaped it
            except PermissionError:  # pragma: no cover - the pid was reused by another user's process
                self.returncode = -1
            else:
                if _is_zombie(self.pid):  # ended after its server: an orphan no one has reaped yet
                    self.returncode = -1
        return self.returncode

    def wait(self, timeout: Optional[float] = None) -> int:
        end = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if end is not None and time.monotonic() > end:
                raise subprocess.TimeoutExpired(str(self.pid), timeout)
            time.sleep(0.01)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


def _provisioner_class():
    from jupyter_client.provisioning import LocalProvisioner

    class ForkProvisioner(LocalProvisioner):
        """jupyter_client's local provisioner, launching kernels by forking the worker's fork server."""

        async def launch_kernel(self, cmd: list, **kwargs: Any):
            argv = kernel_argv(cmd)
            if argv is None or not enabled():
                return await super().launch_kernel(cmd, **kwargs)
            env = dict(kwargs.get("env") or os.environ)
            cwd = str(kwargs.get("cwd") or os.getcwd())
            try:
                pid = server_for(os.path.expanduser(cmd[0]), env).fork(argv, env, cwd)
            except (OSError, ValueError):
                return await super().launch_kernel(cmd, **kwargs)
            self.process = ForkedKernel(pid)
            self.pid, self.pgid, self.cwd = pid, pid, cwd  # the child leads its own session and group
            return self.connection_info

    return ForkProvisioner


def install() -> None:
    """Make forked kernels this process's default (kernel specs naming a provisioner keep theirs)."""
    from importlib.metadata import EntryPoint

    from jupyter_client.provisioning.factory import KernelProvisionerFactory

    factory = KernelProvisionerFactory.instance()
    if PROVISIONER not in factory.provisioners:
        factory.provisioners[PROVISIONER] = EntryPoint(name=PROVISIONER, value=f"{__name__}:ForkProvisioner",
                                                       group=KernelProvisionerFactory.GROUP_NAME)
    factory.default_provisioner_name = PROVISIONER


def __getattr__(name):
    if name == "ForkProvisioner":  # built on first use: jupyter_client is imported only by the report
        cls = _provisioner_class()
        globals()[name] = cls
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
