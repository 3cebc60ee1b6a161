/* dh_proto_impl.h — what dh_proto.c, dh_proto_parse.c and dh_proto_encode.c share,
 * for engine/net's own .c files only. */
#ifndef DH_PROTO_IMPL_H
#define DH_PROTO_IMPL_H

#include "dh_proto.h"

/* A clock state as written on the wire ("waiting", "running", "paused", "ended");
 * "waiting" for a value out of range. */
const char *dh_pclock_name(dh_pclock_state s);

#endif
