/* dh_rng.c — xoshiro256** with splitmix64 seeding. */
#include "dh_rng.h"

uint64_t dh_rng_splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void dh_rng_seed(dh_rng *r, uint64_t seed)
{
    for (int i = 0; i < 4; i++) r->s[i] = dh_rng_splitmix64(&seed);
}

void dh_rng_seed_for(dh_rng *r, uint64_t seed, const char *key, uint64_t purpose)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a 64 */
    for (; *key; key++) h = (h ^ (unsigned char)*key) * 1099511628211ull;
    uint64_t x = seed ^ (h * 0x9E3779B97F4A7C15ull) ^ (purpose << 56 | purpose);
    dh_rng_seed(r, dh_rng_splitmix64(&x));
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t dh_rng_next(dh_rng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

int64_t dh_rng_range(dh_rng *r, int64_t lo, int64_t hi)
{
    uint64_t span = (uint64_t)hi - (uint64_t)lo + 1;
    if (span == 0) return (int64_t)dh_rng_next(r); /* the full 64-bit range */
    /* rejection sampling: no modulo bias */
    uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    uint64_t x;
    do x = dh_rng_next(r);
    while (x >= limit);
    /* lo + offset in unsigned arithmetic: with a span past INT64_MAX the signed
     * sum would overflow (undefined), the unsigned one wraps to the right value */
    uint64_t v = (uint64_t)lo + x % span;
    /* back to signed without the implementation-defined conversion */
    return v <= (uint64_t)INT64_MAX ? (int64_t)v : -(int64_t)(UINT64_MAX - v) - 1;
}

double dh_rng_float(dh_rng *r) { return (double)(dh_rng_next(r) >> 11) * 0x1.0p-53; }
