/*
 * Exceptions as values: runtime functions return NULL (or -1) and leave the exception in the one
 * pending slot; generated code tests, then branches to its handler or returns.
 */
#include "molt.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#define EXC_TYPE(var, name, base_type) \
    MoltType var = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, name, base_type, exception_dealloc, \
                    exception_repr, exception_str, exception_hash, NULL}

static MoltObject *pending; /* one thread for now */

static void exception_dealloc(MoltObject *o) {
    MoltException *e = (MoltException *)o;
    molt_xdecref(e->args);
    molt_xdecref(e->cause);
    molt_xdecref(e->context);
    free(o);
}

static MoltObject *exception_str(MoltObject *o);
static MoltObject *exception_repr(MoltObject *o) {
    MoltException *e = (MoltException *)o;
    MoltTuple *args = (MoltTuple *)e->args;
    MoltObject *name = molt_str_from_cstr(o->type->name);
    if (!name) return NULL;
    MoltObject *inner;
    if (args->size == 1) {
        MoltObject *r = molt_repr(args->items[0]);
        if (!r) { molt_decref(name); return NULL; }
        MoltObject *open = molt_str_from_cstr("(");
        inner = open ? molt_str_concat(open, r) : NULL;
        molt_xdecref(open);
        molt_decref(r);
        if (inner) {
            MoltObject *close = molt_str_from_cstr(")");
            MoltObject *t = close ? molt_str_concat(inner, close) : NULL;
            molt_xdecref(close);
            molt_decref(inner);
            inner = t;
        }
    } else {
        inner = molt_repr(e->args); /* "(a, b)" or "()" */
    }
    MoltObject *r = inner ? molt_str_concat(name, inner) : NULL;
    molt_decref(name);
    molt_xdecref(inner);
    return r;
}

static MoltObject *exception_str(MoltObject *o) {
    MoltException *e = (MoltException *)o;
    MoltTuple *args = (MoltTuple *)e->args;
    if (args->size == 0) return molt_str_from_cstr("");
    if (args->size == 1) {
        /* KeyError shows its key's repr, so that KeyError('') is not an empty message. */
        if (molt_is_subtype(o->type, &MoltKeyError_Type)) return molt_repr(args->items[0]);
        return molt_str(args->items[0]);
    }
    return molt_str(e->args);
}

static int64_t exception_hash(MoltObject *o) {
    uint64_t y = (uint64_t)(uintptr_t)o;
    y = (y >> 4) | (y << 60);
    return (int64_t)y == -1 ? -2 : (int64_t)y;
}

EXC_TYPE(MoltBaseException_Type, "BaseException", NULL);
EXC_TYPE(MoltSystemExit_Type, "SystemExit", &MoltBaseException_Type);
EXC_TYPE(MoltKeyboardInterrupt_Type, "KeyboardInterrupt", &MoltBaseException_Type);
EXC_TYPE(MoltException_Type, "Exception", &MoltBaseException_Type);
EXC_TYPE(MoltArithmeticError_Type, "ArithmeticError", &MoltException_Type);
EXC_TYPE(MoltZeroDivisionError_Type, "ZeroDivisionError", &MoltArithmeticError_Type);
EXC_TYPE(MoltOverflowError_Type, "OverflowError", &MoltArithmeticError_Type);
EXC_TYPE(MoltLookupError_Type, "LookupError", &MoltException_Type);
EXC_TYPE(MoltKeyError_Type, "KeyError", &MoltLookupError_Type);
EXC_TYPE(MoltIndexError_Type, "IndexError", &MoltLookupError_Type);
EXC_TYPE(MoltValueError_Type, "ValueError", &MoltException_Type);
EXC_TYPE(MoltUnicodeError_Type, "UnicodeError", &MoltValueError_Type);
EXC_TYPE(MoltUnicodeEncodeError_Type, "UnicodeEncodeError", &MoltUnicodeError_Type);
EXC_TYPE(MoltUnicodeDecodeError_Type, "UnicodeDecodeError", &MoltUnicodeError_Type);
EXC_TYPE(MoltTypeError_Type, "TypeError", &MoltException_Type);
EXC_TYPE(MoltMemoryError_Type, "MemoryError", &MoltException_Type);
EXC_TYPE(MoltRuntimeError_Type, "RuntimeError", &MoltException_Type);
EXC_TYPE(MoltRecursionError_Type, "RecursionError", &MoltRuntimeError_Type);
EXC_TYPE(MoltNotImplementedError_Type, "NotImplementedError", &MoltRuntimeError_Type);
EXC_TYPE(MoltAttributeError_Type, "AttributeError", &MoltException_Type);
EXC_TYPE(MoltNameError_Type, "NameError", &MoltException_Type);
EXC_TYPE(MoltUnboundLocalError_Type, "UnboundLocalError", &MoltNameError_Type);
EXC_TYPE(MoltStopIteration_Type, "StopIteration", &MoltException_Type);
EXC_TYPE(MoltAssertionError_Type, "AssertionError", &MoltException_Type);

