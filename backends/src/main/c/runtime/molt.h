/*
 * Molt runtime: the object model every compiled program links against.
 *
 * Conventions (see docs/RUNTIME.md):
 *  - Every object starts with MoltObject: a reference count and a type pointer.
 *  - Functions returning MoltObject* return a NEW reference, or NULL with a pending exception.
 *    Functions returning int return -1 with a pending exception, otherwise 0/1.
 *    Arguments are BORROWED unless a name says "steal".
 *  - Only libc and libm: the same sources build for wasm32-wasi.
 */
#ifndef MOLT_H
#define MOLT_H

#include <stddef.h>
#include <stdint.h>

typedef struct MoltObject MoltObject;
typedef struct MoltType MoltType;

struct MoltObject {
    intptr_t refcnt;
    MoltType *type;
};

/* Statically allocated objects start here and never reach zero. */
#define MOLT_IMMORTAL_REFCNT ((intptr_t)1 << 60)

typedef MoltObject *(*MoltUnaryFunc)(MoltObject *);
typedef int64_t (*MoltHashFunc)(MoltObject *);
typedef int (*MoltEqFunc)(MoltObject *, MoltObject *);

struct MoltType {
    MoltObject ob;
    const char *name;
    MoltType *base;
    void (*dealloc)(MoltObject *);
    MoltUnaryFunc repr;   /* NULL: "<name object>" */
    MoltUnaryFunc str;    /* NULL: repr */
    MoltHashFunc hash;    /* NULL: unhashable (TypeError) */
    MoltEqFunc eq;        /* NULL: identity; returns -1/0/1, or 2 for "not implemented" */
};

#define MOLT_NOT_IMPLEMENTED_CMP 2

/* ---- reference counting ---- */
void molt_dealloc(MoltObject *o);
static inline void molt_incref(MoltObject *o) { o->refcnt++; }
static inline void molt_decref(MoltObject *o) {
    if (--o->refcnt == 0) molt_dealloc(o);
}
static inline void molt_xdecref(MoltObject *o) { if (o) molt_decref(o); }
static inline MoltObject *molt_newref(MoltObject *o) { o->refcnt++; return o; }

/* Allocates size bytes with the header initialised (refcount 1); NULL + MemoryError on failure. */
MoltObject *molt_alloc(MoltType *type, size_t size);
void *molt_malloc(size_t size);           /* MemoryError on failure */
void *molt_realloc(void *p, size_t size); /* MemoryError on failure, p untouched */

int molt_is_subtype(MoltType *t, MoltType *base);
static inline int molt_isinstance(MoltObject *o, MoltType *t) {
    return o->type == t || molt_is_subtype(o->type, t);
}

/* ---- types and singletons ---- */
extern MoltType MoltType_Type, MoltNone_Type, MoltNotImplemented_Type, MoltEllipsis_Type,
    MoltInt_Type, MoltBool_Type, MoltFloat_Type, MoltComplex_Type, MoltStr_Type, MoltBytes_Type,
    MoltTuple_Type, MoltList_Type, MoltDict_Type, MoltSet_Type, MoltFrozenSet_Type;
extern MoltObject molt_None_object, molt_NotImplemented_object, molt_Ellipsis_object;
#define molt_None (&molt_None_object)
#define molt_NotImplemented (&molt_NotImplemented_object)
#define molt_Ellipsis (&molt_Ellipsis_object)

/* ---- generic protocol ---- */
MoltObject *molt_repr(MoltObject *o);
MoltObject *molt_str(MoltObject *o);
int64_t molt_hash(MoltObject *o); /* -1 with TypeError when unhashable */
int molt_eq(MoltObject *a, MoltObject *b); /* -1 / 0 / 1; identity implies equal, as in containers */

/* ---- exceptions: values, one pending slot ---- */
typedef struct {
    MoltObject ob;
    MoltObject *args;    /* tuple */
    MoltObject *cause;   /* NULL or exception */
    MoltObject *context; /* NULL or exception */
    int suppress_context;
} MoltException;

