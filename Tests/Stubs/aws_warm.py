#!/usr/bin/env python3
"""A warm AWS CLI for the tests: the real CLI, minus a fresh interpreter's start-up for each call.

A server imports awscli and botocore once and keeps botocore's data (service models, endpoint
rules) parsed. For each call it forks a child that takes the caller's standard descriptors,
arguments, environment and working directory, builds its own session as `aws` does, and runs the
`aws` script of this Python; the client exits as that child ended. A call costs the client's start
(about 15 ms) instead of 0.3-0.5 s, and the CLI's own parsing and validation still run in full.

Usage:
  aws_warm.py serve SOCKET --parent PID --aws AWS
      Listens on SOCKET and prints "READY <python>" (the interpreter to run the client with). Stops,
      removing SOCKET, on SIGTERM, SIGINT or SIGHUP, or once PID is no longer its parent. AWS is the
      CLI the calls stand for: the server refuses to start if it is not this Python's awscli.
  <python> -E -S aws_warm.py SOCKET ARGUMENT...
      `aws ARGUMENT...` through the server.

Protocol, on a Unix stream socket: the client sends an 8-byte big-endian length and that many bytes
of NUL-separated fields (working directory, which of 0 1 2 are open such as "012", the signals it
was started with ignored and those blocked, such as "2,13", the number of arguments, the arguments,
then NAME=value environment entries), with its open standard descriptors attached (SCM_RIGHTS).
The server answers "PID <child>\n", then "EXIT <status>\n" or "SIGNAL <n>\n".
"""
# The client imports only these C modules: socket's and signal's Python wrappers would double its
# start-up (they import enum and selectors).
import _signal
import _socket
import os
import sys

# Signals the client takes for the CLI's process and passes on to the child.
FORWARDED = (_signal.SIGINT, _signal.SIGTERM, _signal.SIGHUP, _signal.SIGQUIT)

# What Python (with every PYTHON* variable), awscli and botocore read from the environment once when
# they start, not per session. A call whose values differ from the server's is handed to the CLI
# itself (exec in the child).
STARTUP_VARIABLES = {b"LANG", b"LC_ALL", b"LC_CTYPE", b"TZ", b"AWS_DATA_PATH", b"BOTO_DISABLE_CRT", b"AWS_NEW_RETRIES_2026"}

# What awscli reads from the environment while it builds its driver, before any command runs (the config
# and credentials files it loads plugins from, the profile, the user agent's execution environment). A call
# whose values match the server's runs on the driver the server built; any other gets a driver of its own.
DRIVER_VARIABLES = {b"AWS_CONFIG_FILE", b"AWS_SHARED_CREDENTIALS_FILE", b"AWS_PROFILE", b"AWS_DEFAULT_PROFILE", b"AWS_EXECUTION_ENV"}

# What every call loads from botocore's data, and the kinds of data loaded for each service it
# names. A name missing here costs time only: each child then parses it again.
COMMON_DATA = ("cli", "endpoints", "partitions", "sdk-default-configuration", "_retry")
SERVICE_DATA = ("service-2", "paginators-1", "waiters-2", "endpoint-rule-set-1")


