/*
 * molt-sandbox: runs one test program under resource limits and reports what happened.
 *
 *   molt-sandbox [options] -- PROGRAM ARGS...
 *     --as BYTES        address-space limit (0: none)
 *     --cpu SECONDS     CPU-time limit (0: none)
 *     --fsize BYTES     largest file the program may write, stdout and stderr included (0: none)
 *     --nproc N         process count limit (0: none)
 *     --timeout-ms MS   wall-clock limit; the whole process group is killed when it passes (0: none)
 *     --tmp DIR         parent of the fresh working directory (default: $TMPDIR or /tmp)
 *     --stdout FILE     --stderr FILE    where the program's output goes (default: /dev/null)
 *     --report FILE     where the one-line JSON report goes (default: stdout)
 *     --cgroup DIR      a pids cgroup (v1 or v2) under which to create a per-run group; used when
 *                       RLIMIT_NPROC is not enforced (for root)
 *     --readonly-fs     when root: remount every mount read-only in a private mount namespace,
 *                       except the working directory, so the program cannot write outside it
 *
 * The program starts in its own process group, in a fresh directory that becomes its HOME and
 * TMPDIR, with stdin on /dev/null. Whatever it leaves behind (background children, files) is killed
 * and removed before the report is written. The launcher is a child subreaper, so descendants that
 * leave the process group are still found and killed.
 *
 * The report: {"exit":N|null,"signal":N|null,"timed_out":B,"wall_ms":N,"cpu_ms":N,"max_rss_kb":N,
 *              "nproc_enforced":B,"fs_isolated":B,"error":"..."|null}
 * Exit status of the launcher: 0 when it produced a report about the program, 125 on its own errors.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define LAUNCHER_ERROR 125

struct options {
    unsigned long long as_bytes, fsize_bytes;
    unsigned long cpu_seconds, nproc;
    long long timeout_ms;
    const char *tmp_parent, *stdout_path, *stderr_path, *report_path, *cgroup_parent;
    int readonly_fs;
    char **argv;
};

struct outcome {
    int exited, exit_code, signaled, signal, timed_out;
    long long wall_ms, cpu_ms, max_rss_kb;
    int nproc_enforced, fs_isolated;
    char error[512];
};

static char work_dir[4096];
static volatile sig_atomic_t stop_requested;
static char cgroup_dir[4096];

static long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void die(const char *what) {
    fprintf(stderr, "molt-sandbox: %s: %s\n", what, strerror(errno));
    exit(LAUNCHER_ERROR);
}

static void usage(const char *message) {
    fprintf(stderr, "molt-sandbox: %s\n", message);
    exit(LAUNCHER_ERROR);
}

static void parse_options(int argc, char **argv, struct options *o) {
    memset(o, 0, sizeof *o);
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--readonly-fs") == 0) {
            o->readonly_fs = 1;
            continue;
        }
        if (i + 1 >= argc) {
            usage("option without a value");
        }
        const char *v = argv[++i];
        if (strcmp(a, "--as") == 0) o->as_bytes = strtoull(v, NULL, 10);
        else if (strcmp(a, "--fsize") == 0) o->fsize_bytes = strtoull(v, NULL, 10);
        else if (strcmp(a, "--cpu") == 0) o->cpu_seconds = strtoul(v, NULL, 10);
        else if (strcmp(a, "--nproc") == 0) o->nproc = strtoul(v, NULL, 10);
        else if (strcmp(a, "--timeout-ms") == 0) o->timeout_ms = strtoll(v, NULL, 10);
        else if (strcmp(a, "--tmp") == 0) o->tmp_parent = v;
        else if (strcmp(a, "--stdout") == 0) o->stdout_path = v;
        else if (strcmp(a, "--stderr") == 0) o->stderr_path = v;
        else if (strcmp(a, "--report") == 0) o->report_path = v;
        else if (strcmp(a, "--cgroup") == 0) o->cgroup_parent = v;
        else usage("unknown option");
    }
    if (i >= argc) {
        usage("no program given (molt-sandbox [options] -- PROGRAM ARGS...)");
    }
    o->argv = argv + i;
}

static void set_limit(int resource, unsigned long long soft, unsigned long long hard) {
    if (soft == 0) {
        return;
    }
    struct rlimit rl = {soft, hard};
    if (setrlimit(resource, &rl) != 0) {
        die("setrlimit");
    }
}

static int write_text(const char *path, const char *text) {
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        return -1;
    }
    ssize_t n = write(fd, text, strlen(text));
    close(fd);
    return n == (ssize_t) strlen(text) ? 0 : -1;
}

/* RLIMIT_NPROC does not bind uid 0, so root gets a pids cgroup of its own instead. */
static int make_cgroup(const struct options *o) {
    if (o->cgroup_parent == NULL || o->nproc == 0 || geteuid() != 0) {
        return 0;
    }
    snprintf(cgroup_dir, sizeof cgroup_dir, "%s/molt-sandbox-%d", o->cgroup_parent, (int) getpid());
    if (mkdir(cgroup_dir, 0755) != 0) {
        cgroup_dir[0] = 0;
        return 0;
    }
    char path[4200], value[32];
    snprintf(path, sizeof path, "%s/pids.max", cgroup_dir);
    snprintf(value, sizeof value, "%lu", o->nproc);
    if (write_text(path, value) != 0) {
        rmdir(cgroup_dir);
        cgroup_dir[0] = 0;
        return 0;
    }
    return 1;
}

