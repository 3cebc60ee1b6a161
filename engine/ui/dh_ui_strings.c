/* dh_ui_strings.c — the console's own words, in English and Vietnamese. */
#include "dh_ui_strings.h"
#include "dh_clock.h"

#include <string.h>

static const char *const words[S_COUNT][DH_LANG_COUNT] = {
    [S_RUNNING] = {"RUNNING", "ĐANG CHẠY"},
    [S_PAUSED] = {"PAUSED", "TẠM DỪNG"},
    [S_ENDED] = {"ENDED", "ĐÃ KẾT THÚC"},
    [S_WAITING] = {"NOT STARTED", "CHƯA BẮT ĐẦU"},
    [S_TEAMS] = {"teams", "đội"},
    [S_MSEL] = {"MSEL", "MSEL"},
    [S_DECIDING] = {"deciding", "đang quyết định"},
    [S_HELP_HINT] = {"F1 help · Space pause · +/− speed · D decide · A adjust · N note · I inject",
                     "F1 trợ giúp · Space tạm dừng · +/− tốc độ · D quyết định · A điểm · N ghi chú · I gửi"},
    [S_INBOX] = {"Inbox", "Hộp thư đến"},
    [S_OPEN_DECISIONS] = {"Decisions to make", "Quyết định cần đưa ra"},
    [S_NO_OPEN] = {"No decision is waiting for you.", "Không có quyết định nào đang chờ."},
    [S_PAST_CHOICES] = {"Your choices", "Lựa chọn của đội"},
    [S_LEFT] = {"left", "còn lại"},
    [S_POINTS] = {"points", "điểm"},
    [S_SCOREBOARD] = {"Scoreboard", "Bảng xếp hạng"},
    [S_ALL] = {"All", "Tất cả"},
    [S_CHOSE] = {"chose", "đã chọn"},
    [S_AT] = {"at", "lúc"},
    [S_NOTES] = {"Facilitator notes", "Ghi chú cho người điều hành"},
    [S_FROM] = {"From", "Từ"},
    [S_CHANNEL] = {"Channel", "Kênh"},
    [S_ATTACK] = {"ATT&CK", "ATT&CK"},
    [S_MISSED] = {"missed", "bỏ lỡ"},
    [S_OPEN] = {"open", "đang mở"},
    [S_DECIDE_FOR] = {"Enter a decision for", "Nhập quyết định cho"},
    [S_PRESS_ENTER] = {"1–9 choose · Enter confirm · Tab next decision · Esc close",
                       "1–9 chọn · Enter xác nhận · Tab quyết định tiếp · Esc đóng"},
    [S_ADJUST_FOR] = {"Evaluator points for", "Điểm đánh giá cho"},
    [S_CATEGORY] = {"Category (←/→)", "Hạng mục (←/→)"},
    [S_REASON] = {"Reason (type, then Enter)", "Lý do (gõ rồi nhấn Enter)"},
    [S_NOTE_ON] = {"Note on", "Ghi chú về"},
    [S_DELIVER] = {"Send an inject now", "Gửi tình huống ngay"},
    [S_TO_ALL] = {"Enter: to every team", "Enter: tới mọi đội"},
    [S_TO_TEAM] = {"T: only to", "T: chỉ tới"},
    [S_END_Q] = {"End the drill now? Open decisions expire.",
                 "Kết thúc diễn tập ngay? Các quyết định đang mở sẽ hết hạn."},
    [S_QUIT_Q] = {"The drill is still running. Close the console?",
                  "Diễn tập vẫn đang chạy. Đóng màn hình điều hành?"},
    [S_YES_NO] = {"Y yes · N or Esc no", "Y đồng ý · N hoặc Esc không"},
    [S_HELP_TITLE] = {"Keys", "Phím tắt"},
    [S_NOTHING_YET] = {"Nothing has arrived yet.", "Chưa có tình huống nào."},
    [S_SEVERITY] = {"Severity", "Mức độ"},
    [S_TIMEOUT] = {"on timeout", "khi hết hạn"},
    [S_REPLAY] = {"REPLAY", "PHÁT LẠI"},
    [S_SEV_LOW] = {"low", "thấp"},
    [S_SEV_MEDIUM] = {"medium", "trung bình"},
    [S_SEV_HIGH] = {"high", "cao"},
    [S_SEV_CRITICAL] = {"critical", "nghiêm trọng"},
    [S_Q_GOOD] = {"good", "tốt"},
    [S_Q_MIXED] = {"partial", "một phần"},
    [S_Q_POOR] = {"poor", "kém"},
    [S_STAGES] = {"Stage (colour)", "Giai đoạn (màu)"},
    [S_DECISIONS] = {"Decisions", "Quyết định"},
    [S_SHOWN] = {"shown", "đang hiện"},
    [S_TEAM_ONE] = {"team", "đội"},
    [S_RECORDED] = {"Recorded", "Đã ghi nhận"},
    [S_ENDED_HINT] = {"The drill has ended · click markers to review · F4 scoreboard · close the window for the report command",
                      "Diễn tập đã kết thúc · nhấp vào mốc để xem lại · F4 bảng xếp hạng · đóng cửa sổ để xem lệnh lập báo cáo"},
    [S_STATION_HINT] = {"1–9 choose an option · Enter confirm (or click it twice) · Tab next decision",
                        "1–9 chọn phương án · Enter xác nhận (hoặc nhấp hai lần) · Tab quyết định tiếp"},
    [S_READ_ONLY] = {"a replay changes nothing in the drill", "phát lại không thay đổi cuộc diễn tập"},
};