/* Raised when allocation fails, so it must exist without allocating. */
static MoltTuple empty_args = {{MOLT_IMMORTAL_REFCNT, &MoltTuple_Type}, 0, -1};
static MoltException memory_error = {{MOLT_IMMORTAL_REFCNT, &MoltMemoryError_Type},
                                     (MoltObject *)&empty_args, NULL, NULL, 0};

MoltObject *molt_exception_new(MoltType *type, MoltObject *args_tuple) {
    MoltException *e = (MoltException *)molt_alloc(type, sizeof(MoltException));
    if (!e) return NULL;
    e->args = molt_newref(args_tuple);
    e->cause = NULL;
    e->context = NULL;
    e->suppress_context = 0;
    return (MoltObject *)e;
}

void molt_err_raise(MoltObject *exception) {
    if (pending) {
        MoltException *e = (MoltException *)exception;
        if (!e->context && pending != exception) {
            e->context = pending; /* implicit chaining takes over the old pending reference */
        } else {
            molt_decref(pending);
        }
    }
    pending = exception;
}

void molt_err_set_object(MoltType *type, MoltObject *value) {
    MoltObject *args = molt_tuple_pack(1, value);
    if (!args) return;
    MoltObject *e = molt_exception_new(type, args);
    molt_decref(args);
    if (e) molt_err_raise(e);
}

void molt_err_set_string(MoltType *type, const char *message) {
    MoltObject *s = molt_str_from_cstr(message);
    if (!s) return;
    molt_err_set_object(type, s);
    molt_decref(s);
}

void molt_err_format(MoltType *type, const char *format, ...) {
    char small[256];
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(small, sizeof small, format, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof small) {
        molt_err_set_string(type, small);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) { molt_err_no_memory(); return; }
    va_start(ap, format);
    vsnprintf(big, (size_t)n + 1, format, ap);
    va_end(ap);
    molt_err_set_string(type, big);
    free(big);
}

MoltObject *molt_err_no_memory(void) {
    molt_err_raise(molt_newref((MoltObject *)&memory_error));
    return NULL;
}

MoltObject *molt_err_occurred(void) { return pending; }

int molt_err_matches(MoltType *type) { return pending && molt_isinstance(pending, type); }

MoltObject *molt_err_fetch(void) {
    MoltObject *e = pending;
    pending = NULL;
    return e;
}

void molt_err_clear(void) {
    MoltObject *e = pending;
    pending = NULL;
    molt_xdecref(e);
}

MoltObject *molt_exception_format_only(MoltObject *exception) {
    MoltObject *name = molt_str_from_cstr(exception->type->name);
    if (!name) return NULL;
    MoltObject *message = molt_str(exception);
    if (!message) { molt_decref(name); return NULL; }
    MoltObject *result;
    if (((MoltStr *)message)->length == 0) {
        result = molt_newref(name);
    } else {
        MoltObject *sep = molt_str_from_cstr(": ");
        MoltObject *head = sep ? molt_str_concat(name, sep) : NULL;
        result = head ? molt_str_concat(head, message) : NULL;
        molt_xdecref(sep);
        molt_xdecref(head);
    }
    molt_decref(name);
    molt_decref(message);
    return result;
}
