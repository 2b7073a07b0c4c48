/* The operations compiled code calls on boxed objects: Python's operator dispatch for the types the
 * runtime has, constants, print, the call-depth guard and the program entry. Every function follows
 * the runtime's error model: NULL (or -1) with a pending exception. */
#include "molt.h"
#include <stdlib.h>
#include <string.h>

#define MOLT_RECURSION_LIMIT 1000

static int64_t call_depth;

static int is_float(MoltObject *o) { return o->type == &MoltFloat_Type; }
static int is_str(MoltObject *o) { return o->type == &MoltStr_Type; }
static int is_number(MoltObject *o) { return molt_int_check(o) || is_float(o); }

static MoltObject *unsupported(const char *symbol, MoltObject *a, MoltObject *b) {
    molt_err_format(&MoltTypeError_Type, "unsupported operand type(s) for %s: '%s' and '%s'", symbol,
                    a->type->name, b->type->name);
    return NULL;
}

static MoltObject *str_repeat(MoltObject *s, MoltObject *count) {
    int64_t n;
    if (molt_int_as_i64(count, &n) < 0) return NULL;
    MoltStr *str = (MoltStr *)s;
    if (n <= 0 || str->length == 0) return molt_str_from_codepoints(NULL, 0);
    if (str->length > INT64_MAX / 4 / n) return molt_err_no_memory();
    uint32_t *cp = molt_malloc((size_t)(str->length * n) * sizeof(uint32_t));
    if (!cp) return NULL;
    for (int64_t i = 0; i < n; i++) memcpy(cp + i * str->length, str->data, (size_t)str->length * sizeof(uint32_t));
    MoltObject *r = molt_str_from_codepoints(cp, str->length * n);
    free(cp);
    return r;
}

typedef MoltObject *(*Arith)(MoltObject *, MoltObject *);

static MoltObject *numeric(const char *symbol, MoltObject *a, MoltObject *b, Arith on_ints, Arith on_floats) {
    if (molt_int_check(a) && molt_int_check(b)) return on_ints(a, b);
    if (on_floats && is_number(a) && is_number(b)) return on_floats(a, b);
    return unsupported(symbol, a, b);
}

MoltObject *molt_op_add(MoltObject *a, MoltObject *b) {
    if (is_str(a) && is_str(b)) return molt_str_concat(a, b);
    if (is_str(a)) {
        molt_err_format(&MoltTypeError_Type, "can only concatenate str (not \"%s\") to str", b->type->name);
        return NULL;
    }
    return numeric("+", a, b, molt_int_add, molt_float_add);
}
MoltObject *molt_op_sub(MoltObject *a, MoltObject *b) { return numeric("-", a, b, molt_int_sub, molt_float_sub); }
MoltObject *molt_op_mul(MoltObject *a, MoltObject *b) {
    if (is_str(a) && molt_int_check(b)) return str_repeat(a, b);
    if (molt_int_check(a) && is_str(b)) return str_repeat(b, a);
    return numeric("*", a, b, molt_int_mul, molt_float_mul);
}
MoltObject *molt_op_truediv(MoltObject *a, MoltObject *b) { return numeric("/", a, b, molt_int_truediv, molt_float_truediv); }
MoltObject *molt_op_floordiv(MoltObject *a, MoltObject *b) { return numeric("//", a, b, molt_int_floordiv, molt_float_floordiv); }
MoltObject *molt_op_mod(MoltObject *a, MoltObject *b) { return numeric("%", a, b, molt_int_mod, molt_float_mod); }
MoltObject *molt_op_pow(MoltObject *a, MoltObject *b) { return numeric("** or pow()", a, b, molt_int_pow, molt_float_pow); }
MoltObject *molt_op_lshift(MoltObject *a, MoltObject *b) { return numeric("<<", a, b, molt_int_lshift, NULL); }
MoltObject *molt_op_rshift(MoltObject *a, MoltObject *b) { return numeric(">>", a, b, molt_int_rshift, NULL); }
MoltObject *molt_op_and(MoltObject *a, MoltObject *b) { return numeric("&", a, b, molt_int_and, NULL); }
MoltObject *molt_op_or(MoltObject *a, MoltObject *b) { return numeric("|", a, b, molt_int_or, NULL); }
MoltObject *molt_op_xor(MoltObject *a, MoltObject *b) { return numeric("^", a, b, molt_int_xor, NULL); }

