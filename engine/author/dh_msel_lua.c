/* dh_msel_lua.c — an imported MSEL written as a Lua scenario file: the only file
 * of MSEL import that knows Lua syntax. */
#include "dh_msel_lua.h"
#include "dh_msel_cells.h"

#include <stdio.h>

#include <string.h>

void dh_msel_lua_string(dh_buf *b, const char *s)
{
    dh_buf_addc(b, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') dh_buf_addc(b, '\\'), dh_buf_addc(b, (char)c);
        else if (c == '\n') dh_buf_adds(b, "\\n");
        else if (c == '\r') dh_buf_adds(b, "\\r");
        else if (c == '\t') dh_buf_adds(b, "\\t");
        else if (c < 0x20 || c == 0x7f) dh_buf_printf(b, "\\%03u", c);
        else dh_buf_addc(b, (char)c);
    }
    dh_buf_addc(b, '"');
}

/* `name = "text"` (the same in both), `name = { en = ..., vi = ... }`, or nothing. */
static void lua_text(dh_buf *b, const char *name, const char *en, const char *vi)
{
    if (!*en && !*vi) return;
    dh_buf_printf(b, "  %s = ", name);
    if (!strcmp(en, vi)) {
        dh_msel_lua_string(b, en);
    } else {
        dh_buf_adds(b, "{\n");
        if (*en) dh_buf_adds(b, "    en = "), dh_msel_lua_string(b, en), dh_buf_adds(b, ",\n");
        if (*vi) dh_buf_adds(b, "    vi = "), dh_msel_lua_string(b, vi), dh_buf_adds(b, ",\n");
        dh_buf_adds(b, "  }");
    }
    dh_buf_adds(b, ",\n");
}

/* `{ en = ..., vi = ... }` without the empty ones: an empty translation is an
 * error in a scenario (it would show nothing); with neither, "". */
static void lua_langs(dh_buf *b, const char *en, const char *vi)
{
    if (!*en || !*vi) {
        dh_msel_lua_string(b, *en ? en : vi);
        return;
    }
    dh_buf_adds(b, "{ en = ");
    dh_msel_lua_string(b, en);
    dh_buf_adds(b, ", vi = ");
    dh_msel_lua_string(b, vi);
    dh_buf_adds(b, " }");
}

static void scenario(dh_buf *out, const dh_msel_scenario *s)
{
    dh_buf_printf(out,
                  "-- %s.lua: imported from the MSEL %s by `drillhall msel import`.\n"
                  "-- TODO: a sheet holds no `when` conditions or hooks, and an HSEEP sheet "
                  "no title,\n-- scoring or branches. Check the title, the duration and the "
                  "categories below, finish\n-- every decision marked TODO, and run "
                  "`drillhall check` and `drillhall simulate`\n-- on this file.\n\nscenario {\n  id = ",
                  s->id, s->sheet);
    dh_msel_lua_string(out, s->id);
    dh_buf_printf(out, ",\n  version = %d,\n  title = ", s->version);
    lua_langs(out, s->title.en, s->title.vi);
    dh_buf_printf(out, ",\n  duration = \"%s\",\n  categories = {\n", s->duration);
    for (size_t k = 0; k < s->ncategories; k++) {
        dh_buf_adds(out, "    { ");
        dh_msel_lua_string(out, s->categories[k].id);
        if (*s->categories[k].name.en) {
            dh_buf_adds(out, ", en = ");
            dh_msel_lua_string(out, s->categories[k].name.en);
        }
        if (*s->categories[k].name.vi) {
            dh_buf_adds(out, ", vi = ");
            dh_msel_lua_string(out, s->categories[k].name.vi);
        }
        dh_buf_adds(out, " },\n");
    }
    dh_buf_adds(out, "  },\n");
    if (*s->description.en || *s->description.vi) {
        dh_buf_adds(out, "  description = ");
        lua_langs(out, s->description.en, s->description.vi);
        dh_buf_adds(out, ",\n");
    }
    if (*s->objectives.en || *s->objectives.vi) {
        /* one a line; the lines of the two languages pair up */
        dh_buf_adds(out, "  objectives = {\n");
        const char *en = s->objectives.en, *vi = s->objectives.vi;
        while (*en || *vi) {
            size_t ne = strcspn(en, "\n"), nv = strcspn(vi, "\n");
            char a[1024], b[1024];
            snprintf(a, sizeof a, "%.*s", (int)(ne < 1023 ? ne : 1023), en);
            snprintf(b, sizeof b, "%.*s", (int)(nv < 1023 ? nv : 1023), vi);
            if (*a || *b) {
                dh_buf_adds(out, "    ");
                lua_langs(out, a, b);
                dh_buf_adds(out, ",\n");
            }
            en += ne + (en[ne] == '\n');
            vi += nv + (vi[nv] == '\n');
        }
        dh_buf_adds(out, "  },\n");
    }
    if (s->nstages) {
        dh_buf_adds(out, "  stages = { ");
        for (size_t k = 0; k < s->nstages; k++) {
            if (k) dh_buf_adds(out, ", ");
            dh_msel_lua_string(out, s->stages[k]);
        }
        dh_buf_adds(out, " },\n");
    }
    dh_buf_adds(out, "}\n\n");
}

