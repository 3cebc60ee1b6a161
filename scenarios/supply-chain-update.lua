-- supply-chain-update.lua
-- Bản cập nhật phần mềm bị cài mã độc phát tán qua kênh cập nhật của chính Ngành
--
-- What the drill exercises: a supply-chain compromise. The vendor of the agency's counter
-- software (one-stop and contributions client) had its build system breached; the package
-- it signed with its genuine certificate carries a backdoor, and the agency's own central
-- update channel pushed it overnight to some 3,000 workstations in all 34 provinces. A
-- signature proves who built a package, not that the build was clean. The judgement tested:
-- stop the channel that is spreading it and do not use it to "fix" itself; isolate without
-- closing every counter; keep evidence; hold the vendor to its contract; report beyond the
-- agency's capacity at once (Decision 05/2017) and the data taken within 72 hours of
-- discovery; come back only on a build verified clean.
--
-- Weaknesses it builds on (Resolution 398-NQ/BCSĐ): risks that come with IT products and
-- their vendors, outdated infrastructure, too few trained security staff, and procedures
-- that are not always followed (a release pushed to the whole sector at once, no staged
-- rollout).
--
-- Who decides what (roster column `role`): a provincial office ("provincial") decides its own
-- isolation, how its one-stop counters keep serving people, its evidence and PA05, and the
-- reinstall of its machines; the IT Centre ("central") decides for the sector: halting the
-- update channel, the vendor, external reporting (the Ministry of Finance, A05, the 72-hour
-- notice) and when and how updates resume. The first inject reaches both; each role answers
-- its own decision on it.
--
-- Rules this drill teaches (reference block, checked 30 November 2026; sources and what could
-- not be verified in scenarios/REFERENCES.md):
--   * Incident reporting: Decision 05/2017/QD-TTg: the operator reports to its governing body
--     (VSS: the Ministry of Finance), the specialised response unit at its level and the
--     national coordinator (Ministry of Public Security, A05, National Cyber Security Centre);
--     an incident beyond its capacity is reported at once with a request for support.
--   * Personal-data breach notice: Law on Personal Data Protection No. 91/2025/QH15 (in force
--     1 January 2026): notify the Ministry of Public Security's personal-data protection
--     authority (A05) within 72 hours of DISCOVERING the violation, with what is known, and
--     supplement later. Article wording from secondary sources; check it before the drill.
--   * Security level: the counter software and the provincial workstations are treated as
--     part of a level 3 system, the central update server as serving the level 4 national
--     insurance database, under Decree 85/2016/ND-CP. Assumption: the approved level dossiers
--     are not public; whether Decree 85 has a successor under the Cybersecurity Law No.
--     116/2025/QH15 could not be verified.
--   * Vendor duties: what the vendor must do (logs, cooperation, notice) comes from the
--     agency's contract with it, not from a law cited here. No provision on supply-chain
--     security or software vendors' obligations was verified for this scenario.
--   * Bodies as of 2026: VSS under the Ministry of Finance (since 1 March 2025); A05 and its
--     National Cyber Security Centre coordinate national incident response (no longer
--     VNCERT/CC); 34 provinces, no district level; provincial police cyber units are PA05.
--
-- Story clock: T+0:00 is Day 1 (a Monday), 07:30, and story time runs with exercise time
-- until T+1:59. At T+2:00 the story moves on to Day 2 (Tuesday), 08:00, and runs with
-- exercise time again. The incident is discovered at Day 1, 07:35; the personal-data breach
-- at Day 1, 08:35 (T+1:05), so its 72-hour notice is due by Day 4 (Thursday), 08:35.
--
-- Branches (each team's own choices; branch injects are timed, with a `when`, so the story
-- time in each title is exact):
--   central  halt-channel  rollback-push -> flag channel_abused -> second-stage at T+0:45
--                          (recovery decision channel-recovery)
--                          vendor-first (or timeout) -> flag channel_open -> admin-reuse at
--                          T+0:50 (recovery decision domain-response)
--            report-up     internal-first (or timeout) -> flag notice_held -> a05-asks at
--                          T+2:20, Day 2 (recovery decision a05-response)
--            resume-updates (the ending): resume-all after a rollback through the channel
--                          that was never rebuilt -> eradicate -6 (hook)
--   province local-isolation  disconnect-office -> flag office_dark -> office-dark at T+0:35
--                          (recovery decision reconnect-plan)
--                          block-domain (or timeout) -> flag local_open -> local-admin at
--                          T+0:40 (recovery decision local-contain)
--            counter-plan  scan-reconnect -> flag scanned_back -> scan-missed at T+1:40
--                          (recovery decision rescan-response)
--            reinstall (the ending)
--
-- Full credit lasts 15 minutes where the leadership must approve (vendor, reporting,
-- counters, PA05, reinstall, resuming updates), 5 where minutes decide (the first hour).

scenario {
  id = "supply-chain-update",
  version = 1,
  title = {
    en = "A trojanised update pushed through the agency's own update channel",
    vi = "Bản cập nhật chứa mã độc phát tán qua kênh cập nhật của chính Ngành",
  },
  description = {
    en = "Overnight, the central update channel pushes version 5.2.1 of the counter software to some 3,000 workstations in every province. The package is signed with the vendor's genuine certificate, but the vendor's build system was breached and the package carries a backdoor. By the morning the workstations call out to the attackers. Teams must stop the spread without using the compromised channel, keep the counters serving people, keep evidence, hold the vendor to account, report on time and come back only on a build proven clean.",
    vi = "Trong đêm, kênh cập nhật tập trung đẩy phiên bản 5.2.1 của phần mềm nghiệp vụ tại bộ phận một cửa xuống khoảng 3.000 máy trạm ở mọi tỉnh. Gói cài đặt được ký bằng chứng thư số thật của nhà cung cấp, nhưng hệ thống biên dịch của nhà cung cấp đã bị xâm nhập và gói cài đặt chứa cửa hậu. Sáng ra, các máy trạm đã kết nối tới máy chủ của kẻ tấn công. Các đội phải chặn đà lây lan mà không dùng chính kênh đã bị lợi dụng, giữ bộ phận một cửa tiếp tục phục vụ người dân, bảo toàn chứng cứ, yêu cầu nhà cung cấp chịu trách nhiệm, báo cáo đúng hạn và chỉ khôi phục trên bản dựng đã được chứng minh là sạch.",
  },
  duration = "3:00",
  categories = {
    { "analyse",     en = "Analyse",     vi = "Phân tích" },
    { "contain",     en = "Contain",     vi = "Ngăn chặn" },
    { "eradicate",   en = "Eradicate",   vi = "Loại bỏ" },
    { "recover",     en = "Recover",     vi = "Khôi phục" },
    { "communicate", en = "Communicate", vi = "Thông báo, truyền thông" },
    { "coordinate",  en = "Coordinate",  vi = "Phối hợp" },
  },
  stages = {
    { "initial-access", en = "Initial access (supply chain)", vi = "Xâm nhập ban đầu (chuỗi cung ứng)" },
    { "execution",      en = "Execution and spread",          vi = "Thực thi và lây lan" },
    { "exfiltration",   en = "Data exfiltration",             vi = "Đánh cắp dữ liệu" },
    { "response",       en = "Response",                      vi = "Ứng phó" },
    { "recovery",       en = "Recovery",                      vi = "Khôi phục" },
  },
  objectives = {
    { id = "stop-spread", category = "contain",
      text = { en = "Stop the trojanised update spreading and cut its control channel, sector-wide and in each office, without using the compromised channel to fix it.",
               vi = "Chặn bản cập nhật chứa mã độc lây lan và cắt kênh điều khiển của nó trên toàn Ngành và tại từng đơn vị, không dùng chính kênh đã bị lợi dụng để khắc phục." } },
    { id = "keep-counters", category = "recover",
      text = { en = "Keep the one-stop counters serving people, urgent benefits first, while the infected workstations are isolated.",
               vi = "Giữ bộ phận một cửa tiếp tục phục vụ người dân, ưu tiên các chế độ cấp bách, trong khi các máy trạm nhiễm mã độc bị cô lập." } },
    { id = "keep-evidence", category = "analyse",
      text = { en = "Keep the evidence (the package, images of infected machines, logs) for the investigation and the vendor's accountability.",
               vi = "Bảo toàn chứng cứ (gói cài đặt, bản sao máy nhiễm, nhật ký) phục vụ điều tra và xác định trách nhiệm của nhà cung cấp." } },
    { id = "report-on-time", category = "coordinate",
      text = { en = "Report at once under Decision 05/2017/QĐ-TTg and ask for support; notify A05 of the data taken within 72 hours of discovery (Law 91/2025/QH15).",
               vi = "Báo cáo ngay theo Quyết định 05/2017/QĐ-TTg và đề nghị hỗ trợ; thông báo A05 về dữ liệu bị lấy trong 72 giờ kể từ khi phát hiện (Luật số 91/2025/QH15)." } },
    { id = "trusted-rebuild", category = "eradicate",
      text = { en = "Reinstall and resume updates only from a build verified clean, in stages.",
               vi = "Chỉ cài đặt lại và nối lại việc cập nhật từ bản dựng đã được kiểm chứng là sạch, theo từng đợt." } },
  },
}

