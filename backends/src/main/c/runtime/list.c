/* list: a growable array of references. */
#include "join.h"

#include <stdlib.h>
#include <string.h>

static void list_dealloc(MoltObject *o) {
    MoltList *l = (MoltList *)o;
    for (int64_t i = 0; i < l->size; i++) molt_decref(l->items[i]);
    free(l->items);
    free(o);
}

static MoltObject *list_repr(MoltObject *o) {
    MoltList *l = (MoltList *)o;
    if (l->size == 0) return molt_str_from_cstr("[]");
    MoltTextBuilder b;
    if (molt_tb_init(&b) < 0) return NULL;
    if (molt_tb_ascii(&b, "[") < 0) goto fail;
    for (int64_t i = 0; i < l->size; i++) {
        if (i && molt_tb_ascii(&b, ", ") < 0) goto fail;
        if (molt_tb_repr(&b, l->items[i]) < 0) goto fail;
    }
    if (molt_tb_ascii(&b, "]") < 0) goto fail;
    return molt_tb_finish(&b);
fail:
    molt_tb_discard(&b);
    return NULL;
}

static int list_eq(MoltObject *a, MoltObject *b) {
    if (b->type != &MoltList_Type) return MOLT_NOT_IMPLEMENTED_CMP;
    MoltList *x = (MoltList *)a, *y = (MoltList *)b;
    if (x->size != y->size) return 0;
    for (int64_t i = 0; i < x->size && i < y->size; i++) {
        int r = molt_eq(x->items[i], y->items[i]);
        if (r != 1) return r;
    }
    return x->size == y->size;
}

MoltType MoltList_Type = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, "list", NULL, list_dealloc, list_repr, NULL,
                          NULL, list_eq};

/* CPython's over-allocation: new_allocated = (newsize + newsize/8 + 6) & ~3. */
static int list_resize(MoltList *l, int64_t newsize) {
    if (newsize <= l->allocated && newsize >= l->allocated / 2) {
        l->size = newsize;
        return 0;
    }
    int64_t allocated = (newsize + (newsize >> 3) + 6) & ~(int64_t)3;
    if (newsize - l->size > allocated - newsize) allocated = (newsize + 3) & ~(int64_t)3;
    if (newsize == 0) allocated = 0;
    MoltObject **items = molt_realloc(l->items, (size_t)allocated * sizeof(MoltObject *));
    if (!items && allocated) return -1;
    l->items = items;
    l->allocated = allocated;
    l->size = newsize;
    return 0;
}

MoltObject *molt_list_new(int64_t size) {
    MoltList *l = (MoltList *)molt_alloc(&MoltList_Type, sizeof(MoltList));
    if (!l) return NULL;
    l->size = size;
    l->allocated = size;
    l->items = size ? molt_malloc((size_t)size * sizeof(MoltObject *)) : NULL;
    if (size && !l->items) { free(l); return NULL; }
    for (int64_t i = 0; i < size; i++) l->items[i] = molt_newref(molt_None);
    return (MoltObject *)l;
}

int molt_list_append(MoltObject *o, MoltObject *v) {
    MoltList *l = (MoltList *)o;
    int64_t n = l->size;
    if (list_resize(l, n + 1) < 0) return -1;
    l->items[n] = molt_newref(v);
    return 0;
}

int molt_list_insert(MoltObject *o, int64_t index, MoltObject *v) {
    MoltList *l = (MoltList *)o;
    int64_t n = l->size;
    if (index < 0) { index += n; if (index < 0) index = 0; }
    if (index > n) index = n;
    if (list_resize(l, n + 1) < 0) return -1;
    memmove(l->items + index + 1, l->items + index, (size_t)(n - index) * sizeof(MoltObject *));
    l->items[index] = molt_newref(v);
    return 0;
}