static void inject(dh_buf *b, const dh_msel_inject *in)
{
    if (!in->at)
        dh_buf_printf(b, "-- TODO (line %d of the sheet): no exercise time. Deliver this inject "
                      "from an option's\n-- triggers or a hook, or give it an `at`.\n", in->line);
    else
        dh_buf_printf(b, "-- %llu. T+%s\n", in->number, in->at);
    dh_buf_adds(b, "inject {\n  id = ");
    dh_msel_lua_string(b, in->id);
    dh_buf_adds(b, ",\n");
    if (in->at) dh_buf_printf(b, "  at = \"%s\",\n", in->at);
    const char *const plain[][2] = {
        {"stage", in->stage}, {"attack", in->attack}, {"severity", in->severity}};
    for (size_t k = 0; k < 3; k++)
        if (*plain[k][1]) {
            dh_buf_printf(b, "  %s = ", plain[k][0]);
            dh_msel_lua_string(b, plain[k][1]);
            dh_buf_adds(b, ",\n");
        }
    lua_text(b, "from", in->from.en, in->from.vi);
    if (*in->channel) dh_buf_adds(b, "  channel = "), dh_msel_lua_string(b, in->channel), dh_buf_adds(b, ",\n");
    lua_text(b, "title", in->title.en, in->title.vi);
    lua_text(b, "body", in->body.en, in->body.vi);
    lua_text(b, "notes", in->notes.en, in->notes.vi);
    dh_buf_adds(b, "}\n\n");
}

static int speed_item(void *ud, const dh_msel_item *it)
{
    dh_buf *b = ud;
    if (!strcmp(it->key, "floor")) {
        double v = 0;
        dh_msel_points(it->value, &v);
        dh_buf_printf(b, " floor = %.17g,", v);
    } else {
        dh_buf_printf(b, " %s = ", it->key);
        dh_msel_lua_string(b, it->value);
        dh_buf_adds(b, ",");
    }
    return 0;
}

static void decision(dh_buf *b, const dh_msel_decision *d)
{
    if (!d->has_options)
        dh_buf_printf(b, "-- TODO (line %d of the sheet): an MSEL has no options. Write this "
                      "decision's options,\n-- their scores and its timeout; the two below are "
                      "placeholders.\n", d->line);
    dh_buf_adds(b, "decision {\n  id = ");
    dh_msel_lua_string(b, d->id);
    dh_buf_adds(b, ",\n  on = ");
    dh_msel_lua_string(b, d->on);
    dh_buf_printf(b, ",\n  within = \"%s\",\n", d->within);
    lua_text(b, "prompt", d->prompt.en, d->prompt.vi);
    if (*d->timeout) dh_buf_adds(b, "  timeout = "), dh_msel_lua_string(b, d->timeout), dh_buf_adds(b, ",\n");
    if (*d->speed) {
        dh_buf_adds(b, "  speed = {");
        dh_msel_each_item(d->speed, 0, speed_item, b);
        dh_buf_adds(b, " },\n");
    }
    dh_buf_adds(b, "  options = {\n");
}

static int score_item(void *ud, const dh_msel_item *it)
{
    dh_buf *b = ud;
    double v = 0;
    dh_msel_points(it->value, &v);
    dh_buf_adds(b, " [");
    dh_msel_lua_string(b, it->key);
    dh_buf_printf(b, "] = %.17g,", v);
    return 0;
}

static int set_item(void *ud, const dh_msel_item *it)
{
    dh_buf *b = ud;
    double num;
    const char *str;
    size_t len;
    dh_buf_adds(b, " [");
    dh_msel_lua_string(b, it->key);
    dh_buf_adds(b, "] = ");
    switch (dh_msel_flag_value(it->value, &num, &str, &len)) {
    case 1: dh_buf_adds(b, "true"); break;
    case 2: dh_buf_adds(b, "false"); break;
    case 3: dh_buf_printf(b, "%.17g", num); break;
    default: {
        char v[DH_MSEL_ITEM_MAX + 1];
        snprintf(v, sizeof v, "%.*s", (int)len, str);
        dh_msel_lua_string(b, v);
    }
    }
    dh_buf_adds(b, ",");
    return 0;
}

static int trigger_item(void *ud, const dh_msel_item *it)
{
    dh_buf *b = ud;
    dh_buf_adds(b, " { ");
    dh_msel_lua_string(b, it->key);
    if (it->has_value) dh_buf_adds(b, ", after = "), dh_msel_lua_string(b, it->value);
    dh_buf_adds(b, " },");
    return 0;
}

static void option(dh_buf *b, const dh_msel_option *o)
{
    dh_buf_adds(b, "    { id = ");
    dh_msel_lua_string(b, o->id);
    dh_buf_adds(b, ", text = ");
    lua_langs(b, o->text.en, o->text.vi);
    if (!o->score_cell) {
        dh_buf_printf(b, ",\n      score = { %s = %d } },\n", o->category, o->score);
        return;
    }
    dh_buf_adds(b, ",\n      score = {");
    dh_msel_each_item(o->score_cell, 0, score_item, b);
    dh_buf_adds(b, " }");
    if (*o->set_cell) {
        dh_buf_adds(b, ",\n      set = {");
        dh_msel_each_item(o->set_cell, 0, set_item, b);
        dh_buf_adds(b, " }");
    }
    if (*o->triggers_cell) {
        dh_buf_adds(b, ",\n      triggers = {");
        dh_msel_each_item(o->triggers_cell, 1, trigger_item, b);
        dh_buf_adds(b, " }");
    }
    if (o->place_cell && *o->place_cell) {
        dh_buf_adds(b, ",\n      place = ");
        dh_msel_lua_string(b, o->place_cell);
    }
    dh_buf_adds(b, " },\n");
}

static void decision_end(dh_buf *b, const dh_msel_decision *d)
{
    (void)d;
    dh_buf_adds(b, "  },\n}\n\n");
}

const dh_msel_emitter dh_msel_lua = {scenario, inject, decision, option, decision_end, dh_msel_lua_string};
