/* dh_status.h — status codes shared by every layer.
 *
 * Core functions return one of these and, when they fail, describe the failure in
 * a caller-owned buffer or diagnostic list. They never print, exit or longjmp. */
#ifndef DH_STATUS_H
#define DH_STATUS_H

typedef enum dh_status {
    DH_OK = 0,
    DH_ENOMEM,   /* an allocation failed */
    DH_EINPUT,   /* the input (file, argument, scenario) is malformed */
    DH_ESCRIPT,  /* a scenario script failed at run time */
    DH_EIO,      /* a file could not be read or written */
    DH_ESTATE    /* the request does not fit the current state (e.g. decision not open) */
} dh_status;

const char *dh_status_str(dh_status s);

#endif
