/* dh_lint.c — warnings about a scenario that loads but will not play as meant. */
#include "dh_lint.h"
#include "dh_alloc.h"
#include "dh_msg.h"
#include "dh_quality.h"
#include "dh_question.h"
#include "dh_suggest.h"
#include "dh_utf8.h"
#include "dh_vec.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct flag_setter {
    int decision, option;   /* the first option that sets the flag; -1 when none */
} flag_setter;

typedef struct lint {
    const dh_scenario *sc;
    const dh_lint_refs *refs;
    dh_diags *diags;
    flag_setter *setter;    /* per scenario name id */
    int *set_order;         /* the flags options set, in first-set order */
    size_t nset;
} lint;

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void warn(lint *l, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dh_diags_vadd(l->diags, DH_WARNING, l->sc->file, line, fmt, ap);
    va_end(ap);
}

/* --- texts ------------------------------------------------------------------- */

/* Participants read titles, bodies, prompts and options in their own language,
 * and facilitators read notes in theirs: those need both. A sender or a lane
 * name may stay one neutral string (a proper name reads the same in both). */
static void check_text(lint *l, int line, const char *what, const char *field,
                       const dh_text *t, int neutral_ok)
{
    if (dh_text_empty(t)) return;
    if (t->neutral) {
        if (!neutral_ok)
            warn(l, line, dh_msg(E_LINT_PLAIN), what, field);
        return;
    }
    int en = t->s[DH_LANG_EN] != NULL, vi = t->s[DH_LANG_VI] != NULL;
    if (en != vi)
        warn(l, line, dh_msg(E_LINT_ONE_LANG), what, field, en ? "en" : "vi",
             en ? "vi" : "en");
}

static void lint_texts(lint *l)
{
    const dh_scenario *sc = l->sc;
    char what[200];
    snprintf(what, sizeof what, "scenario \"%s\"", sc->id ? sc->id : "?");
    check_text(l, sc->line, what, "title", &sc->title, 0);
    check_text(l, sc->line, what, "description", &sc->description, 0);
    for (size_t i = 0; i < sc->nobjectives; i++) {
        char f[40];
        snprintf(f, sizeof f, "objectives[%zu]", i + 1);
        check_text(l, sc->line, what, f, &sc->objectives[i].text, 0);
    }
    /* an objective with an id is there to be rated: something must evidence it */
    for (size_t i = 0; i < sc->nobjectives; i++) {
        const dh_objective *o = &sc->objectives[i];
        int evidenced = 0, met;
        for (size_t k = 0; k < sc->ndecisions && !evidenced; k++)
            evidenced = dh_decision_evidences(&sc->decisions[k], (int)i, -1, &met);
        for (size_t k = 0; k < sc->nquestions && !evidenced; k++)
            for (size_t j = 0; j < sc->questions[k].nobjectives; j++)
                evidenced |= sc->questions[k].objectives[j] == (int)i;
        if (o->named && !evidenced) warn(l, o->line, dh_msg(E_LINT_NO_EVIDENCE), o->id);
    }
    for (size_t i = 0; i < sc->ncategories; i++) {
        char f[120];
        snprintf(f, sizeof f, "the name of category \"%s\"", sc->categories[i].id);
        check_text(l, sc->line, what, f, &sc->categories[i].name, 1);
    }
    for (size_t i = 0; i < sc->nstages; i++) {
        char f[120];
        snprintf(f, sizeof f, "the name of stage \"%s\"", sc->stages[i].id);
        check_text(l, sc->line, what, f, &sc->stages[i].name, 1);
    }
    for (size_t i = 0; i < sc->ninjects; i++) {
        const dh_inject *in = &sc->injects[i];
        snprintf(what, sizeof what, "inject \"%s\"", in->id);
        check_text(l, in->line, what, "from", &in->from, 1);
        check_text(l, in->line, what, "title", &in->title, 0);
        check_text(l, in->line, what, "body", &in->body, 0);
        check_text(l, in->line, what, "notes", &in->notes, 0);
        if (dh_text_empty(&in->notes))
            warn(l, in->line, dh_msg(E_LINT_NO_NOTES), in->id);
    }
    for (size_t i = 0; i < sc->ndecisions; i++) {
        const dh_decision *d = &sc->decisions[i];
        snprintf(what, sizeof what, "decision \"%s\"", d->id);
        check_text(l, d->line, what, "prompt", &d->prompt, 0);
        check_text(l, d->line, what, "notes", &d->notes, 0);
        for (size_t j = 0; j < d->noptions; j++) {
            snprintf(what, sizeof what, "decision \"%s\", option \"%s\"", d->id,
                     d->options[j].id);
            check_text(l, d->line, what, "text", &d->options[j].text, 0);
            check_text(l, d->line, what, "notes", &d->options[j].notes, 0);
        }
    }
}

