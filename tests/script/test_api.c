/* test_api.c — every field of the scenario API reaches the model, and every
 * semantic error is reported at the line of its definition. */
#include "script_fixture.h"

#include <string.h>

#define HEAD \
    "scenario { id = 's', version = 3, duration = '2:00',\n" \
    "  title = { en = 'Title', vi = 'Tiêu đề' },\n" \
    "  categories = { { 'detect', en = 'Detect', vi = 'Phát hiện' }, 'contain' },\n" \
    "  stages = { 'access', { 'impact', en = 'Impact', vi = 'Tác động' } } }\n"

static const char full_src[] =
    "scenario {\n"                                                          /* 1 */
    "  id = 'full', version = 2, duration = '2:30:15',\n"
    "  title = { en = 'Ransomware', vi = 'Mã độc tống tiền' },\n"
    "  description = 'neutral description',\n"
    "  categories = { { 'detect', en = 'Detect', vi = 'Phát hiện' }, 'contain' },\n"
    "  stages = { 'initial-access', { 'impact', en = 'Impact', vi = 'Tác động' } },\n"
    "  objectives = { { en = 'Escalate', vi = 'Báo cáo' }, 'Notify' },\n"
    "}\n"
    "local phish = inject {\n"                                             /* 9 */
    "  id = 'phish', at = '0:05', stage = 'initial-access', attack = 'T1566.001',\n"
    "  severity = 'high', from = { en = 'Staff', vi = 'Cán bộ' }, channel = 'email',\n"
    "  title = { en = 'Phish', vi = 'Thư giả mạo' }, body = 'Body', notes = { en = 'Look' },\n"
    "}\n"
    "inject { id = 'note', stage = 'impact', attack = 'T1486', title = 'Note',\n" /* 14 */
    "  when = function(team) return team.flags.spread end }\n"
    "decision {\n"                                                          /* 16 */
    "  id = 'first', on = phish, within = '15m', prompt = { en = 'Now?', vi = 'Giờ?' },\n"
    "  notes = 'evaluator guide',\n"
    "  options = {\n"
    "    { id = 'isolate', text = 'Isolate', score = { contain = 10, detect = 2.5 },\n"
    "      notes = 'best' },\n"
    "    { id = 'wait', text = 'Wait', score = { contain = -5 },\n"
    "      set = { spread = true, level = 2, who = 'ops' },\n"
    "      triggers = { { 'note', after = '20m' }, 'note' } },\n"
    "  },\n"
    "  timeout = 'wait', speed = { full = '5m', zero = '15m', floor = 0.25 },\n"
    "}\n"
    "decision { id = 'second', on = 'note', prompt = 'p', options = { { id = 'a', text = 'A' } } }\n"
    "on('choice', function(team, d, o) end)\n"                            /* 29 */
    "on('end', function(team) end)\n";

static void scenario_fields_reach_the_model(void **state)
{
    (void)state;
    sfx *f = sfx_load(full_src);
    assert_int_equal(f->status, DH_OK);
    const dh_scenario *sc = f->sc;
    assert_string_equal(sc->id, "full");
    assert_int_equal(sc->version, 2);
    assert_int_equal(sc->duration, 2 * DH_MS_HOUR + 30 * DH_MS_MINUTE + 15000);
    assert_string_equal(dh_text_get(&sc->title, DH_LANG_VI), "Mã độc tống tiền");
    assert_string_equal(dh_text_get(&sc->title, DH_LANG_EN), "Ransomware");
    assert_true(sc->description.neutral);
    assert_int_equal(sc->ncategories, 2);
    assert_string_equal(sc->categories[0].id, "detect");
    assert_string_equal(dh_text_get(&sc->categories[0].name, DH_LANG_VI), "Phát hiện");
    assert_string_equal(dh_text_get(&sc->categories[1].name, DH_LANG_EN), "contain");
    assert_int_equal(sc->nstages, 2);
    assert_string_equal(dh_text_get(&sc->stages[1].name, DH_LANG_VI), "Tác động");
    assert_int_equal(sc->nobjectives, 2);
    assert_string_equal(dh_text_get(&sc->objectives[1].text, DH_LANG_VI), "Notify");
    assert_string_equal(sc->objectives[1].id, "2"); /* a bare text: numbered, not linkable */
    assert_false(sc->objectives[1].named);
    assert_int_equal(sc->line, 1);
    sfx_free(f);
}

