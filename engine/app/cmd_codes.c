/* cmd_codes.c — `drillhall codes F.drill [--format csv|html] [-o F] [--url URL] [--lang en|vi]`:
 * the join codes of a served drill, to print and hand out.
 *
 * The record holds only salted hashes; the codes are derived again from the
 * secret beside it (F.drill.codes), and each is checked against its hash, so a
 * sheet never carries a code the server would refuse. CSV: role,id,name,code.
 * HTML: a printable sheet, one card per team, evaluator and observers, with the
 * code, the server's URL and the certificate's fingerprint. */
#include "commands.h"
#include "dh_args.h"
#include "dh_codes.h"
#include "dh_csv_write.h"
#include "dh_output.h"
#include "dh_proto.h"
#include "dh_record.h"
#include "dh_tls.h"
#include "dh_web_qr.h"

#include <stdio.h>
#include <string.h>

static void html(dh_buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': dh_buf_adds(b, "&amp;"); break;
        case '<': dh_buf_adds(b, "&lt;"); break;
        case '>': dh_buf_adds(b, "&gt;"); break;
        case '"': dh_buf_adds(b, "&quot;"); break;
        case '\'': dh_buf_adds(b, "&#39;"); break;
        default: dh_buf_addc(b, *s);
        }
    }
}

static const char *role_word(const char *role)
{
    if (!strcmp(role, "team")) return dh_msg(A_CODES_TEAM);
    if (!strcmp(role, "evaluator")) return dh_msg(A_CODES_EVALUATOR);
    return dh_msg(A_CODES_OBSERVER);
}

