/* dh_proto.h — the station protocol, version 1 (docs/protocol.md): every message
 * as a checked struct, parsed from and encoded to one JSON text frame.
 *
 * Parse at the edge, once (STYLE.md 7): dh_proto_parse turns the bytes of one
 * frame into a dh_pmsg — size bounded (DH_PROTO_MAX_MSG), UTF-8 checked, every
 * field's type, range and length checked — or refuses it with a reason
 * (dh_prefuse_reason) and a message for a person. Past it nobody reads raw bytes.
 *
 * Both directions use the same structs: a server parses what a station sends
 * (DH_PDIR_TO_SERVER) and encodes what it sends back; a station does the reverse
 * (DH_PDIR_TO_STATION). A message of the other direction is refused as unknown.
 *
 * Ownership: a parsed message's strings and arrays belong to the message and live
 * until dh_pmsg_free. For encoding, the caller fills a dh_pmsg with borrowed
 * pointers (never freed by dh_proto) and calls dh_proto_encode. */
#ifndef DH_PROTO_H
#define DH_PROTO_H

#include "dh_buf.h"
#include "dh_status.h"
#include "dh_text.h"
#include "dh_time.h"

#include <stddef.h>
#include <stdint.h>

#define DH_PROTO_VERSION 1
#define DH_PROTO_SUBPROTOCOL "drillhall.v1"
#define DH_PROTO_PATH "/ws"
#define DH_PROTO_MAX_MSG (64 * 1024)   /* bytes of one frame */
#define DH_PROTO_MAX_PENDING 64        /* hello.pending entries */
#define DH_PROTO_MAX_REF 64            /* bytes of a station's ref */
#define DH_PROTO_MAX_TEXT 4096         /* bytes of a reason or note from a station */
#define DH_PROTO_MAX_LIST 4096         /* entries of any other list */

typedef enum dh_role {
    DH_ROLE_TEAM = 0,
    DH_ROLE_EVALUATOR,
    DH_ROLE_OBSERVER,
    DH_ROLE_COUNT
} dh_role;

/* "team", "evaluator", "observer"; parse: -1 for anything else. */
const char *dh_role_name(dh_role r);
int dh_role_parse(const char *s);

typedef enum dh_ptype {
    DH_P_NONE = 0,
    /* station → server */
    DH_P_HELLO, DH_P_CHOOSE, DH_P_ADJUST, DH_P_NOTE, DH_P_FEEDBACK,
    DH_P_ANSWER, DH_P_SCORE,        /* open questions: a team's answer, an evaluator's score (last) */
    /* server → station: session */
    DH_P_WELCOME, DH_P_REFUSE, DH_P_READY, DH_P_CLOCK, DH_P_ACK, DH_P_REFUSED, DH_P_SCORES,
    DH_P_PRESENCE,
    /* server → station: stream events (each with seq and t) */
    DH_P_EV_START, DH_P_EV_INJECT, DH_P_EV_OPEN, DH_P_EV_CLOSED, DH_P_EV_ADJUST,
    DH_P_EV_CONTROL, DH_P_EV_END,
    DH_P_EV_QUESTION, DH_P_EV_ANSWERED, DH_P_EV_SCORED,   /* open questions */
    DH_P_COUNT
} dh_ptype;

/* The "type" string of a message type ("hello", "inject", …). */
const char *dh_ptype_name(dh_ptype t);
/* 1 for the stream events (DH_P_EV_*). */
int dh_ptype_is_event(dh_ptype t);

/* Why a message or a station is refused: the "reason" of `refuse`. */
typedef enum dh_prefuse_reason {
    DH_PR_NONE = 0,
    DH_PR_PROTO,        /* "proto": another protocol version */
    DH_PR_CODE,         /* "code": unknown or reissued code */
    DH_PR_RATE,         /* "rate": too many wrong codes from this address */
    DH_PR_BAD_MESSAGE,  /* "bad-message": not JSON, a missing field, an unknown type */
    DH_PR_TOO_LARGE,    /* "too-large": a frame over DH_PROTO_MAX_MSG */
    DH_PR_TIMEOUT,      /* "timeout": no hello in time */
    DH_PR_BUSY,         /* "busy": the server is at its station limit */
    DH_PR_REVOKED,      /* "revoked": the code was reissued while connected */
    DH_PR_COUNT
} dh_prefuse_reason;

const char *dh_prefuse_name(dh_prefuse_reason r);
int dh_prefuse_parse(const char *s);   /* -1 when unknown */

/* Text in the catalog's languages; an entry is NULL when missing. */
typedef struct dh_ptext {
    const char *s[DH_LANG_COUNT];
} dh_ptext;