/* --- reachability and earliest delivery ------------------------------------------ */

static int named_by_script(lint *l, const dh_inject *in)
{
    return l->refs && l->refs->names_inject && l->refs->names_inject(l->refs->ctx, l->sc, in);
}

/* earliest[i]: a lower bound on when inject i can first reach a team, DH_MS_NEVER
 * when no team can ever receive it. An option can be chosen the moment its
 * decision opens, so a trigger's earliest time is its decision's inject's plus
 * `after`. Scripts may deliver what they name at any time: 0. */
static void earliest_deliveries(lint *l, dh_ms *earliest)
{
    const dh_scenario *sc = l->sc;
    for (size_t i = 0; i < sc->ninjects; i++) {
        earliest[i] = sc->injects[i].at != DH_MS_NEVER     ? sc->injects[i].at
                      : named_by_script(l, &sc->injects[i]) ? 0
                                                            : DH_MS_NEVER;
    }
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t di = 0; di < sc->ndecisions; di++) {
            const dh_decision *d = &sc->decisions[di];
            if (d->on < 0 || earliest[d->on] == DH_MS_NEVER) continue;
            for (size_t oi = 0; oi < d->noptions; oi++)
                for (size_t k = 0; k < d->options[oi].ntriggers; k++) {
                    const dh_trigger *t = &d->options[oi].triggers[k];
                    dh_ms at = earliest[d->on] + t->after;
                    if (t->inject >= 0 && at < earliest[t->inject]) {
                        earliest[t->inject] = at;
                        changed = 1;
                    }
                }
        }
    }
}

static int triggered_anywhere(const dh_scenario *sc, int inject)
{
    for (size_t di = 0; di < sc->ndecisions; di++)
        for (size_t oi = 0; oi < sc->decisions[di].noptions; oi++) {
            const dh_option *o = &sc->decisions[di].options[oi];
            for (size_t k = 0; k < o->ntriggers; k++)
                if (o->triggers[k].inject == inject) return 1;
        }
    return 0;
}

/* An inject only a trigger delivers, whose earliest arrival is past the end of
 * the drill: no team ever receives it. Said at the trigger that comes soonest. */
static void arrives_late(lint *l, const dh_ms *earliest, int inject)
{
    const dh_scenario *sc = l->sc;
    for (size_t di = 0; di < sc->ndecisions; di++) {
        const dh_decision *d = &sc->decisions[di];
        if (d->on < 0 || earliest[d->on] == DH_MS_NEVER) continue;
        for (size_t oi = 0; oi < d->noptions; oi++)
            for (size_t k = 0; k < d->options[oi].ntriggers; k++) {
                const dh_trigger *t = &d->options[oi].triggers[k];
                if (t->inject != inject || earliest[d->on] + t->after != earliest[inject]) continue;
                char when[32], after[32], opens[32], end[32];
                dh_time_format(earliest[inject], when, sizeof when);
                dh_time_format(t->after, after, sizeof after);
                dh_time_format(earliest[d->on], opens, sizeof opens);
                dh_time_format(sc->duration, end, sizeof end);
                warn(l, dh_scenario_field_line(sc, d->line, d->options[oi].id, "triggers"),
                     dh_msg(E_LINT_TRIGGER_LATE),
                     sc->injects[inject].id, when, d->id, d->options[oi].id, after, opens, end);
                return;
            }
    }
}

