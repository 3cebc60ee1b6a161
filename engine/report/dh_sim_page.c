/* dh_sim_page.c — the simulation page: histograms, options and coverage as
 * inline SVG and tables, no script, nothing fetched. The tables carry the
 * figures exactly as the terminal prints them; the charts draw the same. */
#include "dh_sim_page.h"
#include "dh_html.h"
#include "dh_msg.h"
#include "dh_report_svg.h"

#include <stdio.h>

#define BLUE "#1f5f99"
#define RED "#c62828"
#define GREEN "#2e7d32"
#define AMBER "#e0a000"
#define INK "#1d2733"
#define DIM "#6b7885"

static const char css[] =
    "*{box-sizing:border-box}"
    "body{margin:0;background:#eef1f4;color:#1d2733;font:14px/1.45 'Noto Sans','DejaVu Sans',"
    "'Segoe UI',Arial,sans-serif}"
    "main{max-width:1040px;margin:0 auto;background:#fff;padding:0 44px 40px}"
    "header{margin:0 -44px 20px;padding:26px 44px 20px;background:#12324f;color:#fff;"
    "border-bottom:6px solid #e0a000}"
    "header h1{margin:4px 0 6px;font-size:25px}header p{margin:0;opacity:.9}"
    "h2{font-size:19px;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid #12324f;"
    "color:#12324f}"
    "h3{font-size:15.5px;margin:20px 0 4px}h3 .id{color:#6b7885;font-weight:400;font-size:12px}"
    ".hists{display:flex;flex-wrap:wrap;gap:10px 18px}.hists figure{margin:0;flex:0 0 calc(33.3% - 12px);"
    "min-width:260px}"
    "figcaption{font-weight:600;font-size:13px;color:#34424f}"
    "svg{width:100%;height:auto;display:block;margin:4px 0 8px}"
    "table{border-collapse:collapse;width:100%;margin:4px 0 10px;font-size:12.5px}"
    "th,td{padding:3px 6px;border-bottom:1px solid #dde3e9;text-align:left;vertical-align:top}"
    "th{background:#f1f4f7;font-weight:600;color:#34424f}"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    ".tag{display:inline-block;padding:0 6px;border-radius:3px;font-size:11.5px;margin-right:4px;"
    "background:#e3f1e4;color:#1b5e20}.tag.timeout{background:#fff3d6;color:#7a5600}"
    "p.warn{border-left:4px solid #c62828;background:#fbe3e1;padding:6px 10px;margin:6px 0}"
    "p.ok{border-left:4px solid #2e7d32;background:#e3f1e4;padding:6px 10px}"
    "ul.missed{margin:4px 0 0 18px;padding:0;color:#34424f}"
    "@media print{body{background:#fff}main{max-width:none;padding:0}header{margin:0 0 12px}"
    "svg,.tag,p.warn,header{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

static void esc(dh_buf *b, const char *s) { dh_html_escape(b, s); }

static void hist_svg(dh_buf *b, const dh_sim_page_hist *h, dh_lang lang)
{
    const double x0 = 44, w = 300, top = 10, ch = 120;
    uint64_t most = 1;
    for (size_t i = 0; i < h->nbins; i++)
        if (h->counts[i] > most) most = h->counts[i];
    dh_buf_printf(b, "<svg viewBox=\"0 0 360 %.0f\" role=\"img\" aria-label=\"", top + ch + 34);
    esc(b, h->label);
    dh_buf_adds(b, "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    dh_buf_printf(b, "<g font-size=\"10\" fill=\"" DIM "\">"
                     "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"end\">%llu</text>"
                     "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"end\">0</text></g>\n",
                  x0 - 4, top + 8, (unsigned long long)most, x0 - 4, top + ch);
    dh_buf_printf(b, "<path d=\"M%.0f %.0fV%.0fH%.0f\" stroke=\"#c9d2db\" fill=\"none\"/>\n", x0,
                  top, top + ch, x0 + w);
    double bw = h->nbins ? w / (double)h->nbins : w;
    for (size_t i = 0; i < h->nbins; i++) {
        double bh = (double)h->counts[i] * ch / (double)most;
        dh_buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                         "<title>",
                      x0 + bw * (double)i + 1, top + ch - bh, bw - 2, bh,
                      h->lo + (int64_t)(i + 1) * h->width <= 0 ? RED : BLUE);
        dh_buf_add_milli(b, h->lo + (int64_t)i * h->width);
        dh_buf_adds(b, " .. &lt;");
        dh_buf_add_milli(b, h->lo + (int64_t)(i + 1) * h->width);
        dh_buf_printf(b, ": %llu</title></rect>\n", (unsigned long long)h->counts[i]);
    }
    /* the bins' edges: every other one when there are many */
    size_t every = h->nbins > 8 ? 2 : 1;
    dh_buf_adds(b, "<g font-size=\"10\" fill=\"" DIM "\" text-anchor=\"middle\">");
    for (size_t i = 0; i <= h->nbins; i += every) {
        dh_buf_printf(b, "<text x=\"%.1f\" y=\"%.0f\">", x0 + bw * (double)i, top + ch + 14);
        dh_buf_add_milli(b, h->lo + (int64_t)i * h->width);
        dh_buf_adds(b, "</text>");
    }
    dh_buf_printf(b, "<text x=\"%.0f\" y=\"%.0f\">%s</text></g>\n</svg>\n", x0 + w / 2,
                  top + ch + 30, dh_tr(lang, R_SIM_POINTS_AXIS));
}