static void join_cgroup(void) {
    if (cgroup_dir[0] == 0) {
        return;
    }
    char path[4200], value[32];
    snprintf(path, sizeof path, "%s/cgroup.procs", cgroup_dir);
    snprintf(value, sizeof value, "%d", (int) getpid());
    if (write_text(path, value) != 0) {
        die("joining the pids cgroup");
    }
}

/* Every mount read-only except the working directory; the fds already open stay writable. */
static int isolate_filesystem(void) {
    if (unshare(CLONE_NEWNS) != 0) {
        return 0;
    }
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) {
        return 0;
    }
    if (mount(work_dir, work_dir, NULL, MS_BIND, NULL) != 0) {
        return 0;
    }
    FILE *mounts = fopen("/proc/self/mounts", "re");
    if (mounts == NULL) {
        return 0;
    }
    char line[8192];
    int ok = 1;
    while (fgets(line, sizeof line, mounts) != NULL) {
        char device[4096], target[4096];
        if (sscanf(line, "%4095s %4095s", device, target) != 2) {
            continue;
        }
        if (strcmp(target, work_dir) == 0 || strncmp(target, "/proc", 5) == 0
                || strcmp(target, "/dev") == 0 || strcmp(target, "/dev/pts") == 0) {
            continue;
        }
        if (mount(NULL, target, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) != 0 && strcmp(target, "/") == 0) {
            ok = 0;
        }
    }
    fclose(mounts);
    return ok;
}

static void redirect(int fd, const char *path, int flags) {
    int opened = open(path == NULL ? "/dev/null" : path, flags, 0644);
    if (opened < 0) {
        die(path == NULL ? "/dev/null" : path);
    }
    if (dup2(opened, fd) < 0) {
        die("dup2");
    }
    close(opened);
}