static void lint_delivery(lint *l, const dh_ms *earliest)
{
    const dh_scenario *sc = l->sc;
    for (size_t i = 0; i < sc->ninjects; i++) {
        const dh_inject *in = &sc->injects[i];
        if (earliest[i] != DH_MS_NEVER) continue;
        if (triggered_anywhere(sc, (int)i))
            warn(l, in->line, dh_msg(E_LINT_NEVER_DELIVERED_DEAD), in->id);
        else
            warn(l, in->line, dh_msg(E_LINT_NEVER_DELIVERED), in->id);
    }
    for (size_t i = 0; i < sc->ninjects; i++)
        if (earliest[i] != DH_MS_NEVER && earliest[i] > sc->duration) arrives_late(l, earliest, (int)i);
    for (size_t di = 0; di < sc->ndecisions; di++) {
        const dh_decision *d = &sc->decisions[di];
        if (d->on < 0) continue;
        char when[32], dl[32], end[32], within[32];
        if (earliest[d->on] == DH_MS_NEVER) {
            warn(l, d->line, dh_msg(E_LINT_NEVER_OPENS),
                 d->id, sc->injects[d->on].id);
        } else if (earliest[d->on] > sc->duration) {
            /* its inject never arrives: there is no window to lose */
            warn(l, d->line, dh_msg(E_LINT_NEVER_OPENS_LATE), d->id, sc->injects[d->on].id);
        } else if (d->within != DH_MS_NEVER &&
                   earliest[d->on] + d->within > sc->duration) {
            dh_time_format(earliest[d->on], when, sizeof when);
            dh_time_format(earliest[d->on] + d->within, dl, sizeof dl);
            dh_time_format(sc->duration, end, sizeof end);
            dh_time_format(d->within, within, sizeof within);
            warn(l, d->line, dh_msg(E_LINT_DEADLINE),
                 d->id, dl, sc->injects[d->on].id,
                 dh_msg(sc->injects[d->on].at == earliest[d->on] ? E_LINT_AT : E_LINT_AT_EARLIEST), when,
                 within, end);
        }
    }
}

/* --- scoring, flags, stages ----------------------------------------------------------- */

static void lint_scores(lint *l)
{
    const dh_scenario *sc = l->sc;
    for (size_t di = 0; di < sc->ndecisions; di++) {
        const dh_decision *d = &sc->decisions[di];
        if (d->noptions < 2) continue;
        int same = 1;
        for (size_t oi = 1; oi < d->noptions && same; oi++)
            for (size_t c = 0; c < sc->ncategories; c++)
                if (d->options[oi].points[c] != d->options[0].points[c]) {
                    same = 0;
                    break;
                }
        if (same) {
            warn(l, d->line, dh_msg(E_LINT_SAME_SCORE), d->id, d->noptions);
            continue;
        }
        /* the option a team gets by doing nothing must not be the answer */
        int best = dh_decision_best_option(d);
        if (d->timeout >= 0 && d->options[d->timeout].total >= d->options[best].total)
            warn(l, dh_scenario_field_line(sc, d->line, NULL, "timeout"), dh_msg(E_LINT_TIMEOUT_BEST),
                 d->id, d->options[d->timeout].id,
                 d->timeout == best ? d->options[d->timeout].id : d->options[best].id);
    }
}

/* --- balance: answers a team can find without judgement ---------------------- */

/* The best option's text (in lang) against the longest of the others, in
 * characters; 1 when the best is longest by DH_LINT_LONGEST_RATIO or more. */