int dh_cmd_codes(int argc, char **argv)
{
    int want_help = 0, no_bom = 0;
    const char *format = "csv", *out = NULL, *url = NULL, *lang = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--format", DH_OPT_STRING, &format, "csv|html", H_CODES_FORMAT},
                     {"-o", DH_OPT_OUTPUT, &out, "FILE", H_CODES_OUT},
                     {"--url", DH_OPT_STRING, &url, "URL", H_CODES_URL},
                     {"--lang", DH_OPT_STRING, &lang, "en|vi", H_CODES_LANG},
                     {"--no-bom", DH_OPT_FLAG, &no_bom, NULL, H_NO_BOM},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_CODES_USAGE, H_CODES_ABOUT);
    if (a.npos != 1) return dh_fail(2, "%s", dh_msg(A_CODES_NO_FILE));
    int as_html = !strcmp(format, "html");
    if (!as_html && strcmp(format, "csv")) return dh_fail(2, dh_msg(A_CODES_FORMAT), format);
    if (lang && dh_lang_parse(lang) < 0) return dh_fail(2, dh_msg(A_LANG_BAD), lang);
    const char *path = a.pos[0];
    char err[512];
    dh_record *r;
    dh_status st = dh_record_open(&r, path, 0, err, sizeof err);
    if (st) return dh_fail(st == DH_EINPUT ? 2 : 1, "%s: %s", path, err);
    dh_record_code *rows = NULL;
    size_t n = 0;
    char served[512], fp[DH_TLS_FP_LEN + 8];
    /* the sheet's words: --lang, else the drill's language, as report and plan
     * (what goes to the terminal stays in the terminal's) */
    dh_lang ui = dh_msg_lang(), sheet = ui;
    dh_record_header h;
    dh_record_header_init(&h);
    st = dh_record_read_header(r, &h, err, sizeof err);
    if (!st) sheet = (dh_lang)dh_lang_parse(lang ? lang : h.lang);
    dh_record_header_free(&h);
    if (!st) st = dh_record_read_codes(r, &rows, &n, err, sizeof err);
    if (!st) st = dh_record_read_served(r, served, sizeof served, fp, sizeof fp, err, sizeof err);
    dh_record_close(r);
    if (st) return dh_fail(st == DH_EINPUT ? 2 : 1, "%s: %s", path, err);
    int rc = 0;
    dh_codes_secret secret;
    if (!n) rc = dh_fail(2, dh_msg(A_CODES_NONE), path, path);
    if (!rc && (st = dh_codes_secret_load(path, 0, &secret, err, sizeof err)))
        rc = dh_fail(st == DH_EINPUT ? 2 : 1, "%s", err);
    if (url) snprintf(served, sizeof served, "%s", url);
    dh_buf b;
    dh_buf_init(&b);
    dh_msg_set_lang(sheet);
    if (!rc && as_html) {
        dh_buf_adds(&b, "<!DOCTYPE html>\n<html lang=\"");
        dh_buf_adds(&b, dh_lang_code(dh_msg_lang()));
        dh_buf_adds(&b, "\"><head><meta charset=\"utf-8\"><title>");
        html(&b, dh_msg(A_CODES_TITLE));
        dh_buf_adds(&b, "</title><style>body{font-family:sans-serif}"
                        ".card{display:inline-block;width:88mm;margin:3mm;padding:4mm;border:1px dashed #444;"
                        "page-break-inside:avoid;vertical-align:top}.code{font:bold 20pt monospace;"
                        "letter-spacing:2px}.small{font-size:8pt;word-break:break-all}"
                        ".qr{display:flex;gap:3mm;align-items:center;margin-top:2mm}.qr svg{flex:none}"
                        ".hint{font-size:9pt}"
                        "</style></head><body>\n");
    } else if (!rc) {
        /* Excel reads a CSV without the mark as ANSI and garbles Vietnamese
         * names; standard output is for programs, so no mark there */
        if (out && strcmp(out, "-") && !no_bom) dh_buf_adds(&b, DH_CSV_BOM);
        dh_buf_adds(&b, "role,id,name,code\n");
    }
    for (size_t i = 0; !rc && i < n; i++) {
        char code[DH_CODE_LEN + 1], shown[16];
        dh_codes_derive(&secret, rows[i].role, rows[i].id, rows[i].generation, code);
        if (!dh_codes_match(code, rows[i].hash)) {
            dh_msg_set_lang(ui);
            rc = dh_fail(2, dh_msg(A_SERVE_SECRET_MISMATCH), path);
            break;
        }
        dh_codes_format(code, shown, sizeof shown);
        if (!as_html) {
            dh_csv_add_field(&b, rows[i].role);
            dh_buf_addc(&b, ',');
            dh_csv_add_field(&b, rows[i].id);
            dh_buf_addc(&b, ',');
            dh_csv_add_field(&b, rows[i].name);
            dh_buf_addc(&b, ',');
            dh_csv_add_field(&b, shown);
            dh_buf_addc(&b, '\n');
            continue;
        }
        dh_buf_adds(&b, "<div class=\"card\"><div>");
        html(&b, role_word(rows[i].role));
        dh_buf_adds(&b, "</div><h2>");
        html(&b, rows[i].name);
        dh_buf_adds(&b, "</h2><div>");
        html(&b, dh_msg(A_CODES_CODE));
        dh_buf_adds(&b, "</div><div class=\"code\">");
        html(&b, shown);
        dh_buf_adds(&b, "</div><p class=\"small\">");
        html(&b, dh_msg(A_CODES_SERVER));
        dh_buf_adds(&b, " ");
        html(&b, served[0] ? served : "?");
        dh_buf_adds(&b, "<br>");
        html(&b, dh_msg(A_CODES_FINGERPRINT));
        dh_buf_adds(&b, " ");
        html(&b, fp[0] ? fp : "?");
        dh_buf_adds(&b, "</p>");
        /* a phone scans this: the page at https://HOST:PORT/ with the code in
         * the fragment, which never reaches the server's logs */
        char join_url[700];
        if (served[0] && !dh_web_join_url(join_url, sizeof join_url, served, shown)) {
            dh_buf_adds(&b, "<div class=\"qr\">");
            dh_web_qr_svg(join_url, 132, dh_msg(A_CODES_QR), &b);
            char page[700], hint[1200];
            snprintf(page, sizeof page, "%.*s", (int)(strstr(join_url, "#") - join_url), join_url);
            snprintf(hint, sizeof hint, dh_msg(A_CODES_QR_HINT), page);
            dh_buf_adds(&b, "<div class=\"hint\">");
            html(&b, hint);
            dh_buf_adds(&b, "</div></div>");
        }
        dh_buf_adds(&b, "</div>\n");
    }
    if (!rc && as_html) dh_buf_adds(&b, "</body></html>\n");
    dh_msg_set_lang(ui);
    dh_record_codes_free(rows, n);
    if (!rc && b.failed) rc = dh_fail(1, "%s", dh_msg(E_NOMEM));
    if (!rc) rc = dh_emit(out, &b, dh_msg(A_CODES_WHAT));
    dh_buf_free(&b);
    return rc;
}