------------------------------------------------------------------------------------------
-- Day 1, 07:35 (T+0:05)  The morning beacons — both roles, each its own decision
------------------------------------------------------------------------------------------

local beacons = inject {
  id = "update-beacons",
  at = "0:05",
  stage = "initial-access",
  attack = "T1195.002",
  severity = "critical",
  from = { en = "Security monitoring, IT Centre", vi = "Bộ phận giám sát an toàn thông tin, Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 07:35 — Workstations in every province call out after last night's update",
    vi = "Ngày 1, 07:35 — Máy trạm ở mọi tỉnh kết nối ra ngoài sau bản cập nhật đêm qua",
  },
  body = {
    en = "07:35, Monday. Since the counters opened, the monitoring system has seen 2,870 workstations in all 34 provinces, your office's 62 among them, connect every five minutes to cdn-update.anphat-soft[.]net, a domain registered nine days ago. Each of them received version 5.2.1 of the one-stop and contributions client between 01:00 and 03:00 from the central update server. The package is signed with the vendor's genuine certificate. On one machine, a new DLL loaded by the client sends out screenshots. The vendor, An Phát Solutions, says the package is theirs and \"cannot be malicious\".",
    vi = "07:35 thứ Hai. Từ lúc bộ phận một cửa mở cửa, hệ thống giám sát ghi nhận 2.870 máy trạm tại cả 34 tỉnh, trong đó có 62 máy của BHXH tỉnh, cứ năm phút lại kết nối tới cdn-update.anphat-soft[.]net, một tên miền mới đăng ký chín ngày trước. Tất cả đều nhận phiên bản 5.2.1 của phần mềm nghiệp vụ Một cửa – Thu từ máy chủ cập nhật tập trung trong khoảng 01:00 đến 03:00. Gói cài đặt được ký bằng chứng thư số thật của nhà cung cấp. Trên một máy, một tệp DLL mới do phần mềm nạp vào đang gửi ảnh chụp màn hình ra ngoài. Nhà cung cấp, Công ty Giải pháp An Phát, khẳng định gói cài đặt là của họ và \"không thể có mã độc\".",
  },
  notes = {
    en = "Rules this drill teaches (checked 30 November 2026; sources in scenarios/REFERENCES.md): Decision 05/2017/QĐ-TTg incident reporting (governing body, specialised unit, national coordinator A05; beyond your capacity, report at once and ask for support); Law 91/2025/QH15 (notify A05 within 72 hours of DISCOVERING a personal-data breach); Decree 85/2016/NĐ-CP levels (level 3 for provincial systems and level 4 for the national database are the drill's assumptions). Not verified: the Law's article wording (secondary sources), the systems' approved levels, any legal duty of software vendors (the vendor's duties here come from its contract). Both roles get this inject. Central expected: halt the update server sector-wide now (no rollback through it), block the domain at the sector's internet gateways, send provinces the package hash and isolation steps, keep a copy of the package. Provincial expected: take the 62 updated workstations off the network (quarantine VLAN or unplugged, powered on), keep the counters working on machines that did not update and on paper, block the domain at the provincial firewall. Evaluator: a valid signature is the trap; so is 'fixing' through the channel that spread it.",
    vi = "Các quy định diễn tập này áp dụng (rà soát ngày 30/11/2026; nguồn tại scenarios/REFERENCES.md): báo cáo sự cố theo Quyết định 05/2017/QĐ-TTg (cơ quan chủ quản, đơn vị chuyên trách, cơ quan điều phối quốc gia là Cục A05; vượt quá khả năng xử lý thì báo cáo ngay và đề nghị hỗ trợ); Luật số 91/2025/QH15 (thông báo A05 trong 72 giờ kể từ khi PHÁT HIỆN vi phạm dữ liệu cá nhân); cấp độ theo Nghị định 85/2016/NĐ-CP (cấp độ 3 cho hệ thống cấp tỉnh và cấp độ 4 cho cơ sở dữ liệu quốc gia là giả định của bài diễn tập). Chưa kiểm chứng được: câu chữ Điều luật (nguồn thứ cấp), cấp độ đã phê duyệt, nghĩa vụ pháp lý của nhà cung cấp phần mềm (nghĩa vụ của nhà cung cấp ở đây lấy từ hợp đồng). Cả hai vai trò đều nhận tình huống này. Kỳ vọng với Trung tâm: dừng ngay máy chủ cập nhật trên toàn Ngành (không hoàn tác phiên bản qua chính kênh đó), chặn tên miền tại các cổng kết nối Internet của Ngành, gửi các tỉnh mã băm của gói cài đặt và hướng dẫn cô lập, lưu lại bản sao gói cài đặt. Kỳ vọng với tỉnh: đưa 62 máy đã cập nhật ra khỏi mạng (vùng mạng cách ly hoặc rút cáp, vẫn để máy chạy), giữ bộ phận một cửa làm việc trên các máy chưa cập nhật và trên hồ sơ giấy, chặn tên miền tại tường lửa của tỉnh. Đánh giá: chữ ký số hợp lệ là cái bẫy; \"sửa\" bằng chính kênh đã phát tán mã độc cũng vậy.",
  },
}

