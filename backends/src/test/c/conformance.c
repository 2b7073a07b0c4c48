/*
 * Conformance driver: reads one case per line from stdin and prints one result line, which the
 * JUnit test compares with CPython's answer for the same case (conformance_cases.py).
 *
 * Values: i:<decimal> int, f:<16 hex digits> float bits, s:<hex UTF-8> str, b:<hex> bytes,
 * c:<hex bits>:<hex bits> complex, N None, T True, F False, ( v v ... ) tuple.
 * Cases: binop OP a b | unop OP a | repr v | str v | hash v | int s:<hex> |
 *        set OPS | frozenset OPS | dict OPS   (OPS: +v add, -v discard, p pop)
 */
#include "molt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *cursor;

static char *next_token(void) {
    while (*cursor == ' ') cursor++;
    if (!*cursor || *cursor == '\n') return NULL;
    char *start = cursor;
    while (*cursor && *cursor != ' ' && *cursor != '\n') cursor++;
    if (*cursor) *cursor++ = 0;
    return start;
}

static size_t unhex(const char *h, unsigned char *out) {
    size_t n = 0;
    for (; h[0] && h[1] && h[0] != ':'; h += 2) {
        unsigned v;
        sscanf(h, "%2x", &v);
        out[n++] = (unsigned char)v;
    }
    return n;
}