static int longest_by_far(const dh_decision *d, int best, dh_lang lang, size_t *mine,
                          size_t *next)
{
    *mine = dh_utf8_len(dh_text_get(&d->options[best].text, lang));
    *next = 0;
    for (size_t o = 0; o < d->noptions; o++) {
        size_t n = dh_utf8_len(dh_text_get(&d->options[o].text, lang));
        if ((int)o != best && n > *next) *next = n;
    }
    /* mine >= 1.5 × next, in integers */
    return *mine * 2 >= *next * 3 && *mine > *next;
}

/* A decision whose best answer is the longest text by far, or the only one worth
 * anything, tests reading, not judgement: a team that always takes the fullest
 * answer wins. An author who keeps it on purpose says why in balance_reason. */
static void lint_balance(lint *l)
{
    const dh_scenario *sc = l->sc;
    for (size_t di = 0; di < sc->ndecisions; di++) {
        const dh_decision *d = &sc->decisions[di];
        if (d->noptions < 2 || !dh_text_empty(&d->balance_reason)) continue;
        int best = dh_decision_best_option(d), positive = 0, differ = 0;
        for (size_t o = 0; o < d->noptions; o++) {
            positive += d->options[o].total > 0;
            differ |= d->options[o].total != d->options[best].total;
        }
        if (!differ) continue; /* all score the same: lint_scores says so */
        static const dh_lang langs[] = {DH_LANG_EN, DH_LANG_VI};
        for (size_t k = 0; k < sizeof langs / sizeof *langs; k++) {
            size_t mine, next;
            if (!longest_by_far(d, best, langs[k], &mine, &next)) continue;
            warn(l, d->line, dh_msg(E_LINT_LONGEST_BEST), d->id, d->options[best].id, mine,
                 dh_lang_code(langs[k]), next);
            break;
        }
        if (positive == 1 && d->options[best].total > 0)
            warn(l, d->line, dh_msg(E_LINT_ONLY_POSITIVE), d->id, d->options[best].id);
        /* a pinned place is the same on every screen: the best answer pinned
         * there is an answer teams pass to each other */
        int unique = 1;
        for (size_t o = 0; o < d->noptions; o++)
            if ((int)o != best && d->options[o].total == d->options[best].total) unique = 0;
        if (unique && d->options[best].place != DH_PLACE_ANY)
            warn(l, dh_scenario_field_line(sc, d->line, d->options[best].id, "place"),
                 dh_msg(E_LINT_PINNED_BEST), d->id, d->options[best].id,
                 d->options[best].place == DH_PLACE_FIRST ? "first" : "last");
    }
}

/* --- roles ------------------------------------------------------------------- */

static int roles_meet(char *const *a, size_t na, char *const *b, size_t nb)
{
    if (!na || !nb) return 1;
    for (size_t i = 0; i < na; i++)
        if (dh_roles_admit(b, nb, a[i])) return 1;
    return 0;
}

/* Every role a scenario names, with how often and where first; NULL with *n 0
 * when none (or out of memory: then *oom is set). */
typedef struct named_role { const char *id; size_t uses; int line; } named_role;

static named_role *named_roles(const dh_scenario *sc, size_t *count, int *oom)
{
    named_role *v = NULL;
    size_t nv = 0;
    *oom = 0;
    for (size_t k = 0; k < sc->ninjects + sc->ndecisions; k++) {
        int is_inj = k < sc->ninjects;
        const dh_inject *in = is_inj ? &sc->injects[k] : NULL;
        const dh_decision *d = is_inj ? NULL : &sc->decisions[k - sc->ninjects];
        char *const *roles = is_inj ? in->roles : d->roles;
        size_t n = is_inj ? in->nroles : d->nroles;
        for (size_t r = 0; r < n; r++) {
            size_t j = 0;
            while (j < nv && strcmp(v[j].id, roles[r])) j++;
            if (j == nv) {
                named_role *slot = dh_vec_push(&v, &nv, sizeof *v);
                if (!slot) {
                    free(v);
                    *count = 0;
                    *oom = 1;
                    return NULL;
                }
                int line = is_inj ? in->line : d->line;
                *slot = (named_role){roles[r], 0,
                                     dh_scenario_field_line(sc, line, NULL, "roles")};
            }
            v[j].uses++;
        }
    }
    *count = nv;
    return v;
}

