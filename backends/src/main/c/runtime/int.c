/*
 * int: a machine-size fast path (ndigits == 0) and an arbitrary-precision magnitude in base 2^32
 * with a sign. Results are normalised: a value that fits in int64 is always stored small, so two
 * equal ints have equal representations.
 */
#include "molt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint32_t digit;
typedef uint64_t twodigits;

/* A read-only signed view of any int; small values borrow buf. */
typedef struct {
    int neg;
    int64_t n;
    const digit *d;
    digit buf[2];
} View;

static int64_t int_hash_slot(MoltObject *o) { return molt_int_hash(o); }
static int int_eq_slot(MoltObject *a, MoltObject *b);
static MoltObject *bool_repr(MoltObject *o) {
    return molt_str_from_cstr(((MoltInt *)o)->small ? "True" : "False");
}

MoltType MoltInt_Type = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, "int", NULL, NULL, molt_int_repr, NULL,
                         int_hash_slot, int_eq_slot};
MoltType MoltBool_Type = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, "bool", &MoltInt_Type, NULL, bool_repr, NULL,
                          int_hash_slot, int_eq_slot};
MoltInt molt_True_object = {{MOLT_IMMORTAL_REFCNT, &MoltBool_Type}, 1, 0, 0};
MoltInt molt_False_object = {{MOLT_IMMORTAL_REFCNT, &MoltBool_Type}, 0, 0, 0};

static void view(MoltObject *o, View *v) {
    MoltInt *i = (MoltInt *)o;
    if (i->ndigits) {
        v->neg = i->negative;
        v->n = i->ndigits;
        v->d = i->digit;
        return;
    }
    uint64_t m = i->small < 0 ? (uint64_t)0 - (uint64_t)i->small : (uint64_t)i->small;
    v->neg = i->small < 0;
    v->buf[0] = (digit)m;
    v->buf[1] = (digit)(m >> 32);
    v->n = v->buf[1] ? 2 : (v->buf[0] ? 1 : 0);
    v->d = v->buf;
}

static int64_t normalize(const digit *d, int64_t n) {
    while (n > 0 && d[n - 1] == 0) n--;
    return n;
}

/* Builds a normalised int from a sign and magnitude (the magnitude is copied). */
static MoltObject *make(int neg, const digit *d, int64_t n) {
    n = normalize(d, n);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : (n == 1 ? d[0] : ((uint64_t)d[1] << 32 | d[0]));
        if (m <= (uint64_t)INT64_MAX) return molt_int_from_i64(neg ? -(int64_t)m : (int64_t)m);
        if (neg && m == (uint64_t)1 << 63) return molt_int_from_i64(INT64_MIN);
    }
    if (n > INT32_MAX) {
        molt_err_set_string(&MoltOverflowError_Type, "too many digits in integer");
        return NULL;
    }
    MoltInt *r = (MoltInt *)molt_alloc(&MoltInt_Type, sizeof(MoltInt) + (size_t)n * sizeof(digit));
    if (!r) return NULL;
    r->small = 0;
    r->ndigits = (int32_t)n;
    r->negative = neg;
    memcpy(r->digit, d, (size_t)n * sizeof(digit));
    return (MoltObject *)r;
}

/* Like make, but frees the scratch magnitude. */
static MoltObject *make_free(int neg, digit *d, int64_t n) {
    MoltObject *r = make(neg, d, n);
    free(d);
    return r;
}

static digit *scratch(int64_t n) { return molt_malloc((size_t)(n > 0 ? n : 1) * sizeof(digit)); }

MoltObject *molt_int_from_i64(int64_t v) {
    MoltInt *r = (MoltInt *)molt_alloc(&MoltInt_Type, sizeof(MoltInt));
    if (!r) return NULL;
    r->small = v;
    r->ndigits = 0;
    r->negative = v < 0;
    return (MoltObject *)r;
}

/* ---- magnitude arithmetic ---- */

