"""Report kernels forked from a server that has imported their libraries (analysis/kernel_fork.py)."""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from analysis import kernel_fork as kf
from analysis import report

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork servers need os.fork (POSIX)")


@pytest.fixture
def forking(monkeypatch):
    """Forked kernels as this process's default for the test, servers stopped and jupyter_client restored after."""
    from jupyter_client.provisioning.factory import KernelProvisionerFactory

    monkeypatch.delenv(kf.ENV, raising=False)
    factory = KernelProvisionerFactory.instance()
    saved = factory.default_provisioner_name
    kf.install()
    yield
    kf.stop_server()
    factory.default_provisioner_name = saved


def start(cwd=None, env=None, timeout=60):
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name=report.KERNEL)
    kw = {"cwd": str(cwd)} if cwd else {}
    if env is not None:
        kw["env"] = env
    km.start_kernel(extra_arguments=["--IPKernelApp.log_level=CRITICAL"], **kw)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=timeout)
    return km, kc


def run(kc, code: str, timeout=30) -> str:
    """Execute ``code`` in the kernel; what it printed."""
    out = []

    def hook(msg):
        if msg["msg_type"] == "stream":
            out.append(msg["content"]["text"])
        elif msg["msg_type"] == "error":
            out.append(f"ERROR {msg['content']['ename']}")

    kc.execute_interactive(code, timeout=timeout, output_hook=hook)
    return "".join(out)


