/* The object header, allocation, the singletons and generic repr/str/hash/eq dispatch. */
#include "molt.h"

#include <stdio.h>
#include <stdlib.h>

#define STATIC_HEADER(type) {MOLT_IMMORTAL_REFCNT, (type)}

void *molt_malloc(size_t size) {
    void *p = malloc(size ? size : 1);
    if (!p) molt_err_no_memory();
    return p;
}

void *molt_realloc(void *p, size_t size) {
    void *q = realloc(p, size ? size : 1);
    if (!q) molt_err_no_memory();
    return q;
}

MoltObject *molt_alloc(MoltType *type, size_t size) {
    MoltObject *o = molt_malloc(size);
    if (!o) return NULL;
    o->refcnt = 1;
    o->type = type;
    return o;
}

static void free_object(MoltObject *o) { free(o); }

void molt_dealloc(MoltObject *o) {
    if (o->type->dealloc) {
        o->type->dealloc(o);
    } else {
        free_object(o);
    }
}

int molt_is_subtype(MoltType *t, MoltType *base) {
    for (; t; t = t->base) {
        if (t == base) return 1;
    }
    return 0;
}

static MoltObject *none_repr(MoltObject *o) { (void)o; return molt_str_from_cstr("None"); }
static MoltObject *notimpl_repr(MoltObject *o) { (void)o; return molt_str_from_cstr("NotImplemented"); }
static MoltObject *ellipsis_repr(MoltObject *o) { (void)o; return molt_str_from_cstr("Ellipsis"); }
/* CPython 3.12 gives None a constant hash (not its address): observable in set order. */
static int64_t none_hash(MoltObject *o) { (void)o; return 0xFCA86420; }
static int64_t pointer_hash(MoltObject *o) {
    /* CPython's _Py_HashPointer: rotate out the alignment bits. */
    uint64_t y = (uint64_t)(uintptr_t)o;
    y = (y >> 4) | (y << 60);
    return (int64_t)y == -1 ? -2 : (int64_t)y;
}

MoltType MoltType_Type = {STATIC_HEADER(&MoltType_Type), "type", NULL, NULL, NULL, NULL, pointer_hash, NULL};
MoltType MoltNone_Type = {STATIC_HEADER(&MoltType_Type), "NoneType", NULL, NULL, none_repr, NULL, none_hash, NULL};
MoltType MoltNotImplemented_Type = {STATIC_HEADER(&MoltType_Type), "NotImplementedType", NULL, NULL,
                                    notimpl_repr, NULL, pointer_hash, NULL};
MoltType MoltEllipsis_Type = {STATIC_HEADER(&MoltType_Type), "ellipsis", NULL, NULL, ellipsis_repr, NULL,
                              pointer_hash, NULL};
MoltObject molt_None_object = STATIC_HEADER(&MoltNone_Type);
MoltObject molt_NotImplemented_object = STATIC_HEADER(&MoltNotImplemented_Type);
MoltObject molt_Ellipsis_object = STATIC_HEADER(&MoltEllipsis_Type);

MoltObject *molt_repr(MoltObject *o) {
    if (o->type->repr) return o->type->repr(o);
    char buffer[128];
    snprintf(buffer, sizeof buffer, "<%s object at %p>", o->type->name, (void *)o);
    return molt_str_from_cstr(buffer);
}

MoltObject *molt_str(MoltObject *o) {
    if (o->type == &MoltStr_Type) return molt_newref(o);
    if (o->type->str) return o->type->str(o);
    return molt_repr(o);
}

int64_t molt_hash(MoltObject *o) {
    if (!o->type->hash) {
        molt_err_format(&MoltTypeError_Type, "unhashable type: '%s'", o->type->name);
        return -1;
    }
    return o->type->hash(o);
}

int molt_eq(MoltObject *a, MoltObject *b) {
    if (a == b) return 1;
    if (a->type->eq) {
        int r = a->type->eq(a, b);
        if (r != MOLT_NOT_IMPLEMENTED_CMP) return r;
    }
    if (b->type->eq && b->type != a->type) {
        int r = b->type->eq(b, a);
        if (r != MOLT_NOT_IMPLEMENTED_CMP) return r;
    }
    return 0;
}
