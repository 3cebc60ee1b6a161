/* dh_rng.h — deterministic random numbers (xoshiro256**, seeded by splitmix64).
 *
 * Each team gets its own stream derived from (drill seed, team id, purpose), so
 * one team's draws never shift another's and adding a team changes nobody else. */
#ifndef DH_RNG_H
#define DH_RNG_H

#include <stdint.h>

typedef struct dh_rng { uint64_t s[4]; } dh_rng;

void dh_rng_seed(dh_rng *r, uint64_t seed);
/* Seeds from the drill seed, a string (team id) and a purpose tag. */
void dh_rng_seed_for(dh_rng *r, uint64_t seed, const char *key, uint64_t purpose);
uint64_t dh_rng_next(dh_rng *r);
/* One step of splitmix64: advances *state and returns its mix. For deriving
 * independent seeds (seeding, per-drill seeds); its outputs are pinned, since
 * recorded drills and simulations repeat from them. */
uint64_t dh_rng_splitmix64(uint64_t *state);
/* Uniform integer in [lo, hi] (inclusive); lo ≤ hi. */
int64_t dh_rng_range(dh_rng *r, int64_t lo, int64_t hi);
/* Uniform double in [0, 1). */
double dh_rng_float(dh_rng *r);

#endif
