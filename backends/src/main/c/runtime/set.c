/*
 * set and frozenset: CPython's open-addressing table, reproduced step for step because iteration
 * order is table order. A probe looks at LINEAR_PROBES neighbours before jumping by the perturbed
 * recurrence; deleted entries become dummies (hash -1) until the next resize drops them.
 */
#include "join.h"

#include <stdlib.h>
#include <string.h>

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static MoltObject dummy_object = {MOLT_IMMORTAL_REFCNT, &MoltNone_Type};
MoltObject *const molt_set_dummy = &dummy_object;

static int is_set(MoltObject *o) { return o->type == &MoltSet_Type || o->type == &MoltFrozenSet_Type; }

static void set_dealloc(MoltObject *o) {
    MoltSet *s = (MoltSet *)o;
    for (int64_t i = 0; i <= s->mask; i++) {
        MoltObject *k = s->table[i].key;
        if (k && k != molt_set_dummy) molt_decref(k);
    }
    if (s->table != s->smalltable) free(s->table);
    free(o);
}

static MoltObject *set_repr(MoltObject *o) {
    MoltSet *s = (MoltSet *)o;
    int frozen = o->type == &MoltFrozenSet_Type;
    if (s->used == 0) return molt_str_from_cstr(frozen ? "frozenset()" : "set()");
    MoltTextBuilder b;
    if (molt_tb_init(&b) < 0) return NULL;
    if (molt_tb_ascii(&b, frozen ? "frozenset({" : "{") < 0) goto fail;
    int64_t pos = 0, count = 0;
    MoltObject *k;
    while (molt_set_next(o, &pos, &k)) {
        if (count++ && molt_tb_ascii(&b, ", ") < 0) goto fail;
        if (molt_tb_repr(&b, k) < 0) goto fail;
    }
    if (molt_tb_ascii(&b, frozen ? "})" : "}") < 0) goto fail;
    return molt_tb_finish(&b);
fail:
    molt_tb_discard(&b);
    return NULL;
}

static int set_eq(MoltObject *a, MoltObject *b) {
    if (!is_set(b)) return MOLT_NOT_IMPLEMENTED_CMP;
    if (((MoltSet *)a)->used != ((MoltSet *)b)->used) return 0;
    int64_t pos = 0;
    MoltObject *k;
    while (molt_set_next(a, &pos, &k)) {
        int r = molt_set_contains(b, k);
        if (r != 1) return r;
    }
    return 1;
}

static int64_t frozenset_hash_slot(MoltObject *o) { return molt_frozenset_hash(o); }

MoltType MoltSet_Type = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, "set", NULL, set_dealloc, set_repr, NULL,
                         NULL, set_eq};
MoltType MoltFrozenSet_Type = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, "frozenset", NULL, set_dealloc, set_repr,
                               NULL, frozenset_hash_slot, set_eq};

MoltObject *molt_set_new(int frozen) {
    MoltSet *s = (MoltSet *)molt_alloc(frozen ? &MoltFrozenSet_Type : &MoltSet_Type, sizeof(MoltSet));
    if (!s) return NULL;
    s->fill = s->used = 0;
    s->mask = MOLT_SET_MINSIZE - 1;
    s->finger = 0;
    s->hash = -1;
    s->table = s->smalltable;
    memset(s->smalltable, 0, sizeof s->smalltable);
    return (MoltObject *)s;
}

