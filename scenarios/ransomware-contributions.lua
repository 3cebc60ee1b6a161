-- ransomware-contributions.lua
-- Mã độc tống tiền tấn công cơ sở dữ liệu thu và chi trả tại Trung tâm dữ liệu
--
-- What the drill exercises: the whole incident-response lifecycle for a ransomware intrusion
-- that starts with a phishing email at a provincial office and, through a shared service
-- account whose password has never been changed, reaches the contributions and benefits
-- database in the central data centre. Triage without destroying evidence, credential
-- containment, protecting the last clean backup, exfiltration and the 72-hour
-- personal-data breach notice, refusing to negotiate, one voice to the press, clean recovery.
--
-- Weaknesses it builds on (Resolution 398-NQ/BCSĐ): a service account shared by every unit
-- against procedure, antivirus and backup support contracts that lapsed, too few trained
-- staff to read the first signs.
--
-- Who it is for: the central incident response team and every provincial team. Each plays
-- its own role: a province (role `provincial`) triages its workstation, reports up on time,
-- keeps its counters working and deals with its police cyber unit and People's Committee;
-- the IT Centre (role `central`) decides for the sector (the shared account, the data
-- centre, backups, the ransom, external reports, the press, the restore and the month-end
-- deadline). The facilitator plays everyone else: staff, leadership, vendors, journalists,
-- the authorities.
--
-- Rules this drill teaches (reference block, checked 30 November 2026; the sources for each
-- statement, and what could not be verified, are listed in scenarios/REFERENCES.md):
--   * Incident reporting: Decision 05/2017/QD-TTg (national emergency-response plan): the
--     operator reports to its governing body, the specialised response unit at its level and
--     the national coordinating agency, and an incident beyond its capacity is reported at
--     once with a request for support.
--   * Personal-data breach notice: Law on Personal Data Protection No. 91/2025/QH15, in force
--     1 January 2026 (Art. 23): the controller notifies the Ministry of Public Security's
--     personal-data protection authority (A05) within 72 hours of DISCOVERING the violation,
--     with what is known, and supplements later. It replaced Decree 13/2023/ND-CP, whose
--     Art. 23 counted 72 hours "after the violation occurs". The whole library uses the
--     Law's rule: the clock starts at discovery. (Article wording taken from secondary
--     sources; the official text was not read verbatim: check it before the drill.)
--   * Security level: the contributions and benefits database (TST, DB-THU-01, part of
--     the national insurance database) is treated as level 4 under Decree 85/2016/ND-CP (systems
--     whose disruption harms a sector nationally). Assumption: the agency's approved level
--     dossiers were not available; the Cybersecurity Law No. 116/2025/QH15 (in force 1 July
--     2026) merged the 2015 Law under which Decree 85 was made, and whether a new decree has
--     replaced Decree 85 could not be verified.
--   * Bodies as of 2026: the national cyber-incident coordination and network-security duties
--     that VNCERT/CC and the Authority of Information Security held under the Ministry of
--     Information and Communications (MIC) moved to the Ministry of Public Security (handed over on
--     28 February 2025; Department A05 and its National Cyber Security Centre); MIC merged into
--     the Ministry of Science and Technology. Vietnam Social Security has been under the
--     Ministry of Finance since 1 March 2025. Since 1 July 2025 there are 34 provinces and
--     no district level ("huyện"); provincial police cyber units are the PA05 of each
--     provincial police. Whether each VNCERT/CC function sits in the National Cyber Security
--     Centre could not be confirmed from a primary source.
--
-- Story clock: T+0:00 is 08:05 on a Monday; every clock time in a text follows from it.
-- Every title and prompt states its story time ("Day 1, 08:10 — …"); a triggered inject
-- the earliest time it can arrive.
--
-- Branches (each team's own choices):
--   triage-phish  isolate-host      -> forensic-image (decision stolen-creds)
--                 av-scan / delete  -> internal-phish (decision internal-phish-response)
--                 reimage           -> flag evidence_lost -> root-cause-gap at 2:45
--   stolen-creds rotate-all or rdp-response block-hunt -> flag contained
--                 contained -> partial-encryption; otherwise mass-encryption (decision
--                 continuity; restore-now -> reinfection)
--   protect-backups keep-replication / call-vendor -> flag dr_tainted -> dr-encrypted
--                 (only where the attack was not contained)
--   ransom-response negotiate -> chat-leaked (recovery decision chat-fallout)
--   press-line maintenance -> flag misled -> misled-exposed (recovery decision correct-record)
--   continuity restore-now -> reinfection (recovery decision reinfection-response)
--   month-end-decision reopen-watch after anything but clean-rebuild -> recover -8 (hook)
--   province-report (the provinces): fewer than a third report-now -> the IT Centre gets
--                 silent-provinces (decision silent-provinces-response), otherwise
--                 provinces-reported (team:sector)
--
-- Full credit lasts 15 minutes where the leadership must approve (stolen-creds,
-- continuity, external-report, press-line, pdp-notify, restore-order, local-response,
-- correct-record, month-end-decision), 5 where minutes decide (triage, RDP, backups).

scenario {
  id = "ransomware-contributions",
  version = 1,
  title = {
    en = "Ransomware on the contributions and benefits database",
    vi = "Mã độc tống tiền tấn công cơ sở dữ liệu thu và chi trả",
  },
  description = {
    en = "A phishing email opened at a provincial office gives attackers the password of a service account that every unit shares. Within ninety minutes they reach the contributions and book/card database in the central data centre, tamper with backups, copy personal data and encrypt the servers. Teams must contain, preserve evidence, protect the last clean backup, report on time and restore the services that pensioners and employers depend on.",
    vi = "Một thư lừa đảo được mở tại BHXH tỉnh giúp kẻ tấn công lấy được mật khẩu của tài khoản dịch vụ dùng chung cho mọi đơn vị. Chưa đầy chín mươi phút sau, chúng đã vào tới cơ sở dữ liệu thu – sổ, thẻ tại Trung tâm dữ liệu, can thiệp vào hệ thống sao lưu, sao chép dữ liệu cá nhân và mã hóa máy chủ. Các đội phải ngăn chặn, bảo toàn chứng cứ, giữ được bản sao lưu sạch cuối cùng, báo cáo đúng hạn và khôi phục các dịch vụ mà người hưởng lương hưu và doanh nghiệp đang trông chờ.",
  },
  duration = "3:00",
  categories = {
    { "detect",      en = "Detect",      vi = "Phát hiện" },
    { "analyse",     en = "Analyse",     vi = "Phân tích" },
    { "contain",     en = "Contain",     vi = "Ngăn chặn" },
    { "eradicate",   en = "Eradicate",   vi = "Loại bỏ" },
    { "recover",     en = "Recover",     vi = "Khôi phục" },
    { "communicate", en = "Communicate", vi = "Thông báo, truyền thông" },
    { "coordinate",  en = "Coordinate",  vi = "Phối hợp" },
  },
  stages = {
    { "initial-access",   en = "Initial access",                vi = "Xâm nhập ban đầu" },
    { "foothold",         en = "Foothold and credential theft", vi = "Bám trụ và đánh cắp thông tin xác thực" },
    { "lateral-movement", en = "Lateral movement",              vi = "Di chuyển ngang" },
    { "exfiltration",     en = "Data exfiltration",             vi = "Đánh cắp dữ liệu" },
    { "impact",           en = "Impact",                        vi = "Gây tác động" },
    { "recovery",         en = "Recovery",                      vi = "Khôi phục" },
  },
  objectives = {
    { id = "first-report", category = "detect",
      text = { en = "Handle the first report as a probable compromise: isolate the workstation without destroying the evidence and warn the whole sector.",
               vi = "Xử lý báo cáo đầu tiên như một sự cố xâm nhập thực sự: cô lập máy trạm mà không làm mất chứng cứ và cảnh báo toàn Ngành." } },
    { id = "close-path", category = "contain",
      text = { en = "Find and close the path the attackers use: the shared service account and remote desktop from provincial networks to the data centre.",
               vi = "Tìm và chặn con đường kẻ tấn công sử dụng: tài khoản dịch vụ dùng chung và kết nối truy cập từ xa (RDP) từ mạng BHXH tỉnh vào Trung tâm dữ liệu." } },
    { id = "clean-restore", category = "recover",
      text = { en = "Keep the last clean backup out of the attackers' reach and restore services from clean systems, benefit payments first.",
               vi = "Giữ bản sao lưu sạch cuối cùng ngoài tầm với của kẻ tấn công và khôi phục dịch vụ trên hệ thống sạch, ưu tiên chi trả lương hưu và trợ cấp." } },
    { id = "report-on-time", category = "coordinate",
      text = { en = "Report on time to the leadership and, under Decision 05/2017/QĐ-TTg, to the national coordinator (Ministry of Public Security, A05), and send the personal-data breach notice within 72 hours of discovery (Law 91/2025/QH15).",
               vi = "Báo cáo đúng hạn Lãnh đạo Ngành và, theo Quyết định 05/2017/QĐ-TTg, cơ quan điều phối quốc gia (Bộ Công an, Cục A05); gửi thông báo vi phạm dữ liệu cá nhân trong 72 giờ kể từ khi phát hiện (Luật số 91/2025/QH15)." } },
    { id = "one-voice", category = "communicate",
      text = { en = "Speak to the press and the public with one accurate voice; do not contact, negotiate with or pay the attackers.",
               vi = "Thông tin với báo chí và người dân thống nhất, chính xác; không liên hệ, thương lượng hay trả tiền cho kẻ tấn công." } },
  },
}

------------------------------------------------------------------------------------------
-- Who decides what. A provincial office decides what happens in the office: its own
-- workstation and mailbox, its counters, the provincial police cyber unit (PA05) and the
-- People's Committee, and reporting up to the IT Centre on time. The IT Centre (the central
-- team) decides for the sector: sector-wide measures, the data centre, external reporting
-- and the press. Each inject and decision names the roles it is for (`roles =
-- { "central" }` or `{ "provincial" }`): the IT Centre has the roster role `central`, the
-- provinces `provincial` (scenarios/rosters/vss-provinces.csv). A team without a role gets
-- none of them, so every roster for this drill gives each team one; generated teams (`run
-- --teams`, `simulate`) take the two roles in turn, and each scenario test names the role
-- it plays. Where the IT Centre's path depends on what the provinces did, it asks
-- `team:sector(...)`, never a flag of another team.
------------------------------------------------------------------------------------------


------------------------------------------------------------------------------------------
-- T+0:05  Initial access: the report from the contributions division
------------------------------------------------------------------------------------------

local phish_report = inject {
  id = "phish-report",
  at = "0:05",
  stage = "initial-access",
  attack = "T1566.001",
  severity = "medium",
  from = { en = "Officer, contributions division (provincial office)", vi = "Cán bộ Phòng Quản lý thu, BHXH tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 08:10 — An officer opened a suspicious \"reconciliation\" attachment",
    vi = "Ngày 1, 08:10 — Cán bộ mở tệp đính kèm \"đối chiếu số liệu thu\" đáng ngờ",
  },
  body = {
    en = "08:10, Monday. An officer of the contributions division calls the IT desk. At 07:50 she opened an email from \"Ban Quản lý Thu – Sổ, thẻ\" (sender thu.bhxh@vss-gov[.]vn) titled \"URGENT: Q4 contributions reconciliation\". The ZIP attachment held a file called \"DoiChieu_QIV.pdf.lnk\"; when she double-clicked it a black window flashed and nothing opened. Her workstation is still on and connected to the network; she is signed in with her official account, which also opens the contributions and book/card (TST) application. The antivirus on the machine shows no alert; its licence expired in March.",
    vi = "08:10 sáng thứ Hai. Một cán bộ Phòng Quản lý thu gọi điện cho bộ phận CNTT: lúc 07:50 chị mở thư gửi từ \"Ban Quản lý Thu – Sổ, thẻ\" (địa chỉ thu.bhxh@vss-gov[.]vn) với tiêu đề \"KHẨN: đối chiếu số liệu thu quý IV\". Tệp nén đính kèm chứa tệp \"DoiChieu_QIV.pdf.lnk\"; khi nhấp đúp, một cửa sổ màu đen hiện lên rồi tắt, không có tài liệu nào mở ra. Máy trạm vẫn đang bật và kết nối mạng; chị đang đăng nhập bằng tài khoản công vụ, tài khoản này cũng dùng để vào phần mềm quản lý thu – sổ, thẻ (TST). Phần mềm diệt virus trên máy không cảnh báo gì; bản quyền của nó đã hết hạn từ tháng 3.",
  },
  notes = {
    en = "Rules this drill teaches (checked 30 November 2026; sources in scenarios/REFERENCES.md): Decision 05/2017/QĐ-TTg on incident reporting (report to the governing body, the specialised unit and the national coordinator; beyond your capacity, report at once and ask for support); the Law on Personal Data Protection 91/2025/QH15, Art. 23 (notify A05 within 72 hours of discovering a personal-data breach; it replaced Decree 13/2023/NĐ-CP, which counted from the breach itself); Decree 85/2016/NĐ-CP security levels. National incident coordination now sits with the Ministry of Public Security (A05, National Cyber Security Centre), no longer VNCERT/CC under the former Ministry of Information and Communications. Not verified: the Law's exact article wording (secondary sources only), the system's approved security level, and whether Decree 85 has a successor under the Cybersecurity Law 2025. Security level: the contributions database is treated as level 4 (assumption). Expected: treat this as a probable compromise, not a user mistake. Disconnect the host from the network without switching it off (memory holds the evidence), capture memory and disk, keep the original email with full headers, open an incident ticket and alert the central team so the mail gateway can be searched. Credit teams that ask what the account can reach (TST), notice the expired antivirus licence, and thank the officer rather than blame her: a fast report is the behaviour to encourage. Reinstalling the machine is the tempting wrong answer; it destroys the evidence needed to learn what was stolen.",
    vi = "Các quy định diễn tập này áp dụng (rà soát ngày 30/11/2026; nguồn tại scenarios/REFERENCES.md): Quyết định 05/2017/QĐ-TTg về báo cáo sự cố (báo cáo cơ quan chủ quản, đơn vị chuyên trách và cơ quan điều phối quốc gia; vượt quá khả năng xử lý thì báo cáo ngay và đề nghị hỗ trợ); Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 23 (thông báo A05 trong 72 giờ kể từ khi phát hiện vi phạm; thay thế Nghị định 13/2023/NĐ-CP vốn tính từ khi xảy ra vi phạm); cấp độ an toàn hệ thống thông tin theo Nghị định 85/2016/NĐ-CP. Việc điều phối ứng cứu sự cố quốc gia nay thuộc Bộ Công an (Cục A05, Trung tâm An ninh mạng quốc gia), không còn là VNCERT/CC thuộc Bộ Thông tin và Truyền thông trước đây. Chưa kiểm chứng được: câu chữ chính xác của Điều luật (mới có nguồn thứ cấp), cấp độ đã được phê duyệt của hệ thống, và việc Nghị định 85 đã có văn bản thay thế theo Luật An ninh mạng 2025 hay chưa. Cấp độ: cơ sở dữ liệu thu được coi là hệ thống cấp độ 4 (giả định). Kỳ vọng: coi đây là máy đã bị xâm nhập chứ không phải lỗi thao tác của người dùng. Ngắt máy khỏi mạng nhưng không tắt nguồn (bộ nhớ đang lưu chứng cứ), thu bản sao bộ nhớ và ổ đĩa, giữ nguyên thư gốc kèm tiêu đề đầy đủ, mở phiếu sự cố và báo đội ứng cứu sự cố của Trung tâm CNTT để rà soát hệ thống lọc thư. Ghi nhận đội nào hỏi tài khoản này truy cập được những gì (TST), để ý bản quyền diệt virus đã hết hạn, và cảm ơn thay vì đổ lỗi cho cán bộ: báo cáo nhanh là hành vi cần khuyến khích. Cài lại máy là phương án hấp dẫn nhưng sai, vì nó xóa mất chứng cứ cần thiết để biết kẻ tấn công đã lấy được gì.",
  },
  roles = { "provincial" },
}

