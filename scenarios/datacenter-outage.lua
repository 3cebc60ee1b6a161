-- datacenter-outage.lua
-- Mã độc xóa dữ liệu làm sập Trung tâm dữ liệu: chuyển sang trung tâm dự phòng hay khôi phục từ sao lưu
--
-- What the drill exercises: a wiper with no ransom demand destroys the disks of the
-- primary data centre's servers at dawn, three days before the month-end contributions
-- deadline. The disaster-recovery (DR) site holds a replica that stopped 18 minutes before
-- the wipe, but it belongs to the same domain the attackers control. Failing over at once
-- brings services back for the morning and may hand the wiper a second data centre;
-- cutting the DR site loose first costs hours; restoring from the offline tapes costs a day
-- and a half. The provinces keep their counters working without the central systems, on
-- paper, and must report honestly what they cannot do.
--
-- Weaknesses it builds on (Resolution 398-NQ/BCSĐ): an outdated technical infrastructure
-- (one directory domain for both data centres), administrators' accounts misused against
-- procedure, too few trained security staff to read the first signs.
--
-- Who decides what (roster column `role`, scenarios/rosters/vss-provinces.csv):
--   central     the IT Centre with the agency's leadership: isolating the data centre, the
--               failover, the reports to A05, the month-end deadline (with the Ministry of
--               Finance), the public notice, how the domain is rebuilt.
--   provincial  a provincial office: its counters without the central systems, its own
--               damaged server, an honest status report to the IT Centre, the provincial
--               People's Committee, the paper backlog.
-- A team without a role receives nothing: play this drill with a roster that has roles.
-- The facilitator plays everyone else.
--
-- Rules this drill teaches (reference block, checked 30 November 2026; the sources for each
-- statement, and what could not be verified, are listed in scenarios/REFERENCES.md):
--   * Incident reporting: Decision 05/2017/QD-TTg (national emergency-response plan): the
--     operator reports to its governing body, the specialised response unit at its level and
--     the national coordinating agency, and an incident beyond its capacity is reported at
--     once with a request for support. A wiper that takes down the national insurance
--     database is beyond one agency's capacity: report at once.
--   * Personal-data breach notice: Law on Personal Data Protection No. 91/2025/QH15, in force
--     1 January 2026 (Art. 23): notify the Ministry of Public Security's personal-data
--     protection authority (A05) within 72 hours of DISCOVERING the violation, with what is
--     known, and supplement later. Destroying or losing personal data is a violation too,
--     not only copying it (Art. 23 wording from secondary sources: check it before the drill).
--   * Security level: the contributions and benefits database (TST and the national
--     insurance database) is treated as level 4 under Decree 85/2016/ND-CP; Decree 85 (Art.
--     9 criteria) does not itself require a DR site: the DR design here is the drill's
--     assumption. Whether a decree under the Cybersecurity Law No. 116/2025/QH15 has replaced
--     Decree 85 is not verified.
--   * The month-end deadline and any extension: decided with the Ministry of Finance, the
--     agency's governing ministry since 1 March 2025. The drill does not state the legal
--     basis for extending a contributions deadline or waiving late-payment interest: NOT
--     VERIFIED, and the facilitator notes say so.
--   * Bodies as of 2026: A05 and its National Cyber Security Centre (Ministry of Public
--     Security) coordinate the national response; provincial police cyber units are the
--     PA05; 34 provinces, no district level; VSS under the Ministry of Finance.
--
-- Story clock: T+0:00 is Day 1 (a Wednesday), 06:45; the wipe began at 06:30; the
-- month-end contributions deadline is Friday, Day 3. Every time in a text follows from it
-- until T+2:15 (Day 1, 09:00). At T+2:20 the story resumes on Day 4 (Saturday), 08:00, after
-- the deadline; T+2:25 is Day 4, 08:05. Every title carries its story time.
--
-- Branches (each team's own choices; every consequence inject has a fixed time):
--   first-move     keep-watching (timeout)  -> second-wipe at 0:45 (recovery decision second-wipe-response)
--   failover       failover-now             -> dr-wiped at 1:20 (recovery decision dr-wiped-response)
--                  tape-restore             -> flag long_outage: the month-end choice is scored against it (hook)
--   public-notice  promise-today            -> broken-promise on Day 4 unless services were back by noon
--                                              (recovery decision restore-trust)
--   counter-mode   local-server             -> sync-conflict on Day 4 (recovery decision conflict-fix)
--   status-report  fix-then-report          -> flag evidence_lost: the Day 4 backlog loses its bonus (hook)
-- Endings: the IT Centre decides how the domain is rebuilt (rebuild); a province clears
-- its paper backlog (backlog).
--
-- Full credit lasts 15 minutes where the leadership must approve (failover, report-a05,
-- month-end-decision, public-notice, rebuild, restore-trust, dr-wiped-response), 10 at a counter or
-- in a provincial report (counter-mode, status-report, committee, conflict-fix, backlog),
-- 5 where minutes decide (first-move, second-wipe-response).

scenario {
  id = "datacenter-outage",
  version = 1,
  title = {
    en = "A wiper takes down the data centre: fail over, or restore?",
    vi = "Mã độc xóa dữ liệu làm sập Trung tâm dữ liệu: chuyển sang dự phòng hay khôi phục?",
  },
  description = {
    en = "At dawn a wiper destroys the disks of the primary data centre's servers: no ransom note, no demand, only destruction, three days before the month-end contributions deadline. The DR site has a replica 18 minutes older than the wipe, in the same domain the attackers control. The IT Centre decides how and when services come back and what the sector tells employers and the public; the provinces keep their counters working without the central systems and report honestly what they cannot do.",
    vi = "Rạng sáng, một mã độc xóa dữ liệu phá hủy ổ đĩa các máy chủ tại Trung tâm dữ liệu chính: không có thư đòi tiền chuộc, không có yêu cầu nào, chỉ có phá hoại, đúng ba ngày trước hạn nộp BHXH cuối tháng. Trung tâm dự phòng có bản sao dữ liệu cũ hơn thời điểm bị xóa 18 phút, nhưng nằm chung miền quản trị mà kẻ tấn công đang kiểm soát. Trung tâm CNTT quyết định khôi phục dịch vụ thế nào, khi nào và Ngành thông tin gì với doanh nghiệp, người dân; các tỉnh duy trì bộ phận một cửa khi không có hệ thống trung tâm và báo cáo trung thực những việc chưa làm được.",
  },
  duration = "3:00",
  categories = {
    { "analyse",     en = "Analyse",     vi = "Phân tích" },
    { "contain",     en = "Contain",     vi = "Ngăn chặn" },
    { "recover",     en = "Recover",     vi = "Khôi phục" },
    { "communicate", en = "Communicate", vi = "Thông báo, truyền thông" },
    { "coordinate",  en = "Coordinate",  vi = "Phối hợp" },
  },
  stages = {
    { "impact",     en = "Destruction",              vi = "Phá hủy dữ liệu" },
    { "continuity", en = "Continuity",               vi = "Duy trì hoạt động" },
    { "response",   en = "Response and reporting",   vi = "Ứng phó và báo cáo" },
    { "recovery",   en = "Recovery",                 vi = "Khôi phục" },
  },
  objectives = {
    { id = "stop-the-wipe", category = "contain",
      text = { en = "Stop the wiper reaching more systems, the DR site above all, before bringing anything back.",
               vi = "Chặn mã độc xóa dữ liệu lan sang hệ thống khác, trước hết là Trung tâm dự phòng, trước khi khôi phục bất cứ thứ gì." } },
    { id = "clean-return", category = "recover",
      text = { en = "Bring services back from a source known to be clean, weighing the hours lost against the risk of a second wipe.",
               vi = "Khôi phục dịch vụ từ nguồn đã chắc chắn sạch, cân nhắc giữa số giờ mất đi và nguy cơ bị xóa lần hai." } },
    { id = "keep-counters", category = "recover",
      text = { en = "Keep the provincial counters serving people without the central systems, and lose no file received on paper.",
               vi = "Duy trì bộ phận một cửa phục vụ người dân khi không có hệ thống trung tâm, không để thất lạc hồ sơ giấy nào." } },
    { id = "honest-report", category = "coordinate",
      text = { en = "Report honestly and on time: provinces to the IT Centre, the sector to A05 under Decision 05/2017/QĐ-TTg, and the breach notice within 72 hours of discovery.",
               vi = "Báo cáo trung thực, đúng hạn: tỉnh báo Trung tâm CNTT, Ngành báo Cục A05 theo Quyết định 05/2017/QĐ-TTg, và thông báo vi phạm dữ liệu cá nhân trong 72 giờ kể từ khi phát hiện." } },
    { id = "one-voice", category = "communicate",
      text = { en = "Tell employers and the public what is known, and promise only what the team controls.",
               vi = "Thông tin với doanh nghiệp và người dân những gì đã biết, chỉ hứa những gì đội làm chủ được." } },
  },
}

local rules_en = "Rules this drill teaches (checked 30 November 2026; sources in scenarios/REFERENCES.md): Decision 05/2017/QĐ-TTg on incident reporting (report to the governing body, the specialised unit and the national coordinator; beyond your capacity, report at once and ask for support); the Law on Personal Data Protection 91/2025/QH15, Art. 23 (notify A05 within 72 hours of DISCOVERING a personal-data breach, loss and destruction included, with what is known); Decree 85/2016/NĐ-CP (the contributions database treated as level 4: an assumption). Bodies: A05 and its National Cyber Security Centre (Ministry of Public Security), the PA05 of each provincial police, VSS under the Ministry of Finance, 34 provinces with no district level. Not verified: the Law's exact wording (secondary sources only); the database's approved level; whether Decree 85 has a successor; and the legal basis for extending a contributions deadline or waiving late-payment interest: treat the extension as a request to the Ministry of Finance, not a power the agency holds. The DR design (asynchronous replica, one domain for both sites, weekly offline tapes) is the drill's assumption."
local rules_vi = "Các quy định diễn tập này áp dụng (rà soát ngày 30/11/2026; nguồn tại scenarios/REFERENCES.md): Quyết định 05/2017/QĐ-TTg về báo cáo sự cố (báo cáo cơ quan chủ quản, đơn vị chuyên trách và cơ quan điều phối quốc gia; vượt quá khả năng xử lý thì báo cáo ngay và đề nghị hỗ trợ); Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 23 (thông báo Cục A05 trong 72 giờ kể từ khi PHÁT HIỆN vi phạm, kể cả làm mất, phá hủy dữ liệu, với những thông tin đã biết); Nghị định 85/2016/NĐ-CP (cơ sở dữ liệu thu được coi là hệ thống cấp độ 4: giả định). Các cơ quan: Cục A05 và Trung tâm An ninh mạng quốc gia (Bộ Công an), Phòng PA05 Công an các tỉnh, BHXH Việt Nam trực thuộc Bộ Tài chính, 34 tỉnh, thành phố, không còn cấp huyện. Chưa kiểm chứng được: câu chữ chính xác của Điều luật (mới có nguồn thứ cấp); cấp độ đã được phê duyệt của hệ thống; việc Nghị định 85 đã có văn bản thay thế hay chưa; và căn cứ pháp lý để gia hạn nộp BHXH hoặc miễn tiền chậm đóng: coi việc gia hạn là đề nghị gửi Bộ Tài chính, không phải thẩm quyền của cơ quan BHXH. Thiết kế dự phòng (bản sao không đồng bộ, hai trung tâm chung một miền quản trị, băng từ ngoại tuyến hằng tuần) là giả định của kịch bản."

------------------------------------------------------------------------------------------
-- Day 1, 06:50 (T+0:05)  The IT Centre: servers that will not boot
------------------------------------------------------------------------------------------

local first_alarm = inject {
  id = "first-alarm",
  at = "0:05",
  roles = { "central" },
  stage = "impact",
  attack = "T1561.002",
  severity = "critical",
  from = { en = "Data-centre operations, night shift", vi = "Ca trực đêm vận hành Trung tâm dữ liệu" },
  channel = "phone",
  title = {
    en = "Day 1, 06:50 — Dozens of servers restart to \"no bootable device\"",
    vi = "Ngày 1, 06:50 — Hàng chục máy chủ khởi động lại và báo \"không tìm thấy thiết bị khởi động\"",
  },
  body = {
    en = "From 06:30, 64 of the primary data centre's servers, the contributions (TST) and benefits database servers among them, restarted and stopped at \"no bootable device\". Their disks show no partitions. There is no ransom note anywhere. The replication jobs to the DR site were deleted at 06:12. Other servers are still running, and the night shift sees the same scheduled task, created at 06:05 by a domain administrator's account, on several of them.",
    vi = "Từ 06:30, 64 máy chủ tại Trung tâm dữ liệu chính, trong đó có máy chủ cơ sở dữ liệu thu – sổ, thẻ (TST) và chi trả, khởi động lại rồi dừng ở thông báo \"không tìm thấy thiết bị khởi động\". Ổ đĩa không còn phân vùng nào. Không có thư đòi tiền chuộc ở đâu cả. Các tác vụ sao chép dữ liệu sang Trung tâm dự phòng đã bị xóa lúc 06:12. Các máy chủ khác vẫn đang chạy, và ca trực thấy cùng một tác vụ định kỳ, được tạo lúc 06:05 bằng một tài khoản quản trị miền, trên nhiều máy trong số đó.",
  },
  notes = {
    en = rules_en .. " Expected (IT Centre): read this as destruction (a wiper), not a hardware fault and not ransomware: no demand will come, and nothing can be bought back. Isolate the primary data centre, its link to the DR site included, keep the damaged disks untouched for the investigation, disable the administrator account that created the task, and stop the task on the servers still running. Evaluator: restoring snapshots onto servers that still carry the task gives the wiper more to destroy; keeping the data centre connected to gather logs gives it the rest.",
    vi = rules_vi .. " Kỳ vọng (Trung tâm CNTT): nhận ra đây là phá hủy dữ liệu (mã độc xóa dữ liệu), không phải sự cố phần cứng, cũng không phải mã độc tống tiền: sẽ không có yêu cầu nào, không gì có thể chuộc lại. Cô lập Trung tâm dữ liệu chính, kể cả đường kết nối sang Trung tâm dự phòng, giữ nguyên các ổ đĩa bị hỏng phục vụ điều tra, vô hiệu hóa tài khoản quản trị đã tạo tác vụ, dừng tác vụ trên các máy chủ còn chạy. Đánh giá: khôi phục bản chụp lên máy chủ còn mang tác vụ là đưa thêm dữ liệu cho mã độc xóa; giữ kết nối để thu thập nhật ký là trao nốt phần còn lại cho nó.",
  },
}

decision {
  id = "first-move",
  roles = { "central" },
  objectives = { "stop-the-wipe" },
  on = first_alarm,
  within = "15m",
  prompt = {
    en = "Servers are still running with the task on them. What first?",
    vi = "Nhiều máy chủ vẫn đang chạy và mang tác vụ đó. Việc đầu tiên là gì?",
  },
  options = {
    { id = "snapshot-restore",
      text = { en = "Restore the failed servers from last night's snapshots now, so the counters have TST when they open at 07:30.",
               vi = "Khôi phục ngay các máy chủ hỏng từ bản chụp đêm qua để bộ phận một cửa có TST khi mở cửa lúc 07:30." },
      score = { recover = 3, contain = -2 },
      notes = { en = "Quick, and the restored servers run the same task again.", vi = "Nhanh, nhưng máy chủ vừa khôi phục lại chạy đúng tác vụ đó." } },
    { id = "isolate-dc",
      text = { en = "Cut the data centre off, the DR link too; disable the admin account and kill the task on live servers.",
               vi = "Cô lập Trung tâm dữ liệu, cả đường sang dự phòng; khóa tài khoản quản trị, dừng tác vụ trên máy còn chạy." },
      score = { contain = 8, analyse = 2 },
      notes = { en = "Everything central stays down for the morning; the wipe stops where it is.", vi = "Mọi dịch vụ trung tâm ngừng cả buổi sáng; việc xóa dừng lại ở đó." } },
    { id = "keep-watching",
      text = { en = "Keep the network up for an hour to collect logs from the running servers, and find out exactly what is affected.",
               vi = "Giữ nguyên kết nối thêm một giờ để thu thập nhật ký từ các máy còn chạy, xác định chính xác phạm vi ảnh hưởng." },
      score = { analyse = 2, contain = -5 },
      set = { spread_open = true },
      notes = { en = "The logs would help; the task fires again meanwhile.", vi = "Nhật ký có ích, nhưng trong lúc đó tác vụ lại chạy." } },
  },
  timeout = "keep-watching",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 07:00 (T+0:15)  A province: no central systems before the counters open
------------------------------------------------------------------------------------------

local counters_offline = inject {
  id = "counters-offline",
  at = "0:15",
  roles = { "provincial" },
  stage = "continuity",
  severity = "high",
  from = { en = "Head of the one-stop counter", vi = "Trưởng bộ phận một cửa" },
  channel = "phone",
  title = {
    en = "Day 1, 07:00 — No TST, no portal: the counters open in 30 minutes",
    vi = "Ngày 1, 07:00 — Không vào được TST, Cổng dịch vụ công: 30 phút nữa mở cửa",
  },
  body = {
    en = "None of the central applications answers: TST, the receiving system, the benefits software, the public-service portal. The IT Centre's alert says the data centre is down after a cyber attack, with no time for its return. Employers' month-end files are due on Friday and twenty people are already queuing outside. The office still has last month's copy of the old local receiving server in a cupboard, which the officers know how to use.",
    vi = "Không phần mềm trung tâm nào truy cập được: TST, hệ thống tiếp nhận hồ sơ, phần mềm chi trả, Cổng dịch vụ công. Cảnh báo của Trung tâm CNTT cho biết Trung tâm dữ liệu ngừng hoạt động do bị tấn công mạng, chưa rõ khi nào khôi phục. Hạn nộp hồ sơ cuối tháng của doanh nghiệp là thứ Sáu, và đã có hai mươi người xếp hàng bên ngoài. Cơ quan vẫn còn máy chủ tiếp nhận cũ đặt tại tỉnh, với dữ liệu của tháng trước, cán bộ vẫn biết cách sử dụng.",
  },
  notes = {
    en = rules_en .. " Expected (province): keep the counters open in a mode that loses nothing: receive files on paper against a dated, numbered receipt, log every file in a simple register to be entered when the systems return, promise no result today, and put up a notice. Evaluator: the old local server looks like a shortcut but holds month-old data, sits in the same domain and will produce records that conflict with the central database when it returns; closing the counters fails the people in the queue.",
    vi = rules_vi .. " Kỳ vọng (tỉnh): giữ bộ phận một cửa hoạt động theo cách không làm thất lạc gì: nhận hồ sơ giấy kèm giấy biên nhận có ngày, có số, ghi từng hồ sơ vào sổ theo dõi để nhập khi hệ thống khôi phục, không hẹn trả kết quả trong ngày, niêm yết thông báo. Đánh giá: máy chủ cũ tại tỉnh trông như lối tắt nhưng dữ liệu đã cũ một tháng, cùng miền quản trị, và sẽ tạo ra dữ liệu xung đột với cơ sở dữ liệu trung tâm khi khôi phục; đóng cửa là bỏ mặc những người đang xếp hàng.",
  },
}

decision {
  id = "counter-mode",
  roles = { "provincial" },
  objectives = { "keep-counters" },
  on = counters_offline,
  within = "15m",
  prompt = {
    en = "How do the counters work today?",
    vi = "Hôm nay bộ phận một cửa làm việc thế nào?",
  },
  options = {
    { id = "local-server",
      text = { en = "Switch the old local receiving server back on and process files as usual, to be merged centrally later on.",
               vi = "Bật lại máy chủ tiếp nhận cũ tại tỉnh và giải quyết hồ sơ như thường lệ, sau này sẽ đồng bộ lên trung tâm." },
      score = { recover = 4, contain = -2 },
      set = { local_server = true },
      notes = { en = "Employers get receipts from a system; a month-old copy in the attacked domain.", vi = "Doanh nghiệp nhận biên nhận từ hệ thống; nhưng dữ liệu đã cũ một tháng, cùng miền đang bị tấn công." } },
    { id = "close-counters",
      text = { en = "Close the counters today with a notice, so that nothing is received that could not be entered or checked.",
               vi = "Tạm đóng bộ phận một cửa hôm nay, niêm yết thông báo, để không nhận hồ sơ nào chưa nhập hay kiểm tra được." },
      score = { contain = 2, recover = -4, communicate = -2 },
      notes = { en = "Safe, and the queue goes home three days before the deadline.", vi = "An toàn, nhưng người xếp hàng phải về khi còn ba ngày đến hạn." } },
    { id = "paper-register",
      text = { en = "Receive on paper against a dated, numbered receipt, log each file in a register, promise no results today.",
               vi = "Nhận hồ sơ giấy, cấp biên nhận có ngày, có số, ghi từng hồ sơ vào sổ theo dõi, chưa hẹn trả kết quả." },
      score = { recover = 6, communicate = 3 },
      notes = { en = "Slow and manual; every file and its date survive.", vi = "Chậm và thủ công, nhưng mọi hồ sơ và ngày nộp đều được giữ." } },
  },
  timeout = "close-counters",
  speed = { full = "10m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 07:15 (T+0:30)  The IT Centre: fail over, or restore from tape?
------------------------------------------------------------------------------------------

local dr_status = inject {
  id = "dr-status",
  at = "0:30",
  roles = { "central" },
  stage = "recovery",
  severity = "critical",
  from = { en = "Head of the data centre", vi = "Lãnh đạo phụ trách Trung tâm dữ liệu" },
  channel = "meeting",
  title = {
    en = "Day 1, 07:15 — The DR site is ready, and in the same domain",
    vi = "Ngày 1, 07:15 — Trung tâm dự phòng sẵn sàng, nhưng chung miền quản trị",
  },
  body = {
    en = "The DR site's replica of TST and the benefits database stopped at 06:12, when the replication jobs were deleted: 18 minutes before the wipe. Its servers are running and joined to the same domain; they would pick up the attackers' scheduled task at their next policy refresh, which nobody can yet rule out. A plain failover takes 45 minutes; cutting the DR site from the domain and checking the replica first takes until about 12:00. Sunday night's offline tapes are clean, but a restore from them takes about 30 hours and loses three days of filings. The Director General wants a decision in twenty minutes.",
    vi = "Bản sao TST và cơ sở dữ liệu chi trả tại Trung tâm dự phòng dừng lúc 06:12, khi các tác vụ sao chép bị xóa: 18 phút trước khi bị xóa dữ liệu. Các máy chủ dự phòng đang chạy và cùng miền quản trị; chúng có thể nhận tác vụ của kẻ tấn công ở lần cập nhật chính sách tiếp theo, điều chưa ai loại trừ được. Chuyển đổi thông thường mất 45 phút; tách Trung tâm dự phòng khỏi miền quản trị và kiểm tra bản sao trước thì mất tới khoảng 12:00. Băng từ ngoại tuyến đêm Chủ nhật là sạch, nhưng khôi phục từ đó mất khoảng 30 giờ và mất dữ liệu ba ngày kê khai. Tổng Giám đốc cần quyết định trong hai mươi phút.",
  },
  notes = {
    en = "The central dilemma (the Director General decides on the IT Centre's advice). Expected: fail over only after cutting the DR site from the compromised domain (local accounts, the task searched for and removed, policy refresh blocked) and checking the replica's integrity; accept a morning without services and say so. Evaluator: a plain failover is tempting (services by 08:00) and hands the wiper a second data centre if the task reaches it; the tapes are the safest source but a day and a half without TST three days before month-end, with three days of filings to re-enter, is a heavy cost that only the worst case justifies.",
    vi = "Tình huống khó nhất (Tổng Giám đốc quyết định theo đề xuất của Trung tâm CNTT). Kỳ vọng: chỉ chuyển sang dự phòng sau khi tách Trung tâm dự phòng khỏi miền quản trị đã bị chiếm (dùng tài khoản cục bộ, tìm và gỡ tác vụ, chặn cập nhật chính sách) và kiểm tra tính toàn vẹn của bản sao; chấp nhận một buổi sáng không có dịch vụ và nói rõ điều đó. Đánh giá: chuyển ngay là hấp dẫn (có dịch vụ từ 08:00) nhưng trao cho mã độc Trung tâm dữ liệu thứ hai nếu tác vụ lan tới; băng từ là nguồn an toàn nhất nhưng một ngày rưỡi không có TST ngay trước hạn cuối tháng, cộng ba ngày hồ sơ phải nhập lại, là cái giá rất nặng chỉ đáng trả trong trường hợp xấu nhất.",
  },
}

decision {
  id = "failover",
  roles = { "central" },
  objectives = { "clean-return", "stop-the-wipe" },
  on = dr_status,
  within = "20m",
  prompt = {
    en = "What does the IT Centre recommend?",
    vi = "Trung tâm CNTT đề xuất phương án nào?",
  },
  options = {
    { id = "failover-now",
      text = { en = "Fail over now as the DR site stands, to have TST and benefits back by 08:00 while the queues are short.",
               vi = "Chuyển ngay sang Trung tâm dự phòng như hiện trạng, để có TST và chi trả trước 08:00 khi người dân chưa đông." },
      score = { recover = 5, contain = -4 },
      set = { dr_hit = true },
      notes = { en = "The fastest return; the DR site is in the attackers' domain.", vi = "Khôi phục nhanh nhất; nhưng Trung tâm dự phòng nằm trong miền quản trị của kẻ tấn công." } },
    { id = "tape-restore",
      text = { en = "Leave the DR site switched off and rebuild from Sunday's offline tapes: about 30 hours, and no doubt.",
               vi = "Tắt hẳn Trung tâm dự phòng, dựng lại từ băng từ ngoại tuyến Chủ nhật: khoảng 30 giờ, không còn nghi ngờ." },
      score = { recover = 2, contain = 4 },
      set = { long_outage = true },
      notes = { en = "Certainly clean; a day and a half down and three days of filings to re-enter.", vi = "Chắc chắn sạch; nhưng ngừng một ngày rưỡi và phải nhập lại hồ sơ ba ngày." } },
    { id = "clean-failover",
      text = { en = "Cut the DR site from the domain, check the replica, then fail over: services back around 12:00.",
               vi = "Tách Trung tâm dự phòng khỏi miền quản trị, kiểm tra bản sao rồi mới chuyển: có dịch vụ khoảng 12:00." },
      score = { recover = 7, contain = 5 },
      notes = { en = "A morning without services, said openly; the DR site stays out of reach.", vi = "Một buổi sáng không có dịch vụ, nói rõ với mọi người; Trung tâm dự phòng nằm ngoài tầm với." } },
  },
  timeout = "failover-now",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Consequences in the data centre (fixed times; only teams whose choices opened them)
------------------------------------------------------------------------------------------

local second_wipe = inject {
  id = "second-wipe",
  at = "0:45",
  roles = { "central" },
  stage = "impact",
  attack = "T1485",
  severity = "critical",
  from = { en = "Data-centre operations", vi = "Vận hành Trung tâm dữ liệu" },
  channel = "siem",
  title = {
    en = "Day 1, 07:30 — The task fires again: the domain controllers and mail are gone",
    vi = "Ngày 1, 07:30 — Tác vụ chạy lần nữa: máy chủ quản trị miền và thư điện tử bị xóa",
  },
  body = {
    en = "At 07:30 the scheduled task ran on the servers left connected: the domain controllers, the mail servers and the backup catalogue server have now been wiped too. Nobody can sign in to the domain; the logs the team was collecting were on two of those servers.",
    vi = "Lúc 07:30 tác vụ định kỳ chạy trên các máy chủ còn kết nối: máy chủ quản trị miền, máy chủ thư điện tử và máy chủ quản lý danh mục sao lưu cũng đã bị xóa. Không ai đăng nhập được vào miền; nhật ký đội đang thu thập nằm trên hai trong số các máy chủ đó.",
  },
  notes = {
    en = "Consequence of keeping the data centre connected (only teams that did). Expected: isolate now, keep the wiped disks, rebuild trust from offline media (the tapes' catalogue must be rebuilt from the tapes themselves). Evaluator: the hour of logging cost the evidence it meant to collect.",
    vi = "Hệ quả của việc giữ kết nối Trung tâm dữ liệu (chỉ đội đã làm vậy mới nhận). Kỳ vọng: cô lập ngay, giữ nguyên các ổ đĩa bị xóa, khôi phục từ phương tiện ngoại tuyến (danh mục sao lưu phải dựng lại từ chính băng từ). Đánh giá: một giờ thu thập nhật ký đã làm mất chính chứng cứ muốn thu thập.",
  },
  when = function(team) return team.flags.spread_open == true end,
}

decision {
  id = "second-wipe-response",
  roles = { "central" },
  objectives = { "stop-the-wipe" },
  on = second_wipe,
  within = "15m",
  prompt = {
    en = "The directory and mail are gone too. What now?",
    vi = "Máy chủ quản trị miền và thư điện tử cũng mất. Đội làm gì?",
  },
  options = {
    { id = "isolate-now",
      text = { en = "Isolate everything now, keep the wiped disks, and plan the return from offline media only.",
               vi = "Cô lập toàn bộ ngay, giữ nguyên ổ đĩa bị xóa, lên phương án khôi phục chỉ từ phương tiện ngoại tuyến." },
      score = { contain = 6, analyse = 1 },
      notes = { en = "What 06:50 called for, after the damage.", vi = "Đúng việc cần làm lúc 06:50, nhưng sau khi đã mất thêm." } },
    { id = "rebuild-dc-first",
      text = { en = "Rebuild two domain controllers from the DR site tonight so that people can sign in again tomorrow.",
               vi = "Dựng lại hai máy chủ quản trị miền từ Trung tâm dự phòng trong đêm nay để ngày mai mọi người đăng nhập lại được." },
      score = { recover = 3, contain = -2 },
      notes = { en = "Brings sign-in back from a copy of the compromised domain.", vi = "Khôi phục đăng nhập từ bản sao của chính miền đã bị chiếm." } },
    { id = "still-collect",
      text = { en = "Keep the rest connected and finish collecting what logs remain before anything else is switched off.",
               vi = "Giữ kết nối phần còn lại, thu thập nốt nhật ký còn sót rồi mới tắt những thứ khác." },
      score = { contain = -5 },
      notes = { en = "The same mistake twice.", vi = "Lặp lại đúng sai lầm cũ." } },
  },
  timeout = "still-collect",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

local dr_wiped = inject {
  id = "dr-wiped",
  at = "1:20",
  roles = { "central" },
  stage = "impact",
  attack = "T1561.002",
  severity = "critical",
  from = { en = "DR site operations", vi = "Vận hành Trung tâm dự phòng" },
  channel = "phone",
  title = {
    en = "Day 1, 08:05 — The DR site's servers are being wiped",
    vi = "Ngày 1, 08:05 — Máy chủ tại Trung tâm dự phòng đang bị xóa",
  },
  body = {
    en = "The failover started as soon as it was decided, and the first provinces were entering files on the DR site. At 08:05 the DR servers refreshed their domain policy, received the scheduled task, and began restarting to \"no bootable device\". Eleven are already gone, the replica's database server among them.",
    vi = "Việc chuyển đổi bắt đầu ngay khi có quyết định, và một số tỉnh đầu tiên đã nhập hồ sơ trên Trung tâm dự phòng. Lúc 08:05, các máy chủ dự phòng cập nhật chính sách miền, nhận tác vụ định kỳ và bắt đầu khởi động lại, báo \"không tìm thấy thiết bị khởi động\". Mười một máy đã mất, trong đó có máy chủ cơ sở dữ liệu của bản sao.",
  },
  notes = {
    en = "Consequence of failing over without cutting the DR site from the domain (only teams that did). Expected: pull the DR site off the network at once, fall back to the offline tapes, and tell the provinces that what they entered on the DR site is lost and must be kept on paper. Evaluator: rebuilding the DR site in the same domain invites a third wipe.",
    vi = "Hệ quả của việc chuyển sang dự phòng mà chưa tách khỏi miền quản trị (chỉ đội đã làm vậy mới nhận). Kỳ vọng: ngắt ngay Trung tâm dự phòng khỏi mạng, chuyển sang khôi phục từ băng từ ngoại tuyến, báo các tỉnh rằng dữ liệu đã nhập trên Trung tâm dự phòng bị mất và phải giữ hồ sơ giấy. Đánh giá: dựng lại Trung tâm dự phòng trong cùng miền quản trị là mời lần xóa thứ ba.",
  },
  when = function(team) return team.flags.dr_hit == true end,
}

decision {
  id = "dr-wiped-response",
  roles = { "central" },
  objectives = { "stop-the-wipe", "clean-return" },
  on = dr_wiped,
  within = "20m",
  prompt = {
    en = "The second data centre is going. What now?",
    vi = "Trung tâm dữ liệu thứ hai đang mất dần. Đội làm gì?",
  },
  options = {
    { id = "pull-dr-tapes",
      text = { en = "Pull the DR site off the network, restore from the tapes, tell the provinces to keep everything on paper.",
               vi = "Ngắt Trung tâm dự phòng khỏi mạng, khôi phục từ băng từ, báo các tỉnh giữ toàn bộ hồ sơ giấy." },
      score = { contain = 5, recover = 3 },
      notes = { en = "A day and a half down, from a source that is certainly clean.", vi = "Ngừng một ngày rưỡi, nhưng từ nguồn chắc chắn sạch." } },
    { id = "save-survivors",
      text = { en = "Keep the surviving DR servers running and move the database onto them, to keep some service this morning.",
               vi = "Giữ các máy chủ dự phòng còn lại chạy tiếp và chuyển cơ sở dữ liệu sang đó, để buổi sáng vẫn có chút dịch vụ." },
      score = { recover = 2, contain = -4 },
      notes = { en = "The survivors are next on the task's list.", vi = "Các máy còn lại là mục tiêu tiếp theo của tác vụ." } },
    { id = "cut-then-check",
      text = { en = "Cut the DR site from the domain now and check the survivors one by one before using any of them.",
               vi = "Tách ngay Trung tâm dự phòng khỏi miền quản trị, kiểm tra từng máy còn lại trước khi dùng." },
      score = { contain = 4, recover = 1 },
      notes = { en = "Saves what is left if the check is thorough; slower than the tapes if it is not.", vi = "Giữ được phần còn lại nếu kiểm tra kỹ; nếu không thì còn chậm hơn băng từ." } },
  },
  timeout = "save-survivors",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 07:40 (T+0:55)  A province: the status report, and its own dead server
------------------------------------------------------------------------------------------

local status_call = inject {
  id = "status-call",
  at = "0:55",
  roles = { "provincial" },
  stage = "response",
  severity = "high",
  from = { en = "IT Centre (official alert)", vi = "Trung tâm CNTT (cảnh báo chính thức)" },
  channel = "email",
  title = {
    en = "Day 1, 07:40 — Report within the hour: what works, what does not",
    vi = "Ngày 1, 07:40 — Báo cáo trong một giờ: việc gì làm được, việc gì không",
  },
  body = {
    en = "The IT Centre asks every province to report by 08:40: which services the office can still provide, how files are being received, and whether any local server shows signs of the attack. Your own file server restarted at 06:31 to \"no bootable device\". Your director would like to report \"counters working normally\" and have the local IT officer reinstall the server first, so that the province does not look like part of the problem.",
    vi = "Trung tâm CNTT đề nghị các tỉnh báo cáo trước 08:40: cơ quan còn cung cấp được dịch vụ nào, đang tiếp nhận hồ sơ bằng cách nào, và máy chủ tại tỉnh có dấu hiệu bị tấn công không. Máy chủ tệp của chính tỉnh đã khởi động lại lúc 06:31 và báo \"không tìm thấy thiết bị khởi động\". Giám đốc muốn báo cáo \"bộ phận một cửa hoạt động bình thường\" và cho cán bộ CNTT cài lại máy chủ trước, để tỉnh không bị coi là một phần của sự cố.",
  },
  notes = {
    en = "Expected (province): report by 08:40, honestly: what the counters can and cannot do (received on paper, no results, no benefit changes), and the local server that failed at 06:31, kept switched off and untouched for imaging: it dates the attack and may show how the task spread. Evaluator: reinstalling first destroys evidence the whole sector needs and turns a true report into a false one; a partial report that leaves the server out is understandable and still misleads.",
    vi = "Kỳ vọng (tỉnh): báo cáo trước 08:40, trung thực: bộ phận một cửa làm được gì, không làm được gì (nhận hồ sơ giấy, chưa trả kết quả, chưa điều chỉnh chế độ), và máy chủ tại tỉnh bị hỏng lúc 06:31, giữ nguyên, không bật lại để sao chụp phục vụ điều tra: nó cho biết thời điểm và có thể cả cách tác vụ lan ra. Đánh giá: cài lại trước là xóa chứng cứ mà cả Ngành cần và biến báo cáo đúng thành báo cáo sai; báo cáo một phần, bỏ qua máy chủ là dễ hiểu nhưng vẫn gây hiểu sai.",
  },
}

decision {
  id = "status-report",
  roles = { "provincial" },
  objectives = { "honest-report" },
  on = status_call,
  within = "20m",
  prompt = {
    en = "What does your office report to the IT Centre?",
    vi = "Cơ quan BHXH tỉnh báo cáo Trung tâm CNTT những gì?",
  },
  options = {
    { id = "partial-report",
      text = { en = "Report that the counters work on paper, and mention the server once the local team has looked at it.",
               vi = "Báo cáo bộ phận một cửa đang nhận hồ sơ giấy, còn máy chủ thì báo sau khi cán bộ tại tỉnh đã kiểm tra." },
      score = { coordinate = 3, analyse = -1 },
      notes = { en = "True as far as it goes; the one clue the sector lacks stays in the province.", vi = "Đúng một phần; manh mối mà cả Ngành đang thiếu vẫn nằm lại ở tỉnh." } },
    { id = "full-report",
      text = { en = "Report what works and what does not, and the server that failed at 06:31, kept off for imaging.",
               vi = "Báo cáo việc làm được, việc chưa làm được, và máy chủ hỏng lúc 06:31, giữ nguyên để sao chụp." },
      score = { coordinate = 6, analyse = 4 },
      notes = { en = "The province looks like part of the problem, and the sector learns when the wipe started.", vi = "Tỉnh bị coi là một phần của sự cố, nhưng cả Ngành biết được thời điểm bắt đầu bị xóa." } },
    { id = "fix-then-report",
      text = { en = "Have the IT officer reinstall the file server first, then report that everything in the province works normally.",
               vi = "Cho cán bộ CNTT cài lại máy chủ tệp trước, sau đó báo cáo mọi việc tại tỉnh đều hoạt động bình thường." },
      score = { recover = 2, coordinate = -4, analyse = -3 },
      set = { evidence_lost = true },
      notes = { en = "A working server and a false report; the evidence is gone.", vi = "Có máy chủ chạy được và một báo cáo sai; chứng cứ đã mất." } },
  },
  timeout = "partial-report",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 07:55 (T+1:10)  The IT Centre: reporting, and what the wiper took with it
------------------------------------------------------------------------------------------

local exfil_found = inject {
  id = "exfil-found",
  at = "1:10",
  roles = { "central" },
  stage = "response",
  severity = "high",
  from = { en = "Security monitoring, IT Centre", vi = "Bộ phận giám sát an toàn thông tin, Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 07:55 — 38 GB left a file server three days before the wipe",
    vi = "Ngày 1, 07:55 — 38 GB dữ liệu đi ra từ một máy chủ tệp ba ngày trước khi bị xóa",
  },
  body = {
    en = "The firewall logs, kept on a separate appliance, show 38 GB sent from a file server holding benefit-file scans to an external address on Sunday night. Whether it was personal data cannot be known yet: the server has been wiped. The Legal Department asks what is reported, to whom and when; some leaders want to call it a technical failure until the forensic report is in.",
    vi = "Nhật ký tường lửa, lưu trên một thiết bị riêng, cho thấy 38 GB dữ liệu được gửi từ một máy chủ tệp lưu bản quét hồ sơ hưởng chế độ tới một địa chỉ bên ngoài vào đêm Chủ nhật. Chưa thể biết đó có phải dữ liệu cá nhân hay không: máy chủ đã bị xóa. Vụ Pháp chế hỏi báo cáo những gì, cho ai, khi nào; một số lãnh đạo muốn gọi đây là sự cố kỹ thuật cho tới khi có kết luận điều tra.",
  },
  notes = {
    en = "Expected (IT Centre with the leadership): report the incident to A05 now under Decision 05/2017/QĐ-TTg (beyond the agency's capacity: ask for support), and send the personal-data breach notice within 72 hours of discovery (06:50 today) with what is known: data destroyed for certain, possibly copied; supplement later. Evaluator: waiting for certainty is defensible for the notice only if it still leaves inside the 72 hours, and never for the incident report; calling it a technical failure is false.",
    vi = "Kỳ vọng (Trung tâm CNTT cùng Lãnh đạo Ngành): báo cáo sự cố Cục A05 ngay theo Quyết định 05/2017/QĐ-TTg (vượt quá khả năng của Ngành: đề nghị hỗ trợ), và gửi thông báo vi phạm dữ liệu cá nhân trong 72 giờ kể từ khi phát hiện (06:50 hôm nay) với những gì đã biết: dữ liệu chắc chắn bị phá hủy, có thể bị sao chép; bổ sung sau. Đánh giá: chờ chắc chắn chỉ chấp nhận được với thông báo vi phạm và khi vẫn trong 72 giờ, không bao giờ với báo cáo sự cố; gọi là sự cố kỹ thuật là sai sự thật.",
  },
}

decision {
  id = "report-a05",
  roles = { "central" },
  objectives = { "honest-report" },
  on = exfil_found,
  within = "20m",
  prompt = {
    en = "What is reported, and when?",
    vi = "Báo cáo những gì, khi nào?",
  },
  options = {
    { id = "confirm-first",
      text = { en = "Report the incident to A05 today; send the breach notice once the forensics confirm what was copied, within 72 hours.",
               vi = "Báo cáo sự cố Cục A05 hôm nay; gửi thông báo vi phạm khi điều tra xác định được dữ liệu bị sao chép, trong 72 giờ." },
      score = { coordinate = 4, analyse = 2 },
      notes = { en = "Lawful if the forensics finish in time.", vi = "Đúng luật nếu điều tra kịp xong." } },
    { id = "technical-failure",
      text = { en = "Announce a technical failure for now, and report to A05 once the forensic report says it was an attack.",
               vi = "Tạm thông báo là sự cố kỹ thuật, khi có kết luận điều tra là bị tấn công thì mới báo cáo Cục A05." },
      score = { coordinate = -6, communicate = -2 },
      notes = { en = "False, and late on both duties.", vi = "Sai sự thật, và chậm cả hai nghĩa vụ." } },
    { id = "report-all-now",
      text = { en = "Report to A05 now and ask for support; send the breach notice with what is known, supplement later.",
               vi = "Báo cáo Cục A05 ngay, đề nghị hỗ trợ; gửi thông báo vi phạm với những gì đã biết, bổ sung sau." },
      score = { coordinate = 8, communicate = 2 },
      notes = { en = "The first notice will be revised; every deadline is met.", vi = "Thông báo đầu tiên sẽ phải điều chỉnh, nhưng đúng mọi thời hạn." } },
  },
  timeout = "technical-failure",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:10 (T+1:25)  A province: the People's Committee
------------------------------------------------------------------------------------------

local committee = inject {
  id = "committee-call",
  at = "1:25",
  roles = { "provincial" },
  stage = "continuity",
  severity = "medium",
  from = { en = "Office of the provincial People's Committee", vi = "Văn phòng Ủy ban nhân dân tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 08:10 — The People's Committee wants to reassure the province",
    vi = "Ngày 1, 08:10 — Ủy ban nhân dân tỉnh muốn trấn an người dân",
  },
  body = {
    en = "The chairman's office has heard of the outage from a local newspaper and wants to announce this morning that \"all pensions will be paid on time and no data has been lost\". It asks your director to confirm those two sentences within the hour.",
    vi = "Văn phòng Chủ tịch Ủy ban nhân dân tỉnh biết tin hệ thống ngừng hoạt động qua một tờ báo địa phương và muốn thông báo ngay sáng nay rằng \"mọi khoản lương hưu sẽ được chi trả đúng hạn và không có dữ liệu nào bị mất\". Văn phòng đề nghị Giám đốc BHXH tỉnh xác nhận hai câu này trong vòng một giờ.",
  },
  notes = {
    en = "Expected (province): brief the committee on what is known (services down after a cyber attack, counters receiving on paper, payments being planned by the agency), ask the IT Centre for the sector's line, and agree one message that promises nothing the province cannot know. Evaluator: confirming both sentences is tempting and neither is known; saying nothing to the committee leaves it to announce alone.",
    vi = "Kỳ vọng (tỉnh): báo cáo Ủy ban những gì đã biết (hệ thống ngừng do bị tấn công mạng, bộ phận một cửa đang nhận hồ sơ giấy, việc chi trả đang được Ngành lên phương án), xin Trung tâm CNTT thông tin thống nhất của Ngành, và thống nhất một thông điệp không hứa điều tỉnh không biết chắc. Đánh giá: xác nhận cả hai câu là hấp dẫn nhưng chưa câu nào được biết chắc; không trả lời Ủy ban là để Ủy ban tự thông báo.",
  },
}

decision {
  id = "committee",
  roles = { "provincial" },
  objectives = { "one-voice" },
  on = committee,
  within = "20m",
  prompt = {
    en = "What does your director tell the People's Committee?",
    vi = "Giám đốc BHXH tỉnh trả lời Ủy ban nhân dân tỉnh thế nào?",
  },
  options = {
    { id = "facts-and-line",
      text = { en = "Give the facts known, ask the IT Centre for the sector's line, and agree one message without promises.",
               vi = "Báo cáo những gì đã biết, xin thông tin chung của Ngành, cùng thống nhất một thông điệp không hứa hẹn." },
      score = { communicate = 6, coordinate = 3 },
      notes = { en = "A less comforting announcement, and a true one.", vi = "Thông báo kém trấn an hơn, nhưng đúng sự thật." } },
    { id = "confirm-both",
      text = { en = "Confirm both sentences, since payments are not due for ten days and the data surely still exists somewhere.",
               vi = "Xác nhận cả hai câu, vì còn mười ngày nữa mới đến kỳ chi trả và dữ liệu chắc chắn vẫn còn lưu ở đâu đó." },
      score = { communicate = -4, coordinate = -1 },
      notes = { en = "Neither sentence is known to be true this morning.", vi = "Sáng nay chưa câu nào được biết chắc là đúng." } },
    { id = "payments-only",
      text = { en = "Confirm that payments are being planned, but ask the committee to say nothing about the data for now.",
               vi = "Xác nhận việc chi trả đang được lên phương án, đề nghị Ủy ban tạm chưa nói gì về dữ liệu." },
      score = { communicate = 3, coordinate = 1 },
      notes = { en = "Careful; the silence on the data will be noticed.", vi = "Thận trọng; nhưng việc im lặng về dữ liệu sẽ bị chú ý." } },
  },
  timeout = "confirm-both",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:25 (T+1:40)  The IT Centre: the month-end deadline
------------------------------------------------------------------------------------------

local month_end = inject {
  id = "month-end",
  at = "1:40",
  roles = { "central" },
  stage = "continuity",
  severity = "high",
  from = { en = "Contributions Department", vi = "Ban Quản lý Thu – Sổ, thẻ" },
  channel = "meeting",
  title = {
    en = "Day 1, 08:25 — Friday's deadline: keep it, or ask for more time?",
    vi = "Ngày 1, 08:25 — Hạn nộp thứ Sáu: giữ nguyên hay đề nghị gia hạn?",
  },
  body = {
    en = "About a million employers file and pay by Friday. The I-VAN providers are queuing the electronic files they receive and ask whether to keep accepting them. Extending the deadline, and waiving late-payment interest for these days, needs the Ministry of Finance; keeping it puts the month-end load on whatever systems come back.",
    vi = "Khoảng một triệu doanh nghiệp kê khai và nộp tiền trước thứ Sáu. Các tổ chức I-VAN đang giữ hàng đợi các hồ sơ điện tử nhận được và hỏi có tiếp tục nhận nữa không. Gia hạn, và không tính lãi chậm đóng cho những ngày này, phải được Bộ Tài chính chấp thuận; giữ nguyên hạn thì hệ thống nào khôi phục được cũng phải gánh tải cao điểm cuối tháng.",
  },
  notes = {
    en = "Central decision (the Director General, with the Ministry of Finance). Expected: a choice consistent with the team's own return plan: with services back by noon, keep the deadline with the I-VAN queues and the paper receipts counted as filed on time; with a day and a half on tapes, ask for the extension today. Facilitator: the legal basis for an extension or for waiving late-payment interest was not verified (see the first note): judge the reasoning, not a citation. The hook scores keeping the deadline on the tape path as a cost.",
    vi = "Quyết định của cấp Ngành (Tổng Giám đốc, cùng Bộ Tài chính). Kỳ vọng: lựa chọn phù hợp với chính phương án khôi phục của đội: có dịch vụ từ trưa thì giữ hạn, tính hồ sơ trong hàng đợi I-VAN và biên nhận hồ sơ giấy là nộp đúng hạn; khôi phục từ băng từ mất một ngày rưỡi thì đề nghị gia hạn ngay hôm nay. Người điều hành: căn cứ pháp lý để gia hạn hoặc không tính lãi chậm đóng chưa được kiểm chứng (xem ghi chú đầu tiên): đánh giá lập luận, không đánh giá trích dẫn. Hook trừ điểm khi giữ hạn trên phương án băng từ.",
  },
}

decision {
  id = "month-end-decision",
  roles = { "central" },
  objectives = { "clean-return", "one-voice" },
  on = month_end,
  within = "20m",
  prompt = {
    en = "What does the sector tell employers about Friday?",
    vi = "Ngành thông báo gì với doanh nghiệp về hạn thứ Sáu?",
  },
  options = {
    { id = "keep-deadline",
      text = { en = "Keep Friday's deadline: I-VAN queues and paper receipts count as filed on time, processed once systems return.",
               vi = "Giữ hạn thứ Sáu: hồ sơ trong hàng đợi I-VAN và biên nhận giấy được tính là nộp đúng hạn, xử lý khi có hệ thống." },
      score = { recover = 5, communicate = 3 },
      notes = { en = "Right when services are back by noon; a promise the tapes cannot keep.", vi = "Đúng khi có dịch vụ từ trưa; là lời hứa mà phương án băng từ không giữ được." } },
    { id = "ask-extension",
      text = { en = "Ask the Ministry of Finance today for a ten-day extension without late-payment interest, and tell employers so.",
               vi = "Đề nghị Bộ Tài chính ngay hôm nay gia hạn mười ngày, không tính lãi chậm đóng, và thông báo ngay cho doanh nghiệp." },
      score = { coordinate = 4, communicate = 2, recover = 1 },
      notes = { en = "Safe for every path; delays the month's revenue and needs the ministry.", vi = "An toàn với mọi phương án; nhưng làm chậm nguồn thu và cần Bộ chấp thuận." } },
    { id = "stop-ivan",
      text = { en = "Tell the I-VAN providers to stop accepting files until the systems are back, and say nothing on the deadline yet.",
               vi = "Yêu cầu các tổ chức I-VAN ngừng nhận hồ sơ cho tới khi có hệ thống, chưa thông báo gì về hạn nộp." },
      score = { recover = -4, communicate = -3 },
      notes = { en = "Employers who try to file in time cannot, and nobody tells them why.", vi = "Doanh nghiệp muốn nộp đúng hạn cũng không nộp được, và không ai cho họ biết lý do." } },
  },
  timeout = "stop-ivan",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:35 (T+1:50)  The IT Centre: the public notice
------------------------------------------------------------------------------------------

local rumour = inject {
  id = "public-rumour",
  at = "1:50",
  roles = { "central" },
  stage = "response",
  severity = "high",
  from = { en = "Press office, Vietnam Social Security", vi = "Bộ phận truyền thông, BHXH Việt Nam" },
  channel = "social",
  title = {
    en = "Day 1, 08:35 — \"Social insurance records wiped out\" spreads online",
    vi = "Ngày 1, 08:35 — Tin \"dữ liệu BHXH bị xóa sạch\" lan trên mạng",
  },
  body = {
    en = "The portal and VssID show errors, and a post claiming that \"everyone's social insurance history has been wiped\" has 40,000 shares. Employers ask on the agency's page whether they should pay at all this month. The press office wants a notice on the portal and the agency's page within the hour.",
    vi = "Cổng dịch vụ công và VssID báo lỗi, một bài đăng cho rằng \"quá trình đóng BHXH của mọi người đã bị xóa sạch\" có 40.000 lượt chia sẻ. Doanh nghiệp hỏi trên trang của Ngành có nên nộp tiền tháng này không. Bộ phận truyền thông cần đăng thông báo trên Cổng thông tin và trang của Ngành trong vòng một giờ.",
  },
  notes = {
    en = "Expected (IT Centre with the press office): say that services are down after a cyber attack that destroyed servers, that the records are held in backups and nobody's contribution history is lost, what employers and beneficiaries should do now, and when the next update comes, without promising a time the team does not control. Evaluator: \"maintenance\" is false and will be contradicted; promising everything back today is a promise only a team that cut the DR site loose can plan on, and the hook checks it on Day 4.",
    vi = "Kỳ vọng (Trung tâm CNTT cùng bộ phận truyền thông): thông báo dịch vụ ngừng do bị tấn công mạng phá hủy máy chủ, dữ liệu được lưu ở bản sao lưu và không ai bị mất quá trình đóng, doanh nghiệp và người hưởng cần làm gì ngay, khi nào có thông tin tiếp theo, không hứa thời điểm đội không làm chủ được. Đánh giá: \"bảo trì\" là sai sự thật và sẽ bị phản bác; hứa khôi phục mọi thứ trong ngày là lời hứa chỉ đội đã tách Trung tâm dự phòng mới có thể tính tới, và được kiểm tra vào ngày 4.",
  },
}

decision {
  id = "public-notice",
  roles = { "central" },
  objectives = { "one-voice" },
  on = rumour,
  within = "20m",
  prompt = {
    en = "What does the notice say?",
    vi = "Thông báo nói gì?",
  },
  options = {
    { id = "promise-today",
      text = { en = "Services will be back today; the records are safe in backups; employers should file and pay as usual.",
               vi = "Dịch vụ sẽ hoạt động lại trong hôm nay; dữ liệu an toàn trong bản sao lưu; doanh nghiệp kê khai, nộp như thường lệ." },
      score = { communicate = 4 },
      set = { promised_today = true },
      notes = { en = "Reassuring, and a promise that only some return plans can keep.", vi = "Trấn an được, nhưng là lời hứa chỉ một số phương án khôi phục giữ được." } },
    { id = "attack-and-advice",
      text = { en = "An attack destroyed servers; no one's records are lost; what to do now; next update at 15:00.",
               vi = "Máy chủ bị tấn công phá hủy; không ai mất dữ liệu quá trình đóng; cần làm gì ngay; cập nhật lúc 15:00." },
      score = { communicate = 7, coordinate = 1 },
      notes = { en = "Admits the attack; promises only the next update.", vi = "Thừa nhận bị tấn công; chỉ hứa lần cập nhật tiếp theo." } },
    { id = "maintenance",
      text = { en = "Announce unscheduled maintenance of the agency's systems and apologise for the inconvenience to users.",
               vi = "Thông báo hệ thống của Ngành đang bảo trì đột xuất và xin lỗi người dùng vì sự bất tiện." },
      score = { communicate = -5 },
      notes = { en = "False, and the rumour is left unanswered.", vi = "Sai sự thật, và tin đồn vẫn không được trả lời." } },
  },
  timeout = "maintenance",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 4, 08:00 (T+2:20)  After the deadline
------------------------------------------------------------------------------------------

local broken_promise = inject {
  id = "broken-promise",
  at = "2:20",
  roles = { "central" },
  stage = "recovery",
  severity = "high",
  from = { en = "Press office, Vietnam Social Security", vi = "Bộ phận truyền thông, BHXH Việt Nam" },
  channel = "press",
  title = {
    en = "Day 4, 08:00 — \"They promised Wednesday\": employers fined by their banks",
    vi = "Ngày 4, 08:00 — \"Đã hứa là trong thứ Tư\": doanh nghiệp bị ngân hàng tính phí",
  },
  body = {
    en = "Services did not come back on Wednesday as the notice promised. Employers who filed and paid \"as usual\" found their payments unmatched and some were charged by their banks for repeated transfers. Three national papers quote the notice beside the outage timeline.",
    vi = "Dịch vụ không hoạt động lại trong thứ Tư như thông báo đã hứa. Doanh nghiệp kê khai, nộp tiền \"như thường lệ\" thấy khoản nộp không được đối chiếu, một số bị ngân hàng tính phí vì chuyển tiền nhiều lần. Ba tờ báo trung ương dẫn lại thông báo bên cạnh diễn biến sự cố.",
  },
  notes = {
    en = "Consequence of promising a return today on a path that could not keep it (the plain failover that the wiper followed, or the tapes). Expected: correct the record, say what went wrong in the plan, and tell employers how their payments will be matched and that nobody is charged late-payment interest for the agency's outage (subject to the ministry). Evaluator: blaming the attackers for the broken promise does not repair it.",
    vi = "Hệ quả của lời hứa khôi phục trong ngày trên một phương án không giữ được (chuyển sang dự phòng ngay rồi bị xóa tiếp, hoặc khôi phục từ băng từ). Kỳ vọng: đính chính, nói rõ phương án đã sai ở đâu, hướng dẫn doanh nghiệp cách đối chiếu khoản nộp và không ai phải chịu lãi chậm đóng vì sự cố của Ngành (tùy Bộ chấp thuận). Đánh giá: đổ lỗi cho kẻ tấn công không sửa được lời hứa đã thất hứa.",
  },
  when = function(team)
    return team.flags.promised_today == true and team:chose("failover") ~= "clean-failover"
  end,
}

decision {
  id = "restore-trust",
  roles = { "central" },
  objectives = { "one-voice" },
  on = broken_promise,
  within = "20m",
  prompt = {
    en = "What does the agency say now?",
    vi = "Cơ quan BHXH thông tin gì lúc này?",
  },
  options = {
    { id = "blame-attack",
      text = { en = "Explain that the attack was worse than anyone could have foreseen, and that the agency did everything it could.",
               vi = "Giải thích rằng cuộc tấn công nghiêm trọng hơn mọi dự liệu, và cơ quan BHXH đã làm hết sức trong khả năng." },
      score = { communicate = -3 },
      notes = { en = "True in part, and it answers nobody's question.", vi = "Đúng một phần, nhưng không trả lời câu hỏi của ai." } },
    { id = "own-and-fix",
      text = { en = "Admit the promise was wrong, explain how payments will be matched, and ask the ministry to waive interest.",
               vi = "Thừa nhận lời hứa đã sai, hướng dẫn cách đối chiếu khoản nộp, đề nghị Bộ không tính lãi chậm đóng." },
      score = { communicate = 6, coordinate = 1 },
      notes = { en = "Costs face; answers the employers.", vi = "Mất thể diện, nhưng trả lời được doanh nghiệp." } },
    { id = "matching-only",
      text = { en = "Publish how unmatched payments will be matched, and leave the earlier notice out of it.",
               vi = "Đăng hướng dẫn đối chiếu các khoản nộp chưa khớp, không nhắc tới thông báo trước." },
      score = { communicate = 3 },
      notes = { en = "Useful; the broken promise stays unaddressed.", vi = "Hữu ích; nhưng lời hứa chưa giữ vẫn bị bỏ ngỏ." } },
  },
  timeout = "blame-attack",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

local sync_conflict = inject {
  id = "sync-conflict",
  at = "2:20",
  roles = { "provincial" },
  stage = "recovery",
  severity = "high",
  from = { en = "IT Centre, data reconciliation", vi = "Trung tâm CNTT, bộ phận đối soát dữ liệu" },
  channel = "email",
  title = {
    en = "Day 4, 08:00 — 312 files from your local server conflict with the central database",
    vi = "Ngày 4, 08:00 — 312 hồ sơ từ máy chủ tại tỉnh xung đột với cơ sở dữ liệu trung tâm",
  },
  body = {
    en = "The central systems are back. The files your office processed on the old local server since Wednesday were built on last month's data: 312 of them conflict with changes made centrally since (new employees, salary changes, closed books). The IT Centre also asks why a server of the attacked domain was switched back on during the incident.",
    vi = "Hệ thống trung tâm đã hoạt động trở lại. Các hồ sơ cơ quan giải quyết trên máy chủ cũ tại tỉnh từ thứ Tư dựa trên dữ liệu tháng trước: 312 hồ sơ xung đột với những thay đổi đã cập nhật ở trung tâm (lao động mới, điều chỉnh tiền lương, chốt sổ). Trung tâm CNTT cũng hỏi vì sao một máy chủ thuộc miền quản trị bị tấn công lại được bật lên trong khi sự cố đang diễn ra.",
  },
  notes = {
    en = "Consequence of running the counters on the old local server (only provinces that did). Expected: take the server off the network for checking, re-enter the 312 files against the central database, tell the employers concerned, and answer the IT Centre honestly. Evaluator: pushing the local records over the central ones overwrites months of changes.",
    vi = "Hệ quả của việc chạy bộ phận một cửa trên máy chủ cũ tại tỉnh (chỉ tỉnh đã làm vậy mới nhận). Kỳ vọng: ngắt máy chủ khỏi mạng để kiểm tra, nhập lại 312 hồ sơ trên cơ sở dữ liệu trung tâm, thông báo cho các doanh nghiệp liên quan, giải trình trung thực với Trung tâm CNTT. Đánh giá: ghi đè dữ liệu tại tỉnh lên dữ liệu trung tâm là xóa mất nhiều tháng thay đổi.",
  },
  when = function(team) return team.flags.local_server == true end,
}

decision {
  id = "conflict-fix",
  roles = { "provincial" },
  objectives = { "keep-counters", "honest-report" },
  on = sync_conflict,
  within = "20m",
  prompt = {
    en = "How do you resolve the 312 conflicts?",
    vi = "Đội xử lý 312 hồ sơ xung đột thế nào?",
  },
  options = {
    { id = "reenter-central",
      text = { en = "Take the server offline, re-enter the 312 files centrally, inform the employers, explain to the IT Centre.",
               vi = "Ngắt máy chủ, nhập lại 312 hồ sơ trên hệ thống trung tâm, báo doanh nghiệp, giải trình với Trung tâm CNTT." },
      score = { recover = 5, coordinate = 3 },
      notes = { en = "A week of overtime; the central records stay right.", vi = "Một tuần làm thêm giờ, nhưng dữ liệu trung tâm vẫn đúng." } },
    { id = "push-local",
      text = { en = "Push the local records over the central ones, since they are the most recent for your province's employers.",
               vi = "Ghi đè dữ liệu tại tỉnh lên dữ liệu trung tâm, vì đó là dữ liệu mới nhất của doanh nghiệp trong tỉnh." },
      score = { recover = 1, analyse = -4 },
      notes = { en = "Overwrites a month of central changes.", vi = "Xóa mất một tháng thay đổi ở trung tâm." } },
    { id = "ask-employers",
      text = { en = "Ask the 312 employers to file again online now that the systems are back, and keep the local server as it is.",
               vi = "Đề nghị 312 doanh nghiệp nộp lại hồ sơ trực tuyến vì hệ thống đã hoạt động, và giữ nguyên máy chủ tại tỉnh như cũ." },
      score = { recover = 2, communicate = -1 },
      notes = { en = "Works, at the employers' expense; the server question is left open.", vi = "Được việc nhưng doanh nghiệp chịu thiệt; câu hỏi về máy chủ vẫn bỏ ngỏ." } },
  },
  timeout = "push-local",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 4, 08:05 (T+2:25)  Endings: the IT Centre rebuilds the domain; a province clears
-- its paper backlog
------------------------------------------------------------------------------------------

local rebuild_inject = inject {
  id = "rebuild-plan",
  at = "2:25",
  roles = { "central" },
  stage = "recovery",
  severity = "medium",
  from = { en = "Director General's office", vi = "Văn phòng BHXH Việt Nam" },
  channel = "meeting",
  title = {
    en = "Day 4, 08:05 — Rebuild the domain, or clean the one we have?",
    vi = "Ngày 4, 08:05 — Xây lại miền quản trị, hay làm sạch miền đang có?",
  },
  body = {
    en = "Services run on the recovered systems, still inside the old domain. The investigators have found how the attackers got in (an administrator's password reused on a provincial server) but not every account they created. Building a new domain and moving every system into it takes about six weeks; cleaning the existing one (new passwords for every administrator, the attackers' accounts and tasks removed) takes a week.",
    vi = "Các dịch vụ đang chạy trên hệ thống đã khôi phục, vẫn trong miền quản trị cũ. Cơ quan điều tra đã tìm ra cách kẻ tấn công xâm nhập (mật khẩu của một quản trị viên dùng lại trên một máy chủ tại tỉnh) nhưng chưa tìm hết các tài khoản chúng đã tạo. Xây dựng miền quản trị mới và chuyển mọi hệ thống sang mất khoảng sáu tuần; làm sạch miền hiện có (đổi mật khẩu toàn bộ quản trị viên, gỡ tài khoản và tác vụ của kẻ tấn công) mất một tuần.",
  },
  notes = {
    en = "The central team's ending. Expected: build the new domain in stages (the payment and contributions systems first), with separate administrator accounts per site and per province and a DR site that does not trust the primary's domain; clean the old one meanwhile as a stop-gap, under close watch. The improvement plan follows from the root causes named in Resolution 398: outdated infrastructure (one domain for both sites), administrators' accounts misused against procedure, offline backups tested regularly. Evaluator: a one-week clean-up is defensible only with watch and a plan for the rebuild; carrying on as before leaves the attackers' unknown accounts in place.",
    vi = "Quyết định khép lại của Trung tâm. Kỳ vọng: xây dựng miền quản trị mới theo từng giai đoạn (hệ thống chi trả và thu trước), tài khoản quản trị riêng cho từng trung tâm và từng tỉnh, Trung tâm dự phòng không tin cậy miền của trung tâm chính; trong khi đó làm sạch miền cũ như giải pháp tạm thời, giám sát chặt. Kế hoạch khắc phục xuất phát từ các nguyên nhân Nghị quyết 398 đã nêu: hạ tầng lạc hậu (hai trung tâm chung một miền), tài khoản quản trị sử dụng sai quy trình, sao lưu ngoại tuyến được kiểm tra định kỳ. Đánh giá: chỉ làm sạch trong một tuần chấp nhận được khi có giám sát và có lộ trình xây mới; giữ nguyên như cũ là để lại các tài khoản chưa tìm ra của kẻ tấn công.",
  },
}

decision {
  id = "rebuild",
  roles = { "central" },
  objectives = { "clean-return" },
  on = rebuild_inject,
  within = "20m",
  prompt = {
    en = "What does the IT Centre propose?",
    vi = "Trung tâm CNTT đề xuất phương án nào?",
  },
  options = {
    { id = "clean-existing",
      text = { en = "Clean the existing domain this week: new admin passwords, the known accounts and tasks removed, close watch.",
               vi = "Làm sạch miền hiện có ngay trong tuần: đổi mật khẩu quản trị, gỡ tài khoản và tác vụ đã biết, giám sát chặt." },
      score = { recover = 4, contain = 1 },
      notes = { en = "Fast; the accounts not yet found stay.", vi = "Nhanh; nhưng các tài khoản chưa tìm ra vẫn còn." } },
    { id = "as-before",
      text = { en = "Keep the domain as it is now that services run, and remove the attackers' accounts as the investigators find them.",
               vi = "Giữ nguyên miền quản trị vì dịch vụ đã chạy, gỡ tài khoản của kẻ tấn công khi cơ quan điều tra tìm ra." },
      score = { contain = -5, recover = 1 },
      notes = { en = "Leaves the door the attackers built.", vi = "Để nguyên cánh cửa kẻ tấn công đã dựng." } },
    { id = "new-domain",
      text = { en = "Build a new domain in stages, payments first, with a DR site outside it; clean the old one meanwhile.",
               vi = "Xây miền quản trị mới theo giai đoạn, chi trả trước, dự phòng nằm ngoài miền; tạm thời làm sạch miền cũ." },
      score = { recover = 5, contain = 5 },
      notes = { en = "Six weeks of work for the whole IT Centre.", vi = "Sáu tuần làm việc của toàn bộ Trung tâm CNTT." } },
  },
  timeout = "as-before",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

local backlog_inject = inject {
  id = "paper-backlog",
  at = "2:25",
  roles = { "provincial" },
  stage = "recovery",
  severity = "medium",
  from = { en = "Director of the provincial office", vi = "Giám đốc BHXH tỉnh" },
  channel = "meeting",
  title = {
    en = "Day 4, 08:05 — The paper backlog: 1,400 files received while offline",
    vi = "Ngày 4, 08:05 — Hồ sơ tồn đọng: 1.400 hồ sơ giấy nhận trong thời gian ngừng hệ thống",
  },
  body = {
    en = "The systems are back. While they were down your counters received about 1,400 files: employers' month-end declarations, benefit claims, a few one-time withdrawals. The deadline passed yesterday; employers want to know whether their paper receipt counts as filing on time. The office has six officers for this next week.",
    vi = "Hệ thống đã hoạt động trở lại. Trong thời gian ngừng, bộ phận một cửa đã nhận khoảng 1.400 hồ sơ: hồ sơ kê khai cuối tháng của doanh nghiệp, hồ sơ hưởng chế độ, một số hồ sơ BHXH một lần. Hạn nộp đã qua từ hôm qua; doanh nghiệp muốn biết biên nhận giấy có được tính là nộp đúng hạn không. Tuần tới cơ quan bố trí được sáu cán bộ cho việc này.",
  },
  notes = {
    en = "The province's ending. Expected: enter by priority (benefit claims first: people's income; then the month-end declarations, dated by their receipt; then the rest), each file checked against its register entry, and tell every employer that the receipt's date stands as the filing date, in line with the sector's decision. Evaluator: first-come order delays benefits behind declarations; asking people to file again online loses the receipt dates and the trust the paper receipts built.",
    vi = "Quyết định khép lại của tỉnh. Kỳ vọng: nhập theo thứ tự ưu tiên (hồ sơ hưởng chế độ trước: thu nhập của người dân; sau đó hồ sơ kê khai cuối tháng, tính theo ngày trên biên nhận; rồi các hồ sơ khác), đối chiếu từng hồ sơ với sổ theo dõi, thông báo cho doanh nghiệp rằng ngày trên biên nhận là ngày nộp, thống nhất với quyết định của Ngành. Đánh giá: nhập theo thứ tự nhận làm chậm hồ sơ hưởng chế độ; yêu cầu nộp lại trực tuyến làm mất ngày trên biên nhận và mất lòng tin mà biên nhận giấy đã tạo ra.",
  },
}

decision {
  id = "backlog",
  roles = { "provincial" },
  objectives = { "keep-counters" },
  on = backlog_inject,
  within = "20m",
  prompt = {
    en = "How does your office clear the backlog?",
    vi = "Cơ quan BHXH tỉnh giải quyết hồ sơ tồn đọng thế nào?",
  },
  options = {
    { id = "in-order",
      text = { en = "Enter every file in the order it was received, with overtime, so that nobody is treated ahead of another.",
               vi = "Nhập toàn bộ theo đúng thứ tự tiếp nhận, làm thêm giờ, để không ai được ưu tiên hơn ai." },
      score = { recover = 3, communicate = 1 },
      notes = { en = "Fair on its face; benefit claims wait behind declarations.", vi = "Công bằng bề ngoài; nhưng hồ sơ hưởng chế độ phải chờ sau hồ sơ kê khai." } },
    { id = "by-priority",
      text = { en = "Benefit claims first, then declarations dated by receipt, each checked against the register; tell employers.",
               vi = "Hồ sơ hưởng chế độ trước, rồi hồ sơ kê khai tính theo ngày biên nhận, đối chiếu sổ; thông báo doanh nghiệp." },
      score = { recover = 6, communicate = 3 },
      notes = { en = "Declarations wait a few days, with their dates kept.", vi = "Hồ sơ kê khai chờ vài ngày nhưng vẫn giữ ngày nộp." } },
    { id = "refile-online",
      text = { en = "Ask employers to submit their declarations again online through I-VAN, and enter only the benefit claims by hand.",
               vi = "Đề nghị doanh nghiệp nộp lại hồ sơ kê khai trực tuyến qua I-VAN, cơ quan chỉ nhập tay các hồ sơ hưởng chế độ." },
      score = { recover = 2, communicate = -3 },
      notes = { en = "Saves the office's week; the receipt dates are lost.", vi = "Tiết kiệm công sức của cơ quan; nhưng ngày trên biên nhận bị mất." } },
  },
  timeout = "refile-online",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Hooks
------------------------------------------------------------------------------------------

on("choice", function(team, decision, option)
  -- Keeping the deadline when the return plan is a day and a half on tapes.
  if decision == "month-end-decision" and option == "keep-deadline"
     and (team.flags.long_outage or team.flags.dr_hit) then
    team:add("recover", -6, "kept the deadline on a return plan that could not meet it")
  end
end)

on("choice", function(team, decision, option)
  -- The paper register kept on Day 1 is what makes the priority order checkable.
  if decision == "backlog" and option == "by-priority" and team:chose("counter-mode") == "paper-register"
     and not team.flags.evidence_lost then
    team:add("recover", 2, "a numbered paper register and an honest Day 1 report behind the backlog")
  end
end)
