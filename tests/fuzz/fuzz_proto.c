/* fuzz_proto.c — one network frame from any bytes, in both directions: parsed
 * into a checked message or refused with a reason and a message; a parsed
 * message encodes to JSON that parses again to a message that encodes to the
 * same bytes (nothing the parser accepts is lost or changed on the way out). */
#include "fuzz.h"
#include "dh_proto.h"

#include <string.h>

static void one(const uint8_t *data, size_t size, dh_pdir dir)
{
    dh_pmsg m;
    dh_prefuse_reason why;
    char err[256];
    dh_status st = dh_proto_parse((const char *)data, size, dir, DH_LANG_EN, &m, &why, err, sizeof err);
    dh_fuzz_note("proto dir %d: status %d, type %s, reason %s", (int)dir, (int)st,
                 dh_ptype_name(m.type), dh_prefuse_name(why));
    if (st != DH_OK) {
        if (m.type != DH_P_NONE || m.owned_) dh_fuzz_fail("a refused message kept something");
        if (why == DH_PR_NONE || !err[0]) dh_fuzz_fail("refused without saying why");
        if (size > DH_PROTO_MAX_MSG && why != DH_PR_TOO_LARGE) dh_fuzz_fail("oversized not too-large");
        return;
    }
    if (size > DH_PROTO_MAX_MSG) dh_fuzz_fail("an oversized message was accepted");
    if (why != DH_PR_NONE) dh_fuzz_fail("accepted with a reason");
    if ((dir == DH_PDIR_TO_SERVER) != (m.type >= DH_P_HELLO && m.type <= DH_P_NOTE))
        dh_fuzz_fail("a message of the other direction was accepted");
    dh_buf a, b;
    dh_buf_init(&a);
    dh_buf_init(&b);
    dh_proto_encode(&m, &a);
    dh_pmsg m2;
    if (!a.failed) {
        st = dh_proto_parse(a.data, a.len, dir, DH_LANG_EN, &m2, &why, err, sizeof err);
        /* an encoding may be larger than the frame it came from (plain text
         * becomes an object of languages) */
        if (st != DH_OK && !(why == DH_PR_TOO_LARGE && a.len > DH_PROTO_MAX_MSG)) {
            dh_fuzz_note("re-parse: %s: %.*s", err, (int)(a.len < 400 ? a.len : 400), a.data);
            dh_fuzz_fail("an encoded message does not parse again");
        }
        if (st == DH_OK) {
            if (m2.type != m.type) dh_fuzz_fail("type changed through encoding");
            dh_proto_encode(&m2, &b);
            if (!b.failed && (a.len != b.len || memcmp(a.data, b.data, a.len)))
                dh_fuzz_fail("encoding is not stable");
            dh_pmsg_free(&m2);
        }
    }
    dh_buf_free(&a);
    dh_buf_free(&b);
    dh_pmsg_free(&m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    one(data, size, DH_PDIR_TO_SERVER);
    one(data, size, DH_PDIR_TO_STATION);
    return 0;
}
