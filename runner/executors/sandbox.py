"""The local executor's sandbox: Landlock rules and privilege dropping for one step process.

Applied in the forked step process (runner.executors.forkserver) after its rlimits and
before any user code is imported. What it does, where the kernel allows:

- Landlock (Linux 5.13+): the step may read and execute the Python installation, the
  system's libraries and executables and a few files under /etc; read its own input
  artifacts and its Python environment; read and write its work directory; nothing
  else. With Landlock ABI 4+ TCP bind and connect are denied unless the step's limits
  allow the network; with ABI 6+ the step can neither signal processes outside its
  sandbox (the worker, the fork server) nor reach abstract unix sockets. Any Landlock
  domain also stops ptrace and /proc/<pid>/environ, mem, cwd, ... of processes
  outside it.
- Running as root: the step switches to an unprivileged uid (65534 by default) and
  owns its work directory. So RLIMIT_NPROC applies (the kernel exempts uid 0) and
  the step cannot use root's capabilities. The Python installation may sit where
  that uid cannot look (/root/.pyenv); when Landlock is enforced the step keeps
  CAP_DAC_READ_SEARCH alone, so file *reading* is decided by the Landlock rules
  rather than by Unix permissions. Without Landlock it does not, and if the uid then
  cannot reach Python the step stays uid 0 but drops every capability.

This is defence in depth for code the users of one installation write, not a
boundary for hostile strangers: the docker executor is that (see docs/decisions.md).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import functools
import os
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# Syscall numbers are the same on every architecture (the unified table, Linux 5.13+).
_SYS_LANDLOCK_CREATE_RULESET = 444
_SYS_LANDLOCK_ADD_RULE = 445
_SYS_LANDLOCK_RESTRICT_SELF = 446
_LANDLOCK_CREATE_RULESET_VERSION = 1 << 0
_LANDLOCK_RULE_PATH_BENEATH = 1

_FS_EXECUTE = 1 << 0
_FS_WRITE_FILE = 1 << 1
_FS_READ_FILE = 1 << 2
_FS_READ_DIR = 1 << 3
_FS_REMOVE_DIR = 1 << 4
_FS_REMOVE_FILE = 1 << 5
_FS_MAKE_CHAR = 1 << 6
_FS_MAKE_DIR = 1 << 7
_FS_MAKE_REG = 1 << 8
_FS_MAKE_SOCK = 1 << 9
_FS_MAKE_FIFO = 1 << 10
_FS_MAKE_BLOCK = 1 << 11
_FS_MAKE_SYM = 1 << 12
_FS_REFER = 1 << 13  # ABI 2
_FS_TRUNCATE = 1 << 14  # ABI 3
_FS_IOCTL_DEV = 1 << 15  # ABI 5
_NET_BIND_TCP = 1 << 0  # ABI 4
_NET_CONNECT_TCP = 1 << 1
_SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0  # ABI 6
_SCOPE_SIGNAL = 1 << 1

# Only these rights may be granted on a file (rather than a directory).
_FILE_ACCESS = _FS_EXECUTE | _FS_WRITE_FILE | _FS_READ_FILE | _FS_TRUNCATE | _FS_IOCTL_DEV
READ = _FS_READ_FILE | _FS_READ_DIR | _FS_EXECUTE

_PR_SET_NO_NEW_PRIVS = 38
_PR_CAPBSET_DROP = 24
_PR_SET_KEEPCAPS = 8
_PR_CAP_AMBIENT = 47
_PR_CAP_AMBIENT_RAISE = 2
_PR_CAP_AMBIENT_CLEAR_ALL = 4
_CAP_DAC_READ_SEARCH = 2
_LINUX_CAPABILITY_VERSION_3 = 0x20080522

# What imports, subprocesses and the usual libraries read outside Python's own tree.
SYSTEM_READ_PATHS: tuple[str, ...] = (
    "/usr",
    "/bin",
    "/sbin",
    "/lib",
    "/lib32",
    "/lib64",
    "/libx32",
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/localtime",
    "/etc/timezone",
    "/etc/ssl",
    "/etc/pki",
    "/etc/ca-certificates",
    "/etc/passwd",
    "/etc/group",
    "/etc/nsswitch.conf",
    "/etc/hosts",
    "/etc/resolv.conf",
    "/etc/host.conf",
    "/etc/gai.conf",
    "/etc/mime.types",
    "/etc/os-release",
    "/etc/alternatives",
    "/etc/fonts",
    "/etc/matplotlibrc",
    "/dev/random",
    "/dev/urandom",
    # /proc/self/... (threadpoolctl, psutil, subprocess), /proc/cpuinfo, /proc/meminfo.
    # Other processes' environ, mem, maps, cwd and fds are closed by Landlock's ptrace
    # rule and by the uid switch; their command lines stay visible, as to any user.
    "/proc",
    "/sys/devices/system/cpu",
    "/sys/fs/cgroup",
)
# Written to by ordinary code: redirections to /dev/null; multiprocessing's semaphores
# and shared memory (joblib/loky) in /dev/shm.
SYSTEM_WRITE_PATHS: tuple[str, ...] = ("/dev/null", "/dev/zero", "/dev/full", "/dev/tty", "/dev/shm")


_CLONE_NEWNS = 0x00020000
_CLONE_NEWNET = 0x40000000
_CLONE_NEWPID = 0x20000000
_MS_NOSUID = 2
_MS_NODEV = 4
_MS_NOEXEC = 8
_MS_REC = 0x4000
_MS_PRIVATE = 1 << 18
# A step's own /dev/shm (multiprocessing's semaphores, joblib's shared arrays).
SHM_SIZE = "256m"


class SandboxError(Exception):
    """The sandbox could not be applied; the step must not run."""


@dataclass(frozen=True)
class SandboxPolicy:
    read: tuple[str, ...] = ()
    write: tuple[str, ...] = ()
    network: bool = False
    # Switch to this uid (and gid) when running as root; None keeps the current user.
    uid: int | None = 65534
    gid: int | None = 65534


@dataclass(frozen=True)
class SandboxReport:
    """What was enforced, for the step's own diagnostics and the tests."""

    landlock_abi: int
    uid: int
    kept_capabilities: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