static int mag_cmp(const digit *a, int64_t na, const digit *b, int64_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (int64_t i = na - 1; i >= 0; i--) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

/* out has room for max(na, nb) + 1 digits. */
static int64_t mag_add(const digit *a, int64_t na, const digit *b, int64_t nb, digit *out) {
    if (na < nb) {
        const digit *t = a; a = b; b = t;
        int64_t tn = na; na = nb; nb = tn;
    }
    twodigits carry = 0;
    int64_t i = 0;
    for (; i < nb; i++) {
        carry += (twodigits)a[i] + b[i];
        out[i] = (digit)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        out[i] = (digit)carry;
        carry >>= 32;
    }
    out[i] = (digit)carry;
    return na + 1;
}

/* Requires |a| >= |b|; out has room for na digits. */
static int64_t mag_sub(const digit *a, int64_t na, const digit *b, int64_t nb, digit *out) {
    int64_t borrow = 0;
    int64_t i = 0;
    for (; i < nb; i++) {
        int64_t t = (int64_t)a[i] - b[i] - borrow;
        borrow = t < 0;
        out[i] = (digit)t;
    }
    for (; i < na; i++) {
        int64_t t = (int64_t)a[i] - borrow;
        borrow = t < 0;
        out[i] = (digit)t;
    }
    return normalize(out, na);
}

/* out has room for na + nb digits. */
static int64_t mag_mul(const digit *a, int64_t na, const digit *b, int64_t nb, digit *out) {
    memset(out, 0, (size_t)(na + nb) * sizeof(digit));
    for (int64_t i = 0; i < na; i++) {
        twodigits carry = 0;
        twodigits ai = a[i];
        if (ai == 0) continue;
        for (int64_t j = 0; j < nb; j++) {
            carry += ai * b[j] + out[i + j];
            out[i + j] = (digit)carry;
            carry >>= 32;
        }
        out[i + nb] = (digit)carry;
    }
    return normalize(out, na + nb);
}

/* q = a / d in place allowed; returns the remainder. */
static digit mag_divrem_digit(const digit *a, int64_t na, digit d, digit *q) {
    twodigits rem = 0;
    for (int64_t i = na - 1; i >= 0; i--) {
        rem = (rem << 32) | a[i];
        q[i] = (digit)(rem / d);
        rem %= d;
    }
    return (digit)rem;
}

static int nlz(digit x) { return x ? __builtin_clz(x) : 32; }

/*
 * Knuth's algorithm D: q gets na - nb + 1 digits, r gets nb digits. Requires nb >= 2, na >= nb.
 * Returns 0, or -1 on allocation failure.
 */
static int mag_divrem(const digit *a, int64_t na, const digit *b, int64_t nb, digit *q, digit *r) {
    int s = nlz(b[nb - 1]);
    digit *u = scratch(na + 1), *v = scratch(nb);
    if (!u || !v) { free(u); free(v); return -1; }
    for (int64_t i = nb - 1; i > 0; i--) v[i] = s ? (b[i] << s) | (b[i - 1] >> (32 - s)) : b[i];
    v[0] = b[0] << s;
    u[na] = s ? a[na - 1] >> (32 - s) : 0;
    for (int64_t i = na - 1; i > 0; i--) u[i] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
    u[0] = a[0] << s;
    for (int64_t j = na - nb; j >= 0; j--) {
        twodigits num = ((twodigits)u[j + nb] << 32) | u[j + nb - 1];
        twodigits qhat = num / v[nb - 1];
        twodigits rhat = num % v[nb - 1];
        while (qhat > 0xFFFFFFFFu || qhat * v[nb - 2] > ((rhat << 32) | u[j + nb - 2])) {
            qhat--;
            rhat += v[nb - 1];
            if (rhat > 0xFFFFFFFFu) break;
        }
        int64_t borrow = 0;
        twodigits carry = 0;
        for (int64_t i = 0; i < nb; i++) {
            twodigits p = qhat * v[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)u[i + j] - (digit)p - borrow;
            u[i + j] = (digit)t;
            borrow = t < 0;
        }
        int64_t t = (int64_t)u[j + nb] - (int64_t)carry - borrow;
        u[j + nb] = (digit)t;
        if (t < 0) { /* qhat was one too large: add back */
            qhat--;
            twodigits c = 0;
            for (int64_t i = 0; i < nb; i++) {
                c += (twodigits)u[i + j] + v[i];
                u[i + j] = (digit)c;
                c >>= 32;
            }
            u[j + nb] += (digit)c;
        }
        q[j] = (digit)qhat;
    }
    for (int64_t i = 0; i < nb; i++) r[i] = s ? (u[i] >> s) | ((twodigits)u[i + 1] << (32 - s)) : u[i];
    free(u);
    free(v);
    return 0;
}

/* Truncating division of magnitudes; *q / *r are new scratch arrays. */
static int mag_divmod(const View *a, const View *b, digit **q, int64_t *nq, digit **r, int64_t *nr) {
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        *q = scratch(1); *nq = 0;
        *r = scratch(a->n); *nr = a->n;
        if (!*q || !*r) { free(*q); free(*r); return -1; }
        memcpy(*r, a->d, (size_t)a->n * sizeof(digit));
        return 0;
    }
    *q = scratch(a->n - b->n + 1);
    *r = scratch(b->n);
    if (!*q || !*r) { free(*q); free(*r); return -1; }
    if (b->n == 1) {
        (*r)[0] = mag_divrem_digit(a->d, a->n, b->d[0], *q);
        *nq = normalize(*q, a->n);
        *nr = normalize(*r, 1);
        return 0;
    }
    if (mag_divrem(a->d, a->n, b->d, b->n, *q, *r) < 0) { free(*q); free(*r); return -1; }
    *nq = normalize(*q, a->n - b->n + 1);
    *nr = normalize(*r, b->n);
    return 0;
}