def call(path, arguments):
    """One `aws` call. The client stands for the CLI's process: it passes its signals on to the child
    and ends as the child ended."""
    # Looked at before the socket takes the lowest free descriptor.
    descriptors = [fd for fd in (0, 1, 2) if is_open(fd)]
    # A process inherits ignored and blocked signals through exec; looked at before the client takes any.
    ignored = [signum for signum in range(1, _signal.NSIG) if _signal.getsignal(signum) == _signal.SIG_IGN]
    blocked = _signal.pthread_sigmask(_signal.SIG_BLOCK, [])
    fields = [os.fsencode(os.getcwd()), "".join(map(str, descriptors)).encode()]
    fields += [",".join(str(int(signum)) for signum in signals).encode() for signals in (ignored, blocked)]
    fields += [str(len(arguments)).encode()]
    fields += [os.fsencode(argument) for argument in arguments]
    fields += [name + b"=" + value for name, value in os.environb.items()]
    payload = b"\0".join(fields)
    message = len(payload).to_bytes(8, "big") + payload

    child, pending = None, []

    def forward(signum, frame):
        if child is None:
            pending.append(signum)
        else:
            os.kill(child, signum)

    for signum in FORWARDED:
        _signal.signal(signum, forward)
    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.connect(path)
    except OSError as error:
        fail(f"no warm AWS CLI server at {path}: {error}")
    rights = b"".join(fd.to_bytes(4, sys.byteorder) for fd in descriptors)
    sent = connection.sendmsg([message], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, rights)] if rights else [])
    connection.sendall(message[sent:])
    received = b""
    while chunk := connection.recv(64):
        received += chunk
        *lines, received = received.split(b"\n")
        for line in lines:
            word, number = line.split()
            if word == b"PID":
                child = int(number)
                for signum in pending:
                    os.kill(child, signum)
            elif word == b"EXIT":
                sys.exit(int(number))
            else:
                try:
                    _signal.signal(int(number), _signal.SIG_DFL)
                except (OSError, ValueError):  # SIGKILL and SIGSTOP have no handler to reset
                    pass
                _signal.pthread_sigmask(_signal.SIG_UNBLOCK, [int(number)])
                os.kill(os.getpid(), int(number))
                sys.exit(128 + int(number))
    fail("the warm AWS CLI server went away during the call")


def fail(message):
    """The client's own failure, with the CLI's status for an error."""
    sys.stderr.write(f"aws_warm.py: {message}\n")
    sys.exit(255)


def is_open(fd):
    try:
        os.fstat(fd)
        return True
    except OSError:
        return False