static void inject_fields_reach_the_model(void **state)
{
    (void)state;
    sfx *f = sfx_load(full_src);
    const dh_inject *in = &f->sc->injects[0];
    assert_string_equal(in->id, "phish");
    assert_int_equal(in->line, 9);
    assert_int_equal(in->at, 5 * DH_MS_MINUTE);
    assert_int_equal(in->stage, 0);
    assert_string_equal(in->attack, "T1566.001");
    assert_int_equal(in->severity, DH_SEV_HIGH);
    assert_string_equal(dh_text_get(&in->from, DH_LANG_VI), "Cán bộ");
    assert_string_equal(in->channel, "email");
    assert_string_equal(dh_text_get(&in->title, DH_LANG_VI), "Thư giả mạo");
    assert_string_equal(dh_text_get(&in->body, DH_LANG_EN), "Body");
    assert_string_equal(dh_text_get(&in->notes, DH_LANG_VI), "Look"); /* falls back to en */
    assert_int_equal(in->when_ref, DH_NOREF);
    assert_int_equal(in->ndecisions, 1);
    const dh_inject *note = &f->sc->injects[1];
    assert_int_equal(note->at, DH_MS_NEVER);
    assert_int_equal(note->severity, DH_SEV_MEDIUM);
    assert_int_not_equal(note->when_ref, DH_NOREF);
    assert_int_equal(note->line, 14);
    sfx_free(f);
}

static void decision_fields_reach_the_model(void **state)
{
    (void)state;
    sfx *f = sfx_load(full_src);
    const dh_decision *d = &f->sc->decisions[0];
    assert_string_equal(d->id, "first");
    assert_int_equal(d->line, 16);
    assert_int_equal(d->on, 0);
    assert_int_equal(d->within, 15 * DH_MS_MINUTE);
    assert_string_equal(dh_text_get(&d->prompt, DH_LANG_VI), "Giờ?");
    assert_string_equal(dh_text_get(&d->notes, DH_LANG_EN), "evaluator guide");
    assert_int_equal(d->noptions, 2);
    assert_int_equal(d->timeout, 1);
    assert_true(d->speed.present);
    assert_int_equal(d->speed.full, 5 * DH_MS_MINUTE);
    assert_int_equal(d->speed.zero, 15 * DH_MS_MINUTE);
    assert_int_equal(d->speed.floor_milli, 250);
    const dh_option *iso = &d->options[0];
    assert_int_equal(iso->points[0], 2500);
    assert_int_equal(iso->points[1], 10000);
    assert_int_equal(iso->total, 12500);
    assert_string_equal(dh_text_get(&iso->notes, DH_LANG_EN), "best");
    const dh_option *wait = &d->options[1];
    assert_int_equal(wait->nset, 3);
    assert_int_equal(wait->ntriggers, 2);
    assert_int_equal(wait->triggers[0].inject, 1);
    assert_int_equal(wait->triggers[0].after, 20 * DH_MS_MINUTE);
    assert_int_equal(wait->triggers[1].after, 0);
    const dh_decision *second = &f->sc->decisions[1];
    assert_int_equal(second->on, 1); /* `on` by id string */
    assert_int_equal(second->within, DH_MS_NEVER);
    assert_int_equal(f->sc->nhooks, 2);
    assert_int_equal(f->sc->hooks[0].event, DH_HOOK_CHOICE);
    assert_int_equal(f->sc->hooks[0].line, 29);
    assert_int_equal(f->sc->hooks[1].event, DH_HOOK_END);
    sfx_free(f);
}

static void category_maps_are_ordered_by_id(void **state)
{
    (void)state;
    sfx *f = sfx_load("scenario { id = 'm', title = 't', duration = '1:00',\n"
                      "  categories = { recover = 'Recover', contain = 'Contain', detect = 'D' } }\n");
    assert_int_equal(f->status, DH_OK);
    assert_string_equal(f->sc->categories[0].id, "contain");
    assert_string_equal(f->sc->categories[1].id, "detect");
    assert_string_equal(f->sc->categories[2].id, "recover");
    sfx_free(f);
}

/* --- semantic errors at the line of the definition ------------------------------ */

static void unknown_stage(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', stage = 'nope', title = 'A' }\n", 5,
                     "unknown stage \"nope\"");
}

/* Roles are free ids, but written as a list of ids: a bare string, an empty
 * list or a role that is not an id is refused at its line. */
static void roles_must_be_a_list_of_ids(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', title = 'A', roles = 'central' }\n", 5,
                     "roles must be a list");
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', title = 'A', roles = {} }\n", 5,
                     "roles must be a list");
    sfx_expect_error(HEAD "local a = inject { id = 'a', at = '0:05', title = 'A' }\n"
                          "decision { id = 'd', on = a, prompt = 'p', roles = { 'prov ince' },\n"
                          "  options = { { id = 'x', text = 'X' } } }\n", 6,
                     "role \"prov ince\" is not an id");
}

/* A map entry beside list entries was dropped without a word. */
static void categories_mixing_list_and_map_forms(void **s)
{
    (void)s;
    sfx_expect_error("scenario { id = 's', duration = '1:00', title = 'T',\n"
                     "  categories = { zzz = 'X', { 'detect', en = 'D' } } }\n",
                     2, "categories mixes the list form and the map form"); /* the field's line */
    sfx_expect_error("scenario { id = 's', duration = '1:00', title = 'T',\n"
                     "  stages = { 'a', [5] = 'e' } }\n",
                     2, "stages mixes the list form and the map form");
}

