/* wrap_fields.h — reading definition tables for the scenario API: typed fields,
 * texts, times, ordered iteration and handles, each problem recorded at the
 * definition's line. Shared by the API bindings of engine/script. */
#ifndef WRAP_FIELDS_H
#define WRAP_FIELDS_H

#include "dh_state.h"

#define HANDLE_MT "dh.handle"

typedef struct wf_def {
    dh_script *s;
    lua_State *L;
    int tab;          /* stack index of the definition table */
    int line;
    char what[160];   /* "inject \"phish\"" */
    const char *field;  /* the field being read: a problem is reported at its line */
    const char *option; /* the option being read (borrowed), or NULL */
    int objective;      /* option names an objective of scenario{}, not an option */
} wf_def;

/* Records "what: message" (", option \"id\"" added inside an option) at the
 * line of the field being read, else the definition's line (never raises). */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void wf_problem(wf_def *c, const char *fmt, ...);
/* Starts reading the definition table argument of `kind{}`; raises when the file
 * is no longer loading or the argument is not a table. */
int wf_begin(wf_def *c, lua_State *L, const char *kind);
/* Records every key of the table at tab that is not in `allowed` (NULL-ended). */
void wf_check_fields(wf_def *c, int tab, const char *const *allowed);
/* The line where c's current field is written. */
int wf_line(wf_def *c);
/* Pushes t[name] and makes it the current field; returns its Lua type. */
int wf_field(wf_def *c, int tab, const char *name);
/* Copies of string fields (NULL when absent or wrong; the problem is recorded). */
char *wf_get_id(wf_def *c, int tab, const char *name, int required);
char *wf_get_string(wf_def *c, int tab, const char *name);
/* A string (neutral) or { en = ..., vi = ... } at idx / in field `name`. */
void wf_read_text(wf_def *c, int idx, const char *name, dh_text *t);
void wf_get_text(wf_def *c, int tab, const char *name, dh_text *t, int required);
/* An exercise time (clock = 1) or a duration; 1 when present and valid. */
int wf_get_time(wf_def *c, int tab, const char *name, int clock, dh_ms *out);
/* Pushes t[name] and returns its index when it is a table; 0 (nothing pushed)
 * when absent, or when wrong after recording "name must be <shape>". */
int wf_table_field(wf_def *c, int tab, const char *name, const char *shape);
/* Calls fn with key at -2 and value at -1 for each entry, in key order. */
typedef void (*wf_each_fn)(wf_def *c, void *ud);
void wf_each_sorted(wf_def *c, int idx, wf_each_fn fn, void *ud);

/* Accepts an id string or a handle returned by inject{} / decision{}. */
const char *dh_script_check_id(lua_State *L, int idx);

/* Handles: what inject{} and decision{} return. */
void wf_open_handles(lua_State *L);
void wf_push_handle(lua_State *L, const char *kind, const char *id);
int wf_is_handle(lua_State *L, int idx);
/* A copy of the id of the handle or id string at idx; NULL after recording why. */
char *wf_read_ref(wf_def *c, int idx, const char *name);

#endif