def serve(path, parent, aws):
    """Runs the server until it stops (then returns None); in each forked child, returns the call to run."""
    import gc
    import select
    import signal
    import socket
    import subprocess
    import sysconfig

    started = dict(os.environb)  # before awscli adds its own folder to AWS_DATA_PATH
    import awscli.clidriver
    import awscli.customizations.preview
    import botocore.exceptions
    import botocore.loaders
    import botocore.session

    # Sessions of calls whose environment matches the server's ask for this search path (awscli sets
    # AWS_DATA_PATH on import, which wins over a config file's data_path) and get the warm loader. botocore
    # treats loaded data as read-only, and each child has its own copy of it.
    search_path = os.environ["AWS_DATA_PATH"]
    loader = botocore.loaders.create_loader(search_path)
    fresh_loader = botocore.session.create_loader
    botocore.session.create_loader = lambda path=None: loader if path == search_path else fresh_loader(path)

    script = os.path.join(sysconfig.get_path("scripts"), "aws")
    # A driver as `aws` builds one (a session, its handlers, the plugins; below, the command table), made once: each
    # child gets a copy of it, untouched, and runs its one command on it, as `aws` would on the driver it had just built.
    driver = awscli.clidriver.create_clidriver()
    version = driver.session.user_agent()
    if os.path.realpath(aws) != os.path.realpath(script):
        theirs = subprocess.run([aws, "--version"], capture_output=True, text=True).stdout.strip()
        if theirs != version:
            sys.exit(f"aws_warm.py: {aws} is {theirs!r}, not this Python's {version!r}; run the plain CLI (SHAREC_WARM_AWS=0)")

    for name in COMMON_DATA:
        loader.load_data(name)
    services = set(driver.session.get_available_services())  # cached under the arguments each call's session uses
    warmed = set()

    def warm(service):
        warmed.add(service)
        for kind in SERVICE_DATA:
            try:
                loader.load_service_model(service, kind)
            except botocore.exceptions.DataNotFoundError:
                pass

    # awscli builds a command for each preview service on every call.
    for service in awscli.customizations.preview.PREVIEW_SERVICES:
        warm(service)

    driver._get_command_table()
    driver._get_argument_table()

    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(64)
    wakeup, wakeup_write = os.pipe()  # SIGCHLD wakes select through it
    os.set_blocking(wakeup_write, False)
    stopping = []
    signal.set_wakeup_fd(wakeup_write)
    signal.signal(signal.SIGCHLD, lambda signum, frame: None)
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, lambda signum, frame: stopping.append(signum))
    # Foundation's Process starts programs with its thread's signals blocked.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, (signal.SIGCHLD, signal.SIGTERM, signal.SIGINT, signal.SIGHUP))
    running = {}  # child pid: its client's connection
    watched = set()  # connections whose client is still there
    print(f"READY {sys.executable}", flush=True)

    while not stopping and os.getppid() == parent:
        readable = select.select([listener, wakeup, *watched], [], [], 1.0)[0]
        if wakeup in readable:
            os.read(wakeup, 512)
        while running:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            connection = running.pop(pid)
            watched.discard(connection)
            code = os.waitstatus_to_exitcode(status)
            try:
                connection.sendall(b"EXIT %d\n" % code if code >= 0 else b"SIGNAL %d\n" % -code)
            except OSError:
                pass
            connection.close()
        # A client never writes after its request: its connection turns readable when it is gone,
        # and so should the CLI's process it stood for.
        for pid, connection in running.items():
            if connection in readable and connection in watched:
                watched.discard(connection)
                os.kill(pid, signal.SIGKILL)
        if listener not in readable:
            continue
        connection = listener.accept()[0]
        try:
            request = receive(connection)
        except (OSError, ValueError, EOFError):
            connection.close()
            continue
        service = next((argument for argument in request.arguments if argument in services), None)
        if service and service not in warmed:  # a guess at the service: a wrong one only warms a model for nothing
            warm(service)
        gc.freeze()  # so the children's collections do not copy the server's pages
        # Signals wait until the child has the caller's dispositions in place of the server's.
        unblocked = signal.pthread_sigmask(signal.SIG_SETMASK, signal.valid_signals())
        pid = os.fork()
        if pid == 0:
            signal.set_wakeup_fd(-1)
            for other in [listener, *running.values(), connection]:
                other.close()
            os.close(wakeup)
            os.close(wakeup_write)
            return request, script, started, driver
        signal.pthread_sigmask(signal.SIG_SETMASK, unblocked)
        for fd in request.descriptors:
            os.close(fd)
        try:
            connection.sendall(b"PID %d\n" % pid)
        except OSError:
            pass  # the client is gone: the next look at its connection ends the child
        running[pid] = connection
        watched.add(connection)

    for pid, connection in running.items():
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        connection.close()
    listener.close()
    os.unlink(path)
    return None


def receive(connection):
    """A client's request: its descriptors, which of 0 1 2 they stand for, the signals it ignores and blocks, its arguments,
    environment and working directory."""
    import socket
    import types

    connection.settimeout(10)
    data, descriptors, _, _ = socket.recv_fds(connection, 1 << 16, 3)
    try:
        while len(data) < 8 or len(data) < 8 + int.from_bytes(data[:8], "big"):
            chunk = connection.recv(1 << 16)
            if not chunk:
                raise EOFError("the client went away")
            data += chunk
        fields = data[8:].split(b"\0")
        cwd, opened, count = fields[0], [int(fd) for fd in fields[1].decode()], int(fields[4])
        ignored, blocked = ({int(signum) for signum in field.split(b",") if signum} for field in fields[2:4])
        if len(opened) != len(descriptors):
            raise ValueError("descriptors missing")
    except BaseException:
        for fd in descriptors:
            os.close(fd)
        raise
    arguments = [os.fsdecode(argument) for argument in fields[5:5 + count]]
    environment = dict(entry.split(b"=", 1) for entry in fields[5 + count:])
    return types.SimpleNamespace(descriptors=descriptors, opened=opened, ignored=ignored, blocked=blocked, arguments=arguments,
                                 environment=environment, cwd=cwd)