static int64_t bit_length(const View *v) { return v->n ? (v->n - 1) * 32 + (32 - nlz(v->d[v->n - 1])) : 0; }

/* ---- signed operations ---- */

static MoltObject *add_views(const View *a, const View *b, int negate_b) {
    int bneg = negate_b ? !b->neg : b->neg;
    int64_t n = (a->n > b->n ? a->n : b->n) + 1;
    digit *out = scratch(n);
    if (!out) return NULL;
    if (a->neg == bneg) return make_free(a->neg, out, mag_add(a->d, a->n, b->d, b->n, out));
    if (mag_cmp(a->d, a->n, b->d, b->n) >= 0) return make_free(a->neg, out, mag_sub(a->d, a->n, b->d, b->n, out));
    return make_free(bneg, out, mag_sub(b->d, b->n, a->d, a->n, out));
}

static int both_small(MoltObject *a, MoltObject *b) {
    return ((MoltInt *)a)->ndigits == 0 && ((MoltInt *)b)->ndigits == 0;
}
#define SMALL(o) (((MoltInt *)(o))->small)

MoltObject *molt_int_add(MoltObject *a, MoltObject *b) {
    int64_t r;
    if (both_small(a, b) && !__builtin_add_overflow(SMALL(a), SMALL(b), &r)) return molt_int_from_i64(r);
    View va, vb;
    view(a, &va);
    view(b, &vb);
    return add_views(&va, &vb, 0);
}

MoltObject *molt_int_sub(MoltObject *a, MoltObject *b) {
    int64_t r;
    if (both_small(a, b) && !__builtin_sub_overflow(SMALL(a), SMALL(b), &r)) return molt_int_from_i64(r);
    View va, vb;
    view(a, &va);
    view(b, &vb);
    return add_views(&va, &vb, 1);
}

MoltObject *molt_int_mul(MoltObject *a, MoltObject *b) {
    int64_t r;
    if (both_small(a, b) && !__builtin_mul_overflow(SMALL(a), SMALL(b), &r)) return molt_int_from_i64(r);
    View va, vb;
    view(a, &va);
    view(b, &vb);
    digit *out = scratch(va.n + vb.n);
    if (!out) return NULL;
    return make_free(va.neg != vb.neg, out, mag_mul(va.d, va.n, vb.d, vb.n, out));
}