static void unknown_category(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', title = 'A' }\n"
                          "decision { id = 'd', on = 'a', prompt = 'p',\n"
                          "  options = { { id = 'x', text = 'X', score = { recover = 1 } } } }\n",
                     7, "option \"x\": unknown category \"recover\""); /* the score's line */
}

static void unknown_inject_in_on(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "decision { id = 'd', on = 'ghost', prompt = 'p',\n"
                          "  options = { { id = 'x', text = 'X' } } }\n",
                     5, "on = unknown inject \"ghost\"");
}

static void duplicate_id(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', title = 'A' }\n"
                          "inject { id = 'a', at = '0:06', title = 'B' }\n",
                     6, "duplicate id \"a\" (first defined at line 5)");
}

static void decision_without_options(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', title = 'A' }\n"
                          "decision { id = 'd', on = 'a', prompt = 'p', options = {} }\n",
                     6, "has no options");
}

static void time_past_duration(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = '2:30', title = 'A' }\n", 5,
                     "past the scenario's duration");
}

static void malformed_time(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "\ninject { id = 'a', at = '0:5', title = 'A' }\n", 6, "malformed time");
}

static void bare_number_time(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = 5, title = 'A' }\n", 5,
                     "a bare number is not a time");
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', title = 'A' }\n"
                          "decision { id = 'd', on = 'a', within = 15, prompt = 'p',\n"
                          "  options = { { id = 'x', text = 'X' } } }\n",
                     6, "within = 15: a bare number is not a time");
}

static void timeout_naming_no_option(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', title = 'A' }\n"
                          "decision { id = 'd', on = 'a', prompt = 'p', timeout = 'later',\n"
                          "  options = { { id = 'x', text = 'X' } } }\n",
                     6, "timeout \"later\" names no option");
}

static void trigger_of_unknown_inject(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', title = 'A' }\n"
                          "decision { id = 'd', on = 'a', prompt = 'p',\n"
                          "  options = { { id = 'x', text = 'X', triggers = { 'ghost' } } } }\n",
                     7, "trigger of unknown inject \"ghost\""); /* the trigger's line */
}

static void misspelt_field_and_language(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', tittle = 'A' }\n", 5,
                     "unknown field \"tittle\"");
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', title = { en = 'A', fr = 'B' } }\n", 5,
                     "unknown language \"fr\"");
    /* the misspelt field keeps the definition's id and says what was meant */
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', tittle = 'A' }\n", 5,
                     "inject \"a\": unknown field \"tittle\" (did you mean \"title\"?)");
}

/* vi = "" read as translated and showed a Vietnamese team nothing. */
static void an_empty_translation_is_refused(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05',\n  title = { en = 'A', vi = '' } }\n", 6,
                     "inject \"a\": title: vi = \"\" is empty");
}

static void bad_attack_and_severity(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', title = 'A', attack = 'phishing' }\n",
                     5, "not a MITRE ATT&CK technique id");
    sfx_expect_error(HEAD "inject { id = 'a', at = '0:05', title = 'A', severity = 'huge' }\n", 5,
                     "severity \"huge\"");
}

static void every_problem_is_listed_not_just_the_first(void **s)
{
    (void)s;
    sfx *f = sfx_load(HEAD "inject { id = 'a', at = '9:00', title = 'A' }\n"
                           "inject { id = 'b', at = 'x', title = 'B' }\n"
                           "decision { id = 'd', on = 'c', prompt = 'p', options = {} }\n");
    assert_int_equal(f->status, DH_EINPUT);
    assert_true(f->diags.errors >= 4);
    sfx_free(f);
}

static void syntax_errors_name_their_line(void **s)
{
    (void)s;
    sfx_expect_error(HEAD "inject { id = 'a' at = '0:05' }\n", 5, "'}' expected");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scenario_fields_reach_the_model),
        cmocka_unit_test(categories_mixing_list_and_map_forms),
        cmocka_unit_test(inject_fields_reach_the_model),
        cmocka_unit_test(decision_fields_reach_the_model),
        cmocka_unit_test(category_maps_are_ordered_by_id),
        cmocka_unit_test(unknown_stage),
        cmocka_unit_test(roles_must_be_a_list_of_ids),
        cmocka_unit_test(unknown_category),
        cmocka_unit_test(unknown_inject_in_on),
        cmocka_unit_test(duplicate_id),
        cmocka_unit_test(decision_without_options),
        cmocka_unit_test(time_past_duration),
        cmocka_unit_test(malformed_time),
        cmocka_unit_test(bare_number_time),
        cmocka_unit_test(timeout_naming_no_option),
        cmocka_unit_test(trigger_of_unknown_inject),
        cmocka_unit_test(misspelt_field_and_language),
        cmocka_unit_test(an_empty_translation_is_refused),
        cmocka_unit_test(bad_attack_and_severity),
        cmocka_unit_test(every_problem_is_listed_not_just_the_first),
        cmocka_unit_test(syntax_errors_name_their_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
