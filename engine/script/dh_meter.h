/* dh_meter.h — budget wrappers for C library work (engine/script internal). */
#ifndef DH_METER_H
#define DH_METER_H

#include "dh_state.h"

/* Wraps the library functions whose work grows with their input so that they
 * charge the budget for it; g is the index of the global table (table.sort's
 * original must already be saved under DH_SORT_KEY). */
void dh_meter_open(dh_script *s, int g);

#endif