MoltObject *molt_list_pop(MoltObject *o, int64_t index) {
    MoltList *l = (MoltList *)o;
    if (l->size == 0) {
        molt_err_set_string(&MoltIndexError_Type, "pop from empty list");
        return NULL;
    }
    if (index < 0) index += l->size;
    if (index < 0 || index >= l->size) {
        molt_err_set_string(&MoltIndexError_Type, "pop index out of range");
        return NULL;
    }
    MoltObject *v = l->items[index];
    memmove(l->items + index, l->items + index + 1, (size_t)(l->size - index - 1) * sizeof(MoltObject *));
    list_resize(l, l->size - 1); /* shrinking never fails in a way that matters: size is set first */
    return v;
}

int64_t molt_list_index(MoltObject *o, MoltObject *v) {
    MoltList *l = (MoltList *)o;
    for (int64_t i = 0; i < l->size; i++) {
        int r = molt_eq(l->items[i], v);
        if (r < 0) return -1;
        if (r) return i;
    }
    MoltObject *text = molt_repr(v);
    if (!text) return -1;
    char *u = molt_str_to_utf8(text, NULL);
    molt_decref(text);
    if (!u) return -1;
    /* CPython 3.12 says "x is not in list" with the repr. */
    molt_err_format(&MoltValueError_Type, "%s is not in list", u);
    free(u);
    return -1;
}

MoltObject *molt_list_getitem(MoltObject *o, int64_t index) {
    MoltList *l = (MoltList *)o;
    if (index < 0) index += l->size;
    if (index < 0 || index >= l->size) {
        molt_err_set_string(&MoltIndexError_Type, "list index out of range");
        return NULL;
    }
    return molt_newref(l->items[index]);
}

int molt_list_setitem(MoltObject *o, int64_t index, MoltObject *v) {
    MoltList *l = (MoltList *)o;
    if (index < 0) index += l->size;
    if (index < 0 || index >= l->size) {
        molt_err_set_string(&MoltIndexError_Type, "list assignment index out of range");
        return -1;
    }
    MoltObject *old = l->items[index];
    l->items[index] = molt_newref(v);
    molt_decref(old);
    return 0;
}

int molt_slice_indices(int64_t length, int has_start, int64_t start, int has_stop, int64_t stop, int has_step,
                       int64_t step, int64_t *rstart, int64_t *rstop, int64_t *rstep, int64_t *rlength) {
    if (!has_step) step = 1;
    if (step == 0) {
        molt_err_set_string(&MoltValueError_Type, "slice step cannot be zero");
        return -1;
    }
    int64_t lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
    if (!has_start) {
        start = step < 0 ? upper : lower;
    } else if (start < 0) {
        start += length;
        if (start < lower) start = lower;
    } else if (start > upper) {
        start = upper;
    }
    if (!has_stop) {
        stop = step < 0 ? lower : upper;
    } else if (stop < 0) {
        stop += length;
        if (stop < lower) stop = lower;
    } else if (stop > upper) {
        stop = upper;
    }
    int64_t n = 0;
    if (step > 0 && start < stop) n = (stop - start - 1) / step + 1;
    if (step < 0 && stop < start) n = (start - stop - 1) / (-step) + 1;
    *rstart = start;
    *rstop = stop;
    *rstep = step;
    *rlength = n;
    return 0;
}

/* start/stop/step already normalised by molt_slice_indices. */
MoltObject *molt_list_slice(MoltObject *o, int64_t start, int64_t stop, int64_t step) {
    MoltList *l = (MoltList *)o;
    int64_t n = 0;
    if (step > 0 && start < stop) n = (stop - start - 1) / step + 1;
    if (step < 0 && stop < start) n = (start - stop - 1) / (-step) + 1;
    MoltList *r = (MoltList *)molt_list_new(0);
    if (!r) return NULL;
    if (n && list_resize(r, n) < 0) { molt_decref((MoltObject *)r); return NULL; }
    for (int64_t i = 0, j = start; i < n; i++, j += step) r->items[i] = molt_newref(l->items[j]);
    return (MoltObject *)r;
}