/* Roles are free ids: a misspelt one silently targets nobody. A decision for
 * roles its inject never reaches never opens; a role named like another but
 * less often is most likely a typo of it. */
static void lint_roles(lint *l)
{
    const dh_scenario *sc = l->sc;
    for (size_t di = 0; di < sc->ndecisions; di++) {
        const dh_decision *d = &sc->decisions[di];
        if (d->on < 0) continue;
        const dh_inject *in = &sc->injects[d->on];
        if (!roles_meet(d->roles, d->nroles, in->roles, in->nroles))
            warn(l, dh_scenario_field_line(sc, d->line, NULL, "roles"),
                 dh_msg(E_LINT_ROLES_NEVER_MEET), d->id, in->id);
    }
    size_t nv;
    int oom;
    named_role *v = named_roles(sc, &nv, &oom);
    for (size_t i = 0; i < nv; i++) {
        dh_suggest sg;
        dh_suggest_init(&sg, v[i].id);
        for (size_t j = 0; j < nv; j++)
            if (j != i && v[j].uses > v[i].uses) dh_suggest_offer(&sg, v[j].id);
        if (sg.best)
            warn(l, v[i].line, dh_msg(E_LINT_ROLE_TYPO), v[i].id, v[i].uses, sg.best);
    }
    free(v);
}

dh_status dh_lint_roster_roles(const dh_scenario *sc, const dh_roster *r, const char *roster_file,
                               dh_diags *diags)
{
    size_t nv;
    int oom;
    named_role *v = named_roles(sc, &nv, &oom);
    if (oom) return DH_ENOMEM;
    for (size_t i = 0; i < nv; i++)
        if (dh_roster_find_role(r, v[i].id) < 0)
            dh_diags_add(diags, DH_ERROR, sc->file, v[i].line, dh_msg(E_LINT_ROLE_NOT_IN_ROSTER),
                         v[i].id, roster_file);
    for (size_t k = 0; nv && k < r->nroles; k++) {
        size_t i = 0;
        while (i < nv && strcmp(v[i].id, r->roles[k])) i++;
        if (i < nv) continue;
        size_t t = 0;
        while (t < r->nteams && r->teams[t].role != (int)k) t++;
        dh_diags_add(diags, DH_WARNING, roster_file, t < r->nteams ? r->teams[t].line : 0,
                     dh_msg(E_LINT_ROSTER_ROLE_UNUSED), r->roles[k], sc->file);
    }
    free(v);
    return DH_OK;
}

/* Which option first sets each flag, found once for both checks about flags. */
static dh_status find_setters(lint *l)
{
    const dh_scenario *sc = l->sc;
    size_t nnames = sc->names.count;
    l->setter = dh_malloc((nnames ? nnames : 1) * sizeof *l->setter);
    l->set_order = dh_malloc((nnames ? nnames : 1) * sizeof *l->set_order);
    if (!l->setter || !l->set_order) return DH_ENOMEM;
    for (size_t i = 0; i < nnames; i++) l->setter[i].decision = l->setter[i].option = -1;
    for (size_t di = 0; di < sc->ndecisions; di++) {
        const dh_decision *d = &sc->decisions[di];
        for (size_t oi = 0; oi < d->noptions; oi++)
            for (size_t k = 0; k < d->options[oi].nset; k++) {
                int f = d->options[oi].set[k].flag;
                if (f < 0 || (size_t)f >= nnames || l->setter[f].decision >= 0) continue;
                l->setter[f].decision = (int)di;
                l->setter[f].option = (int)oi;
                l->set_order[l->nset++] = f;
            }
    }
    return DH_OK;
}