/* Borrowed view of a core text, for encoding (NULL text: all missing). */
dh_ptext dh_ptext_of(const dh_text *t);
/* The text in lang, else another language, else "" (never NULL). */
const char *dh_ptext_get(const dh_ptext *t, dh_lang lang);

typedef struct dh_ppoint {
    const char *category;
    int64_t milli;
} dh_ppoint;

/* A list of points by category; `has` says whether the field is present at all
 * (a role that may not see points gets none: has = 0). */
typedef struct dh_ppoints {
    int has;
    const dh_ppoint *v;
    size_t n;
} dh_ppoints;

/* ---- station → server ---------------------------------------------------- */

typedef struct dh_pchoose {
    const char *ref, *decision, *option;
} dh_pchoose;

typedef struct dh_phello {
    int64_t proto;
    const char *code;        /* as typed: dashes and case not yet normalised */
    int64_t last;            /* highest seq held, 0 none */
    const char *client;      /* may be NULL */
    const char *lang;        /* may be NULL */
    const dh_pchoose *pending;
    size_t npending;         /* ≤ DH_PROTO_MAX_PENDING */
} dh_phello;

typedef struct dh_padjust {
    const char *ref, *team, *category, *reason;
    int64_t milli;
} dh_padjust;

typedef struct dh_pnote {
    const char *ref, *team, *text;
} dh_pnote;

/* A team's answer to a question of the feedback form, after the end: `rating`
 * (1–5) for a rating question, `text` for a text question. */
typedef struct dh_pfeedback {
    const char *ref, *question, *text;   /* text may be NULL */
    int64_t rating;                      /* 0 when absent */
} dh_pfeedback;

/* An answer to an open question (text: valid UTF-8, at most 10,000
 * characters, no control characters but newline and tab). */
typedef struct dh_panswer {
    const char *ref, *question, *text;
} dh_panswer;

/* An evaluator's rubric score: items = the ticked rubric item ids, comma
 * separated ("" none); comment may be NULL. */
typedef struct dh_pscore_in {
    const char *ref, *team, *question, *items, *comment;
} dh_pscore_in;

/* ---- server → station: session ------------------------------------------- */

typedef struct dh_pnamed {          /* a category or a stage */
    const char *id;
    dh_ptext name;
} dh_pnamed;

typedef struct dh_pteam {
    const char *id, *name, *bracket;   /* bracket may be NULL */
    const char *role;                  /* the roster's role, or NULL */
} dh_pteam;

typedef struct dh_pfbq {          /* a question of the feedback form */
    const char *id;
    int text;                       /* 1: answered in words; 0: a rating 1–5 */
    dh_ptext question;
} dh_pfbq;

typedef struct dh_pwelcome {
    int64_t proto;
    dh_role role;
    const char *id, *name;        /* NULL for an observer */
    int show_points;
    const char *scenario_id;
    dh_ptext title;
    dh_ms duration;
    const dh_pnamed *categories;
    size_t ncategories;
    const dh_pnamed *stages;
    size_t nstages;
    const dh_pteam *teams;
    size_t nteams;
    const dh_pfbq *feedback;        /* the feedback form; absent from older servers */
    size_t nfeedback;
} dh_pwelcome;

typedef struct dh_prefuse {
    dh_prefuse_reason reason;
    const char *message;
} dh_prefuse;

typedef enum dh_pclock_state {
    DH_PCLOCK_WAITING = 0, DH_PCLOCK_RUNNING, DH_PCLOCK_PAUSED, DH_PCLOCK_ENDED
} dh_pclock_state;

typedef struct dh_pclock {
    dh_ms now;
    dh_pclock_state state;
    int64_t speed;           /* milli: 1000 = real time */
    /* the server's wall clock (µs since the epoch) at which `now` held; 0: not
     * sent. With it a station tells when each event fell due (benchmarks). */
    int64_t wall;
} dh_pclock;

typedef struct dh_pack {
    const char *ref;
    int64_t input;           /* the input's number in the record */
} dh_pack;

typedef struct dh_prefused {
    const char *ref, *reason;
} dh_prefused;

typedef struct dh_pscore {
    const char *id;
    int64_t total;           /* milli */
    int64_t rank;
} dh_pscore;

typedef struct dh_ppresence_team {
    const char *id;
    int64_t online;
    int64_t since;           /* wall ms */
} dh_ppresence_team;

/* ---- server → station: stream events -------------------------------------- */

typedef struct dh_pinject {
    const char *id;
    dh_ptext title, body, from, notes;   /* observers: title only; notes: evaluators */
    const char *channel, *severity, *stage, *attack;  /* may be NULL */
} dh_pinject;