decision {
  id = "triage-phish",
  objectives = { "first-report" },
  on = phish_report,
  roles = { "provincial" },
  within = "15m",
  prompt = {
    en = "Day 1, 08:10 — The officer is still on the line. What do you do first?",
    vi = "Ngày 1, 08:10 — Cán bộ vẫn đang chờ máy. Đội xử lý bước đầu như thế nào?",
  },
  options = {
    { id = "reimage",
      text = { en = "Have the local IT officer wipe and reinstall the workstation at once so she can process today's files.",
               vi = "Yêu cầu cán bộ CNTT tại chỗ xóa trắng và cài đặt lại máy ngay, để chị còn kịp xử lý hồ sơ trong ngày hôm nay." },
      score = { contain = 3, analyse = -8 },
      set = { evidence_lost = true },
      notes = { en = "Stops this host, but the evidence is gone; nobody will know which passwords were taken.", vi = "Dừng được máy này nhưng mất hết chứng cứ; sẽ không ai biết mật khẩu nào đã bị lấy." } },
    { id = "isolate-host",
      text = { en = "Unplug it but leave it on, keep the email, open a ticket and have the central team image it.",
               vi = "Rút cáp mạng nhưng để máy chạy, giữ nguyên thư, mở phiếu sự cố, nhờ đội Trung tâm sao chụp máy." },
      score = { detect = 4, analyse = 6, contain = 8 },
      notes = { en = "Contains the host and keeps the evidence; costs her the morning.", vi = "Vừa ngăn chặn vừa giữ chứng cứ; cái giá là chị mất buổi sáng làm việc." } },
    { id = "av-scan",
      text = { en = "Disconnect it, scan it with the offline antivirus from a USB stick and, if it is clean, reconnect it.",
               vi = "Ngắt mạng, quét bằng phần mềm diệt virus ngoại tuyến từ USB và nếu sạch thì kết nối lại." },
      score = { detect = 1, contain = 3 },
      triggers = { { "internal-phish", after = "20m" } },
      notes = { en = "Cautious, but the signatures are a year old: a clean scan proves little and the memory is lost on reconnecting.", vi = "Thận trọng, nhưng mẫu nhận diện đã cũ một năm: quét sạch không chứng minh được nhiều." } },
    { id = "delete-email",
      text = { en = "Tell her to delete the email and carry on; note it in the weekly report instead of opening an incident.",
               vi = "Hướng dẫn chị xóa thư và làm việc tiếp; ghi vào báo cáo tuần thay vì mở phiếu sự cố." },
      score = { detect = -5, communicate = -2 },
      triggers = { { "internal-phish", after = "20m" } },
      notes = { en = "Destroys the one piece of evidence in hand and leaves the attacker on the host.", vi = "Xóa mất chứng cứ duy nhất đang có và để kẻ tấn công tiếp tục nằm trên máy." } },
  },
  timeout = "delete-email",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:15  The same email across the sector
------------------------------------------------------------------------------------------

local mail_hits = inject {
  id = "mail-gateway-hits",
  at = "0:15",
  stage = "initial-access",
  attack = "T1566.001",
  severity = "medium",
  from = { en = "Email filtering system, IT Centre", vi = "Hệ thống lọc thư, Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 08:20 — 47 copies of the same email in 14 provincial units",
    vi = "Ngày 1, 08:20 — 47 thư cùng mẫu đã vào hộp thư của 14 BHXH tỉnh",
  },
  body = {
    en = "A search of the mail gateway for the sender domain vss-gov[.]vn finds 47 messages delivered between 07:30 and 08:05 to officers in 14 provincial units and two central departments, all with the same ZIP attachment. The proxy log shows that six workstations, including the one already reported, opened HTTPS connections to 198.51.100.23 within a minute of the email being opened.",
    vi = "Tra cứu trên hệ thống lọc thư theo tên miền gửi vss-gov[.]vn cho thấy 47 thư đã được chuyển tới cán bộ của 14 BHXH tỉnh và hai ban nghiệp vụ ở trung ương trong khoảng 07:30–08:05, tất cả cùng một tệp nén đính kèm. Nhật ký proxy ghi nhận sáu máy trạm, trong đó có máy đã được báo cáo, kết nối HTTPS tới địa chỉ 198.51.100.23 chỉ một phút sau khi thư được mở.",
  },
  notes = {
    en = "Expected: pull the message from every mailbox, block the sender domain and the address 198.51.100.23 at the gateway and firewalls, send an official alert with the indicators to every provincial unit through the sector's incident response network, and treat the five other workstations like the first one. Evaluator: this is a sector-wide campaign, not one careless user; a warning email alone leaves the six connections alive. Waiting for the monitoring contractor is the lapse in vigilance the Resolution describes.",
    vi = "Kỳ vọng: thu hồi thư khỏi mọi hộp thư, chặn tên miền gửi và địa chỉ 198.51.100.23 trên hệ thống lọc thư và tường lửa, gửi cảnh báo chính thức kèm dấu hiệu nhận biết (IOC) tới toàn bộ BHXH các tỉnh qua mạng lưới ứng cứu sự cố của Ngành, và xử lý năm máy trạm còn lại như máy đầu tiên. Đánh giá: đây là chiến dịch nhắm vào cả Ngành chứ không phải một người dùng sơ suất; chỉ gửi thư nhắc nhở thì sáu kết nối vẫn còn nguyên. Chờ nhà thầu giám sát xác nhận chính là sự thiếu cảnh giác mà Nghị quyết đã nêu.",
  },
  roles = { "central" },
}

decision {
  id = "mail-sweep",
  objectives = { "first-report" },
  on = mail_hits,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 08:20 — How do you handle the campaign across the sector?",
    vi = "Ngày 1, 08:20 — Đội xử lý chiến dịch thư lừa đảo trên toàn Ngành như thế nào?",
  },
  options = {
    { id = "warn-staff",
      text = { en = "Send all staff a warning not to open the message, and leave the mailboxes and workstations to each province.",
               vi = "Gửi thư nhắc toàn thể cán bộ không được mở thư này; còn việc xử lý hộp thư và máy trạm thì để từng tỉnh tự làm." },
      score = { communicate = 2, contain = 1 },
      notes = { en = "Useful but late: six machines already called out.", vi = "Có ích nhưng muộn: sáu máy đã kết nối ra ngoài." } },
    { id = "block-only",
      text = { en = "Block the domain and 198.51.100.23 and isolate the six workstations; warn the provinces once the contractor confirms.",
               vi = "Chặn tên miền và địa chỉ 198.51.100.23, cô lập sáu máy trạm; cảnh báo các tỉnh khi nhà thầu đã xác nhận." },
      score = { contain = 5, detect = 2, coordinate = -2 },
      notes = { en = "Avoids a false alarm, but the other provinces stay blind for hours.", vi = "Tránh báo động nhầm, nhưng các tỉnh khác không hay biết gì trong nhiều giờ." } },
    { id = "purge-block",
      text = { en = "Purge the message everywhere, block the domain and 198.51.100.23, isolate the six machines and alert every province.",
               vi = "Thu hồi thư khỏi mọi hộp thư, chặn tên miền và 198.51.100.23, cô lập sáu máy và cảnh báo tất cả các tỉnh." },
      score = { detect = 6, contain = 8, coordinate = 4 },
      notes = { en = "Closes the door sector-wide; a false alarm would have cost little.", vi = "Đóng cửa cho cả Ngành; nếu là báo động nhầm thì cái giá cũng nhỏ." } },
    { id = "wait-contractor",
      text = { en = "Wait for the monitoring contractor's verdict on the attachment, to avoid a sector-wide false alarm.",
               vi = "Chờ nhà thầu giám sát kết luận về tệp đính kèm để tránh báo động nhầm trên toàn Ngành." },
      score = { detect = -3, contain = -2 },
      notes = { en = "The evidence is already clear; waiting gives the attacker time.", vi = "Bằng chứng đã đủ rõ; chờ đợi chỉ cho kẻ tấn công thêm thời gian." } },
  },
  timeout = "wait-contractor",
  speed = { full = "5m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:25  The province reports up (provincial teams)
------------------------------------------------------------------------------------------

local province_check = inject {
  id = "province-check",
  at = "0:25",
  stage = "initial-access",
  severity = "medium",
  from = { en = "IT Centre, central incident response team", vi = "Đội ứng cứu sự cố, Trung tâm CNTT" },
  channel = "email",
  title = {
    en = "Day 1, 08:30 — The IT Centre wants every province's answer within 30 minutes",
    vi = "Ngày 1, 08:30 — Trung tâm CNTT yêu cầu các tỉnh báo cáo trong vòng 30 phút",
  },
  body = {
    en = "08:30. An official alert from the IT Centre asks every provincial office to report within 30 minutes: did the \"reconciliation\" email arrive, who opened it, which workstations called 198.51.100.23, and to keep those machines powered on. Your director would rather check every mailbox and report this afternoon, so that the figures sent up are complete.",
    vi = "08:30. Văn bản cảnh báo của Trung tâm CNTT yêu cầu BHXH các tỉnh báo cáo trong vòng 30 phút: thư \"đối chiếu số liệu thu\" có đến đơn vị không, ai đã mở, máy trạm nào đã kết nối tới 198.51.100.23, và giữ nguyên nguồn điện các máy đó. Giám đốc BHXH tỉnh muốn kiểm tra hết các hộp thư rồi chiều nay mới báo cáo cho đầy đủ số liệu.",
  },
  notes = {
    en = "Provincial teams. Expected: report on time with what is known, say what is still being checked, and send the rest later: Decision 05/2017/QĐ-TTg expects a unit to report at once and ask for help when an incident is beyond it, and the IT Centre cannot scope the sector without the provinces' answers. Evaluator: a complete report in the afternoon is a defensible instinct with a real cost; 'nothing found' without checking is the one to challenge.",
    vi = "Dành cho các đội cấp tỉnh. Kỳ vọng: báo cáo đúng hạn với những gì đã biết, nêu rõ phần đang kiểm tra và bổ sung sau: Quyết định 05/2017/QĐ-TTg yêu cầu đơn vị báo cáo ngay và đề nghị hỗ trợ khi sự cố vượt quá khả năng xử lý, và Trung tâm CNTT không thể xác định phạm vi cho cả Ngành nếu thiếu báo cáo của các tỉnh. Đánh giá: báo cáo đầy đủ vào buổi chiều là một lựa chọn có lý nhưng có cái giá thực sự; báo \"không phát hiện gì\" khi chưa kiểm tra là điều cần chất vấn.",
  },
  roles = { "provincial" },
}

decision {
  id = "province-report",
  objectives = { "first-report" },
  on = province_check,
  roles = { "provincial" },
  within = "20m",
  prompt = {
    en = "Day 1, 08:30 — What does the province send up, and when?",
    vi = "Ngày 1, 08:30 — BHXH tỉnh báo cáo gì lên Trung tâm, và khi nào?",
  },
  options = {
    { id = "report-now",
      text = { en = "Report within the 30 minutes with what is known, mark what is still being checked, send the rest by noon.",
               vi = "Báo cáo trong 30 phút với những gì đã biết, ghi rõ phần đang kiểm tra, gửi bổ sung trước buổi trưa." },
      score = { coordinate = 6, detect = 3 },
      notes = { en = "On time and honest about the gaps.", vi = "Đúng hạn và minh bạch về phần chưa rõ." } },
    { id = "check-first",
      text = { en = "Check every mailbox and workstation first and report this afternoon, so that the figures sent up are complete.",
               vi = "Kiểm tra hết mọi hộp thư và máy trạm trước rồi chiều nay mới báo cáo, để số liệu gửi lên Trung tâm được đầy đủ." },
      score = { detect = 3, coordinate = -2 },
      notes = { en = "Thorough, but the IT Centre scopes the sector blind until then.", vi = "Kỹ lưỡng, nhưng tới lúc đó Trung tâm phải xác định phạm vi mà không có thông tin." } },
    { id = "nothing-found",
      text = { en = "Report 'nothing found' now, since no one in the office has complained, and check again if asked.",
               vi = "Báo cáo \"không phát hiện gì\" ngay vì chưa ai trong cơ quan phản ánh, khi được hỏi thì kiểm tra lại." },
      score = { coordinate = -4, detect = -3 },
      notes = { en = "A report nobody checked misleads the whole sector.", vi = "Báo cáo không qua kiểm tra sẽ làm sai lệch nhận định của cả Ngành." } },
  },
  timeout = "check-first",
  speed = { full = "5m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:50  What the provinces reported decides what the IT Centre faces (team:sector)
------------------------------------------------------------------------------------------

-- Fewer than a third of the provinces reported within the 30 minutes (or none took part).
local function few_reported(team)
  local n, of = team:sector("provincial", "province-report", "report-now")
  return of == 0 or n * 3 < of
end

local silent_provinces = inject {
  id = "silent-provinces",
  roles = { "central" },
  at = "0:50",
  stage = "initial-access",
  severity = "high",
  from = { en = "Duty officer, IT Centre", vi = "Cán bộ trực, Trung tâm CNTT" },
  channel = "ticket",
  title = {
    en = "Day 1, 08:55 — Fewer than a third of the provinces have answered the 08:30 alert",
    vi = "Ngày 1, 08:55 — Chưa đến một phần ba số tỉnh trả lời cảnh báo lúc 08:30",
  },
  body = {
    en = "08:55. The 30-minute deadline is almost up and fewer than a third of the provinces have reported. Most of the others say they will send complete figures this afternoon; some have not answered at all. The mail gateway shows the email reached 14 units, so the real scope is unknown. The Director of the IT Centre asks whether to report to A05 now or wait for the full picture.",
    vi = "08:55. Hạn 30 phút sắp hết nhưng chưa đến một phần ba số tỉnh gửi báo cáo. Phần lớn các tỉnh còn lại hẹn chiều nay gửi số liệu đầy đủ; một số tỉnh chưa trả lời. Hệ thống lọc thư cho thấy thư đã tới 14 đơn vị, nên chưa rõ phạm vi thực tế. Giám đốc Trung tâm CNTT hỏi nên báo cáo Cục A05 ngay hay chờ đủ thông tin.",
  },
  notes = {
    en = "Reached only by the IT Centre, and only when fewer than a third of the provinces chose to report within the 30 minutes (team:sector on province-report). Expected: report now with what is known and say the scope is incomplete (Decision 05/2017/QĐ-TTg: report at once and ask for support when beyond capacity), while chasing the silent provinces. Evaluator: a central sweep of the mailboxes is a defensible alternative with a delay; waiting for the afternoon lets the attack run unreported.",
    vi = "Chỉ đội Trung tâm CNTT nhận được, và chỉ khi chưa đến một phần ba số tỉnh chọn báo cáo trong 30 phút (team:sector trên quyết định province-report). Kỳ vọng: báo cáo ngay với những gì đã biết, nói rõ phạm vi chưa đầy đủ (Quyết định 05/2017/QĐ-TTg: báo cáo ngay và đề nghị hỗ trợ khi vượt quá khả năng), đồng thời đôn đốc các tỉnh chưa trả lời. Đánh giá: Trung tâm tự rà soát hộp thư của các tỉnh là phương án có lý nhưng chậm hơn; chờ đến chiều là để cuộc tấn công diễn ra mà không ai được báo cáo.",
  },
  when = few_reported,
}

decision {
  id = "silent-provinces-response",
  objectives = { "report-on-time" },
  on = silent_provinces,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 08:55 — Most provinces have not reported yet. What does the IT Centre do?",
    vi = "Ngày 1, 08:55 — Phần lớn các tỉnh chưa báo cáo. Trung tâm CNTT làm gì?",
  },
  options = {
    { id = "report-gaps",
      text = { en = "Report to A05 now with what is known, say which provinces are silent, and phone each of them.",
               vi = "Báo cáo Cục A05 ngay với những gì đã biết, nêu các tỉnh chưa báo cáo và gọi điện đôn đốc từng tỉnh." },
      score = { coordinate = 6, detect = 2 },
      notes = { en = "On time, honest about the gaps, and the silent provinces are chased.", vi = "Đúng hạn, minh bạch phần chưa rõ, và các tỉnh chưa báo cáo được đôn đốc." } },
    { id = "central-sweep",
      text = { en = "Search every province's mailboxes and proxy logs from the centre, then report to A05 with the result.",
               vi = "Trung tâm tự rà soát hộp thư và nhật ký proxy của tất cả các tỉnh, có kết quả rồi mới báo cáo Cục A05." },
      score = { detect = 5, coordinate = 1 },
      notes = { en = "Finds the scope without waiting for the provinces; the report leaves an hour later.", vi = "Tìm ra phạm vi mà không phải chờ các tỉnh; báo cáo đi muộn hơn một giờ." } },
    { id = "wait-afternoon",
      text = { en = "Wait for the provinces' complete figures this afternoon, so that the first report to A05 is accurate.",
               vi = "Chờ số liệu đầy đủ của các tỉnh vào chiều nay để báo cáo đầu tiên gửi Cục A05 được chính xác." },
      score = { coordinate = -4, analyse = 1 },
      notes = { en = "Accurate, and hours late: the incident is beyond one province already.", vi = "Chính xác nhưng chậm hàng giờ: sự cố đã vượt ra ngoài một tỉnh." } },
  },
  timeout = "wait-afternoon",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

inject {
  id = "provinces-reported",
  roles = { "central" },
  at = "0:50",
  stage = "initial-access",
  severity = "medium",
  from = { en = "Duty officer, IT Centre", vi = "Cán bộ trực, Trung tâm CNTT" },
  channel = "ticket",
  title = {
    en = "Day 1, 08:55 — A third or more of the provinces answered the 08:30 alert on time",
    vi = "Ngày 1, 08:55 — Từ một phần ba số tỉnh trở lên trả lời cảnh báo lúc 08:30 đúng hạn",
  },
  body = {
    en = "08:55. The provinces' answers are in: the email reached 14 units, it was opened in three, and those workstations are powered on and off the network. The picture is good enough to scope the sector and to brief A05.",
    vi = "08:55. Các tỉnh đã báo cáo: thư đã tới 14 đơn vị, được mở tại ba đơn vị, các máy trạm đó vẫn bật nguồn và đã ngắt mạng. Thông tin đủ để xác định phạm vi trong toàn Ngành và báo cáo Cục A05.",
  },
  notes = {
    en = "Reached by the IT Centre when a third or more of the provinces reported within the 30 minutes (team:sector). No decision: it shows the IT Centre what on-time provincial reports buy.",
    vi = "Đội Trung tâm CNTT nhận được khi từ một phần ba số tỉnh trở lên báo cáo trong 30 phút (team:sector). Không có quyết định: cho Trung tâm thấy giá trị của việc các tỉnh báo cáo đúng hạn.",
  },
  when = function(team) return not few_reported(team) end,
}

------------------------------------------------------------------------------------------
-- Branch (weak triage): the compromised mailbox phishes colleagues
------------------------------------------------------------------------------------------

local internal_phish = inject {
  id = "internal-phish",
  stage = "foothold",
  attack = "T1534",
  severity = "high",
  from = { en = "Chief accountant, provincial office", vi = "Kế toán trưởng, BHXH tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 08:30 — The officer's own mailbox is sending the attachment to colleagues",
    vi = "Ngày 1, 08:30 — Hộp thư của chính cán bộ đó đang gửi tệp độc hại cho đồng nghiệp",
  },
  body = {
    en = "The chief accountant calls: she and two colleagues received \"the reconciliation file you asked for\" from the contributions officer's real official address, and the two colleagues opened it. The officer says she sent nothing. A check of her mailbox shows a new rule forwarding every incoming message to an outside Gmail address, created at 08:02.",
    vi = "Kế toán trưởng gọi điện: chị và hai đồng nghiệp nhận được \"tệp đối chiếu như đã đề nghị\" từ đúng địa chỉ thư công vụ của cán bộ Phòng Quản lý thu, và hai đồng nghiệp đã mở tệp. Cán bộ kia khẳng định không gửi gì. Kiểm tra hộp thư của chị thấy một quy tắc mới, tạo lúc 08:02, tự động chuyển tiếp mọi thư đến tới một địa chỉ Gmail bên ngoài.",
  },
  notes = {
    en = "Reached only by teams that scanned with the expired antivirus or had the email deleted. Expected now: disable the account and reset its password with a second factor, remove the forwarding rule (after exporting it as evidence), isolate the three workstations, review sign-ins and search other mailboxes for similar rules. Evaluator: point out that the earlier choice let the attacker keep the host and the official account; misuse of official accounts by an intruder is exactly what the sector's SOP is meant to prevent.",
    vi = "Chỉ xuất hiện với đội đã quét bằng phần mềm diệt virus hết hạn hoặc cho xóa thư. Kỳ vọng lúc này: khóa tài khoản và đặt lại mật khẩu kèm xác thực hai yếu tố, xóa quy tắc chuyển tiếp (sau khi xuất ra làm chứng cứ), cô lập ba máy trạm, rà soát lịch sử đăng nhập và tìm quy tắc tương tự trong các hộp thư khác. Đánh giá: chỉ ra rằng lựa chọn trước đó đã để kẻ tấn công giữ được cả máy lẫn tài khoản công vụ; tài khoản công vụ bị kẻ xâm nhập lợi dụng chính là điều quy trình của Ngành cần ngăn chặn.",
  },
  roles = { "provincial" },
}

decision {
  id = "internal-phish-response",
  objectives = { "first-report" },
  on = internal_phish,
  roles = { "provincial" },
  within = "15m",
  prompt = {
    en = "Day 1, 08:30 — The officer's account is being used by someone else. What now?",
    vi = "Ngày 1, 08:30 — Tài khoản của cán bộ đang bị người khác sử dụng. Đội làm gì?",
  },
  options = {
    { id = "reset-password",
      text = { en = "Reset her password and remove the forwarding rule now; check the three workstations after counter hours.",
               vi = "Đặt lại mật khẩu và xóa quy tắc chuyển tiếp ngay; kiểm tra ba máy trạm sau giờ tiếp dân." },
      score = { contain = 3, recover = 1 },
      notes = { en = "Stops the mail leak and keeps the counter open; the three machines stay live until evening.", vi = "Chặn được rò rỉ thư và giữ bộ phận một cửa hoạt động; ba máy trạm vẫn mở tới tối." } },
    { id = "contain-now",
      text = { en = "Disable the account, remove the rule, reset it with a second factor, isolate the three machines.",
               vi = "Khóa tài khoản, xóa quy tắc chuyển tiếp, đặt lại mật khẩu kèm xác thực hai yếu tố, cô lập ba máy." },
      score = { contain = 6, analyse = 3 },
      notes = { en = "The right moves, one step behind the attacker; the counter loses three machines.", vi = "Đúng việc, nhưng đã chậm hơn kẻ tấn công một bước; bộ phận một cửa mất ba máy." } },
    { id = "keep-watching",
      text = { en = "Leave the account active for an hour and follow where the forwarded mail goes, to learn who is behind it.",
               vi = "Để tài khoản tiếp tục hoạt động thêm một giờ và theo dõi xem thư bị chuyển đi đâu, để biết ai đứng đằng sau." },
      score = { contain = -4, analyse = 1 },
      notes = { en = "Watching needs people and a plan, and there are neither; mail keeps leaving.", vi = "Muốn theo dõi phải có người và kế hoạch, mà ở đây đều không có; thư vẫn tiếp tục bị chuyển ra ngoài." } },
  },
  timeout = "keep-watching",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (good triage): the memory image reveals the stolen service account
------------------------------------------------------------------------------------------

local forensic_image = inject {
  id = "forensic-image",
  roles = { "central" },
  at = "0:30",
  stage = "foothold",
  attack = "T1003.001",
  severity = "high",
  from = { en = "Forensic analyst, central incident response team", vi = "Chuyên viên điều tra số, đội ứng cứu sự cố Trung tâm CNTT" },
  channel = "chat",
  title = {
    en = "Day 1, 08:35 — Memory image: LSASS dumped, service account exposed",
    vi = "Ngày 1, 08:35 — Bản sao bộ nhớ: bộ nhớ LSASS bị kết xuất, lộ tài khoản dịch vụ",
  },
  body = {
    en = "The memory image of the isolated workstation shows a loader injected into explorer.exe, a dump of the LSASS process taken at 07:58, and a beacon to 198.51.100.23 every 60 seconds until the cable was pulled. Among the cached credentials is svc_dongbo_thu, the local account that provincial servers use to synchronise contribution data with the central database. By the original deployment guide it has the same password on the servers of all 34 provincial units and in the data centre, and that password has not changed since 2019.",
    vi = "Bản sao bộ nhớ của máy trạm đã cô lập cho thấy một trình tải mã độc (loader) được tiêm vào tiến trình explorer.exe, bộ nhớ tiến trình LSASS bị kết xuất (dump) lúc 07:58, và máy liên lạc với 198.51.100.23 mỗi 60 giây cho tới lúc rút cáp. Trong số thông tin xác thực còn lưu có tài khoản svc_dongbo_thu, tài khoản cục bộ mà máy chủ của BHXH tỉnh dùng để đồng bộ dữ liệu thu về cơ sở dữ liệu trung tâm. Theo tài liệu triển khai ban đầu, tài khoản này có cùng một mật khẩu trên máy chủ của cả 34 BHXH tỉnh và tại Trung tâm dữ liệu, và mật khẩu đó chưa hề được đổi từ năm 2019.",
  },
  notes = {
    en = "Reached by teams that preserved the workstation. The finding is the turning point: one shared password opens every unit and the data centre. Expected: rotate the account everywhere now (unique passwords per server), restrict where it may log on, block remote desktop from provincial networks to the data centre, and hunt for its recent use. Evaluator: waiting for the weekend window to protect the month-end sync is the trap; a short sync outage costs far less than the data centre. Discuss why the shared password survived six years: SOP compliance and staffing.",
    vi = "Chỉ xuất hiện với đội đã giữ nguyên máy trạm. Phát hiện này là bước ngoặt: một mật khẩu dùng chung mở được mọi đơn vị và cả Trung tâm dữ liệu. Kỳ vọng: đổi mật khẩu tài khoản này ở mọi nơi ngay lập tức (mỗi máy chủ một mật khẩu riêng), giới hạn nơi được phép đăng nhập, chặn truy cập từ xa (RDP) từ mạng BHXH tỉnh vào Trung tâm dữ liệu và truy vết các lần sử dụng gần đây. Đánh giá: chờ đến kỳ bảo trì cuối tuần để không ảnh hưởng đồng bộ cuối tháng là cái bẫy; gián đoạn đồng bộ một lúc rẻ hơn rất nhiều so với mất Trung tâm dữ liệu. Thảo luận vì sao mật khẩu dùng chung tồn tại suốt sáu năm: việc tuân thủ quy trình và thiếu nhân lực.",
  },
}

decision {
  id = "stolen-creds",
  objectives = { "close-path" },
  on = forensic_image,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 08:35 — svc_dongbo_thu is in the attackers' hands. What do you do with it?",
    vi = "Ngày 1, 08:35 — Tài khoản svc_dongbo_thu đã rơi vào tay kẻ tấn công. Đội xử lý thế nào?",
  },
  options = {
    { id = "wait-window",
      text = { en = "Change it in the weekend window, so that the month-end contribution sync due in three days is not disrupted.",
               vi = "Đổi mật khẩu vào kỳ bảo trì cuối tuần để không ảnh hưởng việc đồng bộ dữ liệu thu cuối tháng trong ba ngày tới." },
      score = { contain = -4, coordinate = 1 },
      notes = { en = "Puts the calendar ahead of a live intrusion.", vi = "Đặt lịch nghiệp vụ lên trên một cuộc xâm nhập đang diễn ra." } },
    { id = "rotate-one",
      text = { en = "Change it only on the server of the province where the email was opened, where the theft is known.",
               vi = "Chỉ đổi mật khẩu trên máy chủ của tỉnh có cán bộ mở thư, nơi đã biết chắc bị đánh cắp." },
      score = { contain = 2 },
      notes = { en = "The same password still opens 33 other units and the data centre.", vi = "Mật khẩu cũ vẫn mở được 33 đơn vị khác và Trung tâm dữ liệu." } },
    { id = "rotate-dc",
      text = { en = "Rotate it now on the data-centre servers and block RDP from the provinces; rotate the 34 provinces tonight.",
               vi = "Đổi ngay trên các máy chủ Trung tâm dữ liệu và chặn RDP từ các tỉnh; đổi ở 34 tỉnh trong đêm nay." },
      score = { contain = 7, eradicate = 2 },
      set = { contained = true },
      notes = { en = "Protects the database without stopping the sync; the provinces stay exposed for a day.", vi = "Bảo vệ được cơ sở dữ liệu mà không dừng đồng bộ; các tỉnh vẫn bị hở thêm một ngày." } },
    { id = "rotate-all",
      text = { en = "Rotate it now on all 35 servers with unique passwords and block RDP; month-end sync stops for four hours.",
               vi = "Đổi ngay trên cả 35 máy chủ, mỗi máy một mật khẩu, chặn RDP; việc đồng bộ cuối tháng dừng khoảng bốn giờ." },
      score = { contain = 10, eradicate = 6 },
      set = { contained = true },
      notes = { en = "Takes the key away everywhere; the leadership must accept a sync outage at month-end.", vi = "Lấy lại chìa khóa ở mọi nơi; Lãnh đạo phải chấp nhận dừng đồng bộ đúng dịp cuối tháng." } },
  },
  timeout = "wait-window",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:40  Lateral movement into the data centre
------------------------------------------------------------------------------------------

local rdp_alert = inject {
  id = "rdp-alert",
  at = "0:40",
  stage = "lateral-movement",
  attack = "T1021.001",
  severity = "high",
  from = { en = "Security monitoring (SOC), IT Centre", vi = "Bộ phận giám sát an toàn thông tin (SOC), Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 08:45 — Remote desktop from a provincial subnet into three data-centre servers",
    vi = "Ngày 1, 08:45 — Kết nối RDP từ mạng BHXH tỉnh vào ba máy chủ tại Trung tâm dữ liệu",
  },
  body = {
    en = "The SIEM correlates remote desktop logons between 08:14 and 08:22 from another workstation in the provincial office's subnet to three servers in the data centre: the application server TST-APP-02, the database server DB-THU-01 and the backup server BK-01, all with the account svc_dongbo_thu. On DB-THU-01 a new local account \"hotro_it\" has been added to the Administrators group.",
    vi = "Hệ thống SIEM tương quan được các phiên đăng nhập RDP trong khoảng 08:14–08:22 từ một máy trạm khác trong dải mạng của BHXH tỉnh tới ba máy chủ tại Trung tâm dữ liệu: máy chủ ứng dụng TST-APP-02, máy chủ cơ sở dữ liệu DB-THU-01 và máy chủ sao lưu BK-01, đều bằng tài khoản svc_dongbo_thu. Trên DB-THU-01 vừa xuất hiện tài khoản cục bộ mới \"hotro_it\" thuộc nhóm Administrators.",
  },
  notes = {
    en = "Expected: block remote desktop from provincial subnets at the data-centre firewall, disable (do not delete) hotro_it and svc_dongbo_thu on the three servers, collect their event logs, and hunt for the same indicators across the data centre. Teams that already rotated the account should recognise that these logons predate the rotation and that hotro_it is the attacker's way back in. Evaluator: deleting the new account destroys evidence and leaves the stolen password working; shutting every server down stops national services and wipes memory evidence; asking the province first costs the time the attacker needs.",
    vi = "Kỳ vọng: chặn RDP từ các dải mạng BHXH tỉnh trên tường lửa Trung tâm dữ liệu, vô hiệu hóa (không xóa) tài khoản hotro_it và svc_dongbo_thu trên ba máy chủ, thu thập nhật ký sự kiện, truy vết cùng dấu hiệu trên toàn Trung tâm dữ liệu. Đội đã đổi mật khẩu cần nhận ra các phiên này diễn ra trước khi đổi, và hotro_it là cửa hậu để kẻ tấn công quay lại. Đánh giá: xóa tài khoản mới là xóa chứng cứ trong khi mật khẩu bị lộ vẫn dùng được; tắt toàn bộ máy chủ làm dừng dịch vụ trên cả nước và mất chứng cứ trong bộ nhớ; hỏi lại tỉnh trước khi hành động là trao cho kẻ tấn công đúng khoảng thời gian chúng cần.",
  },
  roles = { "central" },
}

decision {
  id = "rdp-response",
  objectives = { "close-path" },
  on = rdp_alert,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 08:45 — The attacker is inside the data centre. Your move?",
    vi = "Ngày 1, 08:45 — Kẻ tấn công đã vào tới Trung tâm dữ liệu. Đội hành động thế nào?",
  },
  options = {
    { id = "block-hunt",
      text = { en = "Block RDP from the provinces, disable hotro_it and svc_dongbo_thu, keep the logs and hunt.",
               vi = "Chặn RDP từ các tỉnh, vô hiệu hóa hotro_it và svc_dongbo_thu, giữ nhật ký và truy vết." },
      score = { contain = 8, detect = 4, analyse = 4 },
      set = { contained = true },
      notes = { en = "Cuts the path and keeps the evidence.", vi = "Cắt đứt đường đi mà vẫn giữ được chứng cứ." } },
    { id = "delete-account",
      text = { en = "Delete hotro_it and keep the servers running under watch, so national services are not interrupted.",
               vi = "Xóa tài khoản hotro_it và để máy chủ chạy dưới giám sát để dịch vụ toàn quốc không bị gián đoạn." },
      score = { contain = 3, analyse = -2 },
      notes = { en = "The stolen service account still works, and the new account's trail is gone.", vi = "Tài khoản dịch vụ bị lộ vẫn dùng được, còn dấu vết của tài khoản mới thì đã mất." } },
    { id = "ask-province",
      text = { en = "First ask the provincial office whether its IT staff made these logons, before cutting every province off.",
               vi = "Hỏi BHXH tỉnh trước xem có phải cán bộ CNTT của tỉnh đăng nhập không, rồi mới cắt kết nối của mọi tỉnh." },
      score = { coordinate = 1, contain = -3 },
      notes = { en = "A fair question, but after containment: new admin accounts are not routine.", vi = "Câu hỏi hợp lý, nhưng phải sau khi ngăn chặn: tạo tài khoản quản trị mới không phải việc thường ngày." } },
    { id = "pull-servers",
      text = { en = "Take the three servers off the network now, services included, and image them before anyone touches them.",
               vi = "Ngắt ngay ba máy chủ khỏi mạng, chấp nhận dừng dịch vụ, và sao chụp ổ đĩa trước khi ai động vào." },
      score = { contain = 6, analyse = 2, recover = -3 },
      set = { contained = true },
      notes = { en = "Contains and keeps the evidence, at the price of a national outage at month-end.", vi = "Ngăn chặn và giữ chứng cứ, nhưng phải trả giá bằng việc dừng dịch vụ toàn quốc đúng dịp cuối tháng." } },
  },
  timeout = "ask-province",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:55  Backups under attack
------------------------------------------------------------------------------------------

local backup_tamper = inject {
  id = "backup-tamper",
  at = "0:55",
  stage = "impact",
  attack = "T1490",
  severity = "high",
  from = { en = "Backup system, IT Centre", vi = "Hệ thống sao lưu, Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 09:00 — Backup retention set to zero; shadow copies deleted",
    vi = "Ngày 1, 09:00 — Thời gian lưu giữ bản sao lưu bị đặt về 0; bản sao ẩn bị xóa",
  },
  body = {
    en = "The backup system's morning check flags that at 08:21, during the same remote-desktop session, someone signed in to the backup console on BK-01 and set the retention of the DB-THU-01 backup set to 0 days; the Windows shadow copies on TST-APP-02 and DB-THU-01 were deleted a minute later. The next scheduled replication to the disaster-recovery site runs at 09:20. The last offline copy is Saturday's tape. The support contract for the backup software lapsed last year, so the vendor will only help against a new purchase order.",
    vi = "Báo cáo kiểm tra buổi sáng của hệ thống sao lưu cho thấy lúc 08:21, trong cùng phiên RDP nói trên, có người đăng nhập bảng điều khiển sao lưu trên BK-01 và đặt thời gian lưu giữ bộ sao lưu của DB-THU-01 về 0 ngày; một phút sau các bản sao ẩn (shadow copy) trên TST-APP-02 và DB-THU-01 bị xóa. Lần sao chép dữ liệu tiếp theo sang trung tâm dữ liệu dự phòng theo lịch sẽ chạy lúc 09:20. Bản sao lưu ngoại tuyến gần nhất là băng từ hôm thứ Bảy. Hợp đồng hỗ trợ kỹ thuật phần mềm sao lưu đã hết hạn từ năm ngoái, nên nhà cung cấp chỉ hỗ trợ khi có đơn đặt hàng mới.",
  },
  notes = {
    en = "Classic pre-encryption step: remove the way back. Expected: take the backup server and the replication link to the disaster-recovery site offline, secure Saturday's tape physically, change every backup-console credential, and verify that the DR copy is still clean. Evaluator: letting replication run 'to keep DR fresh' will copy encrypted or wiped data over the last good copy. The lapsed support contract is one of the weaknesses the Resolution names; note it for the improvement plan.",
    vi = "Bước điển hình trước khi mã hóa: cắt đường lui của nạn nhân. Kỳ vọng: ngắt máy chủ sao lưu và đường sao chép sang trung tâm dữ liệu dự phòng, cất giữ an toàn băng từ thứ Bảy, đổi toàn bộ thông tin xác thực của bảng điều khiển sao lưu, kiểm tra bản dự phòng còn sạch. Đánh giá: để lịch sao chép chạy \"cho bản dự phòng mới nhất\" sẽ ghi đè dữ liệu đã bị mã hóa hoặc xóa lên bản tốt cuối cùng. Hợp đồng hỗ trợ hết hạn là một trong những điểm yếu Nghị quyết đã chỉ ra; ghi lại cho kế hoạch khắc phục.",
  },
  roles = { "central" },
}

decision {
  id = "protect-backups",
  objectives = { "clean-restore" },
  on = backup_tamper,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 09:00 — Replication runs at 09:20. What do you do with the backups?",
    vi = "Ngày 1, 09:00 — Lịch sao chép sẽ chạy lúc 09:20. Đội xử lý hệ thống sao lưu thế nào?",
  },
  options = {
    { id = "call-vendor",
      text = { en = "Call the backup vendor and change nothing until they advise: a wrong move could corrupt the catalogue.",
               vi = "Gọi nhà cung cấp phần mềm sao lưu và không thay đổi gì cho tới khi có hướng dẫn: thao tác sai có thể hỏng danh mục sao lưu." },
      score = { coordinate = 1, recover = -3 },
      set = { dr_tainted = true },
      notes = { en = "Without a contract the vendor needs days; replication runs in minutes.", vi = "Không có hợp đồng thì nhà cung cấp cần vài ngày; lịch sao chép chỉ còn vài phút." } },
    { id = "pause-replication",
      text = { en = "Suspend only the 09:20 replication job, keep BK-01 online for tonight's backups and check the DR copy.",
               vi = "Chỉ tạm dừng lịch sao chép 09:20, giữ BK-01 hoạt động cho bản sao lưu đêm nay và kiểm tra bản dự phòng." },
      score = { recover = 5, contain = 1 },
      notes = { en = "Saves the DR copy; the attacker can still reach the backup console.", vi = "Giữ được bản dự phòng; kẻ tấn công vẫn vào được bảng điều khiển sao lưu." } },
    { id = "isolate-backups",
      text = { en = "Take BK-01 and the DR link offline, lock Saturday's tape away, change the console passwords.",
               vi = "Ngắt BK-01 và đường sao chép dự phòng, cất giữ băng từ thứ Bảy, đổi mật khẩu bảng điều khiển." },
      score = { recover = 10, contain = 4 },
      notes = { en = "Protects the way back; tonight's backups will not run.", vi = "Giữ được đường lui; bản sao lưu đêm nay sẽ không chạy." } },
    { id = "keep-replication",
      text = { en = "Let the 09:20 replication run so that the disaster-recovery copy also holds this morning's declarations.",
               vi = "Để lịch sao chép 09:20 chạy bình thường để bản dự phòng có cả hồ sơ kê khai sáng nay." },
      score = { recover = -6 },
      set = { dr_tainted = true },
      notes = { en = "Overwrites the good copy with whatever the attacker leaves behind.", vi = "Ghi đè bản tốt bằng những gì kẻ tấn công để lại." } },
  },
  timeout = "keep-replication",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:05  Exfiltration
------------------------------------------------------------------------------------------

local exfil = inject {
  id = "exfil-spike",
  at = "1:05",
  stage = "exfiltration",
  attack = "T1567.002",
  severity = "high",
  from = { en = "Network operations, data centre", vi = "Bộ phận vận hành mạng, Trung tâm dữ liệu" },
  channel = "siem",
  title = {
    en = "Day 1, 09:10 — 41 GB sent from DB-THU-01 to a cloud storage service",
    vi = "Ngày 1, 09:10 — 41 GB dữ liệu từ DB-THU-01 được gửi lên dịch vụ lưu trữ đám mây",
  },
  body = {
    en = "The flow collector's hourly report, read only now, shows 41 GB leaving DB-THU-01 between 08:16 and 08:29 (before any containment could take effect) to a public cloud storage service, sent by a process named rclone.exe that no one installed. DB-THU-01 holds contribution histories, salary bases for contributions, citizen ID numbers, addresses, phone numbers and the bank accounts used for benefit payments.",
    vi = "Báo cáo định kỳ hằng giờ của hệ thống thu thập luồng mạng, đến giờ mới được xem, cho thấy 41 GB đã rời DB-THU-01 trong khoảng 08:16–08:29 (trước khi mọi biện pháp ngăn chặn kịp có hiệu lực) tới một dịch vụ lưu trữ đám mây công cộng, do tiến trình rclone.exe gửi đi, không ai cài đặt tiến trình này. DB-THU-01 chứa quá trình đóng BHXH, mức tiền lương làm căn cứ đóng, số định danh cá nhân, địa chỉ, số điện thoại và số tài khoản ngân hàng dùng để chi trả chế độ.",
  },
  notes = {
    en = "Expected: block the destination, preserve flow records and server logs, and start a personal-data breach assessment at once: which data, how many people, which provinces. Bank accounts and health-insurance data are sensitive personal data, and under the Law on Personal Data Protection (91/2025/QH15, Art. 23) the 72-hour clock for notifying A05 starts now, at discovery, not at the end of the investigation. Evaluator: 'it is probably the offsite backup' is the comfortable assumption to challenge: nobody installed rclone.",
    vi = "Kỳ vọng: chặn địa chỉ đích, lưu giữ dữ liệu luồng mạng và nhật ký máy chủ, bắt đầu ngay việc đánh giá vi phạm dữ liệu cá nhân: dữ liệu gì, bao nhiêu người, những tỉnh nào. Thông tin tài khoản ngân hàng và dữ liệu về sức khỏe, bảo hiểm y tế là dữ liệu cá nhân nhạy cảm, và theo Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15, Điều 23) thời hạn 72 giờ để thông báo A05 tính từ lúc này, khi phát hiện vi phạm, chứ không phải từ khi điều tra xong. Đánh giá: giả định \"chắc là tiến trình sao lưu ra ngoài\" là giả định dễ dãi cần phản biện: không ai cài rclone.",
  },
  roles = { "central" },
}

decision {
  id = "exfil-response",
  on = exfil,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 09:10 — Data is leaving the database. What do you do?",
    vi = "Ngày 1, 09:10 — Dữ liệu đang bị chuyển ra khỏi cơ sở dữ liệu. Đội làm gì?",
  },
  options = {
    { id = "block-only",
      text = { en = "Block the destination and stop rclone now; leave the personal-data question until the intrusion is contained.",
               vi = "Chặn địa chỉ đích và dừng rclone ngay; để câu hỏi về dữ liệu cá nhân tới khi ngăn chặn xong cuộc xâm nhập." },
      score = { contain = 5, communicate = -1 },
      notes = { en = "Stops the leak; the 72-hour clock runs while nobody assesses it.", vi = "Chặn được rò rỉ; thời hạn 72 giờ vẫn trôi trong khi chưa ai đánh giá." } },
    { id = "assume-backup",
      text = { en = "Treat it as the offsite backup job until the database team confirms; blocking it could break the real backup.",
               vi = "Coi đây là tác vụ sao lưu ra ngoài cho tới khi nhóm cơ sở dữ liệu xác nhận; chặn nhầm có thể làm hỏng sao lưu thật." },
      score = { detect = -5 },
      notes = { en = "Nobody installed rclone; the data keeps flowing.", vi = "Không ai cài rclone; dữ liệu vẫn tiếp tục bị chuyển đi." } },
    { id = "block-assess",
      text = { en = "Block the destination, keep the flow records and logs, and assess the breach: which data, whose.",
               vi = "Chặn địa chỉ đích, lưu dữ liệu luồng mạng và nhật ký, đánh giá vi phạm: dữ liệu gì, của ai." },
      score = { contain = 6, analyse = 6, communicate = 2 },
      set = { breach_assessed = true },
      notes = { en = "Stops the leak and starts the legal clock at discovery.", vi = "Chặn rò rỉ và tính thời hạn pháp lý từ khi phát hiện." } },
  },
  timeout = "assume-backup",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:15  Impact: two alternatives depending on containment
------------------------------------------------------------------------------------------

local mass_encryption = inject {
  id = "mass-encryption",
  roles = { "central" },
  at = "1:15",
  stage = "impact",
  attack = "T1486",
  severity = "critical",
  from = { en = "Duty operator, data centre", vi = "Cán bộ trực vận hành, Trung tâm dữ liệu" },
  channel = "phone",
  title = {
    en = "Day 1, 09:20 — The contributions and book/card system is down nationwide",
    vi = "Ngày 1, 09:20 — Hệ thống quản lý thu – sổ, thẻ ngừng hoạt động trên toàn quốc",
  },
  body = {
    en = "Files on DB-THU-01 and TST-APP-02 have been renamed with the extension .k8lock and the database service will not start. The TST application is unavailable in every province; employers cannot submit contribution declarations through the I-VAN providers, and contribution histories do not load in VssID or on the public services portal. Provincial offices are calling to ask what to tell people at their counters.",
    vi = "Các tệp trên DB-THU-01 và TST-APP-02 bị đổi phần mở rộng thành .k8lock, dịch vụ cơ sở dữ liệu không khởi động được. Phần mềm TST ngừng hoạt động ở mọi tỉnh; doanh nghiệp không gửi được hồ sơ kê khai thu qua các tổ chức I-VAN, quá trình đóng BHXH không hiển thị trên VssID và Cổng dịch vụ công. BHXH các tỉnh liên tục gọi điện hỏi phải trả lời người dân tại bộ phận một cửa như thế nào.",
  },
  notes = {
    en = "Reached by teams that neither rotated the service account nor blocked remote desktop in time. Expected: activate the business continuity plan (manual receipt at provincial counters, a formal notice that late declarations will not be penalised), keep the infected servers isolated for forensics, and prepare a clean rebuild. Evaluator: restoring onto the same servers before eradication is the tempting shortcut; the attacker still has persistence. Waiting for a decryptor means dealing with criminals.",
    vi = "Chỉ xuất hiện với đội chưa kịp đổi mật khẩu tài khoản dịch vụ hoặc chặn RDP. Kỳ vọng: kích hoạt kế hoạch bảo đảm hoạt động liên tục (tiếp nhận hồ sơ giấy tại bộ phận một cửa của tỉnh, văn bản thông báo không xử lý chậm nộp do sự cố), giữ nguyên các máy chủ nhiễm mã độc trong trạng thái cô lập để điều tra, chuẩn bị dựng lại hệ thống sạch. Đánh giá: khôi phục ngay lên chính các máy chủ cũ khi chưa loại bỏ mã độc là lối tắt hấp dẫn; kẻ tấn công vẫn còn cơ chế bám trụ. Chờ công cụ giải mã là chấp nhận làm việc với tội phạm.",
  },
  when = function(team) return not team.flags.contained end,
}

decision {
  id = "continuity",
  objectives = { "clean-restore" },
  on = mass_encryption,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 09:20 — The core contributions system is down. How do you keep the sector working?",
    vi = "Ngày 1, 09:20 — Hệ thống thu cốt lõi đã ngừng. Đội làm gì để Ngành tiếp tục hoạt động?",
  },
  options = {
    { id = "restore-now",
      text = { en = "Restore last night's backup onto the same servers now, to have declarations flowing again before noon.",
               vi = "Khôi phục ngay bản sao lưu đêm qua lên chính các máy chủ cũ để hồ sơ kê khai thông suốt trở lại trước trưa." },
      score = { recover = 2, eradicate = -6 },
      triggers = { { "reinfection", after = "25m" } },
      notes = { en = "The attacker's persistence is still on the servers.", vi = "Cơ chế bám trụ của kẻ tấn công vẫn nằm trên máy chủ." } },
    { id = "spare-servers",
      text = { en = "Restore last night's backup onto spare servers after a quick scan, and reopen contributions this afternoon.",
               vi = "Khôi phục bản sao lưu đêm qua lên máy chủ dự phòng sau khi quét nhanh, mở lại nghiệp vụ thu chiều nay." },
      score = { recover = 6, eradicate = -1 },
      notes = { en = "Faster than a rebuild; a quick scan may miss what the attacker left in the data.", vi = "Nhanh hơn dựng lại; quét nhanh có thể bỏ sót những gì kẻ tấn công cài trong dữ liệu." } },
    { id = "activate-bcp",
      text = { en = "Run the continuity plan: paper receipt at the counters, no penalty for late filing, rebuild on clean servers.",
               vi = "Kích hoạt kế hoạch liên tục: nhận hồ sơ giấy tại bộ phận một cửa, không phạt nộp chậm, dựng lại trên máy chủ sạch." },
      score = { recover = 8, coordinate = 4, communicate = 2 },
      notes = { en = "Service continues on paper while the systems are rebuilt; the counters carry the load for days.", vi = "Nghiệp vụ vẫn chạy trên giấy trong khi dựng lại hệ thống; bộ phận một cửa phải gánh việc nhiều ngày." } },
    { id = "wait-decryptor",
      text = { en = "Hold the restore until the attackers make contact; their decryptor may be faster than rebuilding from tape.",
               vi = "Tạm dừng việc khôi phục để chờ kẻ tấn công liên hệ; công cụ giải mã của chúng có thể nhanh hơn việc dựng lại từ băng từ." },
      score = { recover = -6, coordinate = -2 },
      notes = { en = "Recovery is not in the hands of criminals.", vi = "Không thể phó mặc việc khôi phục cho tội phạm." } },
  },
  timeout = "wait-decryptor",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

inject {
  id = "partial-encryption",
  roles = { "central" },
  at = "1:15",
  stage = "impact",
  attack = "T1486",
  severity = "high",
  from = { en = "IT officer, provincial office", vi = "Cán bộ CNTT, BHXH tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 09:20 — Encryption limited to the provincial office; the central database is intact",
    vi = "Ngày 1, 09:20 — Mã hóa chỉ xảy ra tại BHXH tỉnh; cơ sở dữ liệu trung tâm vẫn nguyên vẹn",
  },
  body = {
    en = "Two file servers and three workstations in the provincial office's accounting division now show files with the extension .k8lock. The attacker's attempts to sign in to the data centre with svc_dongbo_thu have failed since the change, and DB-THU-01 and the TST application are running normally. The province asks whether it can restore its file servers from last night's backup.",
    vi = "Hai máy chủ tệp và ba máy trạm của bộ phận kế toán tại BHXH tỉnh có tệp bị đổi phần mở rộng thành .k8lock. Các lần kẻ tấn công đăng nhập vào Trung tâm dữ liệu bằng svc_dongbo_thu đều thất bại kể từ khi thay đổi, DB-THU-01 và phần mềm TST vẫn hoạt động bình thường. BHXH tỉnh hỏi có được khôi phục máy chủ tệp từ bản sao lưu đêm qua không.",
  },
  notes = {
    en = "Reached by teams that rotated the shared account or blocked remote desktop in time: the early containment paid off. Expected: keep the affected provincial machines isolated, image one of them, restore only after checking the backup is clean and the persistence is removed, and keep hunting in the data centre (the data copied between 08:16 and 08:29 is already gone). Evaluator: praise the containment, but do not let the team relax; the ransom demand and the data leak still follow.",
    vi = "Chỉ xuất hiện với đội đã đổi mật khẩu tài khoản dùng chung hoặc chặn RDP kịp thời: ngăn chặn sớm đã phát huy tác dụng. Kỳ vọng: giữ cô lập các máy bị ảnh hưởng tại tỉnh, sao chụp ổ đĩa một máy, chỉ khôi phục sau khi kiểm tra bản sao lưu sạch và đã loại bỏ cơ chế bám trụ, tiếp tục truy vết tại Trung tâm dữ liệu (dữ liệu bị sao chép trong khoảng 08:16–08:29 thì đã mất). Đánh giá: khen ngợi việc ngăn chặn, nhưng không để đội chủ quan; yêu cầu tiền chuộc và vụ lộ dữ liệu vẫn sẽ tới.",
  },
  when = function(team) return team.flags.contained == true end,
}

inject {
  id = "dr-encrypted",
  roles = { "central" },
  at = "1:25",
  stage = "impact",
  attack = "T1490",
  severity = "critical",
  from = { en = "Operator, disaster-recovery site", vi = "Cán bộ vận hành, trung tâm dữ liệu dự phòng" },
  channel = "phone",
  title = {
    en = "Day 1, 09:30 — Replication copied the encrypted files to the disaster-recovery site",
    vi = "Ngày 1, 09:30 — Lịch sao chép đã chép các tệp bị mã hóa sang trung tâm dự phòng",
  },
  body = {
    en = "The 09:20 replication ran and copied the encrypted database files over the disaster-recovery copy. The DR database cannot be opened. The only clean copy left is Saturday's tape: two days of contribution declarations and benefit decisions will have to be re-entered from the records at the provincial offices.",
    vi = "Lịch sao chép lúc 09:20 đã chạy và ghi đè các tệp cơ sở dữ liệu bị mã hóa lên bản dự phòng. Không mở được cơ sở dữ liệu tại trung tâm dự phòng. Bản sạch duy nhất còn lại là băng từ hôm thứ Bảy: hồ sơ kê khai thu và quyết định hưởng chế độ của hai ngày sẽ phải nhập lại từ hồ sơ lưu tại BHXH các tỉnh.",
  },
  notes = {
    en = "Consequence of letting replication run or waiting for the vendor. Expected: secure the tape, plan re-entry of the missing two days with the provinces, and record the gap for the after-action report. Evaluator: use this to discuss immutable or offline backups, and why backup and DR links must be cut as soon as backup tampering is seen.",
    vi = "Hệ quả của việc để lịch sao chép chạy hoặc chờ nhà cung cấp. Kỳ vọng: bảo vệ băng từ, lập kế hoạch cùng BHXH các tỉnh nhập lại dữ liệu hai ngày bị thiếu, ghi nhận khoảng trống này vào báo cáo sau diễn tập. Đánh giá: dùng tình huống này để thảo luận về bản sao lưu bất biến hoặc ngoại tuyến, và vì sao phải cắt ngay kết nối sao lưu, dự phòng khi thấy dấu hiệu can thiệp vào hệ thống sao lưu.",
  },
  when = function(team) return team.flags.dr_tainted == true and not team.flags.contained end,
}

------------------------------------------------------------------------------------------
-- T+1:30  The ransom note
------------------------------------------------------------------------------------------

local ransom_note = inject {
  id = "ransom-note",
  at = "1:30",
  stage = "impact",
  attack = "T1486",
  severity = "critical",
  from = { en = "Ransom note left on the servers and sent to the public mailbox", vi = "Thư đòi tiền chuộc để lại trên máy chủ và gửi tới hộp thư công khai" },
  channel = "email",
  title = {
    en = "Day 1, 09:35 — \"Kraken-8\": pay 40 BTC in 72 hours or the data is published",
    vi = "Ngày 1, 09:35 — \"Kraken-8\": trả 40 BTC trong 72 giờ nếu không sẽ công bố dữ liệu",
  },
  body = {
    en = "A group calling itself Kraken-8 claims to hold 1.2 TB of data including the records of millions of insured persons. It demands 40 BTC within 72 hours, offers to decrypt two files free as proof, and gives a chat link for \"negotiation\". If the agency does not pay, it says, the data will be published on its leak site and sold.",
    vi = "Một nhóm tự xưng là Kraken-8 tuyên bố đang nắm giữ 1,2 TB dữ liệu, trong đó có hồ sơ của hàng triệu người tham gia BHXH. Nhóm này đòi 40 BTC trong vòng 72 giờ, đề nghị giải mã miễn phí hai tệp để chứng minh, và gửi kèm đường dẫn trò chuyện để \"thương lượng\". Nếu cơ quan không trả tiền, chúng sẽ công bố dữ liệu trên trang web rò rỉ và bán cho bên thứ ba.",
  },
  notes = {
    en = "Expected: no contact and no payment; preserve the note, the wallet address and the chat link as evidence; report to the Department of Cyber Security and High-Tech Crime Prevention (A05, Ministry of Public Security), which investigates; inform the leadership. Evaluator: negotiating 'to buy time' without authority, legal advice or trained negotiators exposes the agency and rarely helps; paying funds crime and does not guarantee deletion. Discuss what the leadership would need to hear to say no with confidence.",
    vi = "Kỳ vọng: không liên hệ, không trả tiền; lưu giữ thư đòi tiền chuộc, địa chỉ ví và đường dẫn trò chuyện làm chứng cứ; báo cáo Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an để điều tra; báo cáo Lãnh đạo Ngành. Đánh giá: tự ý thương lượng \"để kéo dài thời gian\" khi không có thẩm quyền, tư vấn pháp lý hay người được đào tạo sẽ đặt cơ quan vào thế bất lợi và hiếm khi có ích; trả tiền là tiếp tay cho tội phạm và không bảo đảm dữ liệu bị xóa. Thảo luận xem Lãnh đạo cần những thông tin gì để tự tin từ chối.",
  },
  roles = { "central" },
}

decision {
  id = "ransom-response",
  objectives = { "one-voice" },
  on = ransom_note,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 09:35 — How do you respond to the ransom demand?",
    vi = "Ngày 1, 09:35 — Đội xử lý yêu cầu đòi tiền chuộc thế nào?",
  },
  options = {
    { id = "negotiate",
      text = { en = "Have an IT officer reply through the chat link to buy time and obtain the free test decryption.",
               vi = "Giao một cán bộ CNTT trả lời qua đường dẫn trò chuyện để kéo dài thời gian và xin giải mã thử miễn phí." },
      score = { coordinate = -6, analyse = 1 },
      triggers = { { "chat-leaked", after = "30m" } },
      notes = { en = "Unauthorised contact; whatever is written will be used against the agency.", vi = "Liên hệ khi không có thẩm quyền; mọi điều viết ra sẽ bị dùng để chống lại cơ quan." } },
    { id = "ask-a05",
      text = { en = "Give A05 the chat link and let its officers decide whether to use it; the agency itself stays silent.",
               vi = "Chuyển đường dẫn trò chuyện cho A05 để cơ quan công an quyết định có sử dụng hay không; cơ quan không tự liên hệ." },
      score = { coordinate = 5, analyse = 2 },
      notes = { en = "Lawful and useful; the evidence and the leadership brief still need doing.", vi = "Đúng thẩm quyền và có ích; vẫn cần lưu chứng cứ và báo cáo Lãnh đạo." } },
    { id = "propose-payment",
      text = { en = "Recommend that the leadership pay the 40 BTC, since the data of millions of people is at stake.",
               vi = "Đề xuất Lãnh đạo trả 40 BTC vì dữ liệu của hàng triệu người đang bị đe dọa." },
      score = { coordinate = -10, recover = -4 },
      notes = { en = "Funds crime, guarantees nothing, and is not a decision for public money.", vi = "Tiếp tay cho tội phạm, không có gì bảo đảm, và không thể dùng tiền công cho việc này." } },
    { id = "refuse-report",
      text = { en = "No contact, no payment: keep the note, wallet and chat link as evidence, report to A05, brief the leadership.",
               vi = "Không liên hệ, không trả tiền: lưu thư, địa chỉ ví và đường dẫn làm chứng cứ, báo A05 và báo cáo Lãnh đạo." },
      score = { coordinate = 8, analyse = 2 },
      notes = { en = "The agency's position, backed by evidence and the police.", vi = "Lập trường đúng của cơ quan, có chứng cứ và cơ quan công an hỗ trợ." } },
    { id = "ignore-note",
      text = { en = "Do not reply and do not pay; put every hand on restoring, and deal with the note next week.",
               vi = "Không trả lời, không trả tiền; dồn mọi nhân lực cho khôi phục, tuần sau mới xử lý thư đòi tiền." },
      score = { coordinate = -3 },
      notes = { en = "Right not to engage, wrong to drop the evidence and leave the police uninformed.", vi = "Đúng khi không tiếp xúc, nhưng sai khi bỏ qua chứng cứ và không báo cơ quan công an." } },
  },
  timeout = "ignore-note",
  speed = { full = "5m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:35  Pressure in the province (provincial teams)
------------------------------------------------------------------------------------------

local local_pressure = inject {
  id = "local-pressure",
  at = "1:35",
  stage = "impact",
  severity = "high",
  from = { en = "Director of the provincial office", vi = "Giám đốc BHXH tỉnh" },
  channel = "meeting",
  title = {
    en = "Day 1, 09:40 — A reporter at the door, the police cyber unit and the People's Committee on the phone",
    vi = "Ngày 1, 09:40 — Phóng viên đến cơ quan, Phòng An ninh mạng công an tỉnh và UBND tỉnh gọi điện",
  },
  body = {
    en = "09:40. The ransom note has come out of the printers in the accounting division. A reporter from the provincial newspaper is at the reception desk, the provincial police cyber unit (PA05) asks what happened, and the office of the chairman of the provincial People's Committee wants a briefing before noon. Employers are queuing at the counters.",
    vi = "09:40. Thư đòi tiền chuộc được in ra từ các máy in của bộ phận kế toán. Phóng viên báo tỉnh đang chờ ở bộ phận tiếp dân, Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05) Công an tỉnh hỏi sự việc, và Văn phòng UBND tỉnh đề nghị báo cáo Chủ tịch trước buổi trưa. Doanh nghiệp đang xếp hàng tại bộ phận một cửa.",
  },
  notes = {
    en = "Provincial teams. Expected: send the reporter to the sector's spokesperson (one voice); give PA05 the note and copies of the evidence (the criminal report is local too); brief the People's Committee with the facts agreed with the IT Centre; tell the employers at the counters what the continuity plan offers. Evaluator: a provincial statement to the press on its own is the tempting option; saying nothing to the police and the People's Committee until the centre allows it is the other error.",
    vi = "Dành cho các đội cấp tỉnh. Kỳ vọng: mời phóng viên liên hệ người phát ngôn của Ngành (một đầu mối); cung cấp cho PA05 thư đòi tiền và bản sao chứng cứ (việc trình báo tội phạm tại địa phương vẫn cần làm); báo cáo UBND tỉnh các thông tin đã thống nhất với Trung tâm CNTT; hướng dẫn doanh nghiệp tại bộ phận một cửa theo kế hoạch bảo đảm hoạt động liên tục. Đánh giá: tự trả lời báo chí ở cấp tỉnh là lựa chọn hấp dẫn; im lặng với công an và UBND tỉnh chờ Trung tâm cho phép là sai lầm ngược lại.",
  },
  roles = { "provincial" },
}

decision {
  id = "local-response",
  objectives = { "one-voice" },
  on = local_pressure,
  roles = { "provincial" },
  within = "25m",
  prompt = {
    en = "Day 1, 09:40 — What does the provincial office do, and who speaks?",
    vi = "Ngày 1, 09:40 — BHXH tỉnh làm gì, và ai phát ngôn?",
  },
  options = {
    { id = "route-brief",
      text = { en = "Send the reporter to the sector spokesperson, give PA05 the note and evidence, brief the People's Committee on agreed facts.",
               vi = "Mời phóng viên liên hệ người phát ngôn của Ngành, giao PA05 thư và chứng cứ, báo cáo UBND tỉnh thông tin đã thống nhất." },
      score = { coordinate = 6, communicate = 4 },
      notes = { en = "Local duties done, one voice kept.", vi = "Làm đủ việc ở địa phương mà vẫn giữ một đầu mối phát ngôn." } },
    { id = "local-statement",
      text = { en = "Brief PA05 and the People's Committee now, and let the provincial director answer the reporter's questions himself.",
               vi = "Báo PA05 và UBND tỉnh ngay, để Giám đốc BHXH tỉnh tự trả lời câu hỏi của phóng viên." },
      score = { coordinate = 4, communicate = -2 },
      notes = { en = "The authorities are informed; a second voice may contradict the centre's.", vi = "Đã báo cơ quan chức năng, nhưng thêm một tiếng nói có thể mâu thuẫn với Trung tâm." } },
    { id = "wait-centre",
      text = { en = "Tell PA05, the People's Committee and the reporter that only the IT Centre may speak, and wait for instructions.",
               vi = "Trả lời PA05, Ủy ban nhân dân tỉnh và phóng viên rằng chỉ Trung tâm CNTT mới được phát ngôn, rồi chờ chỉ đạo của Trung tâm." },
      score = { coordinate = -3, communicate = -2 },
      notes = { en = "The police and the province's leaders are not the press.", vi = "Công an và lãnh đạo tỉnh không phải là báo chí." } },
  },
  timeout = "wait-centre",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:40  Reporting
------------------------------------------------------------------------------------------

local leadership = inject {
  id = "leadership-report",
  at = "1:40",
  stage = "impact",
  severity = "high",
  from = { en = "Office of the VSS leadership", vi = "Văn phòng BHXH Việt Nam" },
  channel = "meeting",
  title = {
    en = "Day 1, 09:45 — The leadership asks for an initial report and who has been informed",
    vi = "Ngày 1, 09:45 — Lãnh đạo Ngành yêu cầu báo cáo ban đầu và hỏi đã thông báo cho những cơ quan nào",
  },
  body = {
    en = "The Deputy Director General in charge of IT calls an emergency meeting. She wants a one-page initial report within the hour: what happened, what is affected, what has been done, and which external bodies have been informed or must be informed, and by when.",
    vi = "Phó Tổng Giám đốc phụ trách công nghệ thông tin triệu tập họp khẩn. Bà yêu cầu trong vòng một giờ có báo cáo ban đầu một trang: chuyện gì đã xảy ra, những gì bị ảnh hưởng, đã xử lý những gì, đã và phải thông báo cho cơ quan nào bên ngoài, trong thời hạn nào.",
  },
  notes = {
    en = "Expected: an honest initial report to the leadership (which informs the Ministry of Finance, VSS's parent ministry since March 2025); an incident report to the national coordinator under Decision 05/2017/QĐ-TTg, now the Ministry of Public Security (A05, National Cyber Security Centre), asking for support because the incident is beyond the sector's own capacity; a criminal report to A05; and, because personal data were copied, the personal-data breach notice to A05 within 72 hours of discovery (Law 91/2025/QH15, Art. 23). Evaluator: sending only the technical incident report misses the personal-data duty; waiting for the investigation to finish misses the deadline; calling it a hardware fault is a serious breach of duty.",
    vi = "Kỳ vọng: báo cáo ban đầu trung thực với Lãnh đạo (Lãnh đạo báo cáo Bộ Tài chính, cơ quan cấp trên của BHXH Việt Nam từ tháng 3/2025); báo cáo sự cố tới cơ quan điều phối quốc gia theo Quyết định 05/2017/QĐ-TTg, nay là Bộ Công an (Cục A05, Trung tâm An ninh mạng quốc gia), đề nghị hỗ trợ vì sự cố vượt quá khả năng tự xử lý của Ngành; trình báo A05 để điều tra hình sự; và vì dữ liệu cá nhân đã bị sao chép, gửi thông báo vi phạm dữ liệu cá nhân tới A05 trong 72 giờ kể từ khi phát hiện (Luật số 91/2025/QH15, Điều 23). Đánh giá: chỉ gửi báo cáo sự cố kỹ thuật là bỏ sót nghĩa vụ về dữ liệu cá nhân; chờ điều tra xong mới báo là trễ hạn; báo cáo là \"sự cố phần cứng\" là vi phạm nghiêm trọng trách nhiệm.",
  },
  roles = { "central" },
}

decision {
  id = "external-report",
  objectives = { "report-on-time" },
  on = leadership,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 09:45 — What goes in the report, and who is informed?",
    vi = "Ngày 1, 09:45 — Báo cáo gồm những gì, và thông báo cho ai?",
  },
  options = {
    { id = "vncert-only",
      text = { en = "Send the incident report to the national coordinator and ask for support; notify the breach once its scope is known.",
               vi = "Gửi báo cáo sự cố tới cơ quan điều phối quốc gia và đề nghị hỗ trợ; thông báo vi phạm dữ liệu khi đã rõ phạm vi." },
      score = { coordinate = 4, communicate = 1 },
      notes = { en = "Right first step; the breach notice cannot wait for the scope.", vi = "Bước đầu đúng; thông báo vi phạm dữ liệu không thể chờ xác định xong phạm vi." } },
    { id = "report-all",
      text = { en = "Initial report to the leadership today; incident report and request for support; criminal report and breach notice to A05.",
               vi = "Báo cáo ban đầu cho Lãnh đạo trong ngày; báo cáo sự cố, đề nghị hỗ trợ; trình báo và thông báo vi phạm dữ liệu tới A05." },
      score = { coordinate = 8, communicate = 6 },
      set = { reported = true },
      notes = { en = "Every duty, every body, on time.", vi = "Đủ nghĩa vụ, đủ cơ quan, đúng hạn." } },
    { id = "internal-only",
      text = { en = "Report to the leadership only today; inform outside bodies when the investigation has established the facts.",
               vi = "Hôm nay chỉ báo cáo Lãnh đạo Ngành; việc thông báo cho các cơ quan bên ngoài để đến khi cuộc điều tra đã làm rõ sự việc." },
      score = { coordinate = -3, communicate = 1 },
      notes = { en = "The investigation will take longer than 72 hours.", vi = "Việc điều tra sẽ kéo dài hơn 72 giờ." } },
    { id = "downplay",
      text = { en = "Describe it to the leadership as a hardware failure until the facts are clear, to avoid alarm at month-end.",
               vi = "Báo cáo Lãnh đạo là sự cố phần cứng cho tới khi rõ sự việc, để tránh gây hoang mang dịp cuối tháng." },
      score = { communicate = -8, coordinate = -4 },
      notes = { en = "Misleading the leadership; it will come out within hours.", vi = "Báo cáo sai sự thật với Lãnh đạo; chỉ vài giờ nữa sự thật sẽ lộ ra." } },
  },
  timeout = "internal-only",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:55  The press
------------------------------------------------------------------------------------------

local press = inject {
  id = "press-inquiry",
  at = "1:55",
  stage = "impact",
  severity = "medium",
  from = { en = "Reporter, online newspaper", vi = "Phóng viên báo điện tử" },
  channel = "phone",
  title = {
    en = "Day 1, 10:00 — A reporter wants confirmation of \"VSS hacked\" within the hour",
    vi = "Ngày 1, 10:00 — Phóng viên đề nghị xác nhận tin \"BHXH bị tấn công\" trong vòng một giờ",
  },
  body = {
    en = "A reporter calls the switchboard: employers and accountants in a Facebook group say they cannot submit declarations and that \"VSS has been hacked and everyone's data is leaked\". The story goes online in an hour; she asks whether the agency confirms the attack and whether pensions will be paid on time.",
    vi = "Một phóng viên gọi tới tổng đài: doanh nghiệp và kế toán trong một nhóm Facebook phản ánh không nộp được hồ sơ và cho rằng \"BHXH bị hack, lộ hết dữ liệu\". Một giờ nữa bài sẽ lên trang; chị hỏi cơ quan có xác nhận bị tấn công không và lương hưu có được chi trả đúng hạn không.",
  },
  notes = {
    en = "Expected: route the call to the designated spokesperson; a short holding statement agreed with the leadership: an incident is being handled with the competent authorities, pension and benefit payments continue, the alternative channels and the hotline 1900 9068, and when the next update will come. Evaluator: 'scheduled maintenance' is a lie that will be exposed; 'no comment' leaves the story to the rumours; an IT officer speaking off the cuff breaks the sector's rules on press contact.",
    vi = "Kỳ vọng: chuyển cuộc gọi tới người phát ngôn được giao; đưa thông tin ban đầu ngắn gọn đã thống nhất với Lãnh đạo: cơ quan đang phối hợp với cơ quan chức năng xử lý sự cố, việc chi trả lương hưu và trợ cấp vẫn tiếp tục, các kênh thay thế và tổng đài 1900 9068, thời điểm cập nhật thông tin tiếp theo. Đánh giá: nói \"bảo trì định kỳ\" là thông tin sai, sẽ bị phát hiện; \"miễn bình luận\" để mặc tin đồn dẫn dắt câu chuyện; cán bộ CNTT tự trả lời là trái quy chế phát ngôn của Ngành.",
  },
  roles = { "central" },
}

decision {
  id = "press-line",
  objectives = { "one-voice" },
  on = press,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 10:00 — What does the agency tell the reporter?",
    vi = "Ngày 1, 10:00 — Cơ quan trả lời phóng viên như thế nào?",
  },
  options = {
    { id = "no-comment",
      text = { en = "Decline to comment until the investigation is complete, so that nothing said now must be corrected later.",
               vi = "Từ chối bình luận cho tới khi cuộc điều tra hoàn tất, để không phải đính chính lại bất cứ điều gì đã nói vào lúc này." },
      score = { communicate = -2 },
      notes = { en = "Leaves the story to the rumours.", vi = "Để tin đồn dẫn dắt câu chuyện." } },
    { id = "written-later",
      text = { en = "Promise the reporter a written statement by 16:00, once the leadership has approved every word of it.",
               vi = "Hẹn gửi phóng viên thông cáo bằng văn bản trước 16:00, sau khi Lãnh đạo đã duyệt từng câu chữ." },
      score = { communicate = 3 },
      notes = { en = "Careful, but the story runs in an hour without the agency's voice.", vi = "Thận trọng, nhưng một giờ nữa bài báo sẽ lên mà không có tiếng nói của cơ quan." } },
    { id = "holding-statement",
      text = { en = "The spokesperson confirms an incident handled with the authorities; pensions continue; hotline 1900 9068.",
               vi = "Người phát ngôn xác nhận có sự cố đang xử lý cùng cơ quan chức năng, lương hưu vẫn chi trả, tổng đài 1900 9068." },
      score = { communicate = 10 },
      notes = { en = "One voice, accurate, with practical help; it commits the agency before all is known.", vi = "Một đầu mối, chính xác, có hướng dẫn thiết thực; cơ quan phải lên tiếng khi chưa biết hết." } },
    { id = "maintenance",
      text = { en = "Say that the system is down for maintenance, which is what the counters have been told since this morning.",
               vi = "Trả lời rằng hệ thống đang bảo trì, đúng như bộ phận một cửa đã thông báo từ sáng." },
      score = { communicate = -8 },
      set = { misled = true },
      notes = { en = "A false statement, and the attackers are about to prove it false.", vi = "Thông tin sai sự thật, và kẻ tấn công sắp chứng minh điều đó." } },
  },
  timeout = "no-comment",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (negotiation): the chat is made public
------------------------------------------------------------------------------------------

local chat_leaked = inject {
  id = "chat-leaked",
  roles = { "central" },
  stage = "impact",
  severity = "high",
  from = { en = "Press office", vi = "Bộ phận truyền thông" },
  channel = "social",
  title = {
    en = "Day 1, 10:05 — Screenshots of the \"negotiation\" are circulating on Telegram",
    vi = "Ngày 1, 10:05 — Ảnh chụp cuộc \"thương lượng\" lan truyền trên Telegram",
  },
  body = {
    en = "Kraken-8 has posted screenshots of its chat with the IT officer, including his name and the line \"we are discussing the payment with our leaders\". Two news sites have picked them up, and a journalist asks whether the agency is paying criminals with insurance funds.",
    vi = "Kraken-8 đăng ảnh chụp cuộc trò chuyện với cán bộ CNTT, có cả họ tên anh và câu \"chúng tôi đang xin ý kiến lãnh đạo về việc thanh toán\". Hai trang tin đã đăng lại, và một nhà báo hỏi có phải cơ quan đang dùng tiền quỹ bảo hiểm để trả cho tội phạm hay không.",
  },
  notes = {
    en = "Consequence of the unauthorised negotiation. Expected: stop all contact, hand the chat history to A05 as evidence, protect the named officer, and have the spokesperson state clearly that the agency does not pay. Evaluator: discuss who may speak to attackers, under whose authority, and why the answer in the public sector is almost always nobody.",
    vi = "Hệ quả của việc tự ý thương lượng. Kỳ vọng: dừng mọi liên lạc, chuyển toàn bộ nội dung trò chuyện cho A05 làm chứng cứ, bảo vệ cán bộ bị nêu tên, và người phát ngôn khẳng định rõ cơ quan không trả tiền chuộc. Đánh giá: thảo luận ai được phép liên lạc với kẻ tấn công, theo thẩm quyền của ai, và vì sao trong khu vực công câu trả lời gần như luôn là không ai cả.",
  },
}

decision {
  id = "chat-fallout",
  objectives = { "one-voice" },
  on = chat_leaked,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 10:05 — The chat is public. What now?",
    vi = "Ngày 1, 10:05 — Cuộc trò chuyện đã bị công khai. Đội làm gì tiếp?",
  },
  options = {
    { id = "stop-hand-over",
      text = { en = "Stop all contact, give A05 the whole chat, protect the named officer, and state that the agency will not pay.",
               vi = "Dừng mọi liên lạc, giao toàn bộ cuộc trò chuyện cho A05, bảo vệ cán bộ bị nêu tên, khẳng định cơ quan không trả tiền." },
      score = { coordinate = 6, communicate = 4 },
      notes = { en = "Repairs what can be repaired, in the open.", vi = "Khắc phục những gì còn khắc phục được, một cách công khai." } },
    { id = "statement-first",
      text = { en = "Have the spokesperson state today that the agency does not pay; hand the chat to A05 after an internal review.",
               vi = "Người phát ngôn khẳng định ngay trong ngày cơ quan không trả tiền; giao cuộc trò chuyện cho A05 sau khi rà soát nội bộ." },
      score = { communicate = 4, coordinate = 1 },
      notes = { en = "The public line is right; the evidence waits on an internal review it does not need.", vi = "Thông điệp công khai đúng; nhưng chứng cứ phải chờ một cuộc rà soát nội bộ không cần thiết." } },
    { id = "blame-officer",
      text = { en = "Suspend the officer who replied and say publicly that he acted alone, without the agency's knowledge.",
               vi = "Đình chỉ cán bộ đã trả lời và thông báo công khai rằng anh tự ý làm, cơ quan không hề biết." },
      score = { communicate = -4, coordinate = -3 },
      notes = { en = "He was told to; the agency's problem is who may speak to attackers.", vi = "Anh được giao việc; vấn đề của cơ quan là ai được phép liên lạc với kẻ tấn công." } },
  },
  timeout = "statement-first",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:10  The leak
------------------------------------------------------------------------------------------

local leak = inject {
  id = "leak-published",
  at = "2:10",
  stage = "exfiltration",
  attack = "T1567.002",
  severity = "critical",
  from = { en = "Threat intelligence, IT Centre", vi = "Bộ phận phân tích mối đe dọa, Trung tâm CNTT" },
  channel = "news",
  title = {
    en = "Day 1, 10:15 — Kraken-8 publishes 5,000 sample records of insured persons",
    vi = "Ngày 1, 10:15 — Kraken-8 công bố 5.000 bản ghi mẫu của người tham gia BHXH",
  },
  body = {
    en = "The group's leak site now lists the agency with a sample of 5,000 records from six provinces: full names, citizen ID numbers, addresses, contribution salaries, social insurance book numbers and bank accounts. Links are being shared in Facebook groups, and a scam group is already calling pensioners \"to verify their account after the data leak\".",
    vi = "Trang web rò rỉ của nhóm đã đưa tên cơ quan lên kèm 5.000 bản ghi mẫu của sáu tỉnh: họ tên, số định danh cá nhân, địa chỉ, tiền lương đóng BHXH, mã số sổ BHXH và số tài khoản ngân hàng. Đường dẫn đang được chia sẻ trong các nhóm Facebook, và một nhóm lừa đảo đã bắt đầu gọi điện cho người hưởng lương hưu \"để xác minh tài khoản sau sự cố lộ dữ liệu\".",
  },
  notes = {
    en = "Expected: confirm the sample against the database; send (or complete) the personal-data breach notice to A05 within 72 hours of discovery (Law 91/2025/QH15, Art. 23; the clock started when the exfiltration was found), with what is known and reasons for any gaps; prepare notices and scam warnings for the affected people through VssID, SMS, the portal and provincial offices. Evaluator: 'it is only a sample' is not a reason to skip notification; waiting for an exact count misses the deadline. Asking platforms to remove links is useful but not sufficient.",
    vi = "Kỳ vọng: đối chiếu bản ghi mẫu với cơ sở dữ liệu; gửi (hoặc bổ sung) thông báo vi phạm dữ liệu cá nhân tới A05 trong 72 giờ kể từ khi phát hiện (Luật số 91/2025/QH15, Điều 23; thời hạn bắt đầu từ khi phát hiện dữ liệu bị đưa ra ngoài), với các thông tin đã có và lý do của những phần còn thiếu; chuẩn bị thông báo và cảnh báo lừa đảo tới những người bị ảnh hưởng qua VssID, tin nhắn, Cổng thông tin điện tử và BHXH các tỉnh. Đánh giá: \"chỉ là dữ liệu mẫu\" không phải lý do để không thông báo; chờ đếm chính xác số người bị ảnh hưởng sẽ trễ hạn. Đề nghị các nền tảng gỡ đường dẫn là việc có ích nhưng chưa đủ.",
  },
  roles = { "central" },
}

decision {
  id = "pdp-notify",
  objectives = { "report-on-time" },
  on = leak,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 10:15 — Personal data of insured persons are public. What do you do about notification?",
    vi = "Ngày 1, 10:15 — Dữ liệu cá nhân của người tham gia BHXH đã bị công khai. Đội xử lý việc thông báo thế nào?",
  },
  options = {
    { id = "takedown-only",
      text = { en = "Ask the platforms to remove the links at once; a sample of 5,000 does not yet prove a breach of millions.",
               vi = "Đề nghị các nền tảng gỡ ngay đường dẫn; 5.000 bản ghi mẫu chưa chứng minh được vi phạm với hàng triệu người." },
      score = { contain = 3, communicate = -4 },
      notes = { en = "Takedowns help, but a sample is still a breach.", vi = "Gỡ bỏ có ích, nhưng dữ liệu mẫu vẫn là vi phạm." } },
    { id = "notify-only",
      text = { en = "Notify A05 now with what is known; hold the warnings to people until the list of those affected is confirmed.",
               vi = "Thông báo A05 ngay với thông tin đã có; chưa cảnh báo người dân cho tới khi xác nhận danh sách người bị ảnh hưởng." },
      score = { communicate = 3, coordinate = 5 },
      notes = { en = "Meets the legal duty; the scam calls have already started.", vi = "Đáp ứng nghĩa vụ pháp lý; nhưng các cuộc gọi lừa đảo đã bắt đầu." } },
    { id = "notify-a05",
      text = { en = "Notify A05 within the 72 hours with what is known, warn the people at risk, and ask platforms to remove the links.",
               vi = "Thông báo A05 trong 72 giờ với thông tin đã có, cảnh báo người có nguy cơ bị lừa đảo, đề nghị nền tảng gỡ đường dẫn." },
      score = { communicate = 8, coordinate = 6 },
      notes = { en = "Meets the duty and protects people; a warning to millions may alarm some without cause.", vi = "Đáp ứng nghĩa vụ và bảo vệ người dân; cảnh báo rộng có thể làm một số người lo lắng không cần thiết." } },
    { id = "wait-count",
      text = { en = "Wait until the investigation confirms how many people are affected, so that the notice is right first time.",
               vi = "Chờ cuộc điều tra xác định được chính xác có bao nhiêu người bị ảnh hưởng, để thông báo gửi đi đúng ngay từ lần đầu tiên." },
      score = { communicate = -4, coordinate = -4 },
      notes = { en = "The 72 hours will pass first; the Law allows a notice with the facts known so far.", vi = "Hết 72 giờ trước khi có con số; Luật cho phép thông báo với những thông tin đã có rồi bổ sung sau." } },
  },
  timeout = "wait-count",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branches: a false statement exposed; restoring too early
------------------------------------------------------------------------------------------

local misled_exposed = inject {
  id = "misled-exposed",
  roles = { "central" },
  at = "2:20",
  stage = "impact",
  severity = "high",
  from = { en = "Press monitoring", vi = "Bộ phận theo dõi thông tin báo chí" },
  channel = "news",
  title = {
    en = "Day 1, 10:25 — Headline: \"VSS said 'maintenance' while hackers published citizens' data\"",
    vi = "Ngày 1, 10:25 — Báo đưa tin: \"BHXH nói 'bảo trì' trong khi tin tặc công bố dữ liệu người dân\"",
  },
  body = {
    en = "The online newspaper runs its story with the agency's quote about scheduled maintenance next to screenshots from the leak site. The ministry's press office asks for an explanation by the end of the day.",
    vi = "Báo điện tử đăng bài, đặt câu trả lời \"hệ thống đang bảo trì định kỳ\" của cơ quan cạnh ảnh chụp từ trang web rò rỉ. Bộ phận báo chí của cơ quan chủ quản đề nghị giải trình trước cuối ngày.",
  },
  notes = {
    en = "Consequence of the 'maintenance' answer. Expected: correct the record quickly through the spokesperson, acknowledge the incident, explain what people should do. Evaluator: trust lost in one afternoon takes months to recover; this is why the first statement must be accurate even when it is incomplete.",
    vi = "Hệ quả của câu trả lời \"bảo trì định kỳ\". Kỳ vọng: người phát ngôn nhanh chóng đính chính, thừa nhận sự cố, hướng dẫn người dân cần làm gì. Đánh giá: niềm tin mất trong một buổi chiều phải mất nhiều tháng mới lấy lại; đó là lý do thông tin đầu tiên phải chính xác dù chưa đầy đủ.",
  },
  when = function(team) return team.flags.misled == true end,
}

decision {
  id = "correct-record",
  objectives = { "one-voice" },
  on = misled_exposed,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 10:25 — The 'maintenance' line has been exposed. How do you answer?",
    vi = "Ngày 1, 10:25 — Câu trả lời \"bảo trì\" đã bị phơi bày. Cơ quan trả lời thế nào?",
  },
  options = {
    { id = "correct-now",
      text = { en = "The spokesperson corrects the record today: acknowledges the attack, apologises, and tells people what to do.",
               vi = "Người phát ngôn đính chính ngay trong ngày: thừa nhận bị tấn công, xin lỗi, và hướng dẫn người dân cần làm gì." },
      score = { communicate = 8 },
      notes = { en = "Late, but honest; it stops the story growing.", vi = "Muộn nhưng trung thực; câu chuyện dừng lại ở đây." } },
    { id = "explain-ministry",
      text = { en = "Send the parent ministry the written explanation it asked for first, then speak to the press tomorrow.",
               vi = "Gửi trước văn bản giải trình mà cơ quan chủ quản đã yêu cầu, rồi đến ngày mai mới trả lời báo chí về sự việc này." },
      score = { coordinate = 2, communicate = 1 },
      notes = { en = "Proper to the ministry; a day's silence lets the headline stand.", vi = "Đúng thủ tục với cơ quan chủ quản; nhưng im lặng một ngày để tiêu đề báo tự đứng đó." } },
    { id = "reframe",
      text = { en = "Explain that 'maintenance' meant the emergency maintenance that follows any incident, and give the hotline.",
               vi = "Giải thích rằng \"bảo trì\" là bảo trì khẩn cấp sau sự cố, và cung cấp số tổng đài." },
      score = { communicate = -4 },
      notes = { en = "A second evasion on top of the first.", vi = "Thêm một lần né tránh chồng lên lần trước." } },
  },
  timeout = "explain-ministry",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

local reinfection = inject {
  id = "reinfection",
  roles = { "central" },
  stage = "recovery",
  attack = "T1053.005",
  severity = "critical",
  from = { en = "Database team, data centre", vi = "Nhóm quản trị cơ sở dữ liệu, Trung tâm dữ liệu" },
  channel = "phone",
  title = {
    en = "Day 1, 09:45 — The restored database was encrypted again",
    vi = "Ngày 1, 09:45 — Cơ sở dữ liệu vừa khôi phục lại bị mã hóa lần nữa",
  },
  body = {
    en = "Twenty minutes after the restore finished, the database files on DB-THU-01 were encrypted again. A scheduled task named \"GoogleUpdateTaskMachine\" created by hotro_it on the first day re-launched the encryptor at startup. The newest backup is now overwritten too.",
    vi = "Hai mươi phút sau khi khôi phục xong, các tệp cơ sở dữ liệu trên DB-THU-01 lại bị mã hóa. Một tác vụ định kỳ tên \"GoogleUpdateTaskMachine\" do tài khoản hotro_it tạo từ hôm đầu đã khởi chạy lại mã độc khi máy khởi động. Bản sao lưu mới nhất giờ cũng đã bị ghi đè.",
  },
  notes = {
    en = "Consequence of restoring onto unclean servers. Expected: stop, isolate, and do it properly: rebuild on clean servers, remove persistence, rotate all credentials, restore from an offline copy verified as clean. Evaluator: the order is contain, eradicate, then recover; skipping eradication cost a backup and half a day.",
    vi = "Hệ quả của việc khôi phục lên máy chủ chưa được làm sạch. Kỳ vọng: dừng lại, cô lập, rồi làm đúng quy trình: dựng lại trên máy chủ sạch, gỡ bỏ cơ chế bám trụ, đổi toàn bộ thông tin xác thực, khôi phục từ bản sao ngoại tuyến đã kiểm tra sạch. Đánh giá: thứ tự là ngăn chặn, loại bỏ, rồi mới khôi phục; bỏ qua bước loại bỏ đã làm mất một bản sao lưu và nửa ngày làm việc.",
  },
}

decision {
  id = "reinfection-response",
  objectives = { "clean-restore" },
  on = reinfection,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 09:45 — The restored database is encrypted again. What now?",
    vi = "Ngày 1, 09:45 — Cơ sở dữ liệu vừa khôi phục lại bị mã hóa. Đội làm gì?",
  },
  options = {
    { id = "rebuild-clean",
      text = { en = "Stop, isolate the servers again, rotate every credential and rebuild clean from Saturday's tape.",
               vi = "Dừng lại, cô lập lại các máy chủ, đổi toàn bộ thông tin xác thực và dựng lại hệ thống sạch từ băng từ thứ Bảy." },
      score = { eradicate = 8, recover = 4 },
      notes = { en = "The order it should have had: contain, eradicate, then recover.", vi = "Đúng thứ tự lẽ ra phải làm: ngăn chặn, loại bỏ, rồi mới khôi phục." } },
    { id = "remove-task",
      text = { en = "Delete the scheduled task, restore again from the DR copy, and watch the servers closely this time.",
               vi = "Xóa tác vụ định kỳ, khôi phục lại thêm một lần nữa từ bản dự phòng, và lần này giám sát các máy chủ một cách thật chặt chẽ." },
      score = { recover = 3, eradicate = 1 },
      notes = { en = "Faster, and it removes what was found; nobody knows what was not.", vi = "Nhanh hơn và gỡ được thứ đã tìm thấy; không ai biết còn sót gì." } },
    { id = "same-again",
      text = { en = "Restore the newest backup again at once; the encryptor may have run only once at startup.",
               vi = "Khôi phục lại ngay bản sao lưu mới nhất; có thể mã độc chỉ chạy một lần khi khởi động." },
      score = { recover = -2, eradicate = -4 },
      notes = { en = "The same mistake twice.", vi = "Lặp lại đúng sai lầm cũ." } },
  },
  timeout = "same-again",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:25  Recovery
------------------------------------------------------------------------------------------

local restore_plan = inject {
  id = "restore-plan",
  at = "2:25",
  stage = "recovery",
  severity = "high",
  from = { en = "Head of the data centre", vi = "Lãnh đạo phụ trách Trung tâm dữ liệu" },
  channel = "meeting",
  title = {
    en = "Day 1, 10:30 — Restore plan: what comes back first, and on which servers?",
    vi = "Ngày 1, 10:30 — Phương án khôi phục: dịch vụ nào trước, trên máy chủ nào?",
  },
  body = {
    en = "The clean offline backup has been verified on an isolated test server. Pension and benefit payments for next month must be transferred to Vietnam Post and the banks within five days; the contribution deadline for employers is at the end of the month. The data centre asks for a decision on how to restore and in what order.",
    vi = "Bản sao lưu ngoại tuyến sạch đã được kiểm tra trên một máy chủ thử nghiệm tách biệt. Danh sách chi trả lương hưu, trợ cấp BHXH tháng tới phải chuyển cho Bưu điện và ngân hàng trong năm ngày nữa; hạn đóng BHXH của doanh nghiệp là cuối tháng. Trung tâm dữ liệu đề nghị quyết định cách khôi phục và thứ tự ưu tiên.",
  },
  notes = {
    en = "Expected: rebuild on clean or re-installed servers, patched, with all credentials rotated and remote desktop closed; scan and monitor before reconnecting; restore in priority order, benefits payment first (people's income), then contributions, then the lookup services; keep the infected disks for the investigation. Evaluator: restoring over the old servers saves hours and risks a second encryption; restoring everything at once overloads a small team.",
    vi = "Kỳ vọng: dựng lại trên máy chủ sạch hoặc đã cài lại, được vá lỗi, toàn bộ thông tin xác thực đã đổi và RDP đã đóng; quét và giám sát trước khi kết nối lại; khôi phục theo thứ tự ưu tiên: chi trả chế độ trước (thu nhập của người dân), sau đó đến thu, rồi các dịch vụ tra cứu; giữ lại ổ đĩa bị nhiễm phục vụ điều tra. Đánh giá: khôi phục đè lên máy chủ cũ tiết kiệm vài giờ nhưng có nguy cơ bị mã hóa lần hai; khôi phục mọi thứ cùng lúc sẽ vượt quá sức của một đội ít người.",
  },
  roles = { "central" },
}

decision {
  id = "restore-order",
  objectives = { "clean-restore" },
  on = restore_plan,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 10:30 — How do you restore?",
    vi = "Ngày 1, 10:30 — Đội khôi phục theo phương án nào?",
  },
  options = {
    { id = "clean-rebuild",
      text = { en = "Rebuild on clean, patched servers with new credentials; restore benefits first, then contributions, then lookups.",
               vi = "Dựng lại trên máy chủ sạch đã vá lỗi, thông tin xác thực mới; khôi phục chi trả trước, rồi đến thu, sau cùng là tra cứu." },
      score = { recover = 8, eradicate = 8 },
      notes = { en = "Two days slower, safe afterwards; people's income first.", vi = "Chậm hơn hai ngày nhưng an toàn về sau; thu nhập của người dân được ưu tiên." } },
    { id = "restore-in-place",
      text = { en = "Restore over the existing servers after a full scan, to have benefits and contributions back two days sooner.",
               vi = "Khôi phục đè lên các máy chủ hiện có sau khi quét toàn bộ, để nghiệp vụ chi trả và thu hoạt động trở lại sớm hơn hai ngày." },
      score = { recover = 4, eradicate = -3 },
      notes = { en = "Quicker, but a scan does not prove the attacker's persistence is gone.", vi = "Nhanh hơn, nhưng quét không chứng minh được cơ chế bám trụ đã bị gỡ hết." } },
    { id = "all-at-once",
      text = { en = "Restore every service at once on the clean servers, so that no province waits behind the others.",
               vi = "Khôi phục mọi dịch vụ cùng lúc trên máy chủ sạch, để không tỉnh nào phải chờ tỉnh khác." },
      score = { recover = 4, coordinate = -1 },
      notes = { en = "Clean, but with no priorities the pension run may be late.", vi = "Sạch, nhưng không có thứ tự ưu tiên thì việc chi trả lương hưu có thể bị chậm." } },
  },
  timeout = "restore-in-place",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:35  Month-end: reopen, extend, or wait? (the sector's decision)
------------------------------------------------------------------------------------------

local month_end = inject {
  id = "month-end",
  at = "2:35",
  stage = "recovery",
  severity = "high",
  from = { en = "Director General's office", vi = "Văn phòng BHXH Việt Nam" },
  channel = "meeting",
  title = {
    en = "Day 1, 10:40 — Month-end in three days: reopen online filing, or ask for more time?",
    vi = "Ngày 1, 10:40 — Ba ngày nữa là hạn cuối tháng: mở lại kê khai điện tử, hay đề nghị gia hạn?",
  },
  body = {
    en = "10:40. The contributions system is back on the servers the team restored. The month-end deadline for about a million employers is in three days, and the I-VAN providers ask whether they may reopen submissions tomorrow. Extending the deadline needs the Ministry of Finance's approval and delays the month's revenue; reopening puts the systems under month-end load days after an intrusion.",
    vi = "10:40. Hệ thống thu đã hoạt động trở lại trên các máy chủ đội vừa khôi phục. Còn ba ngày nữa là hạn nộp cuối tháng của khoảng một triệu doanh nghiệp, và các tổ chức I-VAN hỏi ngày mai có được mở lại việc gửi hồ sơ không. Gia hạn phải được Bộ Tài chính chấp thuận và làm chậm nguồn thu trong tháng; mở lại thì hệ thống phải chịu tải cao điểm cuối tháng chỉ vài ngày sau khi bị xâm nhập.",
  },
  notes = {
    en = "Central decision (the Director General's, with the Ministry of Finance). Expected: a choice the team can defend from its own path: teams that rebuilt clean can reopen under watch; teams that restored in place should not put month-end load on servers nobody has proven clean, and should ask for the extension. The improvement plan is drafted in the after-action report, from these priorities: priorities that address root causes named in Resolution 398: unique, rotated passwords for service accounts and a second factor for administrators (SOP compliance); remote desktop closed between provinces and the data centre; offline or immutable backups and renewed support contracts for security and backup products; more trained security staff in every province and regular drills. Evaluator (plan): disciplining the officer who clicked punishes the report that saved time; buying one new product does not fix procedures.",
    vi = "Quyết định của cấp Ngành (Tổng Giám đốc, cùng Bộ Tài chính). Kỳ vọng: một lựa chọn đội bảo vệ được từ chính con đường mình đã đi: đội đã dựng lại hệ thống sạch có thể mở lại dưới giám sát chặt; đội đã khôi phục đè lên máy chủ cũ không nên đặt tải cuối tháng lên hệ thống chưa được chứng minh là sạch, và nên đề nghị gia hạn. Kế hoạch khắc phục được xây dựng trong báo cáo sau diễn tập, từ các ưu tiên: các ưu tiên xử lý tận gốc những nguyên nhân mà Nghị quyết 398 đã nêu: mật khẩu riêng, được thay đổi định kỳ cho tài khoản dịch vụ và xác thực hai yếu tố cho quản trị viên (tuân thủ quy trình); đóng RDP giữa BHXH tỉnh và Trung tâm dữ liệu; sao lưu ngoại tuyến hoặc bất biến, gia hạn hợp đồng hỗ trợ cho các sản phẩm bảo mật và sao lưu; bổ sung cán bộ chuyên trách an toàn thông tin được đào tạo ở mọi tỉnh và diễn tập định kỳ. Đánh giá: kỷ luật cán bộ đã mở thư là trừng phạt chính báo cáo đã giúp tiết kiệm thời gian; mua thêm một sản phẩm không sửa được quy trình.",
  },
  roles = { "central" },
}

decision {
  id = "month-end-decision",
  objectives = { "clean-restore" },
  on = month_end,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 10:40 — What does the sector tell employers about the month-end deadline?",
    vi = "Ngày 1, 10:40 — Ngành thông báo gì với doanh nghiệp về hạn nộp cuối tháng?",
  },
  options = {
    { id = "extend-deadline",
      text = { en = "Ask the Ministry of Finance today for a ten-day extension without penalties, and reopen online filing in stages.",
               vi = "Đề nghị Bộ Tài chính ngay hôm nay gia hạn mười ngày không tính phạt, và mở lại kê khai điện tử theo từng đợt." },
      score = { coordinate = 5, communicate = 4, recover = 2 },
      notes = { en = "Takes the load off the rebuilt systems; delays the month's revenue and needs the ministry.", vi = "Giảm tải cho hệ thống vừa dựng lại; làm chậm nguồn thu và cần Bộ chấp thuận." } },
    { id = "reopen-watch",
      text = { en = "Reopen online filing tomorrow under close watch, keep paper receipt at the counters as fallback, keep the deadline.",
               vi = "Mở lại kê khai điện tử từ ngày mai dưới giám sát chặt, giữ tiếp nhận hồ sơ giấy làm phương án dự phòng, giữ nguyên hạn nộp." },
      score = { recover = 6, communicate = 2 },
      notes = { en = "Sound on clean servers; a gamble on servers restored in place.", vi = "Hợp lý nếu máy chủ đã sạch; là canh bạc nếu khôi phục đè lên máy chủ cũ." } },
    { id = "keep-closed",
      text = { en = "Keep online filing closed until the forensic report is final, and take declarations on paper only.",
               vi = "Đóng kê khai điện tử cho tới khi có kết luận điều tra, chỉ nhận hồ sơ giấy." },
      score = { recover = -3, communicate = -2 },
      notes = { en = "Safe for the servers, ruinous for the counters and the employers.", vi = "An toàn cho máy chủ nhưng quá tải cho bộ phận một cửa và doanh nghiệp." } },
  },
  timeout = "keep-closed",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

inject {
  id = "root-cause-gap",
  roles = { "provincial" },
  at = "2:45",
  stage = "recovery",
  severity = "medium",
  from = { en = "Investigator, A05", vi = "Điều tra viên, Cục A05" },
  channel = "phone",
  title = {
    en = "Day 1, 10:50 — The investigators ask for the first workstation",
    vi = "Ngày 1, 10:50 — Cơ quan điều tra đề nghị cung cấp máy trạm đầu tiên",
  },
  body = {
    en = "The A05 investigators ask for the memory and disk image of the first infected workstation, to identify the malware and link it to other victims. The machine was wiped and reinstalled at 08:20; nothing of the intrusion remains on it, and nobody can say for certain which passwords were taken from it.",
    vi = "Điều tra viên Cục A05 đề nghị cung cấp bản sao bộ nhớ và ổ đĩa của máy trạm bị nhiễm đầu tiên để xác định mã độc và liên hệ với các nạn nhân khác. Máy đã bị xóa trắng và cài lại lúc 08:20; không còn dấu vết nào của cuộc xâm nhập, và không ai khẳng định được những mật khẩu nào đã bị lấy từ máy đó.",
  },
  notes = {
    en = "Consequence of reinstalling the workstation during triage. Expected: explain honestly, hand over what remains (the email, gateway and proxy logs), and assume every credential used on that machine is compromised. Evaluator: link back to the first decision; the improvement plan should include a simple first-responder rule: isolate, do not wipe.",
    vi = "Hệ quả của việc cài lại máy trạm ở bước xử lý ban đầu. Kỳ vọng: giải trình trung thực, bàn giao những gì còn lại (thư điện tử, nhật ký hệ thống lọc thư và proxy), và coi mọi thông tin xác thực từng dùng trên máy đó là đã bị lộ. Đánh giá: liên hệ lại với quyết định đầu tiên; kế hoạch khắc phục nên có một quy tắc đơn giản cho người xử lý ban đầu: cô lập, không xóa.",
  },
  when = function(team) return team.flags.evidence_lost == true end,
}

------------------------------------------------------------------------------------------
-- Hooks
------------------------------------------------------------------------------------------

on("choice", function(team, decision, option)
  -- Both legal duties met: the incident report and the 72-hour personal-data breach notice.
  if decision == "pdp-notify" and option == "notify-a05" and team.flags.reported then
    team:add("coordinate", 3, "incident report and 72-hour breach notice both sent on time")
  end
end)

on("choice", function(team, decision, option)
  -- Month-end load on servers that were never proven clean.
  if decision == "month-end-decision" and option == "reopen-watch"
     and team:chose("restore-order") ~= "clean-rebuild" then
    team:add("recover", -8, "reopened month-end filing on servers that were not rebuilt clean")
  end
end)

on("end", function(team)
  -- An unbroken evidence chain in the data centre: remote-desktop logs kept, flows preserved
  -- (the provinces' part, the workstation image, is scored in their triage).
  if team:chose("rdp-response") == "block-hunt" and team.flags.breach_assessed then
    team:add("analyse", 3, "evidence preserved at every step")
  end
end)