static double bits_to_double(const char *h) {
    uint64_t bits = strtoull(h, NULL, 16);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static MoltObject *parse_value(char *token);

/* x:[-]<hex>: ints too long for the decimal conversion limit. */
static MoltObject *parse_hex_int(const char *h) {
    int neg = *h == '-';
    if (neg) h++;
    MoltObject *v = molt_int_from_i64(0), *four = molt_int_from_i64(4);
    for (; *h; h++) {
        char digit[2] = {*h, 0};
        MoltObject *d = molt_int_from_i64(strtol(digit, NULL, 16));
        MoltObject *shifted = molt_int_lshift(v, four);
        MoltObject *next = molt_int_or(shifted, d);
        molt_decref(v);
        molt_decref(shifted);
        molt_decref(d);
        v = next;
    }
    molt_decref(four);
    if (neg) {
        MoltObject *n = molt_int_neg(v);
        molt_decref(v);
        v = n;
    }
    return v;
}

static MoltObject *parse_tuple(void) {
    MoltObject *items[64];
    int n = 0;
    char *t;
    while ((t = next_token()) && strcmp(t, ")") != 0) items[n++] = parse_value(t);
    MoltObject *tuple = molt_tuple_new(n);
    for (int i = 0; i < n; i++) molt_tuple_set_steal(tuple, i, items[i]);
    return tuple;
}

static MoltObject *parse_value(char *t) {
    static unsigned char buffer[1 << 16];
    switch (t[0]) {
    case 'N': return molt_newref(molt_None);
    case 'T': return molt_newref(molt_True);
    case 'F': return molt_newref(molt_False);
    case '(': return parse_tuple();
    case 'i': return molt_int_from_string(t + 2, strlen(t + 2), 10);
    case 'x': return parse_hex_int(t + 2);
    case 'f': return molt_float_from_double(bits_to_double(t + 2));
    case 's': return molt_str_from_utf8((char *)buffer, unhex(t + 2, buffer));
    case 'b': return molt_bytes_from(buffer, unhex(t + 2, buffer));
    case 'c': return molt_complex_from_doubles(bits_to_double(t + 2), bits_to_double(strchr(t + 2, ':') + 1));
    default: fprintf(stderr, "bad value %s\n", t); exit(2);
    }
}

static void emit(MoltObject *s) {
    molt_write_str(0, s);
    molt_write_stdout("\n", 1);
}

/* Prints repr(result), or "Type: message" for a pending exception. */
static void report(MoltObject *result) {
    if (!result) {
        MoltObject *e = molt_err_fetch();
        MoltObject *line = molt_exception_format_only(e);
        emit(line);
        molt_decref(line);
        molt_decref(e);
        return;
    }
    MoltObject *r = molt_repr(result);
    if (!r) { report(NULL); molt_decref(result); return; }
    emit(r);
    molt_decref(r);
    molt_decref(result);
}

static int is_float(MoltObject *o) { return o->type == &MoltFloat_Type; }

static MoltObject *binop(const char *op, MoltObject *a, MoltObject *b) {
    int f = is_float(a) || is_float(b);
    if (!strcmp(op, "add")) return f ? molt_float_add(a, b) : molt_int_add(a, b);
    if (!strcmp(op, "sub")) return f ? molt_float_sub(a, b) : molt_int_sub(a, b);
    if (!strcmp(op, "mul")) return f ? molt_float_mul(a, b) : molt_int_mul(a, b);
    if (!strcmp(op, "truediv")) return f ? molt_float_truediv(a, b) : molt_int_truediv(a, b);
    if (!strcmp(op, "floordiv")) return f ? molt_float_floordiv(a, b) : molt_int_floordiv(a, b);
    if (!strcmp(op, "mod")) return f ? molt_float_mod(a, b) : molt_int_mod(a, b);
    if (!strcmp(op, "divmod")) return f ? molt_float_divmod(a, b) : molt_int_divmod(a, b);
    if (!strcmp(op, "pow")) return f ? molt_float_pow(a, b) : molt_int_pow(a, b);
    if (!strcmp(op, "lshift")) return molt_int_lshift(a, b);
    if (!strcmp(op, "rshift")) return molt_int_rshift(a, b);
    if (!strcmp(op, "and")) return molt_int_and(a, b);
    if (!strcmp(op, "or")) return molt_int_or(a, b);
    if (!strcmp(op, "xor")) return molt_int_xor(a, b);
    if (!strcmp(op, "cmp")) return molt_int_from_i64(molt_int_compare(a, b));
    if (!strcmp(op, "eq")) {
        int r = molt_eq(a, b);
        return r < 0 ? NULL : molt_bool(r);
    }
    fprintf(stderr, "bad op %s\n", op);
    exit(2);
}

static MoltObject *unop(const char *op, MoltObject *a) {
    if (!strcmp(op, "neg")) return molt_int_neg(a);
    if (!strcmp(op, "invert")) return molt_int_invert(a);
    if (!strcmp(op, "abs")) return molt_int_abs(a);
    if (!strcmp(op, "float")) return molt_float_from_double(molt_int_as_double(a));
    if (!strcmp(op, "int")) return molt_int_from_double(molt_float_value(a));
    fprintf(stderr, "bad op %s\n", op);
    exit(2);
}

static void table_ops(const char *kind) {
    int is_dict = !strcmp(kind, "dict");
    MoltObject *c = is_dict ? molt_dict_new() : molt_set_new(!strcmp(kind, "frozenset"));
    char *t;
    int64_t counter = 0;
    while ((t = next_token())) {
        if (t[0] == 'p') {
            MoltObject *k = molt_set_pop(c);
            if (k) molt_decref(k); else molt_err_clear();
            continue;
        }
        MoltObject *key = parse_value(t + 1);
        int rc;
        if (t[0] == '+') {
            MoltObject *v = molt_int_from_i64(counter++);
            rc = is_dict ? molt_dict_setitem(c, key, v) : molt_set_add(c, key);
            molt_decref(v);
        } else {
            rc = is_dict ? (molt_dict_contains(c, key) == 1 ? molt_dict_delitem(c, key) : 0) : molt_set_discard(c, key);
        }
        if (rc < 0) molt_err_clear();
        molt_decref(key);
    }
    if (!strcmp(kind, "frozenset")) {
        char line[32];
        snprintf(line, sizeof line, "%lld ", (long long)molt_frozenset_hash(c));
        molt_write_stdout(line, strlen(line));
    }
    report(c);
}

int main(void) {
    molt_runtime_init();
    static char line[1 << 20];
    while (fgets(line, sizeof line, stdin)) {
        cursor = line;
        char *cmd = next_token();
        if (!cmd) continue;
        if (!strcmp(cmd, "binop")) {
            char *op = next_token();
            MoltObject *a = parse_value(next_token()), *b = parse_value(next_token());
            report(binop(op, a, b));
            molt_decref(a);
            molt_decref(b);
        } else if (!strcmp(cmd, "unop")) {
            char *op = next_token();
            MoltObject *a = parse_value(next_token());
            MoltObject *r = unop(op, a);
            if (r && molt_err_occurred()) { molt_decref(r); r = NULL; }
            report(r);
            molt_decref(a);
        } else if (!strcmp(cmd, "repr") || !strcmp(cmd, "str") || !strcmp(cmd, "int")) {
            MoltObject *a = parse_value(next_token());
            if (!a) { report(NULL); continue; }
            if (!strcmp(cmd, "repr")) {
                report(molt_newref(a));
            } else if (!strcmp(cmd, "str")) {
                MoltObject *s = molt_str(a);
                if (s) { emit(s); molt_decref(s); } else report(NULL);
            } else {
                size_t n;
                char *u = molt_str_to_utf8(a, &n);
                report(molt_int_from_string(u, n, 10));
                free(u);
            }
            molt_decref(a);
        } else if (!strcmp(cmd, "hash")) {
            MoltObject *a = parse_value(next_token());
            int64_t h = molt_hash(a);
            if (h == -1 && molt_err_occurred()) {
                report(NULL);
            } else {
                char text[32];
                snprintf(text, sizeof text, "%lld\n", (long long)h);
                molt_write_stdout(text, strlen(text));
            }
            molt_decref(a);
        } else if (!strcmp(cmd, "set") || !strcmp(cmd, "frozenset") || !strcmp(cmd, "dict")) {
            table_ops(cmd);
        } else {
            fprintf(stderr, "bad command %s\n", cmd);
            return 2;
        }
    }
    return 0;
}
