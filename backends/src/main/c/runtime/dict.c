/*
 * dict: CPython's compact layout. entries[] keeps insertion order; indices[] is the open-addressed
 * hash table (perturbed probing) pointing into it. Deleting leaves a dummy index and a hole in
 * entries[]; a resize compacts both.
 */
#include "join.h"

#include <stdlib.h>
#include <string.h>

#define DICT_MINSIZE 8
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5

static int64_t usable_fraction(int64_t size) { return (size << 1) / 3; }

static void dict_dealloc(MoltObject *o) {
    MoltDict *d = (MoltDict *)o;
    for (int64_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key) {
            molt_decref(d->entries[i].key);
            molt_decref(d->entries[i].value);
        }
    }
    free(d->entries);
    free(d->indices);
    free(o);
}

static MoltObject *dict_repr(MoltObject *o) {
    MoltDict *d = (MoltDict *)o;
    if (d->used == 0) return molt_str_from_cstr("{}");
    MoltTextBuilder b;
    if (molt_tb_init(&b) < 0) return NULL;
    if (molt_tb_ascii(&b, "{") < 0) goto fail;
    int64_t pos = 0, count = 0;
    MoltObject *k, *v;
    while (molt_dict_next(o, &pos, &k, &v)) {
        if (count++ && molt_tb_ascii(&b, ", ") < 0) goto fail;
        if (molt_tb_repr(&b, k) < 0 || molt_tb_ascii(&b, ": ") < 0 || molt_tb_repr(&b, v) < 0) goto fail;
    }
    if (molt_tb_ascii(&b, "}") < 0) goto fail;
    return molt_tb_finish(&b);
fail:
    molt_tb_discard(&b);
    return NULL;
}

MoltType MoltDict_Type = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, "dict", NULL, dict_dealloc, dict_repr, NULL,
                          NULL, NULL};

static int allocate(MoltDict *d, int64_t size) {
    int64_t usable = usable_fraction(size);
    int64_t *indices = molt_malloc((size_t)size * sizeof(int64_t));
    MoltDictEntry *entries = molt_malloc((size_t)usable * sizeof(MoltDictEntry));
    if (!indices || !entries) { free(indices); free(entries); return -1; }
    for (int64_t i = 0; i < size; i++) indices[i] = IX_EMPTY;
    d->indices = indices;
    d->entries = entries;
    d->size = size;
    d->usable = usable;
    d->nentries = 0;
    return 0;
}

MoltObject *molt_dict_new(void) {
    MoltDict *d = (MoltDict *)molt_alloc(&MoltDict_Type, sizeof(MoltDict));
    if (!d) return NULL;
    d->used = 0;
    if (allocate(d, DICT_MINSIZE) < 0) { free(d); return NULL; }
    return (MoltObject *)d;
}

/* The indices slot for key: its entry's slot when present (*ix >= 0), else the first free slot. */
static int lookup(MoltDict *d, MoltObject *key, int64_t hash, int64_t *slot, int64_t *ix) {
    uint64_t mask = (uint64_t)d->size - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    int64_t free_slot = -1;
    for (;;) {
        int64_t at = d->indices[i];
        if (at == IX_EMPTY) {
            *slot = free_slot >= 0 ? free_slot : (int64_t)i;
            *ix = IX_EMPTY;
            return 0;
        }
        if (at == IX_DUMMY) {
            if (free_slot < 0) free_slot = (int64_t)i;
        } else {
            MoltDictEntry *e = &d->entries[at];
            if (e->key == key) { *slot = (int64_t)i; *ix = at; return 0; }
            if (e->hash == hash) {
                MoltObject *k = molt_newref(e->key);
                int r = molt_eq(k, key);
                molt_decref(k);
                if (r < 0) return -1;
                if (r) { *slot = (int64_t)i; *ix = at; return 0; }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static void insert_clean(MoltDict *d, int64_t hash, int64_t ix) {
    uint64_t mask = (uint64_t)d->size - 1, perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    while (d->indices[i] != IX_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    d->indices[i] = ix;
}

/* CPython 3.12's growth: the smallest power of two >= used * 3. */
static int resize(MoltDict *d) {
    int64_t want = d->used * 3, size = DICT_MINSIZE;
    while (size < want) size <<= 1;
    int64_t *old_indices = d->indices;
    MoltDictEntry *old_entries = d->entries;
    int64_t old_n = d->nentries;
    if (allocate(d, size) < 0) {
        d->indices = old_indices;
        d->entries = old_entries;
        return -1;
    }
    for (int64_t i = 0; i < old_n; i++) {
        if (!old_entries[i].key) continue;
        d->entries[d->nentries] = old_entries[i];
        insert_clean(d, old_entries[i].hash, d->nentries);
        d->nentries++;
    }
    d->usable -= d->nentries;
    free(old_indices);
    free(old_entries);
    return 0;
}

int molt_dict_setitem(MoltObject *o, MoltObject *key, MoltObject *value) {
    MoltDict *d = (MoltDict *)o;
    int64_t hash = molt_hash(key);
    if (hash == -1) return -1;
    int64_t slot, ix;
    if (lookup(d, key, hash, &slot, &ix) < 0) return -1;
    if (ix >= 0) {
        MoltObject *old = d->entries[ix].value;
        d->entries[ix].value = molt_newref(value);
        molt_decref(old);
        return 0;
    }
    if (d->usable <= 0) {
        if (resize(d) < 0) return -1;
        if (lookup(d, key, hash, &slot, &ix) < 0) return -1;
    }
    MoltDictEntry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = molt_newref(key);
    e->value = molt_newref(value);
    d->indices[slot] = d->nentries;
    d->nentries++;
    d->usable--;
    d->used++;
    return 0;
}

static int find(MoltDict *d, MoltObject *key, int64_t *slot, int64_t *ix) {
    int64_t hash = molt_hash(key);
    if (hash == -1) return -1;
    return lookup(d, key, hash, slot, ix);
}

MoltObject *molt_dict_getitem(MoltObject *o, MoltObject *key) {
    int64_t slot, ix;
    if (find((MoltDict *)o, key, &slot, &ix) < 0) return NULL;
    if (ix < 0) {
        molt_err_set_object(&MoltKeyError_Type, key);
        return NULL;
    }
    return molt_newref(((MoltDict *)o)->entries[ix].value);
}

int molt_dict_contains(MoltObject *o, MoltObject *key) {
    int64_t slot, ix;
    if (find((MoltDict *)o, key, &slot, &ix) < 0) return -1;
    return ix >= 0;
}

int molt_dict_delitem(MoltObject *o, MoltObject *key) {
    MoltDict *d = (MoltDict *)o;
    int64_t slot, ix;
    if (find(d, key, &slot, &ix) < 0) return -1;
    if (ix < 0) {
        molt_err_set_object(&MoltKeyError_Type, key);
        return -1;
    }
    MoltObject *k = d->entries[ix].key, *v = d->entries[ix].value;
    d->entries[ix].key = NULL;
    d->entries[ix].value = NULL;
    d->indices[slot] = IX_DUMMY;
    d->used--;
    molt_decref(k);
    molt_decref(v);
    return 0;
}

int molt_dict_next(MoltObject *o, int64_t *pos, MoltObject **key, MoltObject **value) {
    MoltDict *d = (MoltDict *)o;
    while (*pos < d->nentries) {
        MoltDictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            *key = e->key;
            *value = e->value;
            return 1;
        }
    }
    return 0;
}
