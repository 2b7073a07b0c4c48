/* float: IEEE double with Python's division semantics and CPython's shortest round-trip repr. */
#include "molt.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static MoltObject *float_repr(MoltObject *o) {
    char buffer[40];
    molt_double_repr(molt_float_value(o), buffer);
    return molt_str_from_cstr(buffer);
}

static int64_t float_hash(MoltObject *o) {
    double v = molt_float_value(o);
    if (isnan(v)) {
        /* CPython 3.10+ hashes a NaN by its identity. */
        uint64_t y = (uint64_t)(uintptr_t)o;
        y = (y >> 4) | (y << 60);
        return (int64_t)y == -1 ? -2 : (int64_t)y;
    }
    return molt_double_hash(v);
}

static int float_eq(MoltObject *a, MoltObject *b) {
    if (b->type == &MoltFloat_Type) return molt_float_value(a) == molt_float_value(b);
    if (molt_int_check(b)) return molt_eq(b, a);
    return MOLT_NOT_IMPLEMENTED_CMP;
}

MoltType MoltFloat_Type = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, "float", NULL, NULL, float_repr, NULL,
                           float_hash, float_eq};

MoltObject *molt_float_from_double(double v) {
    MoltFloat *f = (MoltFloat *)molt_alloc(&MoltFloat_Type, sizeof(MoltFloat));
    if (!f) return NULL;
    f->value = v;
    return (MoltObject *)f;
}

/* Operands may be float, int or bool, as for Python's mixed arithmetic. */
static int as_double(MoltObject *o, double *out) {
    if (o->type == &MoltFloat_Type) {
        *out = molt_float_value(o);
        return 0;
    }
    if (molt_int_check(o)) {
        *out = molt_int_as_double(o);
        return *out == -1.0 && molt_err_occurred() ? -1 : 0;
    }
    molt_err_format(&MoltTypeError_Type, "must be real number, not %s", o->type->name);
    return -1;
}

#define BINARY(name, expr)                                             \
    MoltObject *name(MoltObject *a, MoltObject *b) {                   \
        double x, y;                                                   \
        if (as_double(a, &x) < 0 || as_double(b, &y) < 0) return NULL; \
        return molt_float_from_double(expr);                           \
    }
BINARY(molt_float_add, x + y)
BINARY(molt_float_sub, x - y)
BINARY(molt_float_mul, x * y)

MoltObject *molt_float_truediv(MoltObject *a, MoltObject *b) {
    double x, y;
    if (as_double(a, &x) < 0 || as_double(b, &y) < 0) return NULL;
    if (y == 0.0) {
        molt_err_set_string(&MoltZeroDivisionError_Type, "float division by zero");
        return NULL;
    }
    return molt_float_from_double(x / y);
}

/* Python's float divmod: the remainder takes the divisor's sign, the quotient is floored exactly. */
static void float_divmod(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0.0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div != 0.0) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

MoltObject *molt_float_floordiv(MoltObject *a, MoltObject *b) {
    double x, y, q, r;
    if (as_double(a, &x) < 0 || as_double(b, &y) < 0) return NULL;
    if (y == 0.0) {
        molt_err_set_string(&MoltZeroDivisionError_Type, "float floor division by zero");
        return NULL;
    }
    float_divmod(x, y, &q, &r);
    return molt_float_from_double(q);
}

MoltObject *molt_float_mod(MoltObject *a, MoltObject *b) {
    double x, y, q, r;
    if (as_double(a, &x) < 0 || as_double(b, &y) < 0) return NULL;
    if (y == 0.0) {
        molt_err_set_string(&MoltZeroDivisionError_Type, "float modulo");
        return NULL;
    }
    float_divmod(x, y, &q, &r);
    return molt_float_from_double(r);
}

MoltObject *molt_float_divmod(MoltObject *a, MoltObject *b) {
    double x, y, q, r;
    if (as_double(a, &x) < 0 || as_double(b, &y) < 0) return NULL;
    if (y == 0.0) {
        molt_err_set_string(&MoltZeroDivisionError_Type, "float divmod()");
        return NULL;
    }
    float_divmod(x, y, &q, &r);
    MoltObject *fq = molt_float_from_double(q), *fr = molt_float_from_double(r);
    MoltObject *t = fq && fr ? molt_tuple_new(2) : NULL;
    if (!t) { molt_xdecref(fq); molt_xdecref(fr); return NULL; }
    molt_tuple_set_steal(t, 0, fq);
    molt_tuple_set_steal(t, 1, fr);
    return t;
}

MoltObject *molt_float_pow(MoltObject *a, MoltObject *b) {
    double x, y;
    if (as_double(a, &x) < 0 || as_double(b, &y) < 0) return NULL;
    if (x == 0.0 && y < 0.0) {
        molt_err_set_string(&MoltZeroDivisionError_Type, "0.0 cannot be raised to a negative power");
        return NULL;
    }
    if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y)) {
        /* CPython returns a complex here; complex arithmetic is not in the runtime yet. */
        molt_err_set_string(&MoltValueError_Type, "negative number cannot be raised to a fractional power");
        return NULL;
    }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        molt_err_set_string(&MoltOverflowError_Type, "(34, 'Numerical result out of range')");
        return NULL;
    }
    return molt_float_from_double(r);
}

/* ---- repr ---- */

/*
 * The shortest digit string that reads back as v, the closest to v among the shortest: the
 * correctly rounded %.*e at increasing precision. At an exact power of two the gap below v is half
 * the gap above, so a shortest candidate may be the next decimal up rather than the nearest.
 * Returns the digit count; digits gets the digits without a point, *decpt the exponent such that
 * v = 0.digits * 10^decpt.
 */