typedef struct dh_poption {
    const char *id;
    dh_ptext text;
    dh_ppoints points;
} dh_poption;

typedef struct dh_pdecision {
    const char *id;
    const char *inject;      /* may be NULL */
    dh_ptext prompt, notes;
    const dh_poption *options;
    size_t noptions;
    const char *timeout;     /* may be NULL */
} dh_pdecision;

/* An open question as a station sees it: teams the prompt; evaluators also the
 * rubric (id, text, points) and the guidance. */
typedef struct dh_pquestion {
    const char *id;
    dh_ptext prompt, guidance;
    const dh_poption *rubric;
    size_t nrubric;
} dh_pquestion;

typedef enum dh_pclose_how { DH_PCLOSE_CHOICE = 0, DH_PCLOSE_TIMEOUT } dh_pclose_how;

/* One stream event. Which fields apply depends on the message type:
 *   inject:  inject            open:    deadline, decision
 *   closed:  decision_id, option, how, factor, points
 *   adjust:  category, milli, reason, by
 *   control: action, speed, to, inject_id, text
 *   question: deadline, question         answered: decision_id, text, how
 *   scored:  decision_id, option (the items), text (the comment), by, points
 *   start, end: nothing more. */
typedef struct dh_pevent {
    int64_t seq;
    dh_ms t;
    const char *team;        /* NULL: not a team's event */
    dh_pinject inject;
    dh_ms deadline;          /* DH_MS_NEVER: open until the end (JSON null) */
    dh_pdecision decision;
    const char *decision_id, *option;   /* option NULL: none */
    dh_pclose_how how;
    int64_t factor;
    dh_ppoints points;
    const char *category, *reason, *by;
    int64_t milli;
    const char *action;      /* pause, resume, speed, jump, deliver, note, end */
    int64_t speed;
    dh_ms to;
    const char *inject_id;   /* control deliver: the inject sent by hand */
    const char *text;        /* control note; answered: the answer; scored: the comment */
    dh_pquestion question;   /* question: the question opened (decision_id for the others) */
} dh_pevent;

/* ---- the message ---------------------------------------------------------- */

typedef struct dh_pmsg {
    dh_ptype type;
    union {
        dh_phello hello;
        dh_pchoose choose;
        dh_padjust adjust;
        dh_pnote note;
        dh_pfeedback feedback;
        dh_panswer answer;
        dh_pscore_in score;
        dh_pwelcome welcome;
        dh_prefuse refuse;
        int64_t ready_seq;
        dh_pclock clock;
        dh_pack ack;
        dh_prefused refused;
        struct { const dh_pscore *v; size_t n; } scores;
        struct { const dh_ppresence_team *v; size_t n; } presence;
        dh_pevent ev;
    };
    void *owned_;            /* dh_proto's own: what a parsed message holds */
} dh_pmsg;

typedef enum dh_pdir {
    DH_PDIR_TO_SERVER = 0,   /* hello, choose, adjust, note, answer, score */
    DH_PDIR_TO_STATION       /* everything else */
} dh_pdir;

/* Parses one frame. On DH_OK *out holds the message (free it with dh_pmsg_free).
 * Otherwise DH_EINPUT (or DH_ENOMEM), *out is empty, *reason says why
 * (DH_PR_TOO_LARGE, DH_PR_BAD_MESSAGE, or DH_PR_PROTO for a hello of another
 * version — then `hello.proto` is not kept) and err holds a message in `lang`.
 * Never reads past data[len). */
dh_status dh_proto_parse(const char *data, size_t len, dh_pdir dir, dh_lang lang, dh_pmsg *out,
                         dh_prefuse_reason *reason, char *err, size_t errlen);
/* Frees what a parsed message owns and empties it; safe on an encoded-only or
 * empty message. */
void dh_pmsg_free(dh_pmsg *m);

/* Appends m as one JSON object (no newline) to out. Optional fields that are
 * NULL or absent are left out. Never fails except through out->failed. */
void dh_proto_encode(const dh_pmsg *m, dh_buf *out);

/* Normalises a typed join code: drops dashes and spaces, upper-cases; writes at
 * most n-1 characters and a NUL. Returns the length, or -1 when a character is
 * not a letter, digit, dash or space, or the result does not fit. */
int dh_proto_code_normalise(const char *code, char *out, size_t n);

/* 1 when s is a valid station ref: 1..DH_PROTO_MAX_REF printable ASCII bytes. */
int dh_proto_ref_valid(const char *s);

#endif
