/*
 * str: an immutable array of code points (UCS-4 here). CPython stores each string in the narrowest
 * of 1, 2 or 4 bytes per character and hashes those bytes, so `kind` records that width for hashing.
 */
#include "molt.h"
#include "unicode_printable.h"

#include <stdlib.h>
#include <string.h>

static int64_t str_hash_slot(MoltObject *o) { return molt_str_hash(o); }
static int str_eq_slot(MoltObject *a, MoltObject *b) {
    if (b->type != &MoltStr_Type) return MOLT_NOT_IMPLEMENTED_CMP;
    return molt_str_equal(a, b);
}

MoltType MoltStr_Type = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, "str", NULL, NULL, molt_str_repr, NULL,
                         str_hash_slot, str_eq_slot};

static MoltStr *str_alloc(int64_t length) {
    MoltStr *s = (MoltStr *)molt_alloc(&MoltStr_Type, sizeof(MoltStr) + (size_t)length * sizeof(uint32_t));
    if (!s) return NULL;
    s->length = length;
    s->hash = -1;
    s->kind = 1;
    return s;
}

static void set_kind(MoltStr *s) {
    uint32_t max = 0;
    for (int64_t i = 0; i < s->length; i++) if (s->data[i] > max) max = s->data[i];
    s->kind = max < 0x100 ? 1 : (max < 0x10000 ? 2 : 4);
}

MoltObject *molt_str_from_codepoints(const uint32_t *cp, int64_t n) {
    MoltStr *s = str_alloc(n);
    if (!s) return NULL;
    memcpy(s->data, cp, (size_t)n * sizeof(uint32_t));
    set_kind(s);
    return (MoltObject *)s;
}

static MoltObject *decode_error(const unsigned char *p, size_t pos, const char *reason) {
    molt_err_format(&MoltUnicodeDecodeError_Type, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                    p[pos], pos, reason);
    return NULL;
}