static double at(int64_t v, int64_t lo, int64_t hi, double x0, double w)
{
    if (v < lo) v = lo;
    if (v > hi) v = hi;
    return hi > lo ? x0 + (double)(v - lo) * w / (double)(hi - lo) : x0;
}

/* Per option: a bar for how often it was taken (0–100 %) and a mark for the
 * mean final total of those who took it, on the range of all totals. */
static void options_svg(dh_buf *b, const dh_sim_page *p, const dh_sim_page_decision *d)
{
    const double lx = 170, sw = 240, mx = 450, mw = 280, top = 38, row = 24;
    int64_t lo = p->total_lo < 0 ? p->total_lo : 0, hi = p->total_hi > 0 ? p->total_hi : 0;
    int64_t step = dh_svg_tick_step(lo, hi);
    lo = (lo / step - (lo % step ? 1 : 0)) * step;
    hi = (hi / step + (hi % step ? 1 : 0)) * step;
    if (hi == lo) hi = lo + step;
    double h = top + row * (double)d->noptions + 8;
    dh_buf_printf(b, "<svg viewBox=\"0 0 760 %.0f\" role=\"img\" aria-label=\"", h);
    esc(b, d->id);
    dh_buf_adds(b, "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    dh_buf_printf(b, "<g font-size=\"10.5\" fill=\"" DIM "\"><text x=\"%.0f\" y=\"12\">%s</text>"
                     "<text x=\"%.0f\" y=\"12\">%s</text></g>\n",
                  lx, dh_tr(p->lang, R_SIM_CHOSEN), mx, dh_tr(p->lang, R_SIM_MEAN_TOTAL));
    dh_buf_adds(b, "<g font-size=\"9.5\" fill=\"" DIM "\" text-anchor=\"middle\">");
    for (int64_t v = lo; v <= hi; v += step) {
        double x = at(v, lo, hi, mx, mw);
        dh_buf_printf(b, "<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"%s\"/>"
                         "<text x=\"%.1f\" y=\"%.0f\">",
                      x, top - 6, x, h - 6, v == 0 ? "#8a94a0" : "#e4e9ee", x, top - 9);
        dh_buf_add_milli(b, v);
        dh_buf_adds(b, "</text>");
    }
    dh_buf_adds(b, "</g>\n");
    for (size_t o = 0; o < d->noptions; o++) {
        const dh_sim_page_option *op = &d->options[o];
        double y = top + row * (double)o;
        dh_buf_printf(b, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" "
                         "fill=\"" INK "\"%s>",
                      lx - 8, y + row / 2 + 4, op->best ? " font-weight=\"700\"" : "");
        esc(b, op->id);
        dh_buf_adds(b, "</text>\n");
        double share = op->share < 0 ? 0 : op->share > 100 ? 100 : op->share;
        dh_buf_printf(b, "<rect x=\"%.0f\" y=\"%.1f\" width=\"%.0f\" height=\"%.0f\" fill=\"#eef1f4\"/>"
                         "<rect x=\"%.0f\" y=\"%.1f\" width=\"%.1f\" height=\"%.0f\" fill=\"%s\">"
                         "<title>%s %%</title></rect>"
                         "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10.5\" fill=\"" INK "\">%s %%</text>\n",
                      lx, y + 5, sw, row - 10, lx, y + 5, share * sw / 100, row - 10,
                      op->timeout ? AMBER : BLUE, op->share_text, lx + share * sw / 100 + 4,
                      y + row / 2 + 4, op->share_text);
        if (!op->chosen) continue;
        double z = at(0, lo, hi, mx, mw), m = at(op->mean, lo, hi, mx, mw);
        dh_buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.0f\" fill=\"%s\">"
                         "<title>",
                      m < z ? m : z, y + 7, m < z ? z - m : (m - z < 1 ? 1 : m - z), row - 14,
                      op->best ? GREEN : op->mean < 0 ? RED : "#7f9bb8");
        esc(b, op->mean_text);
        dh_buf_printf(b, "</title></rect><circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"" INK "\"/>"
                         "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10.5\" fill=\"" INK "\">",
                      m, y + row / 2, m + 6, y + row / 2 + 4);
        esc(b, op->mean_text);
        dh_buf_adds(b, "</text>\n");
    }
    dh_buf_adds(b, "</svg>\n");
}