static void lint_flags(lint *l)
{
    if (!l->refs || !l->refs->reads_flag) return;
    const dh_scenario *sc = l->sc;
    for (size_t i = 0; i < l->nset; i++) {
        int f = l->set_order[i];
        const dh_decision *d = &sc->decisions[l->setter[f].decision];
        const char *name = dh_intern_str(&sc->names, f);
        if (!l->refs->reads_flag(l->refs->ctx, name))
            warn(l, d->line, dh_msg(E_LINT_FLAG_UNREAD), name, d->id,
                 d->options[l->setter[f].option].id, name);
    }
}

static int option_sets(const lint *l, const char *name)
{
    int id = dh_intern_find(&l->sc->names, name);
    return id >= 0 && l->setter[id].decision >= 0;
}

typedef struct flag_use {
    int line;          /* of the first use */
    int assigned;      /* some use assigns it */
} flag_use;

typedef struct flag_uses {
    dh_intern names;   /* in first-use order; a name's id indexes v */
    flag_use *v;
    size_t n;
    int oom;
} flag_uses;

static void collect_use(void *ud, const char *name, int line, int assigns)
{
    flag_uses *u = ud;
    if (u->oom) return;
    int id = dh_intern_add(&u->names, name);
    if (id >= 0 && (size_t)id == u->n) {
        flag_use *f = dh_vec_push(&u->v, &u->n, sizeof *u->v);
        if (f) f->line = line;
        else id = -1;
    }
    if (id < 0) {
        u->oom = 1;
        return;
    }
    u->v[id].assigned |= assigns;
}

static dh_status lint_flag_reads(lint *l)
{
    if (!l->refs || !l->refs->each_flag_use) return DH_OK;
    flag_uses u = {0};
    dh_intern_init(&u.names);
    l->refs->each_flag_use(l->refs->ctx, collect_use, &u);
    for (size_t i = 0; i < u.n && !u.oom; i++) {
        const char *name = dh_intern_str(&u.names, (int)i);
        if (!u.v[i].assigned && !option_sets(l, name))
            warn(l, u.v[i].line, dh_msg(E_LINT_FLAG_UNSET), name);
    }
    free(u.v);
    dh_intern_free(&u.names);
    return u.oom ? DH_ENOMEM : DH_OK;
}

/* A declared category nothing can score: its total is 0 for every team, and
 * the report and simulate's page would show an empty column and histogram. */
static void lint_categories(lint *l)
{
    const dh_scenario *sc = l->sc;
    char list[1024] = "";
    size_t n = 0, used = 0;
    const char *one = NULL;
    for (size_t c = 0; c < sc->ncategories; c++) {
        int scored = 0;
        for (size_t d = 0; d < sc->ndecisions && !scored; d++)
            for (size_t o = 0; o < sc->decisions[d].noptions && !scored; o++)
                scored = sc->decisions[d].options[o].points && sc->decisions[d].options[o].points[c] != 0;
        for (size_t q = 0; q < sc->nquestions && !scored; q++)
            for (size_t r = 0; r < sc->questions[q].nrubric && !scored; r++)
                scored = sc->questions[q].rubric[r].points && sc->questions[q].rubric[r].points[c] != 0;
        if (!scored && l->refs)
            scored = !l->refs->may_score || l->refs->may_score(l->refs->ctx, sc->categories[c].id);
        if (scored) continue;
        one = sc->categories[c].id;
        /* one warning for them all: an imported sheet scores none of its seven */
        if (used < sizeof list)
            used += (size_t)snprintf(list + used, sizeof list - used, "%s\"%s\"", n ? ", " : "", one);
        n++;
    }
    int line = dh_scenario_field_line(sc, sc->line, NULL, "categories");
    if (n == 1) warn(l, line, dh_msg(E_LINT_UNSCORED_CATEGORY), one);
    else if (n > 1) warn(l, line, dh_msg(E_LINT_UNSCORED_CATEGORIES), list);
}

