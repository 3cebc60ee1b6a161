/* dh_chain.h — the hash chain of a .drill record (engine/record internal).
 *
 * The chain starts from a hash of the header's canonical bytes (every field of
 * the drill row but the scenario text, whose hash stands for it; every team;
 * every response with its line) and each input row's hash is SHA-256(previous
 * hash hex || the input's canonical bytes). A checkpoint's hash is
 * SHA-256(head hex || "checkpoint NINPUTS NOW ENDED"); a signed record signs
 * the checkpoint hash's 64 hex digits. tests/record/rechain.py recomputes all of
 * it the way a forger would: keep the two in step. All
 * return 0, or -1 when hashing failed (out of memory). */
#ifndef DH_CHAIN_H
#define DH_CHAIN_H

#include "dh_record_types.h"

#include <stddef.h>
#include <stdint.h>

int dh_chain_sha256(const void *a, size_t alen, const void *b, size_t blen,
                    char out[DH_HASH_HEX]);
int dh_chain_header(const dh_record_header *h, char out[DH_HASH_HEX]);
int dh_chain_input(const char *prev, const dh_input *in, int64_t wall_us,
                   char out[DH_HASH_HEX]);

int dh_chain_checkpoint(const char *head, int64_t ninputs, dh_ms now, int ended,
                        char out[DH_HASH_HEX]);

#endif
