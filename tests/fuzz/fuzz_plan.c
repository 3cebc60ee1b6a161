/* fuzz_plan.c — the improvement plan from any bytes, at both of its edges: as
 * the canonical text a record holds (parsed, it formats back to the same plan)
 * and as the sheet the agency fills in (read against a scenario, every row
 * names one of its decisions with a real status and date, or the sheet is
 * refused at a line with nothing kept). */
#include "fuzz.h"
#include "dh_buf.h"
#include "dh_plan.h"
#include "dh_plan_csv.h"

#include <stdlib.h>
#include <string.h>

static void same_plan(const dh_plan *a, const dh_plan *b)
{
    if (a->nrows != b->nrows) dh_fuzz_fail("the plan read back has another row count");
    for (size_t i = 0; i < a->nrows; i++) {
        const dh_plan_row *x = &a->rows[i], *y = &b->rows[i];
        if (strcmp(x->decision, y->decision) || x->status != y->status || strcmp(x->due, y->due) ||
            strcmp(x->action, y->action) || strcmp(x->unit, y->unit) || strcmp(x->poc, y->poc))
            dh_fuzz_fail("a row changed on the way through its text");
    }
}

static void canonical(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text) return;
    memcpy(text, data, size);
    text[size] = 0;
    dh_plan p, q;
    char err[160];
    dh_status st = dh_plan_parse(&p, text, err, sizeof err);
    dh_fuzz_note("canonical: status %d, %zu rows", (int)st, p.nrows);
    if (st == DH_OK) {
        dh_buf b;
        dh_buf_init(&b);
        dh_plan_format(&p, &b);
        if (!b.failed) {
            if (dh_plan_parse(&q, dh_buf_cstr(&b), err, sizeof err)) dh_fuzz_fail("its own text is refused");
            same_plan(&p, &q);
            dh_plan_free(&q);
        }
        dh_buf_free(&b);
    } else if (p.nrows) {
        dh_fuzz_fail("a refused plan kept rows");
    } else if (st == DH_EINPUT && strncmp(err, "line ", 5)) {
        dh_fuzz_fail("refused without a line");
    }
    dh_plan_free(&p);
    free(text);
}

static void sheet(const uint8_t *data, size_t size)
{
    const char *path = dh_fuzz_file("plan.csv", data, size);
    if (!path) return;
    dh_decision dec[3];
    memset(dec, 0, sizeof dec);
    char *ids[3] = {"triage-phish", "mail-sweep", "restore"};
    for (int i = 0; i < 3; i++) dec[i].id = ids[i];
    dh_scenario sc;
    memset(&sc, 0, sizeof sc);
    sc.decisions = dec;
    sc.ndecisions = 3;
    dh_plan p;
    dh_diags diags;
    dh_diags_init(&diags);
    dh_status st = dh_plan_csv_read(path, &sc, &p, &diags);
    dh_fuzz_note("sheet: status %d, %zu rows", (int)st, p.nrows);
    if (st == DH_OK) {
        if (diags.errors) dh_fuzz_fail("a sheet with errors was taken");
        for (size_t i = 0; i < p.nrows; i++) {
            const dh_plan_row *r = &p.rows[i];
            int known = 0;
            for (int k = 0; k < 3; k++) known |= !strcmp(r->decision, ids[k]);
            if (!known) dh_fuzz_fail("a row names a decision the scenario does not have");
            if (r->status >= DH_PLAN_STATUS_COUNT) dh_fuzz_fail("a status out of range");
            if (r->due[0] && !dh_plan_date_ok(r->due)) dh_fuzz_fail("a due date that is not a date");
            if (dh_plan_find(&p, r->decision) != r) dh_fuzz_fail("a decision with two rows");
        }
    } else {
        if (p.nrows) dh_fuzz_fail("a refused sheet kept rows");
        if (st == DH_EINPUT && !diags.errors) dh_fuzz_fail("refused without saying why");
    }
    dh_diags_free(&diags);
    dh_plan_free(&p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    canonical(data, size);
    sheet(data, size);
    return 0;
}
