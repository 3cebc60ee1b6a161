/* dh_verify.c — walking a record's chain to find the first bad input. */
#include "dh_chain.h"
#include "dh_msg.h"
#include "dh_record_impl.h"

#include <stdio.h>
#include <string.h>

void dh_record_input_describe(const dh_record_input *ri, char *buf, size_t len)
{
    char at[32];
    dh_time_format_clock(ri->in.t, at, sizeof at);
    snprintf(buf, len, dh_msg(E_INPUT_DESCRIBE), dh_input_kind_name(ri->in.kind),
             dh_input_source_name(ri->in.source), at);
}

/* The checkpoint and its signature, once the inputs chain to `head`. A status
 * when the checkpoint could not be hashed or the signature not checked (out of
 * memory, the library failing): nothing was found. */
static dh_status check_checkpoint(dh_record *r, const char *pub, const char *head, int64_t n,
                                  dh_verify_result *res, char *err, size_t errlen)
{
    const dh_record_progress *p = &r->prog;
    char cp[DH_HASH_HEX], at[32];
    /* hashed first: a hash that could not be made is no checkpoint that differs */
    if (dh_chain_checkpoint(head, p->ninputs, p->now, p->ended, cp))
        return dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
    dh_time_format_clock(p->now, at, sizeof at);
    res->now = p->now;
    res->ended = p->ended;
    snprintf(res->signer, sizeof res->signer, "%s", r->signer_pub);
    if (p->ninputs > n) {
        res->problem = DH_VERIFY_COUNT;
        res->seq = n + 1;
        snprintf(res->what, sizeof res->what,
                 dh_msg(E_VERIFY_COUNT),
                 (long long)p->ninputs, (long long)n, (long long)n + 1);
    } else if (p->ninputs < n) {
        res->problem = DH_VERIFY_ADDED;
        res->seq = p->ninputs + 1;
        snprintf(res->what, sizeof res->what,
                 dh_msg(E_VERIFY_ADDED),
                 (long long)p->ninputs + 1, (long long)p->ninputs);
    } else if (strcmp(r->head, head) || strcmp(cp, r->checkpoint)) {
        res->problem = DH_VERIFY_PROGRESS;
        snprintf(res->what, sizeof res->what,
                 dh_msg(E_VERIFY_PROGRESS), at,
                 dh_msg(p->ended ? E_VERIFY_ENDED : E_VERIFY_NOT_ENDED), (long long)p->ninputs);
    } else if (pub && !r->signer_pub[0]) {
        res->problem = DH_VERIFY_UNSIGNED;
        snprintf(res->what, sizeof res->what, "%s", dh_msg(E_VERIFY_UNSIGNED));
    } else if (pub && strcmp(pub, r->signer_pub)) {
        res->problem = DH_VERIFY_KEY;
        snprintf(res->what, sizeof res->what,
                 dh_msg(E_VERIFY_KEY),
                 r->signer_pub);
    } else if (r->signer_pub[0]) {
        int valid;
        /* a signature that could not be checked is no signature that differs */
        dh_status st = dh_sign_verify(r->signer_pub, r->checkpoint, 64, r->signature, &valid,
                                      err, errlen);
        if (st) return st;
        if (!valid) {
            res->problem = DH_VERIFY_SIGNATURE;
            snprintf(res->what, sizeof res->what,
                     dh_msg(E_VERIFY_SIGNATURE),
                     at, (long long)p->ninputs);
        }
    }
    return DH_OK;
}

dh_status dh_record_verify(dh_record *r, dh_verify_result *res, char *err, size_t errlen)
{
    return dh_record_verify_key(r, NULL, res, err, errlen);
}

dh_status dh_record_verify_key(dh_record *r, const char *pub, dh_verify_result *res, char *err,
                               size_t errlen)
{
    memset(res, 0, sizeof *res);
    dh_record_header h;
    dh_status st = dh_record_read_header(r, &h, err, errlen);
    if (st) return st;
    char sha[DH_HASH_HEX], start[DH_HASH_HEX], stored_start[DH_HASH_HEX] = "";
    /* a hash that could not be made (out of memory) is not one that differs:
     * that would tell the facilitator a sound record was tampered with */
    if (dh_chain_sha256(h.scenario_source, h.scenario_len, NULL, 0, sha)) {
        dh_record_header_free(&h);
        return dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
    }
    int bad_header = strcmp(sha, h.scenario_sha256) != 0;
    if (!bad_header) {
        if (dh_chain_header(&h, start)) {
            dh_record_header_free(&h);
            return dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
        }
        st = dh_record_chain_start(r, stored_start, err, errlen);
        if (st) {
            dh_record_header_free(&h);
            return st;
        }
        bad_header = strcmp(start, stored_start) != 0;
    }
    dh_record_header_free(&h);
    if (bad_header) {
        res->problem = DH_VERIFY_HEADER;
        snprintf(res->what, sizeof res->what, "%s", dh_msg(E_VERIFY_HEADER));
        return DH_OK;
    }
    dh_record_input *v;
    size_t n;
    st = dh_record_read_inputs(r, &v, &n, err, errlen);
    if (st) return st;
    res->ninputs = (int64_t)n;
    const char *prev = start;
    char h2[DH_HASH_HEX], desc[128];
    for (size_t i = 0; i < n && !res->problem; i++) {
        int64_t want = (int64_t)i + 1;
        res->seq = want;
        if (v[i].seq != want) {
            res->problem = DH_VERIFY_REMOVED;
            snprintf(res->what, sizeof res->what, dh_msg(E_VERIFY_REMOVED), (long long)want);
            break;
        }
        if (dh_chain_input(prev, &v[i].in, v[i].wall_us, h2)) {
            dh_record_inputs_free(v, n);
            return dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
        }
        if (!strcmp(h2, v[i].hash)) {
            prev = v[i].hash;
            continue;
        }
        dh_record_input_describe(&v[i], desc, sizeof desc);
        /* intact row in the wrong place: its hash chains from another row's hash */
        int64_t after = -1; /* the row it chains from: 0 = the header */
        for (size_t j = 0; j <= n && after < 0; j++) {
            const char *p2 = j == 0 ? start : v[j - 1].hash;
            if (j == i) continue;
            /* out of memory here would turn a moved row into an altered one */
            if (dh_chain_input(p2, &v[i].in, v[i].wall_us, h2)) {
                dh_record_inputs_free(v, n);
                return dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
            }
            if (!strcmp(h2, v[i].hash)) after = (int64_t)j;
        }
        if (after >= 0) {
            res->problem = DH_VERIFY_REORDERED;
            if (after == 0)
                snprintf(res->what, sizeof res->what,
                         dh_msg(E_VERIFY_FIRST),
                         (long long)want, desc);
            else
                snprintf(res->what, sizeof res->what,
                         dh_msg(E_VERIFY_AFTER),
                         (long long)want, desc, (long long)after);
        } else {
            res->problem = DH_VERIFY_ALTERED;
            snprintf(res->what, sizeof res->what,
                     dh_msg(E_VERIFY_ALTERED),
                     (long long)want, desc);
        }
    }
    if (!res->problem) st = check_checkpoint(r, pub, prev, (int64_t)n, res, err, errlen);
    if (st) {
        dh_record_inputs_free(v, n);
        memset(res, 0, sizeof *res);
        return st;
    }
    if (!res->problem) res->seq = 0;
    /* the head as computed here, whatever the record stores */
    snprintf(res->head, sizeof res->head, "%s", prev);
    dh_record_inputs_free(v, n);
    return DH_OK;
}

