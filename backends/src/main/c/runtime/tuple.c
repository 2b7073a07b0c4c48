/* tuple: a fixed array of references, hashed with CPython's xxHash-based combine. */
#include "join.h"

#include <stdarg.h>
#include <stdlib.h>

static void tuple_dealloc(MoltObject *o) {
    MoltTuple *t = (MoltTuple *)o;
    for (int64_t i = 0; i < t->size; i++) molt_xdecref(t->items[i]);
    free(o);
}

static MoltObject *tuple_repr(MoltObject *o) {
    MoltTuple *t = (MoltTuple *)o;
    if (t->size == 0) return molt_str_from_cstr("()");
    MoltTextBuilder b;
    if (molt_tb_init(&b) < 0) return NULL;
    if (molt_tb_ascii(&b, "(") < 0) goto fail;
    for (int64_t i = 0; i < t->size; i++) {
        if (i && molt_tb_ascii(&b, ", ") < 0) goto fail;
        if (molt_tb_repr(&b, t->items[i]) < 0) goto fail;
    }
    if (molt_tb_ascii(&b, t->size == 1 ? ",)" : ")") < 0) goto fail;
    return molt_tb_finish(&b);
fail:
    molt_tb_discard(&b);
    return NULL;
}

static int64_t tuple_hash_slot(MoltObject *o) { return molt_tuple_hash(o); }

static int tuple_eq(MoltObject *a, MoltObject *b) {
    if (b->type != &MoltTuple_Type) return MOLT_NOT_IMPLEMENTED_CMP;
    MoltTuple *x = (MoltTuple *)a, *y = (MoltTuple *)b;
    if (x->size != y->size) return 0;
    for (int64_t i = 0; i < x->size; i++) {
        int r = molt_eq(x->items[i], y->items[i]);
        if (r != 1) return r;
    }
    return 1;
}

MoltType MoltTuple_Type = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, "tuple", NULL, tuple_dealloc, tuple_repr, NULL,
                           tuple_hash_slot, tuple_eq};

MoltObject *molt_tuple_new(int64_t size) {
    MoltTuple *t = (MoltTuple *)molt_alloc(&MoltTuple_Type, sizeof(MoltTuple) + (size_t)size * sizeof(MoltObject *));
    if (!t) return NULL;
    t->size = size;
    t->hash = -1;
    for (int64_t i = 0; i < size; i++) t->items[i] = NULL;
    return (MoltObject *)t;
}

MoltObject *molt_tuple_pack(int64_t n, ...) {
    MoltObject *t = molt_tuple_new(n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (int64_t i = 0; i < n; i++) molt_tuple_set_steal(t, i, molt_newref(va_arg(ap, MoltObject *)));
    va_end(ap);
    return t;
}

/* The xxHash64 round and primes that CPython 3.8+ uses for tuple hashes. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t molt_tuple_hash(MoltObject *o) {
    MoltTuple *t = (MoltTuple *)o;
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < t->size; i++) {
        int64_t lane = molt_hash(t->items[i]);
        if (lane == -1) return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}