/* Python's floor division and modulo: the remainder takes the divisor's sign. */
static int floor_divmod(MoltObject *a, MoltObject *b, MoltObject **q, MoltObject **r, const char *zero_message) {
    if (both_small(a, b)) {
        int64_t x = SMALL(a), y = SMALL(b);
        if (y == 0) {
            molt_err_set_string(&MoltZeroDivisionError_Type, zero_message);
            return -1;
        }
        if (!(x == INT64_MIN && y == -1)) {
            int64_t qq = x / y, rr = x % y;
            if (rr != 0 && ((rr < 0) != (y < 0))) { qq--; rr += y; }
            if (q && !(*q = molt_int_from_i64(qq))) return -1;
            if (r && !(*r = molt_int_from_i64(rr))) { if (q) molt_decref(*q); return -1; }
            return 0;
        }
    }
    View va, vb;
    view(a, &va);
    view(b, &vb);
    if (vb.n == 0) {
        molt_err_set_string(&MoltZeroDivisionError_Type, zero_message);
        return -1;
    }
    digit *qd, *rd;
    int64_t nq, nr;
    if (mag_divmod(&va, &vb, &qd, &nq, &rd, &nr) < 0) return -1;
    int qneg = va.neg != vb.neg;
    if (qneg && nr > 0) {
        /* q = -(|q| + 1), r = |b| - |r| with b's sign */
        digit *q1 = scratch(nq + 1), *r1 = scratch(vb.n);
        if (!q1 || !r1) { free(q1); free(r1); free(qd); free(rd); return -1; }
        digit one = 1;
        nq = mag_add(qd, nq, &one, 1, q1);
        nr = mag_sub(vb.d, vb.n, rd, nr, r1);
        free(qd); free(rd);
        qd = q1; rd = r1;
    }
    MoltObject *qo = NULL, *ro = NULL;
    if (q && !(qo = make(qneg, qd, nq))) goto fail;
    if (r && !(ro = make(vb.neg, rd, nr))) goto fail;
    free(qd); free(rd);
    if (q) *q = qo;
    if (r) *r = ro;
    return 0;
fail:
    free(qd); free(rd);
    molt_xdecref(qo);
    return -1;
}

MoltObject *molt_int_floordiv(MoltObject *a, MoltObject *b) {
    MoltObject *q;
    return floor_divmod(a, b, &q, NULL, "integer division or modulo by zero") < 0 ? NULL : q;
}

MoltObject *molt_int_mod(MoltObject *a, MoltObject *b) {
    MoltObject *r;
    return floor_divmod(a, b, NULL, &r, "integer modulo by zero") < 0 ? NULL : r;
}

MoltObject *molt_int_divmod(MoltObject *a, MoltObject *b) {
    MoltObject *q, *r;
    if (floor_divmod(a, b, &q, &r, "integer division or modulo by zero") < 0) return NULL;
    MoltObject *t = molt_tuple_new(2);
    if (!t) { molt_decref(q); molt_decref(r); return NULL; }
    molt_tuple_set_steal(t, 0, q);
    molt_tuple_set_steal(t, 1, r);
    return t;
}

MoltObject *molt_int_neg(MoltObject *a) {
    if (((MoltInt *)a)->ndigits == 0 && SMALL(a) != INT64_MIN) return molt_int_from_i64(-SMALL(a));
    View va;
    view(a, &va);
    return make(!va.neg, va.d, va.n);
}

MoltObject *molt_int_abs(MoltObject *a) { return molt_int_sign(a) < 0 ? molt_int_neg(a) : molt_int_add(a, molt_False); }

MoltObject *molt_int_invert(MoltObject *a) {
    MoltObject *one = molt_int_from_i64(1);
    if (!one) return NULL;
    MoltObject *n = molt_int_neg(a);
    MoltObject *r = n ? molt_int_sub(n, one) : NULL;
    molt_xdecref(n);
    molt_decref(one);
    return r;
}

int molt_int_sign(MoltObject *a) {
    MoltInt *i = (MoltInt *)a;
    if (i->ndigits) return i->negative ? -1 : 1;
    return (i->small > 0) - (i->small < 0);
}

int molt_int_compare(MoltObject *a, MoltObject *b) {
    if (both_small(a, b)) return (SMALL(a) > SMALL(b)) - (SMALL(a) < SMALL(b));
    View va, vb;
    view(a, &va);
    view(b, &vb);
    if (va.n == 0 && vb.n == 0) return 0;
    if (va.neg != vb.neg) return va.neg ? -1 : 1;
    int c = mag_cmp(va.d, va.n, vb.d, vb.n);
    return va.neg ? -c : c;
}