static MoltObject *bad_unary(const char *symbol, MoltObject *a) {
    molt_err_format(&MoltTypeError_Type, "bad operand type for unary %s: '%s'", symbol, a->type->name);
    return NULL;
}

MoltObject *molt_op_neg(MoltObject *a) {
    if (molt_int_check(a)) return molt_int_neg(a);
    if (is_float(a)) return molt_float_from_double(-molt_float_value(a));
    return bad_unary("-", a);
}
MoltObject *molt_op_pos(MoltObject *a) {
    if (a->type == &MoltBool_Type) return molt_int_from_i64(a == molt_True);
    if (molt_int_check(a) || is_float(a)) return molt_newref(a);
    return bad_unary("+", a);
}
MoltObject *molt_op_invert(MoltObject *a) {
    if (molt_int_check(a)) return molt_int_invert(a);
    return bad_unary("~", a);
}

/* -1 error, 0 false, 1 true: Python's truth value. */
int molt_op_truth(MoltObject *a) {
    if (a == molt_None || a == molt_False) return 0;
    if (a == molt_True) return 1;
    if (molt_int_check(a)) return molt_int_sign(a) != 0;
    if (is_float(a)) return molt_float_value(a) != 0.0;
    if (is_str(a)) return ((MoltStr *)a)->length != 0;
    return 1;
}

MoltObject *molt_op_not(MoltObject *a) {
    int t = molt_op_truth(a);
    return t < 0 ? NULL : molt_bool(!t);
}

/* Three-way comparison of two numbers; NaN compares unordered (2). */
static int compare_numbers(MoltObject *a, MoltObject *b) {
    if (molt_int_check(a) && molt_int_check(b)) return molt_int_compare(a, b);
    double x = is_float(a) ? molt_float_value(a) : molt_int_as_double(a);
    double y = is_float(b) ? molt_float_value(b) : molt_int_as_double(b);
    molt_err_clear(); /* an int beyond float range compares as infinity */
    if (x != x || y != y) return 2;
    return x < y ? -1 : x > y;
}

static int compare_strs(MoltObject *a, MoltObject *b) {
    MoltStr *x = (MoltStr *)a, *y = (MoltStr *)b;
    int64_t n = x->length < y->length ? x->length : y->length;
    for (int64_t i = 0; i < n; i++) {
        if (x->data[i] != y->data[i]) return x->data[i] < y->data[i] ? -1 : 1;
    }
    return x->length < y->length ? -1 : x->length > y->length;
}

typedef enum { LT, LE, GT, GE } Order;
static const char *order_symbols[] = {"<", "<=", ">", ">="};

static MoltObject *order(Order op, MoltObject *a, MoltObject *b) {
    int c;
    if (is_number(a) && is_number(b)) c = compare_numbers(a, b);
    else if (is_str(a) && is_str(b)) c = compare_strs(a, b);
    else {
        molt_err_format(&MoltTypeError_Type, "'%s' not supported between instances of '%s' and '%s'",
                        order_symbols[op], a->type->name, b->type->name);
        return NULL;
    }
    if (c == 2) return molt_bool(0);
    switch (op) {
    case LT: return molt_bool(c < 0);
    case LE: return molt_bool(c <= 0);
    case GT: return molt_bool(c > 0);
    default: return molt_bool(c >= 0);
    }
}

MoltObject *molt_op_lt(MoltObject *a, MoltObject *b) { return order(LT, a, b); }
MoltObject *molt_op_le(MoltObject *a, MoltObject *b) { return order(LE, a, b); }
MoltObject *molt_op_gt(MoltObject *a, MoltObject *b) { return order(GT, a, b); }
MoltObject *molt_op_ge(MoltObject *a, MoltObject *b) { return order(GE, a, b); }

