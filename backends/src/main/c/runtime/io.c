/*
 * print-level output with CPython's observable buffering: stdout is block-buffered (line-buffered on
 * a terminal) and flushed at exit; stderr is line-buffered, as CPython 3.9+ makes it even when not
 * interactive. Interleaving on a shared pipe therefore matches CPython's.
 */
#include "molt.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BUFFER_SIZE 8192

typedef struct {
    int fd;
    int line_buffered;
    size_t length;
    char data[BUFFER_SIZE];
} Stream;

static Stream streams[2] = {{1, -1, 0, {0}}, {2, 1, 0, {0}}};

static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            molt_err_set_string(&MoltRuntimeError_Type, "cannot write to the standard stream");
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int stream_flush(Stream *s) {
    size_t n = s->length;
    s->length = 0;
    return write_all(s->fd, s->data, n);
}

static int stream_write(Stream *s, const char *p, size_t n) {
    if (s->line_buffered < 0) s->line_buffered = isatty(s->fd);
    if (s->length + n > BUFFER_SIZE) {
        if (stream_flush(s) < 0) return -1;
        if (n > BUFFER_SIZE) return write_all(s->fd, p, n);
    }
    memcpy(s->data + s->length, p, n);
    s->length += n;
    if (s->line_buffered && (memchr(p, '\n', n) || memchr(p, '\r', n))) return stream_flush(s);
    return 0;
}

int molt_write_stdout(const char *utf8, size_t n) { return stream_write(&streams[0], utf8, n); }
int molt_write_stderr(const char *utf8, size_t n) { return stream_write(&streams[1], utf8, n); }
int molt_flush(int to_stderr) { return stream_flush(&streams[to_stderr ? 1 : 0]); }

int molt_write_str(int to_stderr, MoltObject *str) {
    MoltStr *s = (MoltStr *)str;
    for (int64_t i = 0; i < s->length; i++) {
        if (s->data[i] >= 0xD800 && s->data[i] <= 0xDFFF) {
            molt_err_format(&MoltUnicodeEncodeError_Type,
                            "'utf-8' codec can't encode character '\\u%04x' in position %lld: surrogates not allowed",
                            s->data[i], (long long)i);
            return -1;
        }
    }
    size_t n;
    char *u = molt_str_to_utf8(str, &n);
    if (!u) return -1;
    int rc = stream_write(&streams[to_stderr ? 1 : 0], u, n);
    free(u);
    return rc;
}

int molt_print(MoltObject **args, int64_t n, MoltObject *sep, MoltObject *end, int to_stderr, int flush) {
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            if (sep ? molt_write_str(to_stderr, sep) : stream_write(&streams[to_stderr ? 1 : 0], " ", 1)) return -1;
        }
        MoltObject *s = molt_str(args[i]);
        if (!s) return -1;
        int rc = molt_write_str(to_stderr, s);
        molt_decref(s);
        if (rc < 0) return -1;
    }
    if (end ? molt_write_str(to_stderr, end) : stream_write(&streams[to_stderr ? 1 : 0], "\n", 1)) return -1;
    return flush ? molt_flush(to_stderr) : 0;
}

static void flush_at_exit(void) {
    stream_flush(&streams[1]);
    stream_flush(&streams[0]);
}

void molt_runtime_init(void) {
    static int done;
    if (!done) {
        done = 1;
        atexit(flush_at_exit);
    }
}