/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
MoltObject *molt_str_from_utf8(const char *text, size_t n) {
    const unsigned char *p = (const unsigned char *)text;
    MoltStr *s = str_alloc((int64_t)n);
    if (!s) return NULL;
    int64_t len = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t c = p[i];
        int extra;
        uint32_t min;
        if (c < 0x80) { s->data[len++] = c; i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) { extra = 1; c &= 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { extra = 2; c &= 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { extra = 3; c &= 0x07; min = 0x10000; }
        else { molt_decref((MoltObject *)s); return decode_error(p, i, "invalid start byte"); }
        for (int k = 1; k <= extra; k++) {
            if (i + (size_t)k >= n) { molt_decref((MoltObject *)s); return decode_error(p, i, "unexpected end of data"); }
            if ((p[i + k] & 0xC0) != 0x80) { molt_decref((MoltObject *)s); return decode_error(p, i, "invalid continuation byte"); }
            c = (c << 6) | (p[i + k] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            molt_decref((MoltObject *)s);
            return decode_error(p, i, "invalid continuation byte");
        }
        s->data[len++] = c;
        i += (size_t)extra + 1;
    }
    s->length = len; /* the allocation may be larger than needed; harmless */
    set_kind(s);
    return (MoltObject *)s;
}

MoltObject *molt_str_from_cstr(const char *s) { return molt_str_from_utf8(s, strlen(s)); }

char *molt_str_to_utf8(MoltObject *o, size_t *n) {
    MoltStr *s = (MoltStr *)o;
    char *out = molt_malloc((size_t)s->length * 4 + 1);
    if (!out) return NULL;
    size_t k = 0;
    for (int64_t i = 0; i < s->length; i++) {
        uint32_t c = s->data[i];
        if (c < 0x80) {
            out[k++] = (char)c;
        } else if (c < 0x800) {
            out[k++] = (char)(0xC0 | (c >> 6));
            out[k++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out[k++] = (char)(0xE0 | (c >> 12));
            out[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[k++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[k++] = (char)(0xF0 | (c >> 18));
            out[k++] = (char)(0x80 | ((c >> 12) & 0x3F));
            out[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[k++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[k] = 0;
    if (n) *n = k;
    return out;
}

int molt_unicode_isprintable(uint32_t cp) {
    size_t lo = 0, hi = sizeof molt_printable_ranges / sizeof molt_printable_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < molt_printable_ranges[mid][0]) hi = mid;
        else if (cp > molt_printable_ranges[mid][1]) lo = mid + 1;
        else return 1;
    }
    return 0;
}

static const char HEX[] = "0123456789abcdef";

static int64_t put_hex(uint32_t *out, int64_t k, char kind, uint32_t c, int width) {
    out[k++] = '\\';
    out[k++] = (uint32_t)kind;
    for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) out[k++] = (uint32_t)HEX[(c >> shift) & 0xF];
    return k;
}

/* CPython's unicode_repr: prefer single quotes unless the text has ' and no ". */
MoltObject *molt_str_repr(MoltObject *o) {
    MoltStr *s = (MoltStr *)o;
    int squote = 0, dquote = 0;
    for (int64_t i = 0; i < s->length; i++) {
        if (s->data[i] == '\'') squote = 1;
        else if (s->data[i] == '"') dquote = 1;
    }
    uint32_t quote = squote && !dquote ? '"' : '\'';
    uint32_t *out = molt_malloc(((size_t)s->length * 10 + 2) * sizeof(uint32_t));
    if (!out) return NULL;
    int64_t k = 0;
    out[k++] = quote;
    for (int64_t i = 0; i < s->length; i++) {
        uint32_t c = s->data[i];
        if (c == quote || c == '\\') { out[k++] = '\\'; out[k++] = c; }
        else if (c == '\t') { out[k++] = '\\'; out[k++] = 't'; }
        else if (c == '\n') { out[k++] = '\\'; out[k++] = 'n'; }
        else if (c == '\r') { out[k++] = '\\'; out[k++] = 'r'; }
        else if (c < ' ' || c == 0x7F) k = put_hex(out, k, 'x', c, 2);
        else if (c < 0x7F || molt_unicode_isprintable(c)) out[k++] = c;
        else if (c <= 0xFF) k = put_hex(out, k, 'x', c, 2);
        else if (c <= 0xFFFF) k = put_hex(out, k, 'u', c, 4);
        else k = put_hex(out, k, 'U', c, 8);
    }
    out[k++] = quote;
    MoltObject *r = molt_str_from_codepoints(out, k);
    free(out);
    return r;
}

/* SipHash-1-3 over the bytes CPython would hold: 1, 2 or 4 bytes per character, little-endian. */
int64_t molt_str_hash(MoltObject *o) {
    MoltStr *s = (MoltStr *)o;
    if (s->hash != -1) return s->hash;
    size_t n = (size_t)s->length * (size_t)s->kind;
    unsigned char small[256];
    unsigned char *bytes = n <= sizeof small ? small : malloc(n);
    if (!bytes) { molt_err_no_memory(); return -1; }
    for (int64_t i = 0; i < s->length; i++) {
        uint32_t c = s->data[i];
        for (int b = 0; b < s->kind; b++) bytes[(size_t)i * (size_t)s->kind + (size_t)b] = (unsigned char)(c >> (8 * b));
    }
    s->hash = molt_hash_bytes(bytes, n);
    if (bytes != small) free(bytes);
    return s->hash;
}

int molt_str_equal(MoltObject *a, MoltObject *b) {
    MoltStr *x = (MoltStr *)a, *y = (MoltStr *)b;
    if (x == y) return 1;
    if (x->length != y->length) return 0;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return 0;
    return memcmp(x->data, y->data, (size_t)x->length * sizeof(uint32_t)) == 0;
}

MoltObject *molt_str_concat(MoltObject *a, MoltObject *b) {
    MoltStr *x = (MoltStr *)a, *y = (MoltStr *)b;
    MoltStr *s = str_alloc(x->length + y->length);
    if (!s) return NULL;
    memcpy(s->data, x->data, (size_t)x->length * sizeof(uint32_t));
    memcpy(s->data + x->length, y->data, (size_t)y->length * sizeof(uint32_t));
    s->kind = x->kind > y->kind ? x->kind : y->kind;
    return (MoltObject *)s;
}

/* ---- bytes ---- */

static int64_t bytes_hash(MoltObject *o) {
    MoltBytes *b = (MoltBytes *)o;
    if (b->hash == -1) b->hash = molt_hash_bytes(b->data, (size_t)b->length);
    return b->hash;
}

static int bytes_eq(MoltObject *a, MoltObject *b) {
    if (b->type != &MoltBytes_Type) return MOLT_NOT_IMPLEMENTED_CMP;
    MoltBytes *x = (MoltBytes *)a, *y = (MoltBytes *)b;
    return x->length == y->length && memcmp(x->data, y->data, (size_t)x->length) == 0;
}

/* b'...' with CPython's quoting: printable ASCII as is, \t \n \r, \xHH otherwise. */
static MoltObject *bytes_repr(MoltObject *o) {
    MoltBytes *b = (MoltBytes *)o;
    int squote = memchr(b->data, '\'', (size_t)b->length) != NULL;
    int dquote = memchr(b->data, '"', (size_t)b->length) != NULL;
    char quote = squote && !dquote ? '"' : '\'';
    char *out = molt_malloc((size_t)b->length * 4 + 4);
    if (!out) return NULL;
    size_t k = 0;
    out[k++] = 'b';
    out[k++] = quote;
    for (int64_t i = 0; i < b->length; i++) {
        unsigned char c = b->data[i];
        if (c == (unsigned char)quote || c == '\\') { out[k++] = '\\'; out[k++] = (char)c; }
        else if (c == '\t') { out[k++] = '\\'; out[k++] = 't'; }
        else if (c == '\n') { out[k++] = '\\'; out[k++] = 'n'; }
        else if (c == '\r') { out[k++] = '\\'; out[k++] = 'r'; }
        else if (c < ' ' || c >= 0x7F) { out[k++] = '\\'; out[k++] = 'x'; out[k++] = HEX[c >> 4]; out[k++] = HEX[c & 15]; }
        else out[k++] = (char)c;
    }
    out[k++] = quote;
    MoltObject *r = molt_str_from_utf8(out, k);
    free(out);
    return r;
}

MoltType MoltBytes_Type = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, "bytes", NULL, NULL, bytes_repr, NULL,
                           bytes_hash, bytes_eq};

MoltObject *molt_bytes_from(const void *data, size_t n) {
    MoltBytes *b = (MoltBytes *)molt_alloc(&MoltBytes_Type, sizeof(MoltBytes) + n);
    if (!b) return NULL;
    b->length = (int64_t)n;
    b->hash = -1;
    memcpy(b->data, data, n);
    return (MoltObject *)b;
}