static int int_eq_slot(MoltObject *a, MoltObject *b) {
    if (molt_int_check(b)) return molt_int_compare(a, b) == 0;
    if (b->type == &MoltFloat_Type) {
        double y = molt_float_value(b);
        if (isnan(y) || isinf(y)) return 0;
        if (y != floor(y)) return 0;
        MoltObject *yi = molt_int_from_double(y);
        if (!yi) return -1;
        int r = molt_int_compare(a, yi) == 0;
        molt_decref(yi);
        return r;
    }
    return MOLT_NOT_IMPLEMENTED_CMP;
}

int molt_int_as_i64(MoltObject *o, int64_t *out) {
    if (((MoltInt *)o)->ndigits == 0) {
        *out = SMALL(o);
        return 0;
    }
    molt_err_set_string(&MoltOverflowError_Type, "Python int too large to convert to C long");
    return -1;
}

/* ---- shifts and bitwise operations ---- */

static MoltObject *shift_left_view(const View *va, int64_t count) {
    int64_t words = count / 32;
    int bits = (int)(count % 32);
    int64_t n = va->n + words + 1;
    digit *out = scratch(n);
    if (!out) return NULL;
    memset(out, 0, (size_t)n * sizeof(digit));
    for (int64_t i = 0; i < va->n; i++) {
        twodigits t = (twodigits)va->d[i] << bits;
        out[i + words] |= (digit)t;
        out[i + words + 1] |= (digit)(t >> 32);
    }
    return make_free(va->neg, out, n);
}

/* Magnitude shifted right, truncating. */
static int64_t mag_shift_right(const digit *a, int64_t na, int64_t count, digit *out) {
    int64_t words = count / 32;
    int bits = (int)(count % 32);
    if (words >= na) return 0;
    int64_t n = na - words;
    for (int64_t i = 0; i < n; i++) {
        twodigits t = a[i + words];
        if (i + words + 1 < na) t |= (twodigits)a[i + words + 1] << 32;
        out[i] = (digit)(t >> bits);
    }
    return normalize(out, n);
}

static int shift_count(MoltObject *b, int64_t *count) {
    if (molt_int_sign(b) < 0) {
        molt_err_set_string(&MoltValueError_Type, "negative shift count");
        return -1;
    }
    if (((MoltInt *)b)->ndigits) {
        *count = INT64_MAX;
        return 0;
    }
    *count = SMALL(b);
    return 0;
}

MoltObject *molt_int_lshift(MoltObject *a, MoltObject *b) {
    int64_t count;
    if (shift_count(b, &count) < 0) return NULL;
    if (molt_int_sign(a) == 0) return molt_int_from_i64(0);
    if (((MoltInt *)a)->ndigits == 0 && count < 62) {
        int64_t x = SMALL(a);
        if (x >= -(INT64_C(1) << (62 - count)) && x < (INT64_C(1) << (62 - count))) {
            return molt_int_from_i64((int64_t)((uint64_t)x << count));
        }
    }
    if (count > ((int64_t)INT32_MAX - 2) * 32) {
        molt_err_set_string(&MoltOverflowError_Type, "too many digits in integer");
        return NULL;
    }
    View va;
    view(a, &va);
    return shift_left_view(&va, count);
}

MoltObject *molt_int_rshift(MoltObject *a, MoltObject *b) {
    int64_t count;
    if (shift_count(b, &count) < 0) return NULL;
    if (((MoltInt *)a)->ndigits == 0) {
        return molt_int_from_i64(count >= 64 ? (SMALL(a) < 0 ? -1 : 0) : SMALL(a) >> count);
    }
    View va;
    view(a, &va);
    digit *out = scratch(va.n);
    if (!out) return NULL;
    if (!va.neg) return make_free(0, out, mag_shift_right(va.d, va.n, count, out));
    /* floor for negatives: -(((|a| - 1) >> n) + 1) */
    digit one = 1;
    digit *m1 = scratch(va.n);
    if (!m1) { free(out); return NULL; }
    int64_t n1 = mag_sub(va.d, va.n, &one, 1, m1);
    int64_t n = mag_shift_right(m1, n1, count, out);
    free(m1);
    digit *res = scratch(n + 1);
    if (!res) { free(out); return NULL; }
    n = mag_add(out, n, &one, 1, res);
    free(out);
    return make_free(1, res, n);
}