const char *dh_ui_str(dh_lang lang, dh_str s) { return words[s][lang]; }

/* The channels the scenario guide names, in the reader's language; any other
 * channel is shown as the author wrote it. */
const char *dh_ui_channel(dh_lang lang, const char *channel)
{
    static const char *const names[][DH_LANG_COUNT] = {
        {"email", "thư điện tử"}, {"chat", "tin nhắn"}, {"letter", "công văn"},
        {"meeting", "cuộc họp"}, {"news", "báo chí"}, {"phone", "điện thoại"},
        {"siem", "cảnh báo SIEM"}, {"social", "mạng xã hội"}, {"ticket", "phiếu hỗ trợ"},
        {"sms", "SMS"}, {"press", "báo chí"},
    };
    if (!channel) return NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(channel, names[i][DH_LANG_EN])) return names[i][lang];
    return channel;
}

static const char *const help_en[] = {
    "Space", "pause / resume",
    "+ / −", "speed (" DH_SPEED_MIN_TEXT "× to " DH_SPEED_MAX_TEXT "×)",
    "J", "jump to the next scheduled inject",
    "↑ / ↓", "select a team",
    "PgUp / PgDn", "scroll the teams",
    "B", "next bracket filter",
    "D", "room mode: enter the selected team's choice",
    "A", "evaluator points for the selected team",
    "N", "note on the selected team",
    "I", "send an MSEL inject now",
    "E", "end the drill",
    "F2 / F3 / F4", "console / selected team's station / scoreboard",
    "Wheel, drag", "zoom and pan the timeline (0 resets)",
    "Click", "a marker opens its card",
    "Esc", "close a card or dialog",
    "F1 or ?", "this help",
    NULL};
static const char *const help_vi[] = {
    "Space", "tạm dừng / tiếp tục",
    "+ / −", "tốc độ (" DH_SPEED_MIN_TEXT_VI "× đến " DH_SPEED_MAX_TEXT "×)",
    "J", "nhảy tới tình huống kế tiếp",
    "↑ / ↓", "chọn đội",
    "PgUp / PgDn", "cuộn danh sách đội",
    "B", "lọc theo nhóm",
    "D", "nhập lựa chọn cho đội đang chọn",
    "A", "điểm đánh giá cho đội đang chọn",
    "N", "ghi chú về đội đang chọn",
    "I", "gửi một tình huống MSEL ngay",
    "E", "kết thúc diễn tập",
    "F2 / F3 / F4", "điều hành / màn hình đội / bảng xếp hạng",
    "Con lăn, kéo", "phóng to và di chuyển dòng thời gian (0 đặt lại)",
    "Nhấp chuột", "mở thẻ chi tiết của một mốc",
    "Esc", "đóng thẻ hoặc hộp thoại",
    "F1 hoặc ?", "trợ giúp này",
    NULL};

const char *const *dh_ui_help(dh_lang lang) { return lang == DH_LANG_VI ? help_vi : help_en; }