def stop(km, kc):
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def gone(pid: int, within: float = 10.0) -> bool:
    """Whether process ``pid`` ends within ``within`` seconds (a zombie no one reaped counts as ended)."""
    end = time.monotonic() + within
    while time.monotonic() < end:
        try:
            os.kill(pid, 0)
            with open(f"/proc/{pid}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except (ProcessLookupError, FileNotFoundError):
            return True
        time.sleep(0.05)
    return False


def test_kernel_argv_accepts_only_the_ipykernel_launcher():
    assert kf.kernel_argv(["/py", "-m", "ipykernel_launcher", "-f", "c.json"]) == ["ipykernel_launcher", "-f", "c.json"]
    assert kf.kernel_argv(["/py", "-m", "ipykernel", "-f", "c.json"]) is None
    assert kf.kernel_argv(["/usr/bin/R", "--slave", "-e", "IRkernel::main()"]) is None
    assert kf.kernel_argv(["/py"]) is None


def test_enabled_follows_the_environment(monkeypatch):
    for value, expected in (("0", False), ("off", False), ("no", False), ("1", True), ("", True)):
        monkeypatch.setenv(kf.ENV, value)
        assert kf.enabled() is expected
    monkeypatch.delenv(kf.ENV)
    assert kf.enabled()


def test_a_forked_kernel_is_a_fresh_child_of_the_server_with_its_own_cwd_and_env(forking, tmp_path):
    env = {**os.environ, "LOCAL_POWER_TEST_MARK": "forked-42"}
    km, kc = start(cwd=tmp_path, env=env)
    try:
        assert type(km.provisioner).__name__ == "ForkProvisioner"
        server = kf._server
        assert server is not None and server.pid
        out = run(kc, "import os, sys\n"
                      "print(os.getppid(), os.getsid(0) == os.getpid(), os.getcwd())\n"
                      "print('pandas' in sys.modules, 'analysis' in sys.modules, os.environ['LOCAL_POWER_TEST_MARK'])")
        first, second = out.strip().splitlines()
        ppid, leader, cwd = first.split()
        assert int(ppid) == server.pid and leader == "True" and Path(cwd) == tmp_path.resolve()
        # the libraries are there already; the project's own code is not (a kernel imports it fresh)
        assert second.split() == ["True", "False", "forked-42"]
        pid = km.provisioner.pid
        assert pid != server.pid and km.is_alive()
    finally:
        stop(km, kc)
    assert gone(pid)


def test_two_kernels_do_not_share_state(forking):
    km1, kc1 = start()
    km2, kc2 = start()
    try:
        run(kc1, "shared_name = 'one'")
        assert "ERROR NameError" in run(kc2, "print(shared_name)")
        assert km1.provisioner.pid != km2.provisioner.pid
    finally:
        stop(km1, kc1)
        stop(km2, kc2)


def test_a_forked_kernel_can_be_interrupted(forking):
    km, kc = start()
    try:
        msg_id = kc.execute("import time\ntime.sleep(60)")
        time.sleep(1.0)
        t0 = time.monotonic()
        km.interrupt_kernel()
        reply = kc.get_shell_msg(timeout=20)
        assert reply["parent_header"]["msg_id"] == msg_id
        assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "KeyboardInterrupt"
        assert time.monotonic() - t0 < 15
        # alive after the interrupt (on a loaded machine the first output after it may reach iopub late: asked again)
        out = ""
        for _ in range(3):
            out = run(kc, "print(6 * 7, flush=True)").strip()
            if out:
                break
        assert out == "42"
    finally:
        stop(km, kc)


def test_a_kernel_that_exits_is_seen_as_dead(forking):
    km, kc = start()
    try:
        kc.execute("import os\nos._exit(3)")
        end = time.monotonic() + 10
        while km.is_alive() and time.monotonic() < end:
            time.sleep(0.05)
        assert not km.is_alive()
    finally:
        stop(km, kc)


def test_kernels_end_when_their_server_ends(forking):
    km, kc = start()
    pid = km.provisioner.pid
    try:
        kf.stop_server()
        assert gone(pid, within=15)  # ipykernel's parent poller: its parent, the server, has gone
    finally:
        stop(km, kc)


def test_another_environment_gets_another_server(forking):
    one = kf.server_for(sys.executable, {**os.environ, "LOCAL_POWER_TEST_MARK": "a"})
    assert one.ready()
    assert kf.server_for(sys.executable, {**os.environ, "LOCAL_POWER_TEST_MARK": "a"}) is one
    two = kf.server_for(sys.executable, {**os.environ, "LOCAL_POWER_TEST_MARK": "b"})
    assert two is not one and two.ready() and two.pid != one.pid
    assert one.process.poll() is not None  # the old one was stopped


def test_a_server_that_cannot_start_falls_back_to_a_fresh_process(forking, monkeypatch, tmp_path):
    broken = tmp_path / "broken_server.py"
    broken.write_text("import sys\nsys.exit(1)\n")
    monkeypatch.setattr(kf, "SERVER_SCRIPT", broken)
    km, kc = start()
    try:
        assert not isinstance(km.provisioner.process, kf.ForkedKernel)  # a Popen: jupyter_client's own launch
        assert run(kc, "print(1 + 1)").strip() == "2"
    finally:
        stop(km, kc)


def test_switched_off_kernels_are_fresh_processes(forking, monkeypatch):
    monkeypatch.setenv(kf.ENV, "0")
    km, kc = start()
    try:
        assert not isinstance(km.provisioner.process, kf.ForkedKernel)
        assert run(kc, "import sys\nprint('pandas' in sys.modules)").strip() == "False"
    finally:
        stop(km, kc)
    assert kf._server is None  # no server was started


def test_forked_kernel_object_polls_signals_and_waits():
    import subprocess

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    k = kf.ForkedKernel(child.pid)
    assert k.poll() is None
    with pytest.raises(subprocess.TimeoutExpired):
        k.wait(timeout=0.1)
    k.send_signal(signal.SIGTERM)
    child.wait(timeout=10)  # reaped here, as the server reaps its kernels
    assert k.wait(timeout=10) == -1 and k.poll() == -1
    k.kill()  # a no-op once it has gone


def test_report_output_is_the_same_with_forked_and_fresh_kernels(tmp_path, monkeypatch):
    """The same notebook gives the same scrubbed notebook and HTML either way."""
    from nbformat.v4 import new_code_cell
    from test_report import write_nb

    src = tmp_path / "01_same.ipynb"
    write_nb(src, new_code_cell("import random, sys\nimport pandas as pd\n"
                                "print(pd.DataFrame({'a': [1, 2]}).sum().to_dict())\n"
                                "print(sorted(m for m in ('numpy', 'pandas') if m in sys.modules))"))
    pages = {}
    for mode in ("1", "0"):
        monkeypatch.setenv(kf.ENV, mode)
        work = tmp_path / f"out{mode}"
        work.mkdir()
        task = report.Task("01_same", str(src), str(work), {}, timeout=60)
        [result] = report.execute_all([task], jobs=1)
        assert result.ok, result.error
        pages[mode] = ((work / "01_same.ipynb").read_bytes(), (work / "01_same.html").read_bytes())
    assert pages["1"] == pages["0"]
    assert b"{'a': 3}" in pages["1"][0]


def test_report_workers_start_their_fork_servers_and_stop_them(tmp_path):
    pool = report.start_workers(2, report.package_root(), {"LOCAL_POWER_TEST_MARK": "w"})
    try:
        pids = set()
        for _ in range(20):
            pids.add(pool.submit(_server_pid).result(timeout=60))
        assert None not in pids and len(pids) == 2  # one server per worker
    finally:
        pool.shutdown()
    assert all(gone(pid) for pid in pids)


def _server_pid():
    time.sleep(0.02)  # let the other worker take tasks too
    server = kf._server
    return server.pid if server is not None and server.ready() else None


def test_a_zombie_kernel_counts_as_ended():
    import subprocess

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    end = time.monotonic() + 10
    while not kf._is_zombie(child.pid) and time.monotonic() < end:  # ended, not yet reaped by us
        time.sleep(0.02)
    try:
        assert kf._is_zombie(child.pid)
        assert kf.ForkedKernel(child.pid).poll() == -1
    finally:
        child.wait()
    assert not kf._is_zombie(os.getpid())