/* Places a key known to be absent into a table without dummies. */
static void insert_clean(MoltSetEntry *table, uint64_t mask, MoltObject *key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        MoltSetEntry *entry = &table[i];
        if (!entry->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (!entry->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* The smallest power of two above minused (at least MINSIZE); dummies are dropped. */
static int table_resize(MoltSet *s, int64_t minused) {
    uint64_t newsize = MOLT_SET_MINSIZE;
    while (newsize <= (uint64_t)minused) newsize <<= 1;
    MoltSetEntry *old = s->table, small_copy[MOLT_SET_MINSIZE];
    int64_t oldmask = s->mask;
    if (old == s->smalltable) {
        memcpy(small_copy, old, sizeof small_copy);
        old = small_copy;
    }
    MoltSetEntry *table;
    if (newsize == MOLT_SET_MINSIZE) {
        table = s->smalltable;
    } else {
        table = molt_malloc(newsize * sizeof(MoltSetEntry));
        if (!table) return -1;
    }
    memset(table, 0, newsize * sizeof(MoltSetEntry));
    s->mask = (int64_t)newsize - 1;
    s->table = table;
    s->fill = s->used;
    for (int64_t i = 0; i <= oldmask; i++) {
        MoltObject *k = old[i].key;
        if (k && k != molt_set_dummy) insert_clean(table, newsize - 1, k, old[i].hash);
    }
    if (old != small_copy && old != s->smalltable) free(old);
    return 0;
}

/* 1 when the entry's key equals key, 0 when not, -1 on error; *restart when the table changed. */
static int entry_matches(MoltSet *s, MoltSetEntry *entry, MoltObject *key, int *restart) {
    MoltObject *start = entry->key;
    if (start == key) return 1;
    if (start->type == &MoltStr_Type && key->type == &MoltStr_Type) return molt_str_equal(start, key);
    MoltSetEntry *table = s->table;
    molt_incref(start);
    int r = molt_eq(start, key);
    molt_decref(start);
    if (r != 0) return r;
    /* The comparison ran arbitrary code: if it mutated the set, start over, as CPython does. */
    *restart = table != s->table || entry->key != start;
    return 0;
}

int molt_set_add(MoltObject *o, MoltObject *key) {
    MoltSet *s = (MoltSet *)o;
    int64_t hash = molt_hash(key);
    if (hash == -1) return -1;
restart:;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    MoltSetEntry *freeslot = NULL;
    for (;;) {
        MoltSetEntry *entry = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                int again = 0;
                int r = entry_matches(s, entry, key, &again);
                if (r < 0) return -1;
                if (r) return 0; /* already present */
                if (again) goto restart;
                mask = (uint64_t)s->mask;
            } else if (entry->hash == -1) {
                freeslot = entry; /* the last dummy on the path, as CPython does: it decides the order */
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found_unused_or_dummy:
        if (freeslot) {
            s->used++;
            freeslot->key = molt_newref(key);
            freeslot->hash = hash;
            return 0;
        }
        s->fill++;
        s->used++;
        entry->key = molt_newref(key);
        entry->hash = hash;
        if ((uint64_t)s->fill * 5 < mask * 3) return 0;
        return table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
    }
}

/* The entry holding key, or the unused entry that ended the search (key NULL); NULL on error. */
static MoltSetEntry *lookkey(MoltSet *s, MoltObject *key, int64_t hash) {
restart:;
    uint64_t mask = (uint64_t)s->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        MoltSetEntry *entry = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) return entry;
            if (entry->hash == hash) {
                int again = 0;
                int r = entry_matches(s, entry, key, &again);
                if (r < 0) return NULL;
                if (r) return entry;
                if (again) goto restart;
                mask = (uint64_t)s->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int molt_set_contains(MoltObject *o, MoltObject *key) {
    int64_t hash = molt_hash(key);
    if (hash == -1) return -1;
    MoltSetEntry *e = lookkey((MoltSet *)o, key, hash);
    return e ? e->key != NULL : -1;
}

int molt_set_discard(MoltObject *o, MoltObject *key) {
    MoltSet *s = (MoltSet *)o;
    int64_t hash = molt_hash(key);
    if (hash == -1) return -1;
    MoltSetEntry *e = lookkey(s, key, hash);
    if (!e) return -1;
    if (!e->key) return 0;
    MoltObject *old = e->key;
    e->key = molt_set_dummy;
    e->hash = -1;
    s->used--;
    molt_decref(old);
    return 1;
}

int molt_set_remove(MoltObject *o, MoltObject *key) {
    int r = molt_set_discard(o, key);
    if (r == 0) {
        molt_err_set_object(&MoltKeyError_Type, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

MoltObject *molt_set_pop(MoltObject *o) {
    MoltSet *s = (MoltSet *)o;
    if (s->used == 0) {
        molt_err_set_string(&MoltKeyError_Type, "pop from an empty set");
        return NULL;
    }
    MoltSetEntry *entry = s->table + (s->finger & s->mask), *limit = s->table + s->mask;
    while (entry->key == NULL || entry->key == molt_set_dummy) {
        entry++;
        if (entry > limit) entry = s->table;
    }
    MoltObject *key = entry->key;
    entry->key = molt_set_dummy;
    entry->hash = -1;
    s->used--;
    s->finger = entry - s->table + 1;
    return key;
}

int molt_set_next(MoltObject *o, int64_t *pos, MoltObject **key) {
    MoltSet *s = (MoltSet *)o;
    while (*pos <= s->mask) {
        MoltSetEntry *e = &s->table[(*pos)++];
        if (e->key && e->key != molt_set_dummy) {
            *key = e->key;
            return 1;
        }
    }
    return 0;
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

/* Order-independent: an xor of every member's shuffled hash, then CPython's final dispersal. */
int64_t molt_frozenset_hash(MoltObject *o) {
    MoltSet *s = (MoltSet *)o;
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    int64_t pos = 0;
    MoltObject *k;
    while (molt_set_next(o, &pos, &k)) hash ^= shuffle_bits((uint64_t)s->table[pos - 1].hash);
    hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    s->hash = (int64_t)hash;
    return s->hash;
}
