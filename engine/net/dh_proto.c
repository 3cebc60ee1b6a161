/* dh_proto.c — the station protocol's names: roles, message types, refusal
 * reasons and clock states as they are written on the wire, and the small checks
 * (refs, join codes) both directions share. Parsing is dh_proto_parse.c, encoding
 * dh_proto_encode.c. See dh_proto.h and docs/protocol.md. */
#include "dh_proto.h"
#include "dh_proto_impl.h"

#include <ctype.h>
#include <string.h>

static const char *const role_names[DH_ROLE_COUNT] = {"team", "evaluator", "observer"};

const char *dh_role_name(dh_role r) { return (unsigned)r < DH_ROLE_COUNT ? role_names[r] : "?"; }

int dh_role_parse(const char *s)
{
    for (int i = 0; s && i < DH_ROLE_COUNT; i++)
        if (!strcmp(s, role_names[i])) return i;
    return -1;
}

static const char *const type_names[DH_P_COUNT] = {
    [DH_P_NONE] = "", [DH_P_HELLO] = "hello", [DH_P_CHOOSE] = "choose", [DH_P_ADJUST] = "adjust",
    [DH_P_NOTE] = "note", [DH_P_FEEDBACK] = "feedback", [DH_P_WELCOME] = "welcome", [DH_P_REFUSE] = "refuse",
    [DH_P_READY] = "ready", [DH_P_CLOCK] = "clock", [DH_P_ACK] = "ack", [DH_P_REFUSED] = "refused",
    [DH_P_SCORES] = "scores", [DH_P_PRESENCE] = "presence", [DH_P_EV_START] = "start",
    [DH_P_EV_INJECT] = "inject", [DH_P_EV_OPEN] = "open", [DH_P_EV_CLOSED] = "closed",
    [DH_P_EV_ADJUST] = "adjust", [DH_P_EV_CONTROL] = "control", [DH_P_EV_END] = "end",
    [DH_P_ANSWER] = "answer", [DH_P_SCORE] = "score", [DH_P_EV_QUESTION] = "question",
    [DH_P_EV_ANSWERED] = "answered", [DH_P_EV_SCORED] = "scored",
};

const char *dh_ptype_name(dh_ptype t) { return (unsigned)t < DH_P_COUNT ? type_names[t] : "?"; }

int dh_ptype_is_event(dh_ptype t)
{
    return (t >= DH_P_EV_START && t <= DH_P_EV_END) ||
           (t >= DH_P_EV_QUESTION && t <= DH_P_EV_SCORED);
}

static const char *const refuse_names[DH_PR_COUNT] = {
    [DH_PR_NONE] = "", [DH_PR_PROTO] = "proto", [DH_PR_CODE] = "code", [DH_PR_RATE] = "rate",
    [DH_PR_BAD_MESSAGE] = "bad-message", [DH_PR_TOO_LARGE] = "too-large",
    [DH_PR_TIMEOUT] = "timeout", [DH_PR_BUSY] = "busy", [DH_PR_REVOKED] = "revoked",
};

const char *dh_prefuse_name(dh_prefuse_reason r)
{
    return (unsigned)r < DH_PR_COUNT ? refuse_names[r] : "?";
}

int dh_prefuse_parse(const char *s)
{
    for (int i = 1; s && i < DH_PR_COUNT; i++)
        if (!strcmp(s, refuse_names[i])) return i;
    return -1;
}

static const char *const clock_names[] = {"waiting", "running", "paused", "ended"};

const char *dh_pclock_name(dh_pclock_state s) { return clock_names[(unsigned)s < 4 ? s : 0]; }

dh_ptext dh_ptext_of(const dh_text *t)
{
    dh_ptext p = {{0}};
    for (int i = 0; t && i < DH_LANG_COUNT; i++)
        if (t->s[i] && t->s[i][0]) p.s[i] = t->s[i];
    return p;
}

const char *dh_ptext_get(const dh_ptext *t, dh_lang lang)
{
    if ((unsigned)lang < DH_LANG_COUNT && t->s[lang] && t->s[lang][0]) return t->s[lang];
    for (int i = 0; i < DH_LANG_COUNT; i++)
        if (t->s[i] && t->s[i][0]) return t->s[i];
    return "";
}

int dh_proto_ref_valid(const char *s)
{
    size_t n = 0;
    if (!s) return 0;
    for (; s[n]; n++)
        if ((unsigned char)s[n] < 0x21 || (unsigned char)s[n] > 0x7E || n >= DH_PROTO_MAX_REF)
            return 0;
    return n > 0;
}

int dh_proto_code_normalise(const char *code, char *out, size_t n)
{
    size_t k = 0;
    if (!code || n == 0) return -1;
    for (const char *p = code; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '-' || c == ' ') continue;
        if (!isalnum(c) || c >= 0x80) return -1;
        if (k + 1 >= n) return -1;
        out[k++] = (char)toupper(c);
    }
    out[k] = 0;
    return (int)k;
}
