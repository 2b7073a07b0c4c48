#include "join.h"

#include <stdlib.h>
#include <string.h>

int molt_tb_init(MoltTextBuilder *b) {
    b->length = 0;
    b->capacity = 64;
    b->data = molt_malloc((size_t)b->capacity * sizeof(uint32_t));
    return b->data ? 0 : -1;
}

static int reserve(MoltTextBuilder *b, int64_t extra) {
    if (b->length + extra <= b->capacity) return 0;
    int64_t cap = b->capacity * 2;
    if (cap < b->length + extra) cap = b->length + extra;
    uint32_t *d = molt_realloc(b->data, (size_t)cap * sizeof(uint32_t));
    if (!d) return -1;
    b->data = d;
    b->capacity = cap;
    return 0;
}

int molt_tb_ascii(MoltTextBuilder *b, const char *text) {
    int64_t n = (int64_t)strlen(text);
    if (reserve(b, n) < 0) return -1;
    for (int64_t i = 0; i < n; i++) b->data[b->length++] = (unsigned char)text[i];
    return 0;
}

int molt_tb_str(MoltTextBuilder *b, MoltObject *str) {
    MoltStr *s = (MoltStr *)str;
    if (reserve(b, s->length) < 0) return -1;
    memcpy(b->data + b->length, s->data, (size_t)s->length * sizeof(uint32_t));
    b->length += s->length;
    return 0;
}

int molt_tb_repr(MoltTextBuilder *b, MoltObject *o) {
    MoltObject *r = molt_repr(o);
    if (!r) return -1;
    int rc = molt_tb_str(b, r);
    molt_decref(r);
    return rc;
}

MoltObject *molt_tb_finish(MoltTextBuilder *b) {
    MoltObject *s = molt_str_from_codepoints(b->data, b->length);
    free(b->data);
    b->data = NULL;
    return s;
}

void molt_tb_discard(MoltTextBuilder *b) {
    free(b->data);
    b->data = NULL;
}