class _RulesetAttr(ctypes.Structure):
    _fields_ = (
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    )


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = (("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32))


class _CapHeader(ctypes.Structure):
    _fields_ = (("version", ctypes.c_uint32), ("pid", ctypes.c_int))


class _CapData(ctypes.Structure):
    _fields_ = (("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32))


_libc: ctypes.CDLL | None = None


def _c() -> ctypes.CDLL:
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    return _libc


def _syscall(number: int, *args: object) -> int:
    libc = _c()
    libc.syscall.restype = ctypes.c_long
    return int(libc.syscall(ctypes.c_long(number), *args))


def _check(result: int, what: str) -> int:
    if result < 0:
        code = ctypes.get_errno()
        raise SandboxError(f"{what} failed: {os.strerror(code)}")
    return result


def landlock_abi() -> int:
    """The kernel's Landlock ABI version; 0 when it has none (old kernel, or disabled)."""
    if not sys.platform.startswith("linux"):
        return 0
    try:
        version = _syscall(
            _SYS_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(_LANDLOCK_CREATE_RULESET_VERSION)
        )
    except (OSError, AttributeError):
        return 0
    return max(version, 0)


def _fs_rights(abi: int) -> int:
    rights = (1 << 13) - 1  # EXECUTE .. MAKE_SYM, ABI 1
    if abi >= 2:
        rights |= _FS_REFER
    if abi >= 3:
        rights |= _FS_TRUNCATE
    if abi >= 5:
        rights |= _FS_IOCTL_DEV
    return rights


def _restrict_with_landlock(policy: SandboxPolicy, abi: int) -> None:
    handled_fs = _fs_rights(abi)
    attr = _RulesetAttr(handled_access_fs=handled_fs)
    size = 8
    if abi >= 4:
        size = 16
        if not policy.network:
            attr.handled_access_net = _NET_BIND_TCP | _NET_CONNECT_TCP
    if abi >= 6:
        size = 24
        attr.scoped = _SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL
    ruleset = _check(
        _syscall(_SYS_LANDLOCK_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size), ctypes.c_uint32(0)),
        "landlock_create_ruleset",
    )
    try:
        for path in existing(policy.read):
            _allow(ruleset, path, READ & handled_fs)
        for path in existing(policy.write):
            _allow(ruleset, path, handled_fs)
        _check(_c().prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(PR_SET_NO_NEW_PRIVS)")
        _check(
            _syscall(_SYS_LANDLOCK_RESTRICT_SELF, ctypes.c_int(ruleset), ctypes.c_uint32(0)), "landlock_restrict_self"
        )
    finally:
        os.close(ruleset)


def existing(paths: Iterable[str]) -> list[str]:
    """These paths, without duplicates and without those that do not exist."""
    return [path for path in dict.fromkeys(paths) if path and os.path.exists(path)]


def _allow(ruleset: int, path: str, access: int) -> None:
    fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    try:
        if not stat.S_ISDIR(os.fstat(fd).st_mode):
            access &= _FILE_ACCESS
        rule = _PathBeneathAttr(allowed_access=access, parent_fd=fd)
        result = _syscall(
            _SYS_LANDLOCK_ADD_RULE,
            ctypes.c_int(ruleset),
            ctypes.c_int(_LANDLOCK_RULE_PATH_BENEATH),
            ctypes.byref(rule),
            ctypes.c_uint32(0),
        )
        _check(result, f"landlock_add_rule({path})")
    finally:
        os.close(fd)


def apply(policy: SandboxPolicy, *, own: Iterable[str] = ()) -> SandboxReport:
    """Confine this process for good. `own` lists paths (the work directory) to chown to
    the unprivileged uid first, when running as root. Raises SandboxError."""
    abi = landlock_abi()
    warnings: list[str] = []
    switch = os.geteuid() == 0 and policy.uid is not None
    if switch:
        _own(own, policy.uid or 0, policy.gid if policy.gid is not None else policy.uid or 0)
    if abi:
        _restrict_with_landlock(policy, abi)
    else:
        warnings.append("Landlock is not available in this kernel: the step can read and write what its user can")
        _check(_c().prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(PR_SET_NO_NEW_PRIVS)")
    kept: tuple[str, ...] = ()
    if switch and policy.uid is not None:
        gid = policy.gid if policy.gid is not None else policy.uid
        if abi:
            _switch_user(policy.uid, gid, keep_read_search=True)
            kept = ("CAP_DAC_READ_SEARCH",)
        elif _reachable_by(policy.uid, gid, policy.read):
            _switch_user(policy.uid, gid, keep_read_search=False)
        else:
            _drop_capabilities()
            warnings.append(
                f"uid {policy.uid} cannot reach the Python installation: the step runs as root without capabilities"
            )
    return SandboxReport(landlock_abi=abi, uid=os.geteuid(), kept_capabilities=kept, warnings=tuple(warnings))


def can_use_namespaces() -> bool:
    """Whether this process may create PID, mount and network namespaces (it runs as
    root; a non-root worker's steps go without them, see docs/decisions.md)."""
    return sys.platform.startswith("linux") and os.geteuid() == 0


@functools.cache
def _own_pid_namespace() -> int:
    return os.open("/proc/self/ns/pid", os.O_RDONLY | os.O_CLOEXEC)


def fork_in_own_pid_namespace() -> int:
    """os.fork(), with the child as process 1 of a PID namespace of its own when this
    process may create one.

    Whatever the child starts, however it detaches (setsid, double forks), stays in
    that namespace, and when process 1 of a namespace exits the kernel kills every
    process in it: nothing a step starts can outlive the step. Must be called with one
    thread. Returns like os.fork().
    """
    if not can_use_namespaces():
        return os.fork()
    own = _own_pid_namespace()
    _check(_c().unshare(_CLONE_NEWPID), "unshare(CLONE_NEWPID)")
    try:
        pid = os.fork()
    except BaseException:
        _c().setns(own, _CLONE_NEWPID)
        raise
    if pid:
        # Only the next child goes into the new namespace; the one after it gets its own.
        _check(_c().setns(own, _CLONE_NEWPID), "setns(CLONE_NEWPID)")
    return pid


def private_mounts() -> None:
    """Give this process (process 1 of a PID namespace of its own) a mount namespace with
    an empty /dev/shm, so steps running at once neither see nor fill each other's shared
    memory, and a /proc of its namespace, so pids it reads there are the ones it sees
    (joblib's worker pool checks its processes through psutil) and other processes are
    not listed. Needs one thread and root (can_use_namespaces)."""
    libc = _c()
    libc.mount.argtypes = (ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p)
    _check(libc.unshare(_CLONE_NEWNS), "unshare(CLONE_NEWNS)")
    # Mounts made here must not propagate back to the machine.
    _check(libc.mount(None, b"/", None, _MS_REC | _MS_PRIVATE, None), "making mounts private")
    options = f"size={SHM_SIZE},mode=1777".encode()
    flags = _MS_NOSUID | _MS_NODEV | _MS_NOEXEC
    _check(libc.mount(b"tmpfs", b"/dev/shm", b"tmpfs", flags, options), "mounting a private /dev/shm")
    _check(libc.mount(b"proc", b"/proc", b"proc", flags, None), "mounting /proc for the PID namespace")


def leave_network() -> None:
    """Move this process into a network namespace of its own: no interface but a loopback
    that is down, so no TCP, UDP, ICMP or abstract unix socket reaches anything outside.
    Needs root (can_use_namespaces)."""
    _check(_c().unshare(_CLONE_NEWNET), "unshare(CLONE_NEWNET)")


def _own(paths: Iterable[str], uid: int, gid: int) -> None:
    for top in paths:
        os.chown(top, uid, gid)
        for root, dirs, files in os.walk(top):
            for name in dirs + files:
                os.chown(os.path.join(root, name), uid, gid, follow_symlinks=False)


def _switch_user(uid: int, gid: int, *, keep_read_search: bool) -> None:
    libc = _c()
    if keep_read_search:
        _check(libc.prctl(_PR_SET_KEEPCAPS, 1, 0, 0, 0), "prctl(PR_SET_KEEPCAPS)")
    # The bounding set first (it needs CAP_SETPCAP): no later execve can regain a capability.
    for cap in range(64):
        if cap == _CAP_DAC_READ_SEARCH and keep_read_search:
            continue
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 and ctypes.get_errno() == errno.EINVAL:
            break  # past the kernel's last capability
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
    if keep_read_search:
        bit = 1 << _CAP_DAC_READ_SEARCH
        _capset(effective=bit, permitted=bit, inheritable=bit)
        # Ambient, so the step's own subprocesses (a Python interpreter under /root)
        # can read their installation too.
        _check(
            libc.prctl(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_RAISE, _CAP_DAC_READ_SEARCH, 0, 0),
            "prctl(PR_CAP_AMBIENT_RAISE)",
        )
    if os.getuid() != uid or os.geteuid() != uid:
        raise SandboxError(f"could not switch to uid {uid}")


def _drop_capabilities() -> None:
    libc = _c()
    for cap in range(64):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 and ctypes.get_errno() == errno.EINVAL:
            break
    libc.prctl(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    _capset(effective=0, permitted=0, inheritable=0)


def _capset(*, effective: int, permitted: int, inheritable: int) -> None:
    header = _CapHeader(version=_LINUX_CAPABILITY_VERSION_3, pid=0)
    data = (_CapData * 2)()
    data[0].effective, data[0].permitted, data[0].inheritable = effective, permitted, inheritable
    _check(_c().capset(ctypes.byref(header), data), "capset")


def _reachable_by(uid: int, gid: int, paths: Iterable[str]) -> bool:
    """Whether uid/gid may look up every existing path (checked by mode bits)."""
    for path in existing(paths):
        current = Path(path).resolve()
        for directory in (*reversed(current.parents), current):
            try:
                info = directory.stat()
            except OSError:
                return False
            if not stat.S_ISDIR(info.st_mode):
                continue
            if info.st_uid == uid:
                allowed = info.st_mode & stat.S_IXUSR
            elif info.st_gid == gid:
                allowed = info.st_mode & stat.S_IXGRP
            else:
                allowed = info.st_mode & stat.S_IXOTH
            if not allowed:
                return False
    return True