static void decision_section(dh_buf *b, const dh_sim_page *p, const dh_sim_page_decision *d)
{
    dh_buf_adds(b, "<section class=\"decision\" data-decision=\"");
    esc(b, d->id);
    dh_buf_adds(b, "\" data-spread=\"");
    esc(b, d->spread_text);
    dh_buf_adds(b, "\">\n<h3>");
    esc(b, d->prompt);
    dh_buf_adds(b, " <span class=\"id\">");
    esc(b, d->id);
    dh_buf_printf(b, " · %s %d · ", dh_tr(p->lang, R_SIM_LINE), d->line);
    dh_buf_adds(b, dh_tr(p->lang, R_SIM_SPREAD));
    esc(b, d->spread_text);
    dh_buf_adds(b, "</span></h3>\n");
    if (d->opened) options_svg(b, p, d);
    dh_buf_printf(b, "<table><tr><th>%s</th><th>%s</th><th class=\"n\">%s</th>"
                     "<th class=\"n\">%s</th><th></th></tr>\n",
                  dh_tr(p->lang, R_SIM_OPTION), dh_tr(p->lang, R_SIM_TEXT),
                  dh_tr(p->lang, R_SIM_CHOSEN), dh_tr(p->lang, R_SIM_MEAN_TOTAL));
    for (size_t o = 0; o < d->noptions; o++) {
        const dh_sim_page_option *op = &d->options[o];
        dh_buf_adds(b, "<tr class=\"option\" data-option=\"");
        esc(b, op->id);
        dh_buf_adds(b, "\" data-share=\"");
        esc(b, op->share_text);
        dh_buf_adds(b, "\" data-mean=\"");
        esc(b, op->mean_text);
        dh_buf_adds(b, "\"><td>");
        esc(b, op->id);
        dh_buf_adds(b, "</td><td>");
        esc(b, op->text);
        dh_buf_adds(b, "</td><td class=\"n\">");
        esc(b, op->share_text);
        dh_buf_adds(b, " %</td><td class=\"n\">");
        esc(b, op->mean_text);
        dh_buf_adds(b, "</td><td>");
        if (op->best) dh_buf_printf(b, "<span class=\"tag\">%s</span>", dh_tr(p->lang, R_SIM_BEST));
        if (op->timeout)
            dh_buf_printf(b, "<span class=\"tag timeout\">%s</span>", dh_tr(p->lang, R_SIM_TIMEOUT));
        dh_buf_adds(b, "</td></tr>\n");
    }
    dh_buf_adds(b, "</table>\n");
    for (size_t i = 0; i < d->nwarnings; i++) {
        dh_buf_adds(b, "<p class=\"warn\">");
        esc(b, d->warnings[i]);
        dh_buf_adds(b, "</p>\n");
    }
    dh_buf_adds(b, "</section>\n");
}