extern MoltType MoltBaseException_Type, MoltException_Type, MoltArithmeticError_Type,
    MoltZeroDivisionError_Type, MoltOverflowError_Type, MoltLookupError_Type, MoltKeyError_Type,
    MoltIndexError_Type, MoltValueError_Type, MoltTypeError_Type, MoltMemoryError_Type,
    MoltRuntimeError_Type, MoltRecursionError_Type, MoltNotImplementedError_Type,
    MoltAttributeError_Type, MoltNameError_Type, MoltUnboundLocalError_Type, MoltStopIteration_Type, MoltAssertionError_Type,
    MoltUnicodeError_Type, MoltUnicodeEncodeError_Type, MoltUnicodeDecodeError_Type,
    MoltSystemExit_Type, MoltKeyboardInterrupt_Type;

MoltObject *molt_exception_new(MoltType *type, MoltObject *args_tuple);
void molt_err_set_object(MoltType *type, MoltObject *value); /* one argument, e.g. KeyError(key) */
void molt_err_set_string(MoltType *type, const char *message);
void molt_err_format(MoltType *type, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
MoltObject *molt_err_no_memory(void);
void molt_err_raise(MoltObject *exception); /* steals; sets __context__ from a pending one */
MoltObject *molt_err_occurred(void);        /* borrowed, NULL when none */
int molt_err_matches(MoltType *type);
MoltObject *molt_err_fetch(void);           /* new reference, clears the slot */
void molt_err_clear(void);
/* "Type: message" as the last line of a traceback prints it. */
MoltObject *molt_exception_format_only(MoltObject *exception);

/* ---- int ---- */
typedef struct {
    MoltObject ob;
    int64_t small;     /* the value when ndigits == 0 */
    int32_t ndigits;   /* 0: small; else magnitude in digit[], base 2^32, little-endian */
    int32_t negative;
    uint32_t digit[];
} MoltInt;

#define MOLT_INT_MAX_STR_DIGITS 4300

static inline int molt_int_check(MoltObject *o) { return o->type == &MoltInt_Type || o->type == &MoltBool_Type; }
MoltObject *molt_int_from_i64(int64_t v);
MoltObject *molt_int_from_double(double v); /* int(float): truncates; OverflowError/ValueError */
MoltObject *molt_int_from_string(const char *s, size_t n, int base); /* base 10 only for now */
int molt_int_as_i64(MoltObject *o, int64_t *out); /* 0 ok, -1 OverflowError */
double molt_int_as_double(MoltObject *o);          /* -1.0 + OverflowError */
MoltObject *molt_int_add(MoltObject *a, MoltObject *b);
MoltObject *molt_int_sub(MoltObject *a, MoltObject *b);
MoltObject *molt_int_mul(MoltObject *a, MoltObject *b);
MoltObject *molt_int_floordiv(MoltObject *a, MoltObject *b);
MoltObject *molt_int_mod(MoltObject *a, MoltObject *b);
MoltObject *molt_int_divmod(MoltObject *a, MoltObject *b); /* tuple */
MoltObject *molt_int_truediv(MoltObject *a, MoltObject *b);
MoltObject *molt_int_pow(MoltObject *a, MoltObject *b);   /* negative exponent gives a float */
MoltObject *molt_int_neg(MoltObject *a);
MoltObject *molt_int_abs(MoltObject *a);
MoltObject *molt_int_invert(MoltObject *a);
MoltObject *molt_int_lshift(MoltObject *a, MoltObject *b);
MoltObject *molt_int_rshift(MoltObject *a, MoltObject *b);
MoltObject *molt_int_and(MoltObject *a, MoltObject *b);
MoltObject *molt_int_or(MoltObject *a, MoltObject *b);
MoltObject *molt_int_xor(MoltObject *a, MoltObject *b);
int molt_int_compare(MoltObject *a, MoltObject *b); /* -1, 0, 1 (never fails) */
int molt_int_sign(MoltObject *a);
MoltObject *molt_int_repr(MoltObject *a);
int64_t molt_int_hash(MoltObject *a);

/* ---- bool ---- */
extern MoltInt molt_True_object, molt_False_object;
#define molt_True ((MoltObject *)&molt_True_object)
#define molt_False ((MoltObject *)&molt_False_object)
static inline MoltObject *molt_bool(int v) { return molt_newref(v ? molt_True : molt_False); }

/* ---- float ---- */
typedef struct {
    MoltObject ob;
    double value;
} MoltFloat;

static inline double molt_float_value(MoltObject *o) { return ((MoltFloat *)o)->value; }
MoltObject *molt_float_from_double(double v);
MoltObject *molt_float_add(MoltObject *a, MoltObject *b); /* operands: float or int */
MoltObject *molt_float_sub(MoltObject *a, MoltObject *b);
MoltObject *molt_float_mul(MoltObject *a, MoltObject *b);
MoltObject *molt_float_truediv(MoltObject *a, MoltObject *b);
MoltObject *molt_float_floordiv(MoltObject *a, MoltObject *b);
MoltObject *molt_float_mod(MoltObject *a, MoltObject *b);
MoltObject *molt_float_divmod(MoltObject *a, MoltObject *b);
MoltObject *molt_float_pow(MoltObject *a, MoltObject *b);
/* Shortest round-trip digits formatted as CPython's float.__repr__; buffer >= 32 bytes. */
void molt_double_repr(double v, char *buffer);
int64_t molt_double_hash(double v);

/* ---- complex (hashing only so far) ---- */
typedef struct {
    MoltObject ob;
    double real, imag;
} MoltComplex;
MoltObject *molt_complex_from_doubles(double real, double imag);

/* ---- hashing (hash.c) ---- */
#define MOLT_HASH_BITS 61
#define MOLT_HASH_MODULUS (((uint64_t)1 << MOLT_HASH_BITS) - 1)
#define MOLT_HASH_INF 314159
uint64_t molt_siphash13(uint64_t k0, uint64_t k1, const void *data, size_t n);
int64_t molt_hash_bytes(const void *data, size_t n); /* PYTHONHASHSEED=0 */

/* ---- str: code points ---- */
typedef struct {
    MoltObject ob;
    int64_t length;
    int64_t hash;     /* -1: not computed yet */
    int32_t kind;     /* 1, 2 or 4: CPython's storage width, which its hash depends on */
    uint32_t data[];
} MoltStr;

MoltObject *molt_str_from_utf8(const char *s, size_t n); /* ValueError on invalid UTF-8 */
MoltObject *molt_str_from_cstr(const char *s);            /* ASCII/UTF-8 literal */
MoltObject *molt_str_from_codepoints(const uint32_t *cp, int64_t n);
/* UTF-8 bytes (surrogates encoded as-is); caller frees; *n receives the length. */
char *molt_str_to_utf8(MoltObject *s, size_t *n);
MoltObject *molt_str_repr(MoltObject *s);
int64_t molt_str_hash(MoltObject *s);
int molt_str_equal(MoltObject *a, MoltObject *b);
MoltObject *molt_str_concat(MoltObject *a, MoltObject *b);
int molt_unicode_isprintable(uint32_t cp);

/* ---- bytes ---- */
typedef struct {
    MoltObject ob;
    int64_t length;
    int64_t hash;
    unsigned char data[];
} MoltBytes;
MoltObject *molt_bytes_from(const void *data, size_t n);

/* ---- tuple ---- */
typedef struct {
    MoltObject ob;
    int64_t size;
    int64_t hash; /* -1: not computed yet */
    MoltObject *items[];
} MoltTuple;
MoltObject *molt_tuple_new(int64_t size); /* items NULL until filled with molt_tuple_set_steal */
static inline void molt_tuple_set_steal(MoltObject *t, int64_t i, MoltObject *v) { ((MoltTuple *)t)->items[i] = v; }
MoltObject *molt_tuple_pack(int64_t n, ...); /* borrowed arguments */
int64_t molt_tuple_hash(MoltObject *t);

/* ---- list ---- */
typedef struct {
    MoltObject ob;
    int64_t size;
    int64_t allocated;
    MoltObject **items;
} MoltList;
MoltObject *molt_list_new(int64_t size); /* items None */
int molt_list_append(MoltObject *list, MoltObject *v);
int molt_list_insert(MoltObject *list, int64_t index, MoltObject *v);
MoltObject *molt_list_pop(MoltObject *list, int64_t index);
int64_t molt_list_index(MoltObject *list, MoltObject *v); /* -1 + ValueError */
MoltObject *molt_list_getitem(MoltObject *list, int64_t index);
int molt_list_setitem(MoltObject *list, int64_t index, MoltObject *v);
MoltObject *molt_list_slice(MoltObject *list, int64_t start, int64_t stop, int64_t step);
/* Python's slice.indices(): clamps start/stop for the given length; has_* = 0 means "omitted". */
int molt_slice_indices(int64_t length, int has_start, int64_t start, int has_stop, int64_t stop,
                       int has_step, int64_t step, int64_t *rstart, int64_t *rstop, int64_t *rstep,
                       int64_t *rlength);

/* ---- dict: insertion-ordered, CPython's compact layout ---- */
typedef struct {
    int64_t hash;
    MoltObject *key;
    MoltObject *value;
} MoltDictEntry;

typedef struct {
    MoltObject ob;
    int64_t used;      /* live entries */
    int64_t nentries;  /* entries[] slots consumed, live or deleted */
    int64_t usable;    /* entries[] capacity */
    int64_t size;      /* indices[] length, a power of two */
    int64_t *indices;  /* -1 empty, -2 dummy, else index into entries */
    MoltDictEntry *entries;
} MoltDict;

MoltObject *molt_dict_new(void);
int molt_dict_setitem(MoltObject *d, MoltObject *key, MoltObject *value);
MoltObject *molt_dict_getitem(MoltObject *d, MoltObject *key); /* new ref; KeyError */
int molt_dict_delitem(MoltObject *d, MoltObject *key);          /* KeyError */
int molt_dict_contains(MoltObject *d, MoltObject *key);
/* Iterates live entries: *pos starts at 0; returns 0 at the end. Borrowed key/value. */
int molt_dict_next(MoltObject *d, int64_t *pos, MoltObject **key, MoltObject **value);

/* ---- set / frozenset: CPython's open-addressing table ---- */
typedef struct {
    MoltObject *key; /* NULL: unused; molt_set_dummy: deleted */
    int64_t hash;
} MoltSetEntry;

#define MOLT_SET_MINSIZE 8
typedef struct {
    MoltObject ob;
    int64_t fill;  /* active + dummy */
    int64_t used;  /* active */
    int64_t mask;
    int64_t finger;
    int64_t hash;  /* frozenset: -1 until computed */
    MoltSetEntry *table;
    MoltSetEntry smalltable[MOLT_SET_MINSIZE];
} MoltSet;

extern MoltObject *const molt_set_dummy;
MoltObject *molt_set_new(int frozen);
int molt_set_add(MoltObject *s, MoltObject *key);
int molt_set_discard(MoltObject *s, MoltObject *key); /* 1 found, 0 absent, -1 error */
int molt_set_remove(MoltObject *s, MoltObject *key);  /* KeyError when absent */
int molt_set_contains(MoltObject *s, MoltObject *key);
MoltObject *molt_set_pop(MoltObject *s);              /* KeyError: 'pop from an empty set' */
int molt_set_next(MoltObject *s, int64_t *pos, MoltObject **key); /* table order */
int64_t molt_frozenset_hash(MoltObject *s);

/* ---- output: CPython's sys.stdout/sys.stderr buffering ---- */
int molt_write_stdout(const char *utf8, size_t n);
int molt_write_stderr(const char *utf8, size_t n);
int molt_write_str(int to_stderr, MoltObject *str);
int molt_flush(int to_stderr);
/* print(*args, sep=sep, end=end, file=stderr?, flush=flush); NULL sep/end mean the defaults. */
int molt_print(MoltObject **args, int64_t n, MoltObject *sep, MoltObject *end, int to_stderr, int flush);
void molt_runtime_init(void); /* installs the exit-time flush */

#endif