static void exec_child(const struct options *o, int ready_fd, int error_fd) {
    char ready;
    if (read(ready_fd, &ready, 1) != 1) {
        _exit(LAUNCHER_ERROR);
    }
    setpgid(0, 0);
    /* The JVM ignores SIGXFSZ and SIGPIPE; ignored dispositions survive exec, so reset them all. */
    for (int sig = 1; sig < NSIG; sig++) {
        signal(sig, SIG_DFL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    join_cgroup();
    setenv("HOME", work_dir, 1);
    setenv("TMPDIR", work_dir, 1);
    redirect(0, NULL, O_RDONLY);
    redirect(1, o->stdout_path, O_WRONLY | O_CREAT | O_TRUNC);
    redirect(2, o->stderr_path, O_WRONLY | O_CREAT | O_TRUNC);
    /* After the redirections: the output files lie outside the working directory. */
    int isolated = o->readonly_fs && geteuid() == 0 && isolate_filesystem();
    if (write(error_fd, &isolated, sizeof isolated) != sizeof isolated) {
        _exit(LAUNCHER_ERROR);
    }
    /* After the isolation: the working directory is then the writable bind mount. */
    if (chdir(work_dir) != 0) {
        die("chdir");
    }
    set_limit(RLIMIT_AS, o->as_bytes, o->as_bytes);
    set_limit(RLIMIT_FSIZE, o->fsize_bytes, o->fsize_bytes);
    set_limit(RLIMIT_CPU, o->cpu_seconds, o->cpu_seconds + 1);
    set_limit(RLIMIT_NPROC, o->nproc, o->nproc);
    set_limit(RLIMIT_CORE, 0, 0);
    execvp(o->argv[0], o->argv);
    int err = errno;
    if (write(error_fd, &err, sizeof err) < 0) {
        _exit(LAUNCHER_ERROR);
    }
    _exit(127);
}

/* Children of ours outside the group: descendants reparented to us after their parent died. */
static void kill_reparented_children(void) {
    DIR *proc = opendir("/proc");
    if (proc == NULL) {
        return;
    }
    pid_t self = getpid();
    struct dirent *entry;
    while ((entry = readdir(proc)) != NULL) {
        char path[300], stat[512];
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9') {
            continue;
        }
        snprintf(path, sizeof path, "/proc/%s/stat", entry->d_name);
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            continue;
        }
        ssize_t n = read(fd, stat, sizeof stat - 1);
        close(fd);
        if (n <= 0) {
            continue;
        }
        stat[n] = 0;
        char *close_paren = strrchr(stat, ')');
        int ppid = 0;
        if (close_paren != NULL && sscanf(close_paren + 2, "%*c %d", &ppid) == 1 && ppid == self) {
            kill(atoi(entry->d_name), SIGKILL);
        }
    }
    closedir(proc);
}

static void kill_cgroup(void) {
    if (cgroup_dir[0] == 0) {
        return;
    }
    char path[4200];
    snprintf(path, sizeof path, "%s/cgroup.procs", cgroup_dir);
    FILE *procs = fopen(path, "re");
    if (procs == NULL) {
        return;
    }
    int pid;
    while (fscanf(procs, "%d", &pid) == 1) {
        kill(pid, SIGKILL);
    }
    fclose(procs);
}

/* Kills the group and every straggler, and reaps them all, so nothing outlives the run. */
static void kill_everything(pid_t group) {
    for (int round = 0; round < 10000; round++) {
        kill(-group, SIGKILL);
        kill_cgroup();
        kill_reparented_children();
        pid_t reaped;
        int status;
        while ((reaped = waitpid(-1, &status, WNOHANG)) > 0) {
        }
        if (reaped < 0 && errno == ECHILD) {
            return;
        }
        usleep(1000);
    }
}

static void wait_for(pid_t child, long long timeout_ms, long long started, struct outcome *out) {
    for (;;) {
        int status;
        pid_t reaped = waitpid(child, &status, WNOHANG);
        if (reaped == child) {
            if (WIFEXITED(status)) {
                out->exited = 1;
                out->exit_code = WEXITSTATUS(status);
            } else if (WIFSIGNALED(status)) {
                out->signaled = 1;
                out->signal = WTERMSIG(status);
            }
            return;
        }
        if (reaped < 0 && errno != EINTR) {
            die("waitpid");
        }
        long long elapsed = now_ms() - started;
        if (stop_requested) {
            snprintf(out->error, sizeof out->error, "interrupted: the launcher was asked to stop");
            kill(-child, SIGKILL);
            kill(child, SIGKILL);
        } else if (timeout_ms > 0 && elapsed >= timeout_ms) {
            out->timed_out = 1;
            kill(-child, SIGKILL);
            kill(child, SIGKILL);
        }
        /* Short naps keep the overhead of a quick program near one millisecond. */
        struct timespec nap = {0, elapsed < 50 ? 200000 : 2000000};
        nanosleep(&nap, NULL);
    }
}