def become(request, script, started, driver):
    """In the child: takes the caller's place and runs the `aws` script's main on the server's driver (or the script
    itself, where the environment asks for a driver of its own), which ends in SystemExit as in its own process."""
    import atexit
    import runpy
    import signal
    import threading

    # The signals exec leaves the CLI's process: what its caller ignored stays ignored, the rest is
    # default; then, as Python's start-up does, SIGINT raises KeyboardInterrupt unless ignored. What
    # its caller blocked stays blocked: the server blocked everything for the fork.
    for signum in signal.valid_signals() - {signal.SIGKILL, signal.SIGSTOP}:
        try:
            signal.signal(signum, signal.SIG_IGN if signum in request.ignored else signal.SIG_DFL)
        except (OSError, ValueError):  # signals the C library keeps for itself
            pass
    if signal.SIGINT not in request.ignored:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.pthread_sigmask(signal.SIG_SETMASK, request.blocked)
    templates = {0: sys.__stdin__, 1: sys.__stdout__, 2: sys.__stderr__}
    received = dict(zip(request.opened, request.descriptors))
    for fd in (0, 1, 2):
        if fd in received:
            os.dup2(received[fd], fd)
        else:
            os.close(fd)
    for fd in request.descriptors:
        os.close(fd)
    os.chdir(request.cwd)
    data_path = os.environb[b"AWS_DATA_PATH"]
    os.environb.clear()
    os.environb.update(request.environment)
    if any(request.environment.get(name) != started.get(name) for name in request.environment.keys() | started.keys()
           if name.startswith(b"PYTHON") or name in STARTUP_VARIABLES):
        os.execv(script, [script, *request.arguments])
    os.environb[b"AWS_DATA_PATH"] = data_path  # what awscli made of the same AWS_DATA_PATH when the server imported it

    streams = [standard_stream(fd, templates[fd]) if fd in received else None for fd in (0, 1, 2)]
    sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__ = streams
    sys.argv = [script, *request.arguments]
    sys.path[0] = os.path.dirname(script)
    own_driver = any(request.environment.get(name) != started.get(name) for name in DRIVER_VARIABLES)
    try:
        if own_driver:
            runpy.run_path(script, run_name="__main__")
        else:
            sys.exit(run_on(driver))
        status = 0
    except SystemExit as exit:
        if exit.code is not None and not isinstance(exit.code, int):
            raise  # Python prints it
        status = exit.code or 0
    # Python's way out (see Py_FinalizeEx), but without tearing down the server's heap, which would
    # cost each call 40 ms. A failed flush takes the interpreter's own way, which reports it (status 120).
    threading._shutdown()
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except Exception:
        raise SystemExit(status)
    os._exit(status)


def run_on(driver):
    """What the `aws` script and awscli.clidriver.main do, after building the driver."""
    import awscli.clidriver

    if os.environ.get("LC_CTYPE", "") == "UTF-8":
        os.environ["LC_CTYPE"] = "en_US.UTF-8"
    status = driver.main()
    awscli.clidriver.HISTORY_RECORDER.record("CLI_RC", status, "CLI")
    return status


def standard_stream(fd, template):
    """The stream Python's start-up makes of descriptor fd (see create_stdio in pylifecycle.c), with the
    encoding and buffering it chose for the server's own."""
    import io

    buffered = not template.write_through
    writes = fd != 0
    stream = io.open(fd, "wb" if writes else "rb", -1 if buffered or not writes else 0, closefd=False)
    raw = stream if isinstance(stream, io.FileIO) else stream.raw
    raw.name = template.name
    text = io.TextIOWrapper(stream, template.encoding, template.errors, "\n",
                            buffered and (fd == 2 or raw.isatty()), not buffered)
    text.mode = template.mode
    return text


def main():
    if sys.argv[1:2] != ["serve"]:
        call(sys.argv[1], sys.argv[2:])
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["serve"])
    parser.add_argument("socket")
    parser.add_argument("--parent", type=int, required=True)
    parser.add_argument("--aws", required=True)
    args = parser.parse_args()
    child = serve(args.socket, args.parent, args.aws)
    if child:
        become(*child)


if __name__ == "__main__":
    main()
