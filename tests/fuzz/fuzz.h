/* fuzz.h — what every fuzz harness shares.
 *
 * Each harness defines LLVMFuzzerTestOneInput. Built with clang and DH_FUZZ it is
 * a libFuzzer target; built with any compiler and fuzz_main.c it replays the
 * files it is given, so the regular test suite runs the committed corpus and
 * every crash input without clang. */
#ifndef DH_FUZZ_H
#define DH_FUZZ_H

#include "dh_status.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes data to a file private to this process (name + pid, under $TMPDIR or
 * /tmp) and returns its path (static storage), or NULL when it cannot. Loaders
 * that only read paths are fuzzed through it. */
const char *dh_fuzz_file(const char *name, const uint8_t *data, size_t size);

/* With DH_FUZZ_VERBOSE=1 in the environment, prints how far an input got (to
 * see that the corpus reaches the drill, not only the parser); else nothing. */
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
void dh_fuzz_note(const char *fmt, ...);

/* A harness that finds an invariant broken calls this: it prints and aborts, so
 * libFuzzer keeps the input and the replay test fails. */
void dh_fuzz_fail(const char *what);

#endif