static void remove_tree(const char *path) {
    DIR *dir = opendir(path);
    if (dir != NULL) {
        struct dirent *entry;
        while ((entry = readdir(dir)) != NULL) {
            if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) {
                continue;
            }
            char child[4096];
            snprintf(child, sizeof child, "%s/%s", path, entry->d_name);
            struct stat st;
            if (lstat(child, &st) == 0 && S_ISDIR(st.st_mode)) {
                chmod(child, 0700);
                remove_tree(child);
            } else {
                unlink(child);
            }
        }
        closedir(dir);
    }
    rmdir(path);
}

static void json_string(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') fprintf(f, "\\%c", *s);
        else if ((unsigned char) *s < 0x20) fprintf(f, "\\u%04x", *s);
        else fputc(*s, f);
    }
    fputc('"', f);
}

static void write_report(const struct options *o, const struct outcome *out) {
    FILE *f = o->report_path == NULL ? stdout : fopen(o->report_path, "we");
    if (f == NULL) {
        die("report");
    }
    fprintf(f, "{\"exit\":");
    if (out->exited) fprintf(f, "%d", out->exit_code); else fprintf(f, "null");
    fprintf(f, ",\"signal\":");
    if (out->signaled) fprintf(f, "%d", out->signal); else fprintf(f, "null");
    fprintf(f, ",\"timed_out\":%s,\"wall_ms\":%lld,\"cpu_ms\":%lld,\"max_rss_kb\":%lld",
            out->timed_out ? "true" : "false", out->wall_ms, out->cpu_ms, out->max_rss_kb);
    fprintf(f, ",\"nproc_enforced\":%s,\"fs_isolated\":%s,\"error\":",
            out->nproc_enforced ? "true" : "false", out->fs_isolated ? "true" : "false");
    if (out->error[0]) json_string(f, out->error); else fprintf(f, "null");
    fprintf(f, "}\n");
    if (fclose(f) != 0) {
        die("report");
    }
}

static void request_stop(int signal) {
    (void) signal;
    stop_requested = 1;
}

/* If the harness dies (even by SIGKILL), the launcher hears of it and takes the program down too. */
static void follow_parent(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = request_stop;
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    pid_t parent = getppid();
    if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != parent) {
        stop_requested = 1;
    }
}

int main(int argc, char **argv) {
    struct options o;
    struct outcome out;
    parse_options(argc, argv, &o);
    memset(&out, 0, sizeof out);
    follow_parent();

    const char *tmp = o.tmp_parent != NULL ? o.tmp_parent : getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp";
    snprintf(work_dir, sizeof work_dir, "%s/molt-sandbox-XXXXXX", tmp);
    if (mkdtemp(work_dir) == NULL) {
        die("mkdtemp");
    }
    if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0) {
        die("prctl");
    }
    out.nproc_enforced = o.nproc > 0 && (geteuid() != 0 || make_cgroup(&o));
    /* The child waits on this pipe until it is in its own process group. */
    int ready[2], exec_error[2];
    if (pipe2(ready, O_CLOEXEC) != 0 || pipe2(exec_error, O_CLOEXEC) != 0) {
        die("pipe");
    }
    long long started = now_ms();
    pid_t child = fork();
    if (child < 0) {
        die("fork");
    }
    if (child == 0) {
        close(ready[1]);
        close(exec_error[0]);
        exec_child(&o, ready[0], exec_error[1]);
    }
    close(ready[0]);
    close(exec_error[1]);
    setpgid(child, child);
    if (write(ready[1], "x", 1) != 1) {
        die("starting the program");
    }
    close(ready[1]);
    wait_for(child, o.timeout_ms, started, &out);
    out.wall_ms = now_ms() - started;
    kill_everything(child);
    int err;
    if (read(exec_error[0], &out.fs_isolated, sizeof out.fs_isolated) != sizeof out.fs_isolated) {
        out.fs_isolated = 0;
    }
    if (read(exec_error[0], &err, sizeof err) == sizeof err) {
        snprintf(out.error, sizeof out.error, "cannot run %s: %s", o.argv[0], strerror(err));
    }
    struct rusage usage;
    getrusage(RUSAGE_CHILDREN, &usage);
    out.cpu_ms = (long long) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
    out.max_rss_kb = usage.ru_maxrss;
    remove_tree(work_dir);
    if (cgroup_dir[0] != 0) {
        rmdir(cgroup_dir);
    }
    write_report(&o, &out);
    return 0;
}