static void lint_stages(lint *l)
{
    const dh_scenario *sc = l->sc;
    for (size_t s = 0; s < sc->nstages; s++) {
        size_t n = 0;
        for (size_t i = 0; i < sc->ninjects; i++) n += sc->injects[i].stage == (int)s;
        if (!n) warn(l, sc->line, dh_msg(E_LINT_EMPTY_STAGE), sc->stages[s].id);
    }
}

/* Moves the findings into out in order of line (stable), so an author reads the
 * file top to bottom. */
/* --- story time -------------------------------------------------------------------- */

/* A title that opens with its story time, "Day 2, 09:15 — " ("Ngày 2, 09:15 — " in
 * Vietnamese; an en dash too): minutes since Day 1, 00:00, or -1. */
static long story_minutes(const char *s, const char *word)
{
    size_t n = strlen(word);
    if (!s || strncmp(s, word, n) || s[n] != ' ') return -1;
    const char *p = s + n + 1;
    long day = 0;
    int digits = 0;
    while (*p >= '0' && *p <= '9' && digits < 4) day = day * 10 + (*p++ - '0'), digits++;
    if (!digits || day < 1 || p[0] != ',' || p[1] != ' ') return -1;
    p += 2;
    if (!(p[0] >= '0' && p[0] <= '2' && p[1] >= '0' && p[1] <= '9' && p[2] == ':' &&
          p[3] >= '0' && p[3] <= '5' && p[4] >= '0' && p[4] <= '9' && p[5] == ' '))
        return -1;
    long h = (p[0] - '0') * 10 + (p[1] - '0'), m = (p[3] - '0') * 10 + (p[4] - '0');
    if (h > 23) return -1;
    p += 6;
    /* U+2014 or U+2013, then a space */
    if (!((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
          ((unsigned char)p[2] == 0x94 || (unsigned char)p[2] == 0x93) && p[3] == ' '))
        return -1;
    return (day - 1) * 24 * 60 + h * 60 + m;
}

static void format_story(long minutes, char *buf, size_t len)
{
    snprintf(buf, len, "Day %ld, %02ld:%02ld", minutes / (24 * 60) + 1, minutes / 60 % 24, minutes % 60);
}

/* Once one inject title states its story time, every one should, the same in both
 * languages, and the story clock never runs backwards between scheduled injects. */
static void lint_story_time(lint *l)
{
    const dh_scenario *sc = l->sc;
    long *en = dh_malloc((sc->ninjects ? sc->ninjects : 1) * sizeof *en);
    if (!en) return;
    size_t stamped = 0;
    for (size_t i = 0; i < sc->ninjects; i++) {
        en[i] = story_minutes(dh_text_get(&sc->injects[i].title, DH_LANG_EN), "Day");
        stamped += en[i] >= 0;
    }
    for (size_t i = 0; stamped && i < sc->ninjects; i++) {
        const dh_inject *in = &sc->injects[i];
        int line = dh_scenario_field_line(sc, in->line, NULL, "title");
        long vi = story_minutes(dh_text_get(&in->title, DH_LANG_VI), "Ngày");
        if (en[i] < 0 || vi < 0) {
            warn(l, line, dh_msg(E_LINT_STORY_MISSING), in->id, en[i] < 0 ? "en" : "vi");
            continue;
        }
        if (vi != en[i]) {
            char a[32], b[32];
            format_story(en[i], a, sizeof a);
            format_story(vi, b, sizeof b);
            warn(l, line, dh_msg(E_LINT_STORY_DIFFERS), in->id, a, b);
            continue;
        }
        if (in->at == DH_MS_NEVER) continue;
        /* the scheduled inject before it whose story time is the latest */
        int before = -1;
        for (size_t k = 0; k < sc->ninjects; k++)
            if (sc->injects[k].at != DH_MS_NEVER && sc->injects[k].at < in->at && en[k] > en[i] &&
                (before < 0 || en[k] > en[before]))
                before = (int)k;
        if (before < 0) continue;
        char mine[32], theirs[32], at[32], their_at[32];
        format_story(en[i], mine, sizeof mine);
        format_story(en[before], theirs, sizeof theirs);
        dh_time_format(in->at, at, sizeof at);
        dh_time_format(sc->injects[before].at, their_at, sizeof their_at);
        warn(l, line, dh_msg(E_LINT_STORY_BACKWARDS), in->id, at, mine, sc->injects[before].id,
             their_at, theirs);
    }
    free(en);
}

static void add_by_line(dh_diags *out, dh_diags *found)
{
    dh_diag *v = found->items;
    for (size_t i = 1; i < found->count; i++) {
        dh_diag x = v[i];
        size_t j = i;
        while (j > 0 && v[j - 1].line > x.line) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
    for (size_t i = 0; i < found->count; i++)
        dh_diags_add(out, v[i].severity, v[i].file, v[i].line, "%s", v[i].message);
}

/* Open questions: texts in both languages, a window inside the drill, a rubric
 * that can give points. */
static void lint_questions(lint *l, const dh_ms *earliest)
{
    const dh_scenario *sc = l->sc;
    char what[200];
    for (size_t i = 0; i < sc->nquestions; i++) {
        const dh_question *q = &sc->questions[i];
        snprintf(what, sizeof what, "question \"%s\"", q->id);
        check_text(l, q->line, what, "prompt", &q->prompt, 0);
        check_text(l, q->line, what, "guidance", &q->guidance, 0);
        int64_t best = 0;
        for (size_t j = 0; j < q->nrubric; j++) {
            check_text(l, q->line, what, "rubric text", &q->rubric[j].text, 0);
            if (q->rubric[j].total > 0) best += q->rubric[j].total;
        }
        if (q->nrubric && best <= 0) warn(l, q->line, dh_msg(E_LINT_Q_NO_POINTS), q->id);
        if (dh_text_empty(&q->guidance)) warn(l, q->line, dh_msg(E_LINT_Q_NO_GUIDANCE), q->id);
        if (q->on < 0) continue;
        if (earliest[q->on] == DH_MS_NEVER || earliest[q->on] > sc->duration) {
            warn(l, q->line, dh_msg(E_LINT_Q_NEVER_OPENS), q->id, sc->injects[q->on].id);
        } else if (q->within != DH_MS_NEVER && earliest[q->on] + q->within > sc->duration) {
            char dl[32], end[32];
            dh_time_format(earliest[q->on] + q->within, dl, sizeof dl);
            dh_time_format(sc->duration, end, sizeof end);
            warn(l, q->line, dh_msg(E_LINT_Q_DEADLINE), q->id, dl, end);
        }
    }
}

dh_status dh_lint_scenario(const dh_scenario *sc, const dh_lint_refs *refs, dh_diags *diags)
{
    dh_diags found;
    dh_diags_init(&found);
    found.limit = 0;
    lint l = {sc, refs, &found, NULL, NULL, 0};
    size_t n = sc->ninjects ? sc->ninjects : 1;
    dh_ms *earliest = dh_malloc(n * sizeof *earliest);
    if (!earliest) {
        dh_diags_free(&found);
        return DH_ENOMEM;
    }
    lint_texts(&l);
    earliest_deliveries(&l, earliest);
    lint_delivery(&l, earliest);
    lint_scores(&l);
    lint_balance(&l);
    lint_roles(&l);
    lint_questions(&l, earliest);
    dh_status st = find_setters(&l);
    if (!st) {
        lint_flags(&l);
        st = lint_flag_reads(&l);
    }
    lint_stages(&l);
    lint_categories(&l);
    lint_story_time(&l);
    free(l.setter);
    free(l.set_order);
    free(earliest);
    /* a finding that could not be stored is counted in `found` but not moved
     * into diags: the caller's count would come up short, so say ENOMEM */
    if (!st && found.count < found.errors + found.warnings) st = DH_ENOMEM;
    add_by_line(diags, &found);
    dh_diags_free(&found);
    return st;
}
