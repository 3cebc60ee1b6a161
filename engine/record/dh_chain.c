/* dh_chain.c — the record's SHA-256 chain: canonical bytes and hashes. */
#include "dh_chain.h"
#include "dh_buf.h"

#include <openssl/evp.h>

#include <stdio.h>
#include <string.h>

int dh_chain_sha256(const void *a, size_t alen, const void *b, size_t blen,
                      char out[DH_HASH_HEX])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    int ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) &&
             EVP_DigestUpdate(ctx, a, alen) && (!blen || EVP_DigestUpdate(ctx, b, blen)) &&
             EVP_DigestFinal_ex(ctx, md, &mdlen);
    EVP_MD_CTX_free(ctx);
    if (!ok || mdlen != 32) return -1;
    /* by table, not snprintf: verify hashes every input, resume verifies */
    static const char hex[] = "0123456789abcdef";
    for (unsigned i = 0; i < 32; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[64] = 0;
    return 0;
}

static const char *or_empty(const char *s) { return s ? s : ""; }

/* The header's canonical bytes: every field that decides the drill or that a
 * report shows. */
static void header_bytes(dh_buf *b, const dh_record_header *h)
{
    dh_buf_printf(b, "drillhall-record %d\nengine %zu:%s\nscenario-file %zu:%s\n"
                     "scenario-id %zu:%s\nscenario-version %d\n",
                  DH_RECORD_SCHEMA, strlen(or_empty(h->engine_version)),
                  or_empty(h->engine_version), strlen(or_empty(h->scenario_file)),
                  or_empty(h->scenario_file), strlen(or_empty(h->scenario_id)),
                  or_empty(h->scenario_id), h->scenario_version);
    dh_buf_printf(b, "scenario %s\nseed %llu\nlang %s\nbots %s\ncreated %lld\nsigner %s\n",
                  h->scenario_sha256, (unsigned long long)h->seed, h->lang, h->bots,
                  (long long)h->created_us, h->signer[0] ? h->signer : "none");
    for (size_t i = 0; i < h->roster.nteams; i++) {
        const dh_team_info *t = &h->roster.teams[i];
        const char *role = dh_roster_team_role(&h->roster, i);
        const char *bname = dh_record_bracket_display(&h->roster, i); /* schema 4 */
        dh_buf_printf(b, "team %zu:%s %zu:%s %zu:%s %zu:%s %zu:%s\n", strlen(t->id), t->id,
                      strlen(t->name), t->name, strlen(t->bracket), t->bracket, strlen(role),
                      role, strlen(bname), bname);
    }
    for (size_t i = 0; i < h->responses.count; i++) {
        const dh_response *p = &h->responses.items[i];
        dh_buf_printf(b, "response %d %d %d %lld %d\n", p->team, p->decision, p->option,
                      (long long)p->at, p->line > 0 ? p->line : 0); /* as stored */
    }
}

/* An input's canonical bytes. The sequence number is left out: a row's place is
 * what the chain itself proves, which lets verify tell a moved row from an
 * altered one. */
static void input_bytes(dh_buf *b, const dh_input *in, int64_t wall_us)
{
    const char *text = in->text ? in->text : "";
    dh_buf_printf(b, "%lld %lld %s %s %d %d %d %d %d %lld %lld %d %zu:", (long long)in->t,
                  (long long)wall_us, dh_input_kind_name(in->kind),
                  dh_input_source_name(in->source), in->team, in->decision, in->option,
                  in->category, in->inject, (long long)in->milli, (long long)in->speed_milli,
                  in->text != NULL, strlen(text));
    dh_buf_adds(b, text);
    /* schema 3: the station's ref and the evaluator's name */
    const char *ref = in->ref ? in->ref : "", *by = in->by ? in->by : "";
    dh_buf_printf(b, " ref %d %zu:", in->ref != NULL, strlen(ref));
    dh_buf_adds(b, ref);
    dh_buf_printf(b, " by %d %zu:", in->by != NULL, strlen(by));
    dh_buf_adds(b, by);
}

int dh_chain_input(const char *prev, const dh_input *in, int64_t wall_us, char out[DH_HASH_HEX])
{
    dh_buf b;
    dh_buf_init(&b);
    input_bytes(&b, in, wall_us);
    int rc = b.failed ? -1 : dh_chain_sha256(prev, 64, b.data, b.len, out);
    dh_buf_free(&b);
    return rc;
}

int dh_chain_header(const dh_record_header *h, char out[DH_HASH_HEX])
{
    dh_buf b;
    dh_buf_init(&b);
    header_bytes(&b, h);
    int rc = b.failed ? -1 : dh_chain_sha256(b.data, b.len, NULL, 0, out);
    dh_buf_free(&b);
    return rc;
}


int dh_chain_checkpoint(const char *head, int64_t ninputs, dh_ms now, int ended,
                        char out[DH_HASH_HEX])
{
    char b[96];
    int n = snprintf(b, sizeof b, "checkpoint %lld %lld %d", (long long)ninputs, (long long)now,
                     ended);
    return dh_chain_sha256(head, 64, b, (size_t)n, out);
}