static int equal(MoltObject *a, MoltObject *b) {
    if (is_number(a) && is_number(b)) return compare_numbers(a, b) == 0;
    if (a->type != b->type) return 0;
    return molt_eq(a, b);
}
MoltObject *molt_op_eq(MoltObject *a, MoltObject *b) {
    int e = equal(a, b);
    return e < 0 ? NULL : molt_bool(e == 1);
}
MoltObject *molt_op_ne(MoltObject *a, MoltObject *b) {
    int e = equal(a, b);
    return e < 0 ? NULL : molt_bool(e != 1);
}
MoltObject *molt_op_is(MoltObject *a, MoltObject *b) { return molt_bool(a == b); }
MoltObject *molt_op_is_not(MoltObject *a, MoltObject *b) { return molt_bool(a != b); }

/* ---- constants and names ----
 * Literals are created once, on first execution, into a per-literal slot of the program module, and
 * every execution gets a new reference to them. */
MoltObject *molt_const_none(void) { return molt_newref(molt_None); }
MoltObject *molt_const_true(void) { return molt_newref(molt_True); }
MoltObject *molt_const_false(void) { return molt_newref(molt_False); }

static MoltObject *cached(MoltObject **slot, MoltObject *made) {
    if (!made) return NULL;
    *slot = made;
    return molt_newref(made);
}
MoltObject *molt_const_int(MoltObject **slot, int64_t v) {
    return *slot ? molt_newref(*slot) : cached(slot, molt_int_from_i64(v));
}
MoltObject *molt_const_bigint(MoltObject **slot, const char *digits, int64_t n) {
    return *slot ? molt_newref(*slot) : cached(slot, molt_int_from_string(digits, (size_t)n, 10));
}
MoltObject *molt_const_float(MoltObject **slot, double v) {
    return *slot ? molt_newref(*slot) : cached(slot, molt_float_from_double(v));
}
MoltObject *molt_const_str(MoltObject **slot, const char *utf8, int64_t n) {
    return *slot ? molt_newref(*slot) : cached(slot, molt_str_from_utf8(utf8, (size_t)n));
}

/* ---- references, for generated code (the inline versions are not callable from it) ---- */
void molt_op_incref(MoltObject *o) { molt_incref(o); }
void molt_op_decref(MoltObject *o) { molt_decref(o); }
void molt_op_xdecref(MoltObject *o) { molt_xdecref(o); }
/* A variable assignment: the slot takes its own reference and releases the previous value. */
void molt_op_store(MoltObject **slot, MoltObject *v) {
    MoltObject *old = *slot;
    molt_incref(v);
    *slot = v;
    molt_xdecref(old);
}

MoltObject *molt_raise_name_error(const char *name) {
    molt_err_format(&MoltNameError_Type, "name '%s' is not defined", name);
    return NULL;
}
MoltObject *molt_raise_unbound_local(const char *name) {
    molt_err_format(&MoltUnboundLocalError_Type,
                    "cannot access local variable '%s' where it is not associated with a value", name);
    return NULL;
}

MoltObject *molt_builtin_print(MoltObject **args, int64_t n) {
    return molt_print(args, n, NULL, NULL, 0, 0) < 0 ? NULL : molt_newref(molt_None);
}

/* ---- calls ---- */
int molt_call_enter(void) {
    if (++call_depth > MOLT_RECURSION_LIMIT) {
        call_depth--;
        molt_err_set_string(&MoltRecursionError_Type, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}
void molt_call_leave(void) { call_depth--; }

/* The program: run the module body; an uncaught exception ends it as CPython's does (frame lines are
 * not printed yet). */
int molt_main(MoltObject *(*body)(void), int argc, char **argv) {
    (void)argc;
    (void)argv;
    molt_runtime_init();
    call_depth = 1; /* the module frame */
    if (body()) return 0;
    MoltObject *exc = molt_err_fetch();
    molt_flush(0);
    molt_write_stderr("Traceback (most recent call last):\n", 35);
    MoltObject *line = exc ? molt_exception_format_only(exc) : NULL;
    if (line) {
        molt_write_str(1, line);
        molt_write_stderr("\n", 1);
    }
    molt_flush(1);
    return 1;
}