decision {
  id = "halt-channel",
  roles = { "central" },
  objectives = { "stop-spread" },
  on = beacons,
  within = "15m",
  prompt = {
    en = "What does the IT Centre do with the update channel this morning?",
    vi = "Sáng nay Trung tâm CNTT xử lý kênh cập nhật thế nào?",
  },
  options = {
    { id = "rollback-push",
      text = { en = "Push version 5.2.0 back to every workstation through the update server now, to remove 5.2.1 by noon.",
               vi = "Đẩy ngay phiên bản 5.2.0 xuống mọi máy trạm qua máy chủ cập nhật để gỡ bỏ bản 5.2.1 trước trưa." },
      score = { contain = 4, eradicate = -3 },
      set = { channel_abused = true },
      notes = { en = "Fast and familiar, but it trusts the server that delivered the backdoor.", vi = "Nhanh và quen tay, nhưng lại tin vào chính máy chủ đã phát tán cửa hậu." } },
    { id = "halt-block",
      text = { en = "Halt the update server sector-wide, block the domain at every gateway, send provinces the hash and steps.",
               vi = "Dừng máy chủ cập nhật toàn Ngành, chặn tên miền tại mọi cổng Internet, gửi các tỉnh mã băm và hướng dẫn." },
      score = { contain = 8, analyse = 2, coordinate = 2 },
      notes = { en = "Stops the spread and the control channel; no update, even a needed one, reaches anyone for days.", vi = "Chặn được lây lan và kênh điều khiển; nhiều ngày liền không bản cập nhật nào, kể cả bản cần thiết, tới được các máy." } },
    { id = "vendor-first",
      text = { en = "Block the domain at the gateways, but keep the update server running until An Phát explains the DLL in writing.",
               vi = "Chặn tên miền tại các cổng Internet, nhưng giữ máy chủ cập nhật hoạt động tới khi An Phát giải trình bằng văn bản về tệp DLL." },
      score = { contain = 2, analyse = -5 },
      set = { channel_open = true },
      notes = { en = "Cuts one domain; the channel that spreads the package, and whoever controls it, stays live.", vi = "Chặn được một tên miền; kênh phát tán gói cài đặt, và kẻ đang kiểm soát nó, vẫn hoạt động." } },
  },
  timeout = "vendor-first",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

decision {
  id = "local-isolation",
  roles = { "provincial" },
  objectives = { "stop-spread", "keep-counters" },
  on = beacons,
  within = "15m",
  prompt = {
    en = "62 of your workstations are affected. What does the provincial office do?",
    vi = "62 máy trạm của BHXH tỉnh bị ảnh hưởng. BHXH tỉnh làm gì?",
  },
  options = {
    { id = "disconnect-office",
      text = { en = "Cut the whole provincial office off the sector network and the internet until the IT Centre gives the all-clear.",
               vi = "Ngắt toàn bộ BHXH tỉnh khỏi mạng diện rộng của Ngành và Internet cho tới khi Trung tâm CNTT thông báo an toàn." },
      score = { contain = 6, recover = -5 },
      set = { office_dark = true },
      notes = { en = "Certain containment; every counter and every clean machine stops too.", vi = "Ngăn chặn chắc chắn; nhưng mọi quầy và mọi máy sạch cũng ngừng theo." } },
    { id = "block-domain",
      text = { en = "Block the domain at the provincial firewall and let the counters keep working while the centre investigates.",
               vi = "Chặn tên miền tại tường lửa của tỉnh và để các quầy tiếp tục làm việc trong khi Trung tâm điều tra." },
      score = { contain = 2, recover = 2, analyse = -5 },
      set = { local_open = true },
      notes = { en = "Nobody waits at the counter; the backdoor stays on 62 machines inside the network.", vi = "Không ai phải chờ ở quầy; cửa hậu vẫn nằm trên 62 máy bên trong mạng." } },
    { id = "isolate-updated",
      text = { en = "Move the 62 updated machines to a quarantine VLAN, powered on; serve on the others and on paper.",
               vi = "Chuyển 62 máy đã cập nhật sang vùng mạng cách ly, vẫn để máy chạy; phục vụ bằng máy khác và hồ sơ giấy." },
      score = { contain = 7, analyse = 2, recover = 2 },
      notes = { en = "Contains, keeps the evidence and most counters; the queue grows with fewer machines.", vi = "Ngăn chặn, giữ chứng cứ và phần lớn các quầy; hàng chờ dài hơn vì ít máy hơn." } },
  },
  timeout = "block-domain",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branches (central)
------------------------------------------------------------------------------------------

local second_stage = inject {
  id = "second-stage",
  roles = { "central" },
  at = "0:45",
  stage = "execution",
  attack = "T1072",
  severity = "critical",
  from = { en = "Update server administrator, IT Centre", vi = "Quản trị viên máy chủ cập nhật, Trung tâm CNTT" },
  channel = "chat",
  title = {
    en = "Day 1, 08:15 — The rollback carried a second payload",
    vi = "Ngày 1, 08:15 — Gói hoàn tác phiên bản mang theo mã độc thứ hai",
  },
  body = {
    en = "08:15. The administrator finds an unknown account with administrator rights on the update server, created last week. The 5.2.0 rollback pushed at 07:50 was repackaged on the server before it went out: 1,100 workstations that received it now run a second program that collects saved passwords.",
    vi = "08:15. Quản trị viên phát hiện trên máy chủ cập nhật một tài khoản lạ có quyền quản trị, tạo từ tuần trước. Gói hoàn tác phiên bản 5.2.0 đẩy đi lúc 07:50 đã bị đóng gói lại ngay trên máy chủ trước khi phát đi: 1.100 máy trạm nhận gói này nay đang chạy thêm một chương trình thu thập mật khẩu đã lưu.",
  },
  notes = {
    en = "Only for central teams that rolled back through the update server. Expected: halt the server now, take it off the network for imaging, rebuild it from clean media, reset credentials used on the 1,100 machines. Evaluator: the channel that delivered the first payload cannot be trusted to remove it.",
    vi = "Chỉ dành cho đội Trung tâm đã hoàn tác phiên bản qua máy chủ cập nhật. Kỳ vọng: dừng ngay máy chủ, tách khỏi mạng để sao chụp, dựng lại từ bộ cài sạch, đổi thông tin xác thực đã dùng trên 1.100 máy. Đánh giá: kênh đã phát tán mã độc lần đầu không thể được tin cậy để gỡ nó.",
  },
  when = function(team) return team.flags.channel_abused == true end,
}

decision {
  id = "channel-recovery",
  roles = { "central" },
  objectives = { "stop-spread", "trusted-rebuild" },
  on = second_stage,
  within = "15m",
  prompt = {
    en = "The update server itself is in the attackers' hands. What now?",
    vi = "Chính máy chủ cập nhật đang nằm trong tay kẻ tấn công. Đội làm gì?",
  },
  options = {
    { id = "reset-continue",
      text = { en = "Delete the unknown account, change the server's admin passwords and finish the rollback to the remaining machines.",
               vi = "Xóa tài khoản lạ, đổi mật khẩu quản trị của máy chủ và hoàn tất việc hoàn tác phiên bản cho các máy còn lại." },
      score = { contain = 1 },
      notes = { en = "Removes what was found; nobody knows what else the attacker left on the server.", vi = "Gỡ được thứ đã tìm thấy; không ai biết kẻ tấn công còn để lại gì trên máy chủ." } },
    { id = "halt-rebuild",
      text = { en = "Halt the server, image it, rebuild it from clean media; reset passwords used on the 1,100.",
               vi = "Dừng máy chủ, sao chụp, dựng lại từ bộ cài sạch; đổi mật khẩu đã dùng trên 1.100 máy." },
      score = { contain = 6, eradicate = 4 },
      set = { channel_abused = false },
      notes = { en = "What the first decision should have done, an hour and 1,100 machines later.", vi = "Đúng việc lẽ ra phải làm từ đầu, muộn một giờ và thêm 1.100 máy." } },
  },
  timeout = "reset-continue",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

local admin_reuse = inject {
  id = "admin-reuse",
  roles = { "central" },
  at = "0:50",
  stage = "execution",
  attack = "T1078",
  severity = "critical",
  from = { en = "Security monitoring, IT Centre", vi = "Bộ phận giám sát an toàn thông tin, Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 08:20 — A domain administrator account signs in from a counter workstation",
    vi = "Ngày 1, 08:20 — Tài khoản quản trị miền đăng nhập từ một máy trạm ở bộ phận một cửa",
  },
  body = {
    en = "08:20. A domain administrator account of the IT Centre has just signed in to the contributions file server from a one-stop workstation in another province, one of the machines on 5.2.1. The update server, still running, received a new 5.2.1 package at 08:10, uploaded from the vendor's account. An Phát has not yet replied.",
    vi = "08:20. Một tài khoản quản trị miền của Trung tâm CNTT vừa đăng nhập vào máy chủ tệp của hệ thống thu từ một máy trạm bộ phận một cửa ở tỉnh khác, một trong các máy chạy bản 5.2.1. Máy chủ cập nhật vẫn hoạt động và lúc 08:10 đã nhận thêm một gói 5.2.1 mới, tải lên từ tài khoản của nhà cung cấp. An Phát vẫn chưa trả lời.",
  },
  notes = {
    en = "Only for central teams that kept the update server running. The attacker is using what the backdoor collected and still holds the channel. Expected: halt the update server, disable and reset privileged accounts used on updated machines, block the domain, hunt on the file server. Evaluator: link back to the first decision.",
    vi = "Chỉ dành cho đội Trung tâm đã để máy chủ cập nhật tiếp tục hoạt động. Kẻ tấn công đang dùng những gì cửa hậu thu được và vẫn nắm kênh cập nhật. Kỳ vọng: dừng máy chủ cập nhật, khóa và đặt lại các tài khoản đặc quyền đã dùng trên máy đã cập nhật, chặn tên miền, truy vết trên máy chủ tệp. Đánh giá: liên hệ lại với quyết định đầu tiên.",
  },
  when = function(team) return team.flags.channel_open == true end,
}

decision {
  id = "domain-response",
  roles = { "central" },
  objectives = { "stop-spread" },
  on = admin_reuse,
  within = "15m",
  prompt = {
    en = "The attacker holds an administrator account and the channel. What now?",
    vi = "Kẻ tấn công đang nắm tài khoản quản trị và kênh cập nhật. Đội làm gì?",
  },
  options = {
    { id = "halt-reset",
      text = { en = "Halt the update server, disable and reset the privileged accounts, hunt on the file server.",
               vi = "Dừng máy chủ cập nhật, khóa và đặt lại các tài khoản đặc quyền, truy vết trên máy chủ tệp." },
      score = { contain = 7, analyse = 2 },
      set = { channel_open = false },
      notes = { en = "Closes both doors, late; administrators lose their tools for the day.", vi = "Đóng được cả hai cửa, dù muộn; quản trị viên mất công cụ làm việc trong ngày." } },
    { id = "reset-one",
      text = { en = "Reset that one administrator's password and delete the new package; keep the server up for the vendor's answer.",
               vi = "Đặt lại mật khẩu của tài khoản quản trị đó và xóa gói mới; giữ máy chủ chạy để chờ nhà cung cấp trả lời." },
      score = { contain = 1, analyse = 1 },
      notes = { en = "Treats what was seen; the channel and the other harvested accounts stay open.", vi = "Xử lý được điều nhìn thấy; kênh cập nhật và các tài khoản khác đã bị thu thập vẫn bỏ ngỏ." } },
  },
  timeout = "reset-one",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branches (province)
------------------------------------------------------------------------------------------

local office_dark = inject {
  id = "office-dark",
  roles = { "provincial" },
  at = "0:35",
  stage = "response",
  severity = "high",
  from = { en = "Head of the one-stop section, provincial office", vi = "Trưởng bộ phận một cửa, BHXH tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 08:05 — The whole office is offline; the pension list cannot go out",
    vi = "Ngày 1, 08:05 — Cả cơ quan mất kết nối, danh sách chi trả lương hưu không gửi đi được",
  },
  body = {
    en = "08:05. With the office off the network, no counter can look anything up, 140 people are waiting, and this month's pension payment list cannot be sent to the post office, which needs it by 11:00 to pay on Wednesday. The IT Centre's all-clear will not come today.",
    vi = "08:05. Do cơ quan bị ngắt mạng, không quầy nào tra cứu được, 140 người đang chờ, và danh sách chi trả lương hưu tháng này không gửi được cho Bưu điện, nơi cần nhận trước 11:00 để chi trả vào thứ Tư. Hôm nay Trung tâm CNTT chưa thể thông báo an toàn.",
  },
  notes = {
    en = "Only for provincial teams that cut the whole office off. Expected: reconnect the clean machines, keep only the 62 updated ones in quarantine, send the payment list from a clean machine. Evaluator: containment that stops pensions is not finished.",
    vi = "Chỉ dành cho đội tỉnh đã ngắt toàn bộ cơ quan. Kỳ vọng: kết nối lại các máy sạch, chỉ giữ 62 máy đã cập nhật trong vùng cách ly, gửi danh sách chi trả từ một máy sạch. Đánh giá: ngăn chặn mà làm lỡ việc chi trả lương hưu thì chưa xong.",
  },
  when = function(team) return team.flags.office_dark == true end,
}

decision {
  id = "reconnect-plan",
  roles = { "provincial" },
  objectives = { "keep-counters" },
  on = office_dark,
  within = "15m",
  prompt = {
    en = "The office is dark and pensions are due. What do you do?",
    vi = "Cơ quan mất kết nối mà sắp đến hạn chi trả lương hưu. Đội làm gì?",
  },
  options = {
    { id = "stay-dark",
      text = { en = "Stay disconnected until the centre's all-clear, and ask the post office to wait for the list.",
               vi = "Giữ nguyên tình trạng ngắt mạng tới khi Trung tâm thông báo an toàn, đề nghị Bưu điện chờ danh sách." },
      score = { contain = 2, recover = -1 },
      notes = { en = "Safe on paper; pensioners are paid late.", vi = "An toàn trên giấy; người hưởng lương hưu nhận tiền muộn." } },
    { id = "quarantine-62",
      text = { en = "Reconnect the clean machines, keep the 62 in quarantine, send the list from a clean one.",
               vi = "Kết nối lại các máy sạch, giữ 62 máy trong vùng cách ly, gửi danh sách từ một máy sạch." },
      score = { recover = 6, contain = 2 },
      set = { office_dark = false },
      notes = { en = "Back to the right balance by mid-morning.", vi = "Trở lại cách làm cân bằng từ giữa buổi sáng." } },
  },
  timeout = "stay-dark",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

local local_admin = inject {
  id = "local-admin",
  roles = { "provincial" },
  at = "0:40",
  stage = "execution",
  attack = "T1078",
  severity = "critical",
  from = { en = "IT officer, provincial office", vi = "Cán bộ CNTT, BHXH tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 08:10 — The office's admin account is used from an updated workstation",
    vi = "Ngày 1, 08:10 — Tài khoản quản trị của tỉnh bị dùng từ một máy trạm đã cập nhật",
  },
  body = {
    en = "08:10. The provincial IT officer sees the office's local administrator account opening shares on the provincial file server from a one-stop workstation running 5.2.1. Nobody at that counter is an administrator. The blocked domain is quiet, but the workstation now talks to a second address.",
    vi = "08:10. Cán bộ CNTT của tỉnh thấy tài khoản quản trị của cơ quan đang mở các thư mục chia sẻ trên máy chủ tệp của tỉnh từ một máy trạm một cửa chạy bản 5.2.1. Không ai ở quầy đó có quyền quản trị. Tên miền đã chặn không còn kết nối, nhưng máy trạm đang liên lạc với một địa chỉ thứ hai.",
  },
  notes = {
    en = "Only for provincial teams that kept the updated machines on the network. Expected: isolate the 62 now, disable and reset the admin account, report to the IT Centre. Evaluator: blocking one domain does not remove a backdoor.",
    vi = "Chỉ dành cho đội tỉnh đã để các máy đã cập nhật trên mạng. Kỳ vọng: cô lập ngay 62 máy, khóa và đặt lại tài khoản quản trị, báo cáo Trung tâm CNTT. Đánh giá: chặn một tên miền không gỡ được cửa hậu.",
  },
  when = function(team) return team.flags.local_open == true end,
}

decision {
  id = "local-contain",
  roles = { "provincial" },
  objectives = { "stop-spread" },
  on = local_admin,
  within = "15m",
  prompt = {
    en = "The backdoor is moving inside the office. What now?",
    vi = "Cửa hậu đang di chuyển trong mạng của tỉnh. Đội làm gì?",
  },
  options = {
    { id = "isolate-now",
      text = { en = "Quarantine the 62 now, disable and reset the admin account, report it to the IT Centre.",
               vi = "Cách ly ngay 62 máy, khóa và đặt lại tài khoản quản trị, báo cáo Trung tâm CNTT." },
      score = { contain = 6, coordinate = 2 },
      set = { local_open = false },
      notes = { en = "Right, an hour late; the file server must now be checked too.", vi = "Đúng việc nhưng muộn một giờ; giờ phải kiểm tra cả máy chủ tệp." } },
    { id = "block-second",
      text = { en = "Block the second address too and reset the admin password; keep the counters on their machines until noon.",
               vi = "Chặn thêm địa chỉ thứ hai và đặt lại mật khẩu quản trị; các quầy vẫn dùng máy của mình tới trưa." },
      score = { contain = 1, recover = 1 },
      notes = { en = "Another address will follow; the machines still carry the backdoor.", vi = "Sẽ còn địa chỉ khác; các máy vẫn mang cửa hậu." } },
  },
  timeout = "block-second",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:05 (T+0:35)  The vendor — central
------------------------------------------------------------------------------------------

local vendor_call = inject {
  id = "vendor-call",
  roles = { "central" },
  at = "0:35",
  stage = "response",
  severity = "high",
  from = { en = "Director, An Phát Solutions", vi = "Giám đốc Công ty Giải pháp An Phát" },
  channel = "meeting",
  title = {
    en = "Day 1, 08:05 — The vendor admits its build server was breached",
    vi = "Ngày 1, 08:05 — Nhà cung cấp thừa nhận máy chủ biên dịch bị xâm nhập",
  },
  body = {
    en = "08:05. An Phát's director now admits that its build server was accessed from outside three weeks ago and that 5.2.1 was built there. He offers to investigate with his own staff and report in a week, asks the agency not to name the company, and mentions that the same build server produces software for two other state agencies.",
    vi = "08:05. Giám đốc An Phát nay thừa nhận máy chủ biên dịch của công ty bị truy cập trái phép từ ba tuần trước và bản 5.2.1 được biên dịch trên máy đó. Ông đề nghị để công ty tự điều tra và báo cáo sau một tuần, đề nghị BHXH không nêu tên công ty, và cho biết cùng máy chủ biên dịch đó còn làm phần mềm cho hai cơ quan nhà nước khác.",
  },
  notes = {
    en = "Central teams; a contract decision needing the leadership. Expected: require under the contract the build logs, the list of affected releases and revocation of the signing certificate, with the vendor's cooperation in an investigation led with A05 (which can warn the two other agencies); suspend new releases until a clean build is verified; keep the contract and the vendor's knowledge for now. Evaluator: terminating at once feels decisive and loses the people who know the build; a self-investigation in a week leaves other victims exposed. The vendor's obligations come from its contract (not verified against any law).",
    vi = "Dành cho đội Trung tâm; quyết định về hợp đồng cần Lãnh đạo phê duyệt. Kỳ vọng: theo hợp đồng, yêu cầu nhà cung cấp bàn giao nhật ký biên dịch, danh sách các bản phát hành bị ảnh hưởng và thu hồi chứng thư ký mã, phối hợp trong cuộc điều tra do A05 chủ trì (A05 có thể cảnh báo hai cơ quan kia); tạm dừng mọi bản phát hành mới cho tới khi có bản dựng được kiểm chứng sạch; tạm thời giữ hợp đồng và đội ngũ hiểu hệ thống của nhà cung cấp. Đánh giá: chấm dứt hợp đồng ngay có vẻ quyết liệt nhưng mất những người hiểu quy trình biên dịch; để nhà cung cấp tự điều tra một tuần khiến các nạn nhân khác không được cảnh báo. Nghĩa vụ của nhà cung cấp lấy từ hợp đồng (chưa đối chiếu với quy định pháp luật nào).",
  },
}

decision {
  id = "vendor-terms",
  roles = { "central" },
  objectives = { "keep-evidence", "report-on-time" },
  on = vendor_call,
  within = "20m",
  prompt = {
    en = "What do you require of the vendor?",
    vi = "BHXH Việt Nam yêu cầu nhà cung cấp những gì?",
  },
  options = {
    { id = "terminate",
      text = { en = "Terminate the contract today, ban An Phát's staff from all systems and hand the case to the police.",
               vi = "Chấm dứt hợp đồng ngay hôm nay, cấm nhân viên An Phát truy cập mọi hệ thống, chuyển vụ việc cho công an." },
      score = { contain = 3, analyse = -3, coordinate = 1 },
      notes = { en = "Decisive, but the people who know the build leave with the contract.", vi = "Quyết liệt, nhưng những người hiểu quy trình biên dịch cũng ra đi theo hợp đồng." } },
    { id = "self-investigate",
      text = { en = "Let An Phát investigate with its own staff and report in a week, without naming the company, to keep its cooperation.",
               vi = "Để An Phát tự điều tra bằng nhân lực của mình và báo cáo sau một tuần, không nêu tên công ty, để giữ sự hợp tác." },
      score = { analyse = 1, coordinate = -7 },
      notes = { en = "Cooperation bought with silence; two other agencies stay exposed for a week.", vi = "Đổi sự hợp tác lấy im lặng; hai cơ quan khác không được cảnh báo trong một tuần." } },
    { id = "contract-a05",
      text = { en = "Require build logs, affected releases and certificate revocation; investigate with A05, which warns the others.",
               vi = "Yêu cầu nhật ký biên dịch, danh sách bản phát hành, thu hồi chứng thư; cùng A05 điều tra, cảnh báo nơi khác." },
      score = { analyse = 5, coordinate = 5 },
      notes = { en = "Keeps the evidence and the vendor's knowledge; revoking the certificate breaks genuine installs until re-signed.", vi = "Giữ được chứng cứ và hiểu biết của nhà cung cấp; thu hồi chứng thư làm các bản cài đặt hợp lệ lỗi cho tới khi ký lại." } },
  },
  timeout = "self-investigate",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:20 (T+0:50)  The counters — provincial
------------------------------------------------------------------------------------------

local counter_queue = inject {
  id = "counter-queue",
  roles = { "provincial" },
  at = "0:50",
  stage = "response",
  severity = "high",
  from = { en = "Head of the one-stop section, provincial office", vi = "Trưởng bộ phận một cửa, BHXH tỉnh" },
  channel = "meeting",
  title = {
    en = "Day 1, 08:20 — Six counters run on suspect machines; 120 people queue",
    vi = "Ngày 1, 08:20 — Sáu quầy dùng máy đáng ngờ, 120 người đang xếp hàng",
  },
  body = {
    en = "08:20. Six of the ten one-stop counters work on machines that took 5.2.1, and none of them can be trusted. 120 people are queuing, among them families claiming funeral allowances and mothers with maternity claims. The office's IT officer says a full antivirus scan shows the 62 machines clean and proposes using them normally from 10:00.",
    vi = "08:20. Sáu trên mười quầy một cửa làm việc trên các máy đã nhận bản 5.2.1, không máy nào đáng tin cậy. 120 người đang xếp hàng, trong đó có thân nhân làm thủ tục hưởng trợ cấp mai táng và các bà mẹ làm hồ sơ thai sản. Cán bộ CNTT của tỉnh cho biết quét toàn bộ bằng phần mềm diệt virus thấy 62 máy sạch và đề xuất dùng lại bình thường từ 10:00.",
  },
  notes = {
    en = "Provincial teams. Expected: receive files on paper with a dated receipt, process urgent benefits (funeral, maternity, sickness) first on the clean machines, tell people honestly when their files will be processed, keep the 62 machines isolated (an antivirus scan does not detect a signed, unknown backdoor). Evaluator: closing the counter pushes the cost onto the public; putting machines back after a clean scan reopens the backdoor.",
    vi = "Dành cho các đội cấp tỉnh. Kỳ vọng: tiếp nhận hồ sơ giấy kèm giấy hẹn, ưu tiên giải quyết trên các máy sạch các chế độ cấp bách (mai táng, thai sản, ốm đau), thông tin trung thực cho người dân về thời gian giải quyết, giữ 62 máy trong vùng cách ly (phần mềm diệt virus không phát hiện được cửa hậu lạ được ký số hợp lệ). Đánh giá: đóng quầy là đẩy cái giá sang người dân; đưa máy trở lại sau khi quét sạch là mở lại cửa hậu.",
  },
}

decision {
  id = "counter-plan",
  roles = { "provincial" },
  objectives = { "keep-counters" },
  on = counter_queue,
  within = "15m",
  prompt = {
    en = "How do the counters serve people today?",
    vi = "Hôm nay bộ phận một cửa phục vụ người dân thế nào?",
  },
  options = {
    { id = "scan-reconnect",
      text = { en = "Use the 62 machines normally from 10:00 after the full antivirus scan, so that all ten counters work by mid-morning.",
               vi = "Dùng lại 62 máy bình thường từ 10:00 sau khi quét toàn bộ bằng phần mềm diệt virus, để cả mười quầy hoạt động từ giữa buổi sáng." },
      score = { recover = 6, contain = -5 },
      set = { scanned_back = true },
      notes = { en = "The queue clears; a scan cannot see a signed, unknown backdoor.", vi = "Hết hàng chờ; nhưng quét virus không thấy được cửa hậu lạ có chữ ký hợp lệ." } },
    { id = "paper-priority",
      text = { en = "Take files on paper with dated receipts; urgent benefits first on the four clean machines.",
               vi = "Nhận hồ sơ giấy kèm giấy hẹn; ưu tiên chế độ cấp bách trên bốn máy sạch." },
      score = { recover = 7, communicate = 2 },
      notes = { en = "People are served; a week of back-office entry follows.", vi = "Người dân được phục vụ; sau đó mất một tuần nhập liệu bù." } },
    { id = "close-counters",
      text = { en = "Close the one-stop counters for the day and post a notice asking people to come back later this week.",
               vi = "Tạm dừng tiếp nhận tại bộ phận một cửa trong ngày, niêm yết thông báo đề nghị người dân quay lại trong tuần." },
      score = { contain = 1, recover = -5, communicate = -1 },
      notes = { en = "No risk, and no service for families who cannot wait.", vi = "Không rủi ro, nhưng cũng không phục vụ những gia đình không thể chờ." } },
  },
  timeout = "close-counters",
  speed = { full = "10m", zero = "15m", floor = 0.5 },
}

local scan_missed = inject {
  id = "scan-missed",
  roles = { "provincial" },
  at = "1:40",
  stage = "execution",
  attack = "T1574.002",
  severity = "critical",
  from = { en = "IT Centre, security monitoring", vi = "Bộ phận giám sát an toàn thông tin, Trung tâm CNTT" },
  channel = "email",
  title = {
    en = "Day 1, 09:10 — The \"clean\" machines are calling out again",
    vi = "Ngày 1, 09:10 — Các máy \"đã sạch\" lại kết nối ra ngoài",
  },
  body = {
    en = "09:10. The IT Centre warns that your office's 62 machines, in normal use since the scan, are loading the malicious DLL beside the client again and talking to a new address. The antivirus signatures do not know the file.",
    vi = "09:10. Trung tâm CNTT cảnh báo 62 máy của BHXH tỉnh, được dùng lại bình thường sau khi quét, lại đang nạp tệp DLL độc hại đặt cạnh phần mềm nghiệp vụ và liên lạc với một địa chỉ mới. Mẫu nhận diện của phần mềm diệt virus chưa có tệp này.",
  },
  notes = {
    en = "Only for provincial teams that put the machines back after an antivirus scan. Expected: isolate them again, keep paper at the counters, report to the centre. Evaluator: name the lesson (a clean scan proves little against a signed, new implant).",
    vi = "Chỉ dành cho đội tỉnh đã đưa máy trở lại sau khi quét virus. Kỳ vọng: cách ly lại, giữ tiếp nhận hồ sơ giấy tại quầy, báo cáo Trung tâm. Đánh giá: rút ra bài học (quét sạch chứng minh được rất ít trước một mã độc mới có chữ ký hợp lệ).",
  },
  when = function(team) return team.flags.scanned_back == true end,
}

decision {
  id = "rescan-response",
  roles = { "provincial" },
  objectives = { "stop-spread" },
  on = scan_missed,
  within = "15m",
  prompt = {
    en = "The machines are infected after all. What now?",
    vi = "Các máy vẫn nhiễm mã độc. Đội làm gì?",
  },
  options = {
    { id = "isolate-paper",
      text = { en = "Quarantine the 62 again, return the counters to paper, report the new address to the centre.",
               vi = "Cách ly lại 62 máy, các quầy quay về tiếp nhận giấy, báo cáo địa chỉ mới cho Trung tâm." },
      score = { contain = 6, coordinate = 2 },
      set = { scanned_back = false },
      notes = { en = "Recovers the morning's mistake; the queue comes back.", vi = "Khắc phục được sai lầm buổi sáng; hàng chờ quay trở lại." } },
    { id = "delete-dll",
      text = { en = "Delete the DLL on each machine by hand, block the new address, and keep the counters running on them.",
               vi = "Xóa thủ công tệp DLL trên từng máy, chặn địa chỉ mới và để các quầy tiếp tục dùng những máy này." },
      score = { contain = 1, recover = 1 },
      notes = { en = "Removes one file of an implant nobody has analysed.", vi = "Gỡ được một tệp của một mã độc chưa ai phân tích." } },
  },
  timeout = "delete-dll",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:35 (T+1:05)  Data went out: reporting — central
------------------------------------------------------------------------------------------

local exfil = inject {
  id = "exfil-found",
  roles = { "central" },
  at = "1:05",
  stage = "exfiltration",
  attack = "T1041",
  severity = "critical",
  from = { en = "Forensic analyst, IT Centre", vi = "Chuyên viên điều tra số, Trung tâm CNTT" },
  channel = "chat",
  title = {
    en = "Day 1, 08:35 — Screenshots of insured persons' records went out overnight",
    vi = "Ngày 1, 08:35 — Ảnh chụp màn hình hồ sơ người tham gia bị gửi ra ngoài trong đêm",
  },
  body = {
    en = "08:35. The first analysis of the DLL shows it sends screenshots of the client's window and saved passwords over its control channel. Proxy logs show 2.4 GB sent from 310 workstations since 01:00: screens of contribution and benefit records with names, ID numbers, salaries and bank accounts. The Director General asks what must be reported, to whom, and when; the IT Centre alone cannot clean 3,000 machines in 34 provinces.",
    vi = "08:35. Phân tích ban đầu tệp DLL cho thấy nó gửi ảnh chụp cửa sổ phần mềm nghiệp vụ và mật khẩu đã lưu qua kênh điều khiển. Nhật ký proxy ghi nhận 2,4 GB được gửi đi từ 310 máy trạm kể từ 01:00: ảnh màn hình hồ sơ thu và chi trả có họ tên, số định danh cá nhân, tiền lương và tài khoản ngân hàng. Tổng Giám đốc hỏi phải báo cáo gì, gửi ai, khi nào; riêng Trung tâm CNTT không thể làm sạch 3.000 máy ở 34 tỉnh.",
  },
  notes = {
    en = "Central teams. The personal-data breach is discovered now (Day 1, 08:35): the notice is due by Thursday 08:35. Expected: today, the Decision 05 report to the Ministry of Finance and A05 with a request for support (beyond the agency's capacity), the breach notice to A05 with what is known, and the package's indicators shared through A05 for the vendor's other customers. Evaluator: 'report after the clean-up' misses the point of asking for help; 'wait for the forensic report to notify' is the tempting wrong answer.",
    vi = "Dành cho đội Trung tâm. Vi phạm dữ liệu cá nhân được phát hiện lúc này (Ngày 1, 08:35): hạn thông báo là 08:35 thứ Năm. Kỳ vọng: ngay hôm nay gửi báo cáo theo Quyết định 05 tới Bộ Tài chính và A05 kèm đề nghị hỗ trợ (vượt quá khả năng của Ngành), gửi thông báo vi phạm tới A05 với những gì đã biết, và chia sẻ dấu hiệu nhận biết gói cài đặt qua A05 cho các khách hàng khác của nhà cung cấp. Đánh giá: \"làm sạch xong mới báo cáo\" là bỏ lỡ mục đích đề nghị hỗ trợ; \"chờ kết luận điều tra rồi mới thông báo\" là phương án hấp dẫn nhưng sai.",
  },
}

decision {
  id = "report-up",
  roles = { "central" },
  objectives = { "report-on-time" },
  on = exfil,
  within = "20m",
  prompt = {
    en = "What is reported, to whom, and when?",
    vi = "Báo cáo gì, gửi ai, và khi nào?",
  },
  options = {
    { id = "report-notify-share",
      text = { en = "Today: report to the Finance Ministry and A05 asking support, notify A05 of the breach, share indicators.",
               vi = "Hôm nay: báo cáo Bộ Tài chính và A05, đề nghị hỗ trợ, thông báo A05 về vi phạm, chia sẻ dấu hiệu." },
      score = { coordinate = 9, communicate = 2 },
      notes = { en = "Help arrives, the law is met, other victims are warned; partial figures will need correcting.", vi = "Có hỗ trợ, đúng luật, các nạn nhân khác được cảnh báo; số liệu chưa đủ sẽ phải bổ sung." } },
    { id = "report-support-only",
      text = { en = "Report to the Finance Ministry and A05 today with a request for support; notify the breach once forensics confirms it.",
               vi = "Hôm nay báo cáo Bộ Tài chính và A05, đề nghị hỗ trợ; thông báo vi phạm dữ liệu khi điều tra số khẳng định." },
      score = { coordinate = 4, communicate = -2 },
      set = { notice_held = true },
      notes = { en = "Help comes; the breach clock is already running from this morning.", vi = "Có hỗ trợ; nhưng thời hạn thông báo vi phạm đã chạy từ sáng nay." } },
    { id = "internal-first",
      text = { en = "Clean up first with the sector's own staff, then send one complete report and notice with the forensic findings.",
               vi = "Tự làm sạch bằng lực lượng của Ngành trước, sau đó gửi một báo cáo và thông báo đầy đủ kèm kết quả điều tra." },
      score = { coordinate = -7, recover = -1 },
      set = { notice_held = true },
      notes = { en = "Too big to handle alone, and late on both duties.", vi = "Quá sức để tự xử lý, và muộn cả hai nghĩa vụ." } },
  },
  timeout = "internal-first",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:50 (T+1:20)  Evidence and PA05 — provincial
------------------------------------------------------------------------------------------

local pa05 = inject {
  id = "pa05-offer",
  roles = { "provincial" },
  at = "1:20",
  stage = "response",
  severity = "medium",
  from = { en = "PA05, provincial police; IT Centre", vi = "PA05 Công an tỉnh; Trung tâm CNTT" },
  channel = "phone",
  title = {
    en = "Day 1, 08:50 — PA05 offers to image machines; the centre wants your list by 10:00",
    vi = "Ngày 1, 08:50 — PA05 đề nghị sao chụp máy, Trung tâm yêu cầu danh sách trước 10:00",
  },
  body = {
    en = "08:50. PA05 of the provincial police offers to come this morning and image two of the infected workstations. The IT Centre asks every province for the list of machines on 5.2.1, who used them and what each office has done, by 10:00. Your director would rather reinstall all 62 this afternoon from last year's installer on the office file share and report when the counters are back.",
    vi = "08:50. PA05 Công an tỉnh đề nghị sáng nay tới sao chụp hai máy trạm nhiễm mã độc. Trung tâm CNTT yêu cầu các tỉnh gửi trước 10:00 danh sách máy chạy bản 5.2.1, người sử dụng và những việc đơn vị đã làm. Giám đốc BHXH tỉnh muốn chiều nay cài lại cả 62 máy từ bộ cài năm ngoái trên thư mục dùng chung của cơ quan rồi báo cáo khi các quầy hoạt động trở lại.",
  },
  notes = {
    en = "Provincial teams. Expected: report the list on time with what is known; let PA05 image two machines with the IT Centre's guidance and a chain-of-custody record; do not reinstall before the centre provides a verified image (last year's installer on a file share is itself unverified). Evaluator: reinstalling quickly is a defensible instinct for the counters, with a real cost in evidence; waiting to report until everything is fixed leaves the centre blind.",
    vi = "Dành cho các đội cấp tỉnh. Kỳ vọng: gửi danh sách đúng hạn với những gì đã biết; để PA05 sao chụp hai máy theo hướng dẫn của Trung tâm CNTT, có biên bản giao nhận chứng cứ; không cài lại trước khi Trung tâm cung cấp bản cài đã kiểm chứng (bộ cài năm ngoái trên thư mục dùng chung cũng chưa được kiểm chứng). Đánh giá: cài lại nhanh là phản xạ có lý vì các quầy, nhưng cái giá là mất chứng cứ; chờ khắc phục xong mới báo cáo khiến Trung tâm thiếu thông tin.",
  },
}

decision {
  id = "evidence-lines",
  roles = { "provincial" },
  objectives = { "keep-evidence", "report-on-time" },
  on = pa05,
  within = "20m",
  prompt = {
    en = "What does the province do before 10:00?",
    vi = "BHXH tỉnh làm gì trước 10:00?",
  },
  options = {
    { id = "reinstall-today",
      text = { en = "Reinstall all 62 this afternoon from last year's installer on the file share, and report once the counters are back.",
               vi = "Chiều nay cài lại cả 62 máy từ bộ cài năm ngoái trên thư mục dùng chung, báo cáo khi các quầy hoạt động lại." },
      score = { recover = 3, analyse = -6, coordinate = -2 },
      notes = { en = "Counters back sooner; the evidence is gone and the installer is unverified.", vi = "Các quầy hoạt động sớm hơn; chứng cứ mất và bộ cài chưa được kiểm chứng." } },
    { id = "list-image",
      text = { en = "Send the list by 10:00; PA05 images two machines under the centre's guidance, with a custody record.",
               vi = "Gửi danh sách trước 10:00; PA05 sao chụp hai máy theo hướng dẫn của Trung tâm, có biên bản." },
      score = { analyse = 6, coordinate = 4 },
      notes = { en = "Evidence and the sector's picture kept; the counters wait for the centre's image.", vi = "Giữ được chứng cứ và bức tranh chung của Ngành; các quầy phải chờ bản cài của Trung tâm." } },
    { id = "list-only",
      text = { en = "Send the list by 10:00 and decline PA05 for now: the IT Centre's forensic team will image the machines later.",
               vi = "Gửi danh sách trước 10:00 và tạm từ chối PA05: đội điều tra số của Trung tâm sẽ sao chụp máy sau." },
      score = { coordinate = 2, analyse = 1 },
      notes = { en = "On time; the central team reaches this province in days, not hours.", vi = "Đúng hạn; nhưng đội của Trung tâm phải vài ngày nữa mới tới được tỉnh." } },
  },
  timeout = "reinstall-today",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 2, 08:20 (T+2:20)  A05 asks — central branch
------------------------------------------------------------------------------------------

local a05_asks = inject {
  id = "a05-asks",
  roles = { "central" },
  at = "2:20",
  stage = "response",
  severity = "high",
  from = { en = "National Cyber Security Centre, A05", vi = "Trung tâm An ninh mạng quốc gia, Cục A05" },
  channel = "phone",
  title = {
    en = "Day 2, 08:20 — A05 asks why no breach notice has arrived",
    vi = "Ngày 2, 08:20 — Cục A05 hỏi vì sao chưa nhận được thông báo vi phạm",
  },
  body = {
    en = "08:20, Tuesday. A05 has found the same implant at another agency and seen VSS records offered for sale on a forum. It asks why no personal-data breach notice has come from VSS, though the data left in the early hours of Monday.",
    vi = "08:20 thứ Ba. Cục A05 phát hiện cùng loại mã độc tại một cơ quan khác và thấy dữ liệu của BHXH được rao bán trên một diễn đàn. A05 hỏi vì sao BHXH chưa gửi thông báo vi phạm dữ liệu cá nhân, trong khi dữ liệu đã bị lấy từ rạng sáng thứ Hai.",
  },
  notes = {
    en = "Only for central teams that held the breach notice back. The 72 hours run from discovery (Monday 08:35), not from the hour the data left, so the notice is still on time until Thursday 08:35: the recovery is to send it today with what is known. Evaluator: the teams may argue that the clock started when the data left, early on Monday; the library's rule (Law 91/2025) counts from discovery.",
    vi = "Chỉ dành cho đội Trung tâm đã giữ thông báo vi phạm lại. 72 giờ tính từ khi phát hiện (08:35 thứ Hai), không phải từ lúc dữ liệu bị lấy, nên tới 08:35 thứ Năm thông báo vẫn đúng hạn: khắc phục bằng cách gửi ngay hôm nay với những gì đã biết. Đánh giá: các đội có thể cho rằng thời hạn bắt đầu từ lúc dữ liệu bị lấy, rạng sáng thứ Hai; quy tắc của bộ kịch bản (Luật 91/2025) tính từ khi phát hiện.",
  },
  when = function(team) return team.flags.notice_held == true end,
}

decision {
  id = "a05-response",
  roles = { "central" },
  objectives = { "report-on-time" },
  on = a05_asks,
  within = "15m",
  prompt = {
    en = "What do you answer A05?",
    vi = "Đội trả lời Cục A05 thế nào?",
  },
  options = {
    { id = "explain-wait",
      text = { en = "Explain that the forensic report is due on Thursday and promise one complete notice then, with every figure checked.",
               vi = "Giải trình rằng thứ Năm mới có kết luận điều tra và hứa gửi một thông báo đầy đủ khi đó, số liệu đã kiểm tra." },
      score = { coordinate = 2, communicate = -1 },
      notes = { en = "Honest, but it rests on a complete picture the law does not wait for.", vi = "Thẳng thắn, nhưng dựa vào bức tranh đầy đủ mà luật không chờ." } },
    { id = "notify-today",
      text = { en = "Send the notice today with what is known, within the 72 hours, and supplement it on Thursday.",
               vi = "Gửi thông báo ngay hôm nay với những gì đã biết, trong 72 giờ, và bổ sung vào thứ Năm." },
      score = { coordinate = 6 },
      set = { notice_held = false },
      notes = { en = "On time, a day later than it could have been.", vi = "Đúng hạn, muộn hơn một ngày so với lẽ ra." } },
  },
  timeout = "explain-wait",
  speed = { full = "10m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 2, 08:15 (T+2:15)  Reinstalling the counters — provincial ending
------------------------------------------------------------------------------------------

local clean_image = inject {
  id = "clean-image",
  roles = { "provincial" },
  at = "2:15",
  stage = "recovery",
  severity = "high",
  from = { en = "IT Centre", vi = "Trung tâm CNTT" },
  channel = "email",
  title = {
    en = "Day 2, 08:15 — The centre's verified image arrives; how do you bring the 62 back?",
    vi = "Ngày 2, 08:15 — Bản cài đã kiểm chứng của Trung tâm đã đến; đưa 62 máy trở lại thế nào?",
  },
  body = {
    en = "08:15, Tuesday. The IT Centre sends a verified workstation image with the previous client, its hash, and instructions: reinstall from this image only, change the passwords of everyone who used an infected machine, and bring counters back in order. The files held over from yesterday are waiting to be entered; the post office asks whether Wednesday's pension payment is safe.",
    vi = "08:15 thứ Ba. Trung tâm CNTT gửi bản cài máy trạm đã kiểm chứng kèm phiên bản phần mềm trước đó, mã băm và hướng dẫn: chỉ cài lại từ bản này, đổi mật khẩu của mọi người đã dùng máy nhiễm, và đưa các quầy trở lại theo thứ tự. Hồ sơ tồn từ hôm qua đang chờ nhập; Bưu điện hỏi việc chi trả lương hưu thứ Tư có bảo đảm không.",
  },
  notes = {
    en = "Provincial teams: the ending. Expected: reinstall from the verified image after checking its hash, reset the users' passwords, bring back the counters handling urgent benefits and the payment list first, keep the two imaged machines sealed for the investigation, and tell the post office the list was sent from a clean machine. Evaluator: reinstalling everything at once overruns a small IT team; a file-share installer undoes the point of a verified image.",
    vi = "Dành cho các đội cấp tỉnh: tình huống kết thúc. Kỳ vọng: cài lại từ bản cài đã kiểm chứng sau khi đối chiếu mã băm, đổi mật khẩu người dùng, đưa trước các quầy giải quyết chế độ cấp bách và danh sách chi trả, niêm phong hai máy đã sao chụp phục vụ điều tra, và xác nhận với Bưu điện rằng danh sách đã gửi từ máy sạch. Đánh giá: cài lại tất cả cùng lúc vượt sức một đội CNTT nhỏ; dùng bộ cài trên thư mục dùng chung là bỏ qua ý nghĩa của bản cài đã kiểm chứng.",
  },
}

decision {
  id = "reinstall",
  roles = { "provincial" },
  objectives = { "trusted-rebuild", "keep-counters" },
  on = clean_image,
  within = "20m",
  prompt = {
    en = "How does the province bring the counters back?",
    vi = "BHXH tỉnh đưa các quầy trở lại hoạt động thế nào?",
  },
  options = {
    { id = "all-tonight",
      text = { en = "Reinstall all 62 tonight from the verified image, with overtime, and open every counter tomorrow at 07:30.",
               vi = "Cài lại cả 62 máy ngay tối nay từ bản đã kiểm chứng, làm thêm giờ, mở tất cả các quầy lúc 07:30 sáng mai." },
      score = { recover = 2, eradicate = 2 },
      notes = { en = "Clean, but one tired IT officer and no checks on the night's work.", vi = "Sạch, nhưng một cán bộ CNTT mệt mỏi và không ai kiểm tra việc làm trong đêm." } },
    { id = "staged-verified",
      text = { en = "Check the hash, reinstall urgent-benefit counters first, reset users' passwords, keep two sealed.",
               vi = "Đối chiếu mã băm, cài lại trước các quầy chế độ cấp bách, đổi mật khẩu, niêm phong hai máy." },
      score = { eradicate = 5, recover = 4, analyse = 1 },
      notes = { en = "Takes two days for all 62; every step is checked.", vi = "Mất hai ngày cho cả 62 máy; bước nào cũng được kiểm tra." } },
    { id = "file-share",
      text = { en = "Use the installer already on the office file share, which staff know, to save a day's download and checking.",
               vi = "Dùng bộ cài có sẵn trên thư mục dùng chung của cơ quan, cán bộ đã quen, để đỡ mất một ngày tải về và kiểm tra." },
      score = { recover = 2, eradicate = -7 },
      notes = { en = "Quick, on an installer nobody verified since the intrusion.", vi = "Nhanh, nhưng dùng bộ cài chưa ai kiểm chứng kể từ khi bị xâm nhập." } },
  },
  timeout = "file-share",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 2, 08:30 (T+2:30)  Resuming updates — central ending
------------------------------------------------------------------------------------------

local rebuilt = inject {
  id = "rebuilt-package",
  roles = { "central" },
  at = "2:30",
  stage = "recovery",
  severity = "high",
  from = { en = "An Phát Solutions; security monitoring", vi = "Công ty Giải pháp An Phát; bộ phận giám sát" },
  channel = "meeting",
  title = {
    en = "Day 2, 08:30 — A rebuilt 5.2.2 is ready; when does the channel reopen?",
    vi = "Ngày 2, 08:30 — Bản 5.2.2 dựng lại đã sẵn sàng; khi nào mở lại kênh cập nhật?",
  },
  body = {
    en = "08:30, Tuesday. An Phát has rebuilt the client as 5.2.2 on a new build server and signed it with a new certificate. It fixes a calculation error in contributions that the provinces need before the month-end. Some 2,900 workstations still carry the backdoor or wait in quarantine; provinces ask for one answer.",
    vi = "08:30 thứ Ba. An Phát đã dựng lại phần mềm thành bản 5.2.2 trên máy chủ biên dịch mới và ký bằng chứng thư mới. Bản này sửa một lỗi tính số thu mà các tỉnh cần trước kỳ cuối tháng. Khoảng 2.900 máy trạm vẫn còn cửa hậu hoặc đang chờ trong vùng cách ly; các tỉnh chờ một câu trả lời thống nhất.",
  },
  notes = {
    en = "Central teams: the ending. Expected: have the package verified independently (compare with a build from source under the agency's eyes, scanned with A05's National Cyber Security Centre), publish its hash, reopen the rebuilt update server to a few pilot provinces first, then in stages. Evaluator: pushing to all at once repeats the overnight mistake (release to the whole sector with no stage), worst where the team rolled back through a server it never rebuilt (the scoring says so); hand installation in 34 provinces takes weeks and multiplies errors.",
    vi = "Dành cho đội Trung tâm: tình huống kết thúc. Kỳ vọng: kiểm chứng độc lập gói cài đặt (so với bản biên dịch lại từ mã nguồn dưới sự giám sát của Ngành, quét cùng Trung tâm An ninh mạng quốc gia của A05), công bố mã băm, mở lại máy chủ cập nhật đã dựng lại cho vài tỉnh thí điểm trước rồi mới theo từng đợt. Đánh giá: đẩy xuống tất cả cùng lúc là lặp lại sai lầm đêm trước (phát hành cho toàn Ngành không qua thí điểm), càng rủi ro nếu đội đã hoàn tác qua máy chủ chưa từng dựng lại (điểm số phản ánh điều đó); cài thủ công ở 34 tỉnh mất nhiều tuần và sinh thêm lỗi.",
  },
}

decision {
  id = "resume-updates",
  roles = { "central" },
  objectives = { "trusted-rebuild" },
  on = rebuilt,
  within = "20m",
  prompt = {
    en = "How do the provinces get 5.2.2?",
    vi = "Các tỉnh nhận bản 5.2.2 theo cách nào?",
  },
  options = {
    { id = "resume-all",
      text = { en = "Reopen the channel today and push 5.2.2 to every workstation at once, so the backdoored version is gone by tonight.",
               vi = "Mở lại kênh cập nhật hôm nay và đẩy bản 5.2.2 xuống mọi máy trạm cùng lúc để tối nay không còn bản chứa cửa hậu." },
      score = { recover = 3, eradicate = -2 },
      notes = { en = "Fast, and the same single step that spread the backdoor.", vi = "Nhanh, và chính là cách phát hành một lần cho tất cả đã làm lây cửa hậu." } },
    { id = "manual-usb",
      text = { en = "Keep the channel shut this month; provinces install 5.2.2 by hand from media sent by the centre.",
               vi = "Đóng kênh cập nhật trong tháng này; các tỉnh tự cài bản 5.2.2 từ thiết bị lưu trữ do Trung tâm gửi." },
      score = { eradicate = 2, recover = -5 },
      notes = { en = "No channel risk; weeks of work and many chances for error in 34 provinces.", vi = "Không còn rủi ro từ kênh cập nhật; nhưng mất nhiều tuần và dễ sai sót ở 34 tỉnh." } },
    { id = "verify-pilot",
      text = { en = "Verify 5.2.2 independently with A05, publish its hash, pilot three provinces, then roll out in stages.",
               vi = "Cùng A05 kiểm chứng độc lập bản 5.2.2, công bố mã băm, thí điểm ba tỉnh, rồi triển khai theo đợt." },
      score = { eradicate = 6, recover = 4, coordinate = 1 },
      notes = { en = "Trust is rebuilt on evidence; the month-end fix reaches the last provinces late.", vi = "Niềm tin được xây lại trên chứng cứ; bản sửa lỗi cuối tháng tới các tỉnh cuối cùng muộn hơn." } },
  },
  timeout = "manual-usb",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Hooks
------------------------------------------------------------------------------------------

on("choice", function(team, decision, option)
  -- Pushing to everyone through a server the attacker held and nobody rebuilt.
  if decision == "resume-updates" and option == "resume-all" and team.flags.channel_abused == true then
    team:add("eradicate", -6, "pushed to every workstation through an update server that was never rebuilt")
  end
end)

on("end", function(team)
  -- The province kept the evidence and reinstalled only from the verified image.
  if team:chose("evidence-lines") == "list-image" and team:chose("reinstall") == "staged-verified" then
    team:add("analyse", 2, "evidence kept and machines rebuilt only from the verified image")
  end
end)