static void coverage(dh_buf *b, const dh_sim_page *p)
{
    dh_buf_printf(b, "<h2>%s</h2>\n<svg viewBox=\"0 0 760 96\" role=\"img\" aria-label=\"%s\" "
                     "xmlns=\"http://www.w3.org/2000/svg\">\n",
                  dh_tr(p->lang, R_SIM_COVERAGE), dh_tr(p->lang, R_SIM_COVERAGE));
    for (size_t i = 0; i < 3; i++) {
        double y = 8 + 30 * (double)i, share = p->coverage[i].of ?
            (double)p->coverage[i].hit / (double)p->coverage[i].of : 1;
        dh_buf_printf(b, "<text x=\"190\" y=\"%.0f\" font-size=\"12\" text-anchor=\"end\" "
                         "fill=\"" INK "\">",
                      y + 15);
        esc(b, p->coverage[i].label);
        dh_buf_printf(b, "</text><rect x=\"200\" y=\"%.0f\" width=\"420\" height=\"18\" "
                         "fill=\"#eef1f4\"/><rect x=\"200\" y=\"%.0f\" width=\"%.1f\" height=\"18\" "
                         "fill=\"%s\"/><text x=\"630\" y=\"%.0f\" font-size=\"12\" fill=\"" INK "\">"
                         "%zu/%zu</text>\n",
                      y, y, 420 * share, share < 1 ? AMBER : GREEN, y + 14, p->coverage[i].hit,
                      p->coverage[i].of);
    }
    dh_buf_adds(b, "</svg>\n<table class=\"coverage\">");
    for (size_t i = 0; i < 3; i++) {
        dh_buf_adds(b, "<tr data-coverage=\"");
        esc(b, p->coverage[i].label);
        dh_buf_printf(b, "\" data-hit=\"%zu\" data-of=\"%zu\"><td>", p->coverage[i].hit,
                      p->coverage[i].of);
        esc(b, p->coverage[i].label);
        dh_buf_printf(b, "</td><td class=\"n\">%zu/%zu</td></tr>", p->coverage[i].hit,
                      p->coverage[i].of);
    }
    dh_buf_adds(b, "</table>\n");
    if (p->nmissed) {
        dh_buf_adds(b, "<ul class=\"missed\">");
        for (size_t i = 0; i < p->nmissed; i++) {
            dh_buf_adds(b, "<li>");
            esc(b, p->missed[i]);
            dh_buf_adds(b, "</li>");
        }
        dh_buf_adds(b, "</ul>\n");
    }
}

dh_status dh_sim_page_html(dh_buf *b, const dh_sim_page *p)
{
    dh_lang lang = p->lang;
    dh_buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\" xmlns=\"http://www.w3.org/1999/xhtml\">\n"
                     "<head><meta charset=\"utf-8\"/><meta name=\"viewport\" "
                     "content=\"width=device-width, initial-scale=1\"/><title>",
                  dh_lang_code(lang));
    esc(b, p->title);
    dh_buf_adds(b, " — ");
    dh_buf_adds(b, dh_tr(lang, R_SIM_TITLE));
    dh_buf_printf(b, "</title><style>%s</style></head>\n<body><main>\n<header><p>%s</p><h1>",
                  css, dh_tr(lang, R_SIM_TITLE));
    esc(b, p->title);
    dh_buf_adds(b, "</h1><p>");
    esc(b, p->summary);
    dh_buf_adds(b, "</p></header>\n");

    dh_buf_printf(b, "<h2>%s</h2>\n<div class=\"hists\">\n", dh_tr(lang, R_SIM_DISTRIBUTION));
    for (size_t i = 0; i < p->nhists; i++) {
        dh_buf_adds(b, "<figure data-hist=\"");
        esc(b, p->hists[i].id);
        dh_buf_adds(b, "\"><figcaption>");
        esc(b, p->hists[i].label);
        dh_buf_adds(b, "</figcaption>\n");
        hist_svg(b, &p->hists[i], lang);
        dh_buf_adds(b, "</figure>\n");
    }
    dh_buf_adds(b, "</div>\n");

    dh_buf_printf(b, "<h2>%s</h2>\n<p>%s</p>\n", dh_tr(lang, R_SIM_DECISIONS),
                  dh_tr(lang, R_SIM_DECISIONS_NOTE));
    for (size_t i = 0; i < p->ndecisions; i++) decision_section(b, p, &p->decisions[i]);

    dh_buf_printf(b, "<h2>%s</h2>\n", dh_tr(lang, R_SIM_BALANCE));
    for (size_t i = 0; i < p->nfindings; i++) {
        dh_buf_adds(b, "<p class=\"warn\">");
        esc(b, p->findings[i]);
        dh_buf_adds(b, "</p>\n");
    }
    if (!p->nfindings)
        dh_buf_printf(b, "<p class=\"ok\">%s</p>\n",
                      dh_tr(lang, p->place_unjudged ? R_SIM_BALANCED_UNJUDGED : R_SIM_BALANCED));
    coverage(b, p);
    dh_buf_adds(b, "</main></body></html>\n");
    return b->failed ? DH_ENOMEM : DH_OK;
}