/* Two's complement of a view in n digits. */
static void twos(const View *v, digit *out, int64_t n) {
    for (int64_t i = 0; i < n; i++) out[i] = i < v->n ? v->d[i] : 0;
    if (v->neg) {
        twodigits carry = 1;
        for (int64_t i = 0; i < n; i++) {
            carry += (digit)~out[i];
            out[i] = (digit)carry;
            carry >>= 32;
        }
    }
}

static MoltObject *bitwise(MoltObject *a, MoltObject *b, char op) {
    if (both_small(a, b)) {
        int64_t x = SMALL(a), y = SMALL(b);
        return molt_int_from_i64(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    View va, vb;
    view(a, &va);
    view(b, &vb);
    int64_t n = (va.n > vb.n ? va.n : vb.n) + 1;
    digit *x = scratch(n), *y = scratch(n);
    if (!x || !y) { free(x); free(y); return NULL; }
    twos(&va, x, n);
    twos(&vb, y, n);
    for (int64_t i = 0; i < n; i++) x[i] = op == '&' ? (x[i] & y[i]) : op == '|' ? (x[i] | y[i]) : (x[i] ^ y[i]);
    free(y);
    int neg = (x[n - 1] >> 31) & 1;
    if (neg) {
        View t = {1, n, x, {0, 0}};
        twos(&t, x, n); /* two's complement again gives the magnitude */
    }
    return make_free(neg, x, n);
}

MoltObject *molt_int_and(MoltObject *a, MoltObject *b) { return bitwise(a, b, '&'); }
MoltObject *molt_int_or(MoltObject *a, MoltObject *b) { return bitwise(a, b, '|'); }
MoltObject *molt_int_xor(MoltObject *a, MoltObject *b) { return bitwise(a, b, '^'); }

/* ---- power ---- */

MoltObject *molt_int_pow(MoltObject *a, MoltObject *b) {
    if (molt_int_sign(b) < 0) {
        MoltObject *fa = NULL, *r = NULL;
        double x = molt_int_as_double(a);
        if (x == -1.0 && molt_err_occurred()) return NULL;
        fa = molt_float_from_double(x);
        if (!fa) return NULL;
        r = molt_float_pow(fa, b);
        molt_decref(fa);
        return r;
    }
    View va;
    view(a, &va);
    if (va.n == 0) return molt_int_from_i64(molt_int_sign(b) == 0 ? 1 : 0);
    if (va.n == 1 && va.d[0] == 1) {
        int odd = ((MoltInt *)b)->ndigits ? (((MoltInt *)b)->digit[0] & 1) : (SMALL(b) & 1);
        return molt_int_from_i64(va.neg && odd ? -1 : 1);
    }
    int64_t e;
    if (molt_int_as_i64(b, &e) < 0) return NULL;
    MoltObject *result = molt_int_from_i64(1);
    MoltObject *base = molt_int_add(a, molt_False);
    while (result && base && e) {
        if (e & 1) {
            MoltObject *t = molt_int_mul(result, base);
            molt_decref(result);
            result = t;
        }
        e >>= 1;
        if (e && result) {
            MoltObject *t = molt_int_mul(base, base);
            molt_decref(base);
            base = t;
        }
    }
    molt_xdecref(base);
    if (!base && result) { molt_decref(result); return NULL; }
    return result;
}

/* ---- conversion to and from float ---- */

double molt_int_as_double(MoltObject *o) {
    if (((MoltInt *)o)->ndigits == 0) return (double)SMALL(o);
    View v;
    view(o, &v);
    int64_t bits = bit_length(&v);
    if (bits > 1024) goto overflow;
    /* The top 64 bits plus a sticky bit for everything below round exactly once. */
    int64_t shift = bits - 64;
    digit top[3];
    int64_t nt = mag_shift_right(v.d, v.n, shift, top);
    uint64_t m = nt == 0 ? 0 : (nt == 1 ? top[0] : ((uint64_t)top[1] << 32 | top[0]));
    int64_t words = shift / 32;
    int sticky = 0;
    for (int64_t i = 0; i < words && !sticky; i++) sticky = v.d[i] != 0;
    if (!sticky && (shift % 32)) sticky = (v.d[words] & ((1u << (shift % 32)) - 1)) != 0;
    double r = ldexp((double)(m | (uint64_t)sticky), (int)shift);
    if (isinf(r)) goto overflow;
    return v.neg ? -r : r;
overflow:
    molt_err_set_string(&MoltOverflowError_Type, "int too large to convert to float");
    return -1.0;
}

MoltObject *molt_int_from_double(double x) {
    if (isnan(x)) {
        molt_err_set_string(&MoltValueError_Type, "cannot convert float NaN to integer");
        return NULL;
    }
    if (isinf(x)) {
        molt_err_set_string(&MoltOverflowError_Type, "cannot convert float infinity to integer");
        return NULL;
    }
    x = trunc(x);
    if (x > -9.2e18 && x < 9.2e18) return molt_int_from_i64((int64_t)x);
    int e;
    double m = frexp(fabs(x), &e); /* |x| = m * 2^e, 0.5 <= m < 1, e > 53 here */
    uint64_t mant = (uint64_t)ldexp(m, 64);
    View v = {x < 0, 2, NULL, {(digit)mant, (digit)(mant >> 32)}};
    v.d = v.buf;
    return shift_left_view(&v, e - 64);
}

MoltObject *molt_int_truediv(MoltObject *a, MoltObject *b) {
    View va, vb;
    view(a, &va);
    view(b, &vb);
    if (vb.n == 0) {
        molt_err_set_string(&MoltZeroDivisionError_Type, "division by zero");
        return NULL;
    }
    int64_t ba = bit_length(&va), bb = bit_length(&vb);
    if (ba <= 53 && bb <= 53) return molt_float_from_double(molt_int_as_double(a) / molt_int_as_double(b));
    if (ba == 0) return molt_float_from_double(va.neg != vb.neg ? -0.0 : 0.0);
    /* Scale so the quotient has 55 or 56 bits, fold the remainder into a sticky bit, round once. */
    int64_t s = 55 - (ba - bb);
    MoltObject *num = NULL, *den = NULL, *q = NULL, *r = NULL, *result = NULL;
    View pa = va, pb = vb;
    pa.neg = pb.neg = 0;
    num = s >= 0 ? shift_left_view(&pa, s) : make(0, pa.d, pa.n);
    den = s < 0 ? shift_left_view(&pb, -s) : make(0, pb.d, pb.n);
    if (num && den && floor_divmod(num, den, &q, &r, "division by zero") == 0) {
        View vq;
        view(q, &vq);
        uint64_t m = vq.n == 1 ? vq.d[0] : ((uint64_t)vq.d[1] << 32 | vq.d[0]);
        if (molt_int_sign(r) != 0) m |= 1;
        double x = ldexp((double)m, (int)-s);
        if (isinf(x)) {
            molt_err_set_string(&MoltOverflowError_Type, "integer division result too large for a float");
        } else {
            result = molt_float_from_double(va.neg != vb.neg ? -x : x);
        }
    }
    molt_xdecref(num); molt_xdecref(den); molt_xdecref(q); molt_xdecref(r);
    return result;
}

/* ---- decimal strings ---- */

#define DEC_BASE 1000000000u

MoltObject *molt_int_repr(MoltObject *o) {
    char small[32];
    if (((MoltInt *)o)->ndigits == 0) {
        snprintf(small, sizeof small, "%lld", (long long)SMALL(o));
        return molt_str_from_cstr(small);
    }
    View v;
    view(o, &v);
    /* Cheap early refusal, as CPython's: log10(2) < 0.30103, so this many bits has > 4300 digits. */
    if (bit_length(&v) > (int64_t)(MOLT_INT_MAX_STR_DIGITS / 0.30103) + 64) goto too_long;
    int64_t nchunks = v.n * 32 / 29 + 2;
    uint32_t *chunks = molt_malloc((size_t)nchunks * sizeof(uint32_t));
    digit *work = scratch(v.n);
    if (!chunks || !work) { free(chunks); free(work); return NULL; }
    memcpy(work, v.d, (size_t)v.n * sizeof(digit));
    int64_t n = v.n, count = 0;
    while (n > 0) {
        chunks[count++] = mag_divrem_digit(work, n, DEC_BASE, work);
        n = normalize(work, n);
    }
    free(work);
    char *text = molt_malloc((size_t)count * 9 + 2);
    if (!text) { free(chunks); return NULL; }
    int len = 0;
    if (v.neg) text[len++] = '-';
    len += sprintf(text + len, "%u", chunks[count - 1]);
    for (int64_t i = count - 2; i >= 0; i--) len += sprintf(text + len, "%09u", chunks[i]);
    free(chunks);
    if (len - v.neg > MOLT_INT_MAX_STR_DIGITS) {
        free(text);
        goto too_long;
    }
    MoltObject *s = molt_str_from_utf8(text, (size_t)len);
    free(text);
    return s;
too_long:
    molt_err_format(&MoltValueError_Type, "Exceeds the limit (%d digits) for integer string conversion; "
                    "use sys.set_int_max_str_digits() to increase the limit", MOLT_INT_MAX_STR_DIGITS);
    return NULL;
}

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static MoltObject *invalid_literal(const char *s, size_t n, int base) {
    MoltObject *text = molt_str_from_utf8(s, n);
    MoltObject *r = text ? molt_repr(text) : NULL;
    if (r) {
        size_t len;
        char *u = molt_str_to_utf8(r, &len);
        if (u) molt_err_format(&MoltValueError_Type, "invalid literal for int() with base %d: %s", base, u);
        free(u);
    }
    molt_xdecref(text);
    molt_xdecref(r);
    return NULL;
}

MoltObject *molt_int_from_string(const char *s, size_t n, int base) {
    size_t i = 0, end = n;
    while (i < end && is_space(s[i])) i++;
    while (end > i && is_space(s[end - 1])) end--;
    int neg = 0;
    if (i < end && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (base != 10 || i == end) return invalid_literal(s, n, base);
    size_t ndigits = 0;
    for (size_t k = i; k < end; k++) {
        if (s[k] >= '0' && s[k] <= '9') {
            ndigits++;
        } else if (!(s[k] == '_' && k > i && k + 1 < end && s[k - 1] != '_' && s[k + 1] >= '0' && s[k + 1] <= '9')) {
            return invalid_literal(s, n, base);
        }
    }
    if (ndigits > MOLT_INT_MAX_STR_DIGITS) {
        molt_err_format(&MoltValueError_Type, "Exceeds the limit (%d digits) for integer string conversion: "
                        "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                        MOLT_INT_MAX_STR_DIGITS, ndigits);
        return NULL;
    }
    int64_t cap = (int64_t)(ndigits / 9 + 2);
    digit *mag = scratch(cap);
    if (!mag) return NULL;
    int64_t len = 0;
    uint32_t chunk = 0, scale = 1;
    for (size_t k = i; k <= end; k++) {
        if (k < end && s[k] == '_') continue;
        if (k < end) {
            chunk = chunk * 10 + (uint32_t)(s[k] - '0');
            scale *= 10;
        }
        if (scale == DEC_BASE || (k == end && scale > 1)) {
            twodigits carry = chunk;
            for (int64_t j = 0; j < len; j++) {
                carry += (twodigits)mag[j] * scale;
                mag[j] = (digit)carry;
                carry >>= 32;
            }
            if (carry) mag[len++] = (digit)carry;
            chunk = 0;
            scale = 1;
        }
    }
    return make_free(neg, mag, len);
}

/* ---- hash: |n| mod 2^61-1, with the sign; -1 is reserved for errors ---- */

int64_t molt_int_hash(MoltObject *o) {
    View v;
    view(o, &v);
    uint64_t x = 0;
    for (int64_t i = v.n - 1; i >= 0; i--) {
        unsigned __int128 t = ((unsigned __int128)x << 32) | v.d[i];
        x = (uint64_t)(t % MOLT_HASH_MODULUS);
    }
    int64_t h = v.neg ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}