static int shortest_digits(double v, char *digits, int *decpt) {
    char buffer[40];
    int mantissa_zero;
    {
        int e;
        double m = frexp(v, &e);
        mantissa_zero = m == 0.5 && v >= 0x1p-1021; /* normal power of two */
    }
    for (int precision = 1; precision <= 17; precision++) {
        snprintf(buffer, sizeof buffer, "%.*e", precision - 1, v);
        if (strtod(buffer, NULL) == v || precision == 17) {
            break;
        }
        if (mantissa_zero) {
            /* Try the next decimal up at this precision. */
            char up[40];
            char *e = strchr(buffer, 'e');
            int exponent = atoi(e + 1);
            char d[20];
            int n = 0;
            for (char *p = buffer; p < e; p++) if (*p >= '0' && *p <= '9') d[n++] = *p;
            int i = n - 1;
            while (i >= 0 && d[i] == '9') d[i--] = '0';
            if (i < 0) {
                memmove(d + 1, d, (size_t)n);
                d[0] = '1';
                exponent++;
                n++;
                d[n - 1] = 0; /* keep precision digits */
                n--;
            } else {
                d[i]++;
            }
            d[n] = 0;
            snprintf(up, sizeof up, "%c.%se%d", d[0], d + 1, exponent);
            if (strtod(up, NULL) == v) {
                strcpy(buffer, up);
                break;
            }
        }
    }
    /* buffer is "d.ddde±x" or "de±x" */
    char *e = strchr(buffer, 'e');
    int n = 0;
    for (char *p = buffer; p < e; p++) if (*p >= '0' && *p <= '9') digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    *decpt = atoi(e + 1) + 1;
    return n;
}

void molt_double_repr(double v, char *out) {
    if (isnan(v)) { strcpy(out, "nan"); return; }
    if (isinf(v)) { strcpy(out, v > 0 ? "inf" : "-inf"); return; }
    char *p = out;
    if (signbit(v)) {
        *p++ = '-';
        v = -v;
    }
    if (v == 0.0) { strcpy(p, "0.0"); return; }
    char digits[24];
    int decpt;
    int n = shortest_digits(v, digits, &decpt);
    if (decpt <= -4 || decpt > 16) {
        /* exponent notation: d[.ddd]e±XX */
        *p++ = digits[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)n - 1);
            p += n - 1;
        }
        sprintf(p, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
        return;
    }
    if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -decpt; i++) *p++ = '0';
        memcpy(p, digits, (size_t)n);
        p += n;
    } else if (decpt >= n) {
        memcpy(p, digits, (size_t)n);
        p += n;
        for (int i = n; i < decpt; i++) *p++ = '0';
        *p++ = '.';
        *p++ = '0';
    } else {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(n - decpt));
        p += n - decpt;
    }
    *p = 0;
}

/*
 * Python's numeric hash: a finite double is M * 2^e exactly, so its hash is M * 2^e mod (2^61 - 1),
 * and 2^61 = 1 modulo that prime, so a negative e is the rotation by e mod 61.
 */
int64_t molt_double_hash(double v) {
    if (isinf(v)) return v > 0 ? MOLT_HASH_INF : -MOLT_HASH_INF;
    int e;
    double m = frexp(fabs(v), &e);
    /* m * 2^53 is an integer below 2^53 */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    e -= 53;
    uint64_t x = mant % MOLT_HASH_MODULUS;
    int rot = ((e % MOLT_HASH_BITS) + MOLT_HASH_BITS) % MOLT_HASH_BITS;
    x = ((x << rot) & MOLT_HASH_MODULUS) | (x >> (MOLT_HASH_BITS - rot));
    if (rot == 0) x = mant % MOLT_HASH_MODULUS;
    if (x >= MOLT_HASH_MODULUS) x -= MOLT_HASH_MODULUS;
    int64_t h = v < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

/* ---- complex: enough for hashing ---- */

static int64_t complex_hash(MoltObject *o) {
    MoltComplex *c = (MoltComplex *)o;
    uint64_t hr = (uint64_t)molt_double_hash(c->real);
    uint64_t hi = (uint64_t)molt_double_hash(c->imag);
    int64_t h = (int64_t)(hr + 1000003u * hi);
    return h == -1 ? -2 : h;
}

static MoltObject *complex_repr(MoltObject *o) {
    MoltComplex *c = (MoltComplex *)o;
    char re[40], im[40], out[100];
    molt_double_repr(c->imag, im);
    size_t n = strlen(im);
    if (n >= 2 && strcmp(im + n - 2, ".0") == 0) im[n - 2] = 0;
    if (c->real == 0.0 && !signbit(c->real)) {
        snprintf(out, sizeof out, "%sj", im);
    } else {
        molt_double_repr(c->real, re);
        n = strlen(re);
        if (n >= 2 && strcmp(re + n - 2, ".0") == 0) re[n - 2] = 0;
        snprintf(out, sizeof out, "(%s%s%sj)", re, (im[0] == '-' || isnan(c->imag)) && im[0] != 'n' ? "" : "+", im);
    }
    return molt_str_from_cstr(out);
}

MoltType MoltComplex_Type = {{MOLT_IMMORTAL_REFCNT, &MoltType_Type}, "complex", NULL, NULL, complex_repr, NULL,
                             complex_hash, NULL};

MoltObject *molt_complex_from_doubles(double real, double imag) {
    MoltComplex *c = (MoltComplex *)molt_alloc(&MoltComplex_Type, sizeof(MoltComplex));
    if (!c) return NULL;
    c->real = real;
    c->imag = imag;
    return (MoltObject *)c;
}
