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
-- Who it is for: the central incident response team and every provincial team. Each team
-- plays the sector's response to this one incident (its own provincial office, where the
-- email landed, together with the central duties); the facilitator plays everyone else:
-- staff, leadership, vendors, journalists, the authorities.
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
--   ransom-response negotiate -> chat-leaked
--   press-line maintenance -> flag misled -> misled-exposed

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
    en = "An officer opened a suspicious \"reconciliation\" attachment",
    vi = "Cán bộ mở tệp đính kèm \"đối chiếu số liệu thu\" đáng ngờ",
  },
  body = {
    en = "08:10, Monday. An officer of the contributions division calls the IT desk. At 07:50 she opened an email from \"Ban Quản lý Thu – Sổ, thẻ\" (sender thu.bhxh@vss-gov[.]vn) titled \"URGENT: Q4 contributions reconciliation\". The ZIP attachment held a file called \"DoiChieu_QIV.pdf.lnk\"; when she double-clicked it a black window flashed and nothing opened. Her workstation is still on and connected to the network; she is signed in with her official account, which also opens the contributions and book/card (TST) application. The antivirus on the machine shows no alert; its licence expired in March.",
    vi = "08:10 sáng thứ Hai. Một cán bộ Phòng Quản lý thu gọi điện cho bộ phận CNTT: lúc 07:50 chị mở thư gửi từ \"Ban Quản lý Thu – Sổ, thẻ\" (địa chỉ thu.bhxh@vss-gov[.]vn) với tiêu đề \"KHẨN: đối chiếu số liệu thu quý IV\". Tệp nén đính kèm chứa tệp \"DoiChieu_QIV.pdf.lnk\"; khi nhấp đúp, một cửa sổ màu đen hiện lên rồi tắt, không có tài liệu nào mở ra. Máy trạm vẫn đang bật và kết nối mạng; chị đang đăng nhập bằng tài khoản công vụ, tài khoản này cũng dùng để vào phần mềm quản lý thu – sổ, thẻ (TST). Phần mềm diệt virus trên máy không cảnh báo gì; bản quyền của nó đã hết hạn từ tháng 3.",
  },
  notes = {
    en = "Rules this drill teaches (checked 30 November 2026; sources in scenarios/REFERENCES.md): Decision 05/2017/QĐ-TTg on incident reporting (report to the governing body, the specialised unit and the national coordinator; beyond your capacity, report at once and ask for support); the Law on Personal Data Protection 91/2025/QH15, Art. 23 (notify A05 within 72 hours of discovering a personal-data breach; it replaced Decree 13/2023/NĐ-CP, which counted from the breach itself); Decree 85/2016/NĐ-CP security levels. National incident coordination now sits with the Ministry of Public Security (A05, National Cyber Security Centre), no longer VNCERT/CC under the former Ministry of Information and Communications. Not verified: the Law's exact article wording (secondary sources only), the system's approved security level, and whether Decree 85 has a successor under the Cybersecurity Law 2025. Security level: the contributions database is treated as level 4 (assumption). Expected: treat this as a probable compromise, not a user mistake. Disconnect the host from the network without switching it off (memory holds the evidence), capture memory and disk, keep the original email with full headers, open an incident ticket and alert the central team so the mail gateway can be searched. Credit teams that ask what the account can reach (TST), notice the expired antivirus licence, and thank the officer rather than blame her: a fast report is the behaviour to encourage. Reinstalling the machine is the tempting wrong answer; it destroys the evidence needed to learn what was stolen.",
    vi = "Các quy định diễn tập này áp dụng (rà soát ngày 30/11/2026; nguồn tại scenarios/REFERENCES.md): Quyết định 05/2017/QĐ-TTg về báo cáo sự cố (báo cáo cơ quan chủ quản, đơn vị chuyên trách và cơ quan điều phối quốc gia; vượt quá khả năng xử lý thì báo cáo ngay và đề nghị hỗ trợ); Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 23 (thông báo A05 trong 72 giờ kể từ khi phát hiện vi phạm; thay thế Nghị định 13/2023/NĐ-CP vốn tính từ khi xảy ra vi phạm); cấp độ an toàn hệ thống thông tin theo Nghị định 85/2016/NĐ-CP. Việc điều phối ứng cứu sự cố quốc gia nay thuộc Bộ Công an (Cục A05, Trung tâm An ninh mạng quốc gia), không còn là VNCERT/CC thuộc Bộ Thông tin và Truyền thông trước đây. Chưa kiểm chứng được: câu chữ chính xác của Điều luật (mới có nguồn thứ cấp), cấp độ đã được phê duyệt của hệ thống, và việc Nghị định 85 đã có văn bản thay thế theo Luật An ninh mạng 2025 hay chưa. Cấp độ: cơ sở dữ liệu thu được coi là hệ thống cấp độ 4 (giả định). Kỳ vọng: coi đây là máy đã bị xâm nhập chứ không phải lỗi thao tác của người dùng. Ngắt máy khỏi mạng nhưng không tắt nguồn (bộ nhớ đang lưu chứng cứ), thu bản sao bộ nhớ và ổ đĩa, giữ nguyên thư gốc kèm tiêu đề đầy đủ, mở phiếu sự cố và báo đội ứng cứu sự cố của Trung tâm CNTT để rà soát hệ thống lọc thư. Ghi nhận đội nào hỏi tài khoản này truy cập được những gì (TST), để ý bản quyền diệt virus đã hết hạn, và cảm ơn thay vì đổ lỗi cho cán bộ: báo cáo nhanh là hành vi cần khuyến khích. Cài lại máy là phương án hấp dẫn nhưng sai, vì nó xóa mất chứng cứ cần thiết để biết kẻ tấn công đã lấy được gì.",
  },
}

decision {
  id = "triage-phish",
  objectives = { "first-report" },
  on = phish_report,
  within = "15m",
  prompt = {
    en = "The officer is still on the line. What do you do first?",
    vi = "Cán bộ vẫn đang chờ máy. Đội xử lý bước đầu như thế nào?",
  },
  options = {
    { id = "reimage",
      text = { en = "Have the local IT officer wipe and reinstall the workstation right away so she can get back to work.",
               vi = "Yêu cầu cán bộ CNTT tại chỗ xóa trắng và cài lại máy ngay để chị tiếp tục làm việc." },
      score = { contain = 3, analyse = -8 },
      set = { evidence_lost = true },
      notes = { en = "Stops this host, but the memory and disk evidence are gone; nobody will know which passwords were taken.",
                vi = "Dừng được máy này nhưng mất hết chứng cứ trên bộ nhớ và ổ đĩa; sẽ không ai biết mật khẩu nào đã bị lấy." } },
    { id = "isolate-host",
      text = { en = "Unplug the workstation from the network but leave it running; capture memory and disk, keep the email with its headers, open an incident ticket and notify the central incident response team.",
               vi = "Rút cáp mạng của máy trạm nhưng để máy tiếp tục chạy; thu bản sao bộ nhớ và ổ đĩa, lưu thư kèm tiêu đề, mở phiếu sự cố và báo đội ứng cứu sự cố của Trung tâm CNTT." },
      score = { detect = 4, analyse = 6, contain = 8 },
      set = { host_isolated = true },
      triggers = { { "forensic-image", after = "20m" } },
      notes = { en = "Contains the host and keeps the evidence; the memory image will show what was stolen.",
                vi = "Vừa ngăn chặn vừa giữ được chứng cứ; bản sao bộ nhớ sẽ cho biết thông tin gì đã bị đánh cắp." } },
    { id = "av-scan",
      text = { en = "Run a full antivirus scan; if it finds nothing, let her carry on working.",
               vi = "Quét toàn bộ máy bằng phần mềm diệt virus; nếu không phát hiện gì thì để chị làm việc tiếp." },
      score = { detect = -2 },
      triggers = { { "internal-phish", after = "20m" } },
      notes = { en = "The antivirus has had no signature updates since its licence lapsed; a clean scan proves nothing.",
                vi = "Phần mềm diệt virus không được cập nhật mẫu nhận diện từ khi hết bản quyền; quét sạch không chứng minh được gì." } },
    { id = "delete-email",
      text = { en = "Tell her to delete the email and empty the recycle bin; no ticket needed for one email.",
               vi = "Hướng dẫn chị xóa thư và dọn thùng rác; một thư thì không cần mở phiếu sự cố." },
      score = { detect = -5, communicate = -2 },
      triggers = { { "internal-phish", after = "20m" } },
      notes = { en = "Destroys the one piece of evidence in hand and leaves the attacker on the host.",
                vi = "Xóa mất chứng cứ duy nhất đang có và để kẻ tấn công tiếp tục nằm trên máy." } },
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
    en = "47 copies of the same email in 14 provincial units",
    vi = "47 thư cùng mẫu đã vào hộp thư của 14 BHXH tỉnh",
  },
  body = {
    en = "A search of the mail gateway for the sender domain vss-gov[.]vn finds 47 messages delivered between 07:30 and 08:05 to officers in 14 provincial units and two central departments, all with the same ZIP attachment. The proxy log shows that six workstations, including the one already reported, opened HTTPS connections to 198.51.100.23 within a minute of the email being opened.",
    vi = "Tra cứu trên hệ thống lọc thư theo tên miền gửi vss-gov[.]vn cho thấy 47 thư đã được chuyển tới cán bộ của 14 BHXH tỉnh và hai ban nghiệp vụ ở trung ương trong khoảng 07:30–08:05, tất cả cùng một tệp nén đính kèm. Nhật ký proxy ghi nhận sáu máy trạm, trong đó có máy đã được báo cáo, kết nối HTTPS tới địa chỉ 198.51.100.23 chỉ một phút sau khi thư được mở.",
  },
  notes = {
    en = "Expected: pull the message from every mailbox, block the sender domain and the address 198.51.100.23 at the gateway and firewalls, send an official alert with the indicators to every provincial unit through the sector's incident response network, and treat the five other workstations like the first one. Evaluator: this is a sector-wide campaign, not one careless user; a warning email alone leaves the six connections alive. Waiting for the monitoring contractor is the lapse in vigilance the Resolution describes.",
    vi = "Kỳ vọng: thu hồi thư khỏi mọi hộp thư, chặn tên miền gửi và địa chỉ 198.51.100.23 trên hệ thống lọc thư và tường lửa, gửi cảnh báo chính thức kèm dấu hiệu nhận biết (IOC) tới toàn bộ BHXH các tỉnh qua mạng lưới ứng cứu sự cố của Ngành, và xử lý năm máy trạm còn lại như máy đầu tiên. Đánh giá: đây là chiến dịch nhắm vào cả Ngành chứ không phải một người dùng sơ suất; chỉ gửi thư nhắc nhở thì sáu kết nối vẫn còn nguyên. Chờ nhà thầu giám sát xác nhận chính là sự thiếu cảnh giác mà Nghị quyết đã nêu.",
  },
}

decision {
  id = "mail-sweep",
  objectives = { "first-report" },
  on = mail_hits,
  within = "20m",
  prompt = {
    en = "How do you handle the campaign across the sector?",
    vi = "Đội xử lý chiến dịch thư lừa đảo trên toàn Ngành như thế nào?",
  },
  options = {
    { id = "warn-staff",
      text = { en = "Email all staff a warning not to open the message.",
               vi = "Gửi thư nhắc toàn thể cán bộ không mở thư này." },
      score = { communicate = 2, contain = 1 },
      notes = { en = "Useful but late: six machines have already connected out.",
                vi = "Có ích nhưng muộn: sáu máy đã kết nối ra ngoài." } },
    { id = "block-only",
      text = { en = "Block the sender domain at the gateway; no need to alarm the provinces.",
               vi = "Chặn tên miền gửi trên hệ thống lọc thư; không cần làm các tỉnh lo lắng." },
      score = { contain = 3, coordinate = -3 },
      notes = { en = "Stops new emails but not the infections, and keeps the units in the dark.",
                vi = "Chặn được thư mới nhưng không xử lý máy đã nhiễm, và để các đơn vị không hay biết gì." } },
    { id = "purge-block",
      text = { en = "Purge the message from all mailboxes, block the domain and 198.51.100.23, isolate the six workstations, and send an official alert with the indicators to every provincial unit.",
               vi = "Thu hồi thư khỏi mọi hộp thư, chặn tên miền và địa chỉ 198.51.100.23, cô lập sáu máy trạm và gửi cảnh báo chính thức kèm dấu hiệu nhận biết tới BHXH tất cả các tỉnh." },
      score = { detect = 6, contain = 8, coordinate = 4 },
      notes = { en = "Closes the door for everyone and turns the other units into sensors.",
                vi = "Đóng cửa cho cả Ngành và biến các đơn vị khác thành tai mắt phát hiện." } },
    { id = "wait-contractor",
      text = { en = "Wait for the monitoring contractor to confirm that the attachment is malicious.",
               vi = "Chờ nhà thầu giám sát xác nhận tệp đính kèm là độc hại." },
      score = { detect = -3, contain = -2 },
      notes = { en = "The evidence is already conclusive; waiting hands the attackers time.",
                vi = "Bằng chứng đã đủ rõ; chờ đợi chỉ cho kẻ tấn công thêm thời gian." } },
  },
  timeout = "wait-contractor",
  speed = { full = "5m", zero = "20m", floor = 0.5 },
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
    en = "The officer's own mailbox is sending the attachment to colleagues",
    vi = "Hộp thư của chính cán bộ đó đang gửi tệp độc hại cho đồng nghiệp",
  },
  body = {
    en = "The chief accountant calls: she and two colleagues received \"the reconciliation file you asked for\" from the contributions officer's real official address, and the two colleagues opened it. The officer says she sent nothing. A check of her mailbox shows a new rule forwarding every incoming message to an outside Gmail address, created at 08:02.",
    vi = "Kế toán trưởng gọi điện: chị và hai đồng nghiệp nhận được \"tệp đối chiếu như đã đề nghị\" từ đúng địa chỉ thư công vụ của cán bộ Phòng Quản lý thu, và hai đồng nghiệp đã mở tệp. Cán bộ kia khẳng định không gửi gì. Kiểm tra hộp thư của chị thấy một quy tắc mới, tạo lúc 08:02, tự động chuyển tiếp mọi thư đến tới một địa chỉ Gmail bên ngoài.",
  },
  notes = {
    en = "Reached only by teams that scanned with the expired antivirus or had the email deleted. Expected now: disable the account and reset its password with a second factor, remove the forwarding rule (after exporting it as evidence), isolate the three workstations, review sign-ins and search other mailboxes for similar rules. Evaluator: point out that the earlier choice let the attacker keep the host and the official account; misuse of official accounts by an intruder is exactly what the sector's SOP is meant to prevent.",
    vi = "Chỉ xuất hiện với đội đã quét bằng phần mềm diệt virus hết hạn hoặc cho xóa thư. Kỳ vọng lúc này: khóa tài khoản và đặt lại mật khẩu kèm xác thực hai yếu tố, xóa quy tắc chuyển tiếp (sau khi xuất ra làm chứng cứ), cô lập ba máy trạm, rà soát lịch sử đăng nhập và tìm quy tắc tương tự trong các hộp thư khác. Đánh giá: chỉ ra rằng lựa chọn trước đó đã để kẻ tấn công giữ được cả máy lẫn tài khoản công vụ; tài khoản công vụ bị kẻ xâm nhập lợi dụng chính là điều quy trình của Ngành cần ngăn chặn.",
  },
}

decision {
  id = "internal-phish-response",
  objectives = { "first-report" },
  on = internal_phish,
  within = "15m",
  prompt = {
    en = "The officer's account is being used by someone else. What now?",
    vi = "Tài khoản của cán bộ đang bị người khác sử dụng. Đội làm gì?",
  },
  options = {
    { id = "reset-password",
      text = { en = "Just reset her password.", vi = "Chỉ đặt lại mật khẩu cho chị." },
      score = { contain = 2 },
      notes = { en = "The forwarding rule and the infected hosts survive a password change.",
                vi = "Đổi mật khẩu không xóa được quy tắc chuyển tiếp và các máy đã nhiễm." } },
    { id = "contain-now",
      text = { en = "Disable the account, export and remove the forwarding rule, reset the password with a second factor, isolate the three workstations and review all sign-ins.",
               vi = "Khóa tài khoản, xuất và xóa quy tắc chuyển tiếp, đặt lại mật khẩu kèm xác thực hai yếu tố, cô lập ba máy trạm và rà soát toàn bộ lịch sử đăng nhập." },
      score = { contain = 6, analyse = 3 },
      notes = { en = "The right moves, one step behind the attacker.", vi = "Đúng việc, nhưng đã chậm hơn kẻ tấn công một bước." } },
    { id = "keep-watching",
      text = { en = "Leave the account active to watch what the attacker does next.", vi = "Để tài khoản hoạt động để theo dõi kẻ tấn công làm gì tiếp theo." },
      score = { contain = -4, analyse = 1 },
      notes = { en = "Watching needs a team and a plan that do not exist here; meanwhile every email is forwarded out.",
                vi = "Muốn theo dõi phải có người và kế hoạch, mà ở đây đều không có; trong lúc đó mọi thư vẫn bị chuyển ra ngoài." } },
  },
  timeout = "keep-watching",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (good triage): the memory image reveals the stolen service account
------------------------------------------------------------------------------------------

local forensic_image = inject {
  id = "forensic-image",
  stage = "foothold",
  attack = "T1003.001",
  severity = "high",
  from = { en = "Forensic analyst, central incident response team", vi = "Chuyên viên điều tra số, đội ứng cứu sự cố Trung tâm CNTT" },
  channel = "chat",
  title = {
    en = "Memory image: LSASS dumped, service account exposed",
    vi = "Bản sao bộ nhớ: bộ nhớ LSASS bị kết xuất, lộ tài khoản dịch vụ",
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
  within = "15m",
  prompt = {
    en = "svc_dongbo_thu is in the attackers' hands. What do you do with it?",
    vi = "Tài khoản svc_dongbo_thu đã rơi vào tay kẻ tấn công. Đội xử lý thế nào?",
  },
  options = {
    { id = "wait-window",
      text = { en = "Schedule the change for the weekend maintenance window so the month-end contribution sync is not disrupted.",
               vi = "Lên lịch đổi mật khẩu vào kỳ bảo trì cuối tuần để không ảnh hưởng việc đồng bộ dữ liệu thu cuối tháng." },
      score = { contain = -4, coordinate = 1 },
      notes = { en = "Puts business convenience ahead of a live intrusion.", vi = "Đặt sự thuận tiện nghiệp vụ lên trên một cuộc xâm nhập đang diễn ra." } },
    { id = "rotate-one",
      text = { en = "Change the password on this province's server only.", vi = "Chỉ đổi mật khẩu trên máy chủ của tỉnh này." },
      score = { contain = 2 },
      notes = { en = "The same password still opens 33 other units and the data centre.",
                vi = "Mật khẩu cũ vẫn mở được 33 đơn vị khác và Trung tâm dữ liệu." } },
    { id = "rotate-all",
      text = { en = "Rotate it now on every server with a unique password each, limit it to the sync servers, block remote desktop from provincial networks to the data centre, and accept a short pause in data sync.",
               vi = "Đổi mật khẩu ngay trên mọi máy chủ, mỗi máy một mật khẩu riêng, chỉ cho phép tài khoản đăng nhập trên máy chủ đồng bộ, chặn RDP từ mạng BHXH tỉnh vào Trung tâm dữ liệu, chấp nhận tạm dừng đồng bộ một thời gian ngắn." },
      score = { contain = 10, eradicate = 6 },
      set = { contained = true },
      notes = { en = "Takes the key away before it reaches the database.", vi = "Lấy lại chìa khóa trước khi kẻ tấn công kịp mở cơ sở dữ liệu." } },
  },
  timeout = "wait-window",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
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
    en = "Remote desktop from a provincial subnet into three data-centre servers",
    vi = "Kết nối RDP từ mạng BHXH tỉnh vào ba máy chủ tại Trung tâm dữ liệu",
  },
  body = {
    en = "The SIEM correlates remote desktop logons between 08:14 and 08:22 from another workstation in the provincial office's subnet to three servers in the data centre: the application server TST-APP-02, the database server DB-THU-01 and the backup server BK-01, all with the account svc_dongbo_thu. On DB-THU-01 a new local account \"hotro_it\" has been added to the Administrators group.",
    vi = "Hệ thống SIEM tương quan được các phiên đăng nhập RDP trong khoảng 08:14–08:22 từ một máy trạm khác trong dải mạng của BHXH tỉnh tới ba máy chủ tại Trung tâm dữ liệu: máy chủ ứng dụng TST-APP-02, máy chủ cơ sở dữ liệu DB-THU-01 và máy chủ sao lưu BK-01, đều bằng tài khoản svc_dongbo_thu. Trên DB-THU-01 vừa xuất hiện tài khoản cục bộ mới \"hotro_it\" thuộc nhóm Administrators.",
  },
  notes = {
    en = "Expected: block remote desktop from provincial subnets at the data-centre firewall, disable (do not delete) hotro_it and svc_dongbo_thu on the three servers, collect their event logs, and hunt for the same indicators across the data centre. Teams that already rotated the account should recognise that these logons predate the rotation and that hotro_it is the attacker's way back in. Evaluator: deleting the new account destroys evidence and leaves the stolen password working; shutting every server down stops national services and wipes memory evidence; asking the province first costs the time the attacker needs.",
    vi = "Kỳ vọng: chặn RDP từ các dải mạng BHXH tỉnh trên tường lửa Trung tâm dữ liệu, vô hiệu hóa (không xóa) tài khoản hotro_it và svc_dongbo_thu trên ba máy chủ, thu thập nhật ký sự kiện, truy vết cùng dấu hiệu trên toàn Trung tâm dữ liệu. Đội đã đổi mật khẩu cần nhận ra các phiên này diễn ra trước khi đổi, và hotro_it là cửa hậu để kẻ tấn công quay lại. Đánh giá: xóa tài khoản mới là xóa chứng cứ trong khi mật khẩu bị lộ vẫn dùng được; tắt toàn bộ máy chủ làm dừng dịch vụ trên cả nước và mất chứng cứ trong bộ nhớ; hỏi lại tỉnh trước khi hành động là trao cho kẻ tấn công đúng khoảng thời gian chúng cần.",
  },
}

decision {
  id = "rdp-response",
  objectives = { "close-path" },
  on = rdp_alert,
  within = "15m",
  prompt = {
    en = "The attacker is inside the data centre. Your move?",
    vi = "Kẻ tấn công đã vào tới Trung tâm dữ liệu. Đội hành động thế nào?",
  },
  options = {
    { id = "block-hunt",
      text = { en = "Block RDP from provincial subnets at the data-centre firewall, disable hotro_it and svc_dongbo_thu on the three servers, collect their logs and hunt for the indicators across the data centre.",
               vi = "Chặn RDP từ mạng BHXH tỉnh trên tường lửa Trung tâm dữ liệu, vô hiệu hóa hotro_it và svc_dongbo_thu trên ba máy chủ, thu thập nhật ký và truy vết dấu hiệu trên toàn Trung tâm dữ liệu." },
      score = { contain = 8, detect = 4, analyse = 4 },
      set = { contained = true },
      notes = { en = "Cuts the path and keeps the evidence.", vi = "Cắt đứt đường đi mà vẫn giữ được chứng cứ." } },
    { id = "delete-account",
      text = { en = "Delete the hotro_it account and keep monitoring.", vi = "Xóa tài khoản hotro_it rồi tiếp tục theo dõi." },
      score = { contain = 3, analyse = -2 },
      notes = { en = "The stolen service account still works, and the evidence of the new account is gone.",
                vi = "Tài khoản dịch vụ bị lộ vẫn dùng được, còn dấu vết của tài khoản mới thì đã mất." } },
    { id = "ask-province",
      text = { en = "First ask the provincial office whether their IT staff made these logons.", vi = "Hỏi BHXH tỉnh trước xem có phải cán bộ CNTT của tỉnh đăng nhập không." },
      score = { coordinate = 1, contain = -3 },
      notes = { en = "A reasonable question, but not before containment: new admin accounts are not routine.",
                vi = "Câu hỏi hợp lý, nhưng phải sau khi ngăn chặn: tạo tài khoản quản trị mới không phải việc thường ngày." } },
    { id = "shutdown-all",
      text = { en = "Shut down every server in the data centre immediately.", vi = "Tắt ngay toàn bộ máy chủ tại Trung tâm dữ liệu." },
      score = { contain = 4, recover = -6, analyse = -4 },
      notes = { en = "Stops services nationwide and erases memory evidence; network isolation does the job without either.",
                vi = "Làm dừng dịch vụ trên cả nước và mất chứng cứ trong bộ nhớ; cô lập mạng đạt cùng mục đích mà không gây ra hai hậu quả đó." } },
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
    en = "Backup retention set to zero; shadow copies deleted",
    vi = "Thời gian lưu giữ bản sao lưu bị đặt về 0; bản sao ẩn bị xóa",
  },
  body = {
    en = "The backup system's morning check flags that at 08:21, during the same remote-desktop session, someone signed in to the backup console on BK-01 and set the retention of the DB-THU-01 backup set to 0 days; the Windows shadow copies on TST-APP-02 and DB-THU-01 were deleted a minute later. The next scheduled replication to the disaster-recovery site runs at 09:20. The last offline copy is Saturday's tape. The support contract for the backup software lapsed last year, so the vendor will only help against a new purchase order.",
    vi = "Báo cáo kiểm tra buổi sáng của hệ thống sao lưu cho thấy lúc 08:21, trong cùng phiên RDP nói trên, có người đăng nhập bảng điều khiển sao lưu trên BK-01 và đặt thời gian lưu giữ bộ sao lưu của DB-THU-01 về 0 ngày; một phút sau các bản sao ẩn (shadow copy) trên TST-APP-02 và DB-THU-01 bị xóa. Lần sao chép dữ liệu tiếp theo sang trung tâm dữ liệu dự phòng theo lịch sẽ chạy lúc 09:20. Bản sao lưu ngoại tuyến gần nhất là băng từ hôm thứ Bảy. Hợp đồng hỗ trợ kỹ thuật phần mềm sao lưu đã hết hạn từ năm ngoái, nên nhà cung cấp chỉ hỗ trợ khi có đơn đặt hàng mới.",
  },
  notes = {
    en = "Classic pre-encryption step: remove the way back. Expected: take the backup server and the replication link to the disaster-recovery site offline, secure Saturday's tape physically, change every backup-console credential, and verify that the DR copy is still clean. Evaluator: letting replication run 'to keep DR fresh' will copy encrypted or wiped data over the last good copy. The lapsed support contract is one of the weaknesses the Resolution names; note it for the improvement plan.",
    vi = "Bước điển hình trước khi mã hóa: cắt đường lui của nạn nhân. Kỳ vọng: ngắt máy chủ sao lưu và đường sao chép sang trung tâm dữ liệu dự phòng, cất giữ an toàn băng từ thứ Bảy, đổi toàn bộ thông tin xác thực của bảng điều khiển sao lưu, kiểm tra bản dự phòng còn sạch. Đánh giá: để lịch sao chép chạy \"cho bản dự phòng mới nhất\" sẽ ghi đè dữ liệu đã bị mã hóa hoặc xóa lên bản tốt cuối cùng. Hợp đồng hỗ trợ hết hạn là một trong những điểm yếu Nghị quyết đã chỉ ra; ghi lại cho kế hoạch khắc phục.",
  },
}

decision {
  id = "protect-backups",
  objectives = { "clean-restore" },
  on = backup_tamper,
  within = "15m",
  prompt = {
    en = "Replication runs at 09:20. What do you do with the backups?",
    vi = "Lịch sao chép sẽ chạy lúc 09:20. Đội xử lý hệ thống sao lưu thế nào?",
  },
  options = {
    { id = "call-vendor",
      text = { en = "Call the backup vendor and touch nothing until they advise.", vi = "Gọi nhà cung cấp phần mềm sao lưu và không động vào gì cho đến khi có hướng dẫn." },
      score = { coordinate = 1, recover = -3 },
      set = { dr_tainted = true },
      notes = { en = "Without a contract the vendor needs days; replication runs in minutes.",
                vi = "Không có hợp đồng thì nhà cung cấp cần vài ngày; lịch sao chép chỉ còn vài phút." } },
    { id = "isolate-backups",
      text = { en = "Take BK-01 and the replication link offline now, lock Saturday's tape away, change every backup-console credential and check that the disaster-recovery copy is clean.",
               vi = "Ngắt ngay BK-01 và đường sao chép sang trung tâm dự phòng, cất giữ băng từ thứ Bảy, đổi toàn bộ thông tin xác thực của bảng điều khiển sao lưu và kiểm tra bản dự phòng còn sạch." },
      score = { recover = 10, contain = 4 },
      notes = { en = "Protects the way back.", vi = "Giữ được đường lui." } },
    { id = "keep-replication",
      text = { en = "Let the 09:20 replication run so that the disaster-recovery copy is as fresh as possible.",
               vi = "Để lịch sao chép 09:20 chạy bình thường cho bản dự phòng được cập nhật mới nhất." },
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
    en = "41 GB sent from DB-THU-01 to a cloud storage service",
    vi = "41 GB dữ liệu từ DB-THU-01 được gửi lên dịch vụ lưu trữ đám mây",
  },
  body = {
    en = "The flow collector's hourly report, read only now, shows 41 GB leaving DB-THU-01 between 08:16 and 08:29 (before any containment could take effect) to a public cloud storage service, sent by a process named rclone.exe that no one installed. DB-THU-01 holds contribution histories, salary bases for contributions, citizen ID numbers, addresses, phone numbers and the bank accounts used for benefit payments.",
    vi = "Báo cáo định kỳ hằng giờ của hệ thống thu thập luồng mạng, đến giờ mới được xem, cho thấy 41 GB đã rời DB-THU-01 trong khoảng 08:16–08:29 (trước khi mọi biện pháp ngăn chặn kịp có hiệu lực) tới một dịch vụ lưu trữ đám mây công cộng, do tiến trình rclone.exe gửi đi, không ai cài đặt tiến trình này. DB-THU-01 chứa quá trình đóng BHXH, mức tiền lương làm căn cứ đóng, số định danh cá nhân, địa chỉ, số điện thoại và số tài khoản ngân hàng dùng để chi trả chế độ.",
  },
  notes = {
    en = "Expected: block the destination, preserve flow records and server logs, and start a personal-data breach assessment at once: which data, how many people, which provinces. Bank accounts and health-insurance data are sensitive personal data, and under the Law on Personal Data Protection (91/2025/QH15, Art. 23) the 72-hour clock for notifying A05 starts now, at discovery, not at the end of the investigation. Evaluator: 'it is probably the offsite backup' is the comfortable assumption to challenge: nobody installed rclone.",
    vi = "Kỳ vọng: chặn địa chỉ đích, lưu giữ dữ liệu luồng mạng và nhật ký máy chủ, bắt đầu ngay việc đánh giá vi phạm dữ liệu cá nhân: dữ liệu gì, bao nhiêu người, những tỉnh nào. Thông tin tài khoản ngân hàng và dữ liệu về sức khỏe, bảo hiểm y tế là dữ liệu cá nhân nhạy cảm, và theo Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15, Điều 23) thời hạn 72 giờ để thông báo A05 tính từ lúc này, khi phát hiện vi phạm, chứ không phải từ khi điều tra xong. Đánh giá: giả định \"chắc là tiến trình sao lưu ra ngoài\" là giả định dễ dãi cần phản biện: không ai cài rclone.",
  },
}

decision {
  id = "exfil-response",
  on = exfil,
  within = "15m",
  prompt = {
    en = "Data is leaving the database. What do you do?",
    vi = "Dữ liệu đang bị chuyển ra khỏi cơ sở dữ liệu. Đội làm gì?",
  },
  options = {
    { id = "block-only",
      text = { en = "Block the destination; it is a technical matter for the network team.", vi = "Chặn địa chỉ đích; đây là việc kỹ thuật của bộ phận mạng." },
      score = { contain = 5, communicate = -2 },
      notes = { en = "Treats a personal-data breach as a firewall ticket.", vi = "Coi vi phạm dữ liệu cá nhân như một yêu cầu cấu hình tường lửa." } },
    { id = "assume-backup",
      text = { en = "It is probably the offsite backup job; ask the database team tomorrow.", vi = "Có lẽ là tác vụ sao lưu ra ngoài; mai hỏi lại nhóm quản trị cơ sở dữ liệu." },
      score = { detect = -5 },
      notes = { en = "Nobody installed rclone; the data keeps flowing.", vi = "Không ai cài rclone; dữ liệu vẫn tiếp tục bị chuyển đi." } },
    { id = "block-assess",
      text = { en = "Block the destination, preserve the flow records and server logs, and start a personal-data breach assessment for the leadership: what data, how many people, which provinces.",
               vi = "Chặn địa chỉ đích, lưu giữ dữ liệu luồng mạng và nhật ký máy chủ, bắt đầu đánh giá vi phạm dữ liệu cá nhân để báo cáo Lãnh đạo: dữ liệu gì, bao nhiêu người, những tỉnh nào." },
      score = { contain = 6, analyse = 6, communicate = 2 },
      set = { breach_assessed = true },
      notes = { en = "Stops the leak and starts the legal clock correctly.", vi = "Chặn rò rỉ và bắt đầu tính đúng thời hạn theo quy định." } },
  },
  timeout = "assume-backup",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:15  Impact: two alternatives depending on containment
------------------------------------------------------------------------------------------

local mass_encryption = inject {
  id = "mass-encryption",
  at = "1:15",
  stage = "impact",
  attack = "T1486",
  severity = "critical",
  from = { en = "Duty operator, data centre", vi = "Cán bộ trực vận hành, Trung tâm dữ liệu" },
  channel = "phone",
  title = {
    en = "The contributions and book/card system is down nationwide",
    vi = "Hệ thống quản lý thu – sổ, thẻ ngừng hoạt động trên toàn quốc",
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
  within = "20m",
  prompt = {
    en = "The core contributions system is down. How do you keep the sector working?",
    vi = "Hệ thống thu cốt lõi đã ngừng. Đội làm gì để Ngành tiếp tục hoạt động?",
  },
  options = {
    { id = "restore-now",
      text = { en = "Restore the newest backup onto the same servers right away to have the service back before noon.",
               vi = "Khôi phục ngay bản sao lưu mới nhất lên chính các máy chủ cũ để dịch vụ chạy lại trước buổi trưa." },
      score = { recover = 2, eradicate = -6 },
      triggers = { { "reinfection", after = "25m" } },
      notes = { en = "The attacker's persistence is still on the servers.", vi = "Cơ chế bám trụ của kẻ tấn công vẫn nằm trên máy chủ." } },
    { id = "activate-bcp",
      text = { en = "Activate the continuity plan: manual receipt at provincial counters, an official notice that late declarations will not be penalised, infected servers kept isolated for forensics, a clean rebuild prepared in parallel.",
               vi = "Kích hoạt kế hoạch bảo đảm hoạt động liên tục: tiếp nhận hồ sơ giấy tại bộ phận một cửa, văn bản thông báo không xử lý chậm nộp do sự cố, giữ cô lập máy chủ nhiễm để điều tra, đồng thời chuẩn bị dựng lại hệ thống sạch." },
      score = { recover = 8, coordinate = 4, communicate = 2 },
      notes = { en = "Service continues on paper while the systems are rebuilt properly.", vi = "Nghiệp vụ vẫn chạy trên giấy trong khi hệ thống được dựng lại bài bản." } },
    { id = "wait-decryptor",
      text = { en = "Wait and see what the attackers want; they may provide a decryptor.", vi = "Chờ xem kẻ tấn công đòi gì; có thể chúng sẽ đưa công cụ giải mã." },
      score = { recover = -6, coordinate = -2 },
      notes = { en = "Recovery is not in the hands of criminals.", vi = "Không thể phó mặc việc khôi phục cho tội phạm." } },
  },
  timeout = "wait-decryptor",
  speed = { full = "5m", zero = "20m", floor = 0.5 },
}

local partial_encryption = inject {
  id = "partial-encryption",
  at = "1:15",
  stage = "impact",
  attack = "T1486",
  severity = "high",
  from = { en = "IT officer, provincial office", vi = "Cán bộ CNTT, BHXH tỉnh" },
  channel = "phone",
  title = {
    en = "Encryption limited to the provincial office; the central database is intact",
    vi = "Mã hóa chỉ xảy ra tại BHXH tỉnh; cơ sở dữ liệu trung tâm vẫn nguyên vẹn",
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

local dr_encrypted = inject {
  id = "dr-encrypted",
  at = "1:25",
  stage = "impact",
  attack = "T1490",
  severity = "critical",
  from = { en = "Operator, disaster-recovery site", vi = "Cán bộ vận hành, trung tâm dữ liệu dự phòng" },
  channel = "phone",
  title = {
    en = "Replication copied the encrypted files to the disaster-recovery site",
    vi = "Lịch sao chép đã chép các tệp bị mã hóa sang trung tâm dự phòng",
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
    en = "\"Kraken-8\": pay 40 BTC in 72 hours or the data is published",
    vi = "\"Kraken-8\": trả 40 BTC trong 72 giờ nếu không sẽ công bố dữ liệu",
  },
  body = {
    en = "A group calling itself Kraken-8 claims to hold 1.2 TB of data including the records of millions of insured persons. It demands 40 BTC within 72 hours, offers to decrypt two files free as proof, and gives a chat link for \"negotiation\". If the agency does not pay, it says, the data will be published on its leak site and sold.",
    vi = "Một nhóm tự xưng là Kraken-8 tuyên bố đang nắm giữ 1,2 TB dữ liệu, trong đó có hồ sơ của hàng triệu người tham gia BHXH. Nhóm này đòi 40 BTC trong vòng 72 giờ, đề nghị giải mã miễn phí hai tệp để chứng minh, và gửi kèm đường dẫn trò chuyện để \"thương lượng\". Nếu cơ quan không trả tiền, chúng sẽ công bố dữ liệu trên trang web rò rỉ và bán cho bên thứ ba.",
  },
  notes = {
    en = "Expected: no contact and no payment; preserve the note, the wallet address and the chat link as evidence; report to the Department of Cyber Security and High-Tech Crime Prevention (A05, Ministry of Public Security), which investigates; inform the leadership. Evaluator: negotiating 'to buy time' without authority, legal advice or trained negotiators exposes the agency and rarely helps; paying funds crime and does not guarantee deletion. Discuss what the leadership would need to hear to say no with confidence.",
    vi = "Kỳ vọng: không liên hệ, không trả tiền; lưu giữ thư đòi tiền chuộc, địa chỉ ví và đường dẫn trò chuyện làm chứng cứ; báo cáo Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an để điều tra; báo cáo Lãnh đạo Ngành. Đánh giá: tự ý thương lượng \"để kéo dài thời gian\" khi không có thẩm quyền, tư vấn pháp lý hay người được đào tạo sẽ đặt cơ quan vào thế bất lợi và hiếm khi có ích; trả tiền là tiếp tay cho tội phạm và không bảo đảm dữ liệu bị xóa. Thảo luận xem Lãnh đạo cần những thông tin gì để tự tin từ chối.",
  },
}

decision {
  id = "ransom-response",
  objectives = { "one-voice" },
  on = ransom_note,
  within = "20m",
  prompt = {
    en = "How do you respond to the ransom demand?",
    vi = "Đội xử lý yêu cầu đòi tiền chuộc thế nào?",
  },
  options = {
    { id = "negotiate",
      text = { en = "Have an IT officer reply through the chat link to buy time and get the free test decryption.",
               vi = "Giao một cán bộ CNTT trả lời qua đường dẫn trò chuyện để kéo dài thời gian và xin giải mã thử miễn phí." },
      score = { coordinate = -6, analyse = 1 },
      triggers = { { "chat-leaked", after = "30m" } },
      notes = { en = "Unauthorised contact; whatever is written will be used against the agency.", vi = "Liên hệ khi không có thẩm quyền; mọi điều viết ra sẽ bị dùng để chống lại cơ quan." } },
    { id = "ignore-note",
      text = { en = "Ignore it and concentrate on restoring systems.", vi = "Bỏ qua, tập trung khôi phục hệ thống." },
      score = { coordinate = -3 },
      notes = { en = "Right not to engage, wrong to drop the evidence and leave the police uninformed.", vi = "Đúng khi không tiếp xúc, nhưng sai khi bỏ qua chứng cứ và không báo cơ quan công an." } },
    { id = "propose-payment",
      text = { en = "Recommend that the leadership pay, to get the data back quickly.", vi = "Đề xuất Lãnh đạo trả tiền để nhanh chóng lấy lại dữ liệu." },
      score = { coordinate = -10, recover = -4 },
      notes = { en = "Funds crime, guarantees nothing, and is not a decision for public money.", vi = "Tiếp tay cho tội phạm, không có gì bảo đảm, và không thể dùng ngân sách nhà nước cho việc này." } },
    { id = "refuse-report",
      text = { en = "No contact and no payment: preserve the note, wallet address and chat link as evidence, report to A05 for investigation and brief the leadership.",
               vi = "Không liên hệ, không trả tiền: lưu giữ thư, địa chỉ ví và đường dẫn trò chuyện làm chứng cứ, báo cáo A05 để điều tra và báo cáo Lãnh đạo Ngành." },
      score = { coordinate = 8, analyse = 2 },
      notes = { en = "The agency's position, backed by evidence and the police.", vi = "Lập trường đúng của cơ quan, có chứng cứ và cơ quan công an hỗ trợ." } },
  },
  timeout = "ignore-note",
  speed = { full = "5m", zero = "20m", floor = 0.5 },
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
    en = "The leadership asks for an initial report and who has been informed",
    vi = "Lãnh đạo Ngành yêu cầu báo cáo ban đầu và hỏi đã thông báo cho những cơ quan nào",
  },
  body = {
    en = "The Deputy Director General in charge of IT calls an emergency meeting. She wants a one-page initial report within the hour: what happened, what is affected, what has been done, and which external bodies have been informed or must be informed, and by when.",
    vi = "Phó Tổng Giám đốc phụ trách công nghệ thông tin triệu tập họp khẩn. Bà yêu cầu trong vòng một giờ có báo cáo ban đầu một trang: chuyện gì đã xảy ra, những gì bị ảnh hưởng, đã xử lý những gì, đã và phải thông báo cho cơ quan nào bên ngoài, trong thời hạn nào.",
  },
  notes = {
    en = "Expected: an honest initial report to the leadership (which informs the Ministry of Finance, VSS's parent ministry since March 2025); an incident report to the national coordinator under Decision 05/2017/QĐ-TTg, now the Ministry of Public Security (A05, National Cyber Security Centre), asking for support because the incident is beyond the sector's own capacity; a criminal report to A05; and, because personal data were copied, the personal-data breach notice to A05 within 72 hours of discovery (Law 91/2025/QH15, Art. 23). Evaluator: sending only the technical incident report misses the personal-data duty; waiting for the investigation to finish misses the deadline; calling it a hardware fault is a serious breach of duty.",
    vi = "Kỳ vọng: báo cáo ban đầu trung thực với Lãnh đạo (Lãnh đạo báo cáo Bộ Tài chính, cơ quan cấp trên của BHXH Việt Nam từ tháng 3/2025); báo cáo sự cố tới cơ quan điều phối quốc gia theo Quyết định 05/2017/QĐ-TTg, nay là Bộ Công an (Cục A05, Trung tâm An ninh mạng quốc gia), đề nghị hỗ trợ vì sự cố vượt quá khả năng tự xử lý của Ngành; trình báo A05 để điều tra hình sự; và vì dữ liệu cá nhân đã bị sao chép, gửi thông báo vi phạm dữ liệu cá nhân tới A05 trong 72 giờ kể từ khi phát hiện (Luật số 91/2025/QH15, Điều 23). Đánh giá: chỉ gửi báo cáo sự cố kỹ thuật là bỏ sót nghĩa vụ về dữ liệu cá nhân; chờ điều tra xong mới báo là trễ hạn; báo cáo là \"sự cố phần cứng\" là vi phạm nghiêm trọng trách nhiệm.",
  },
}

decision {
  id = "external-report",
  objectives = { "report-on-time" },
  on = leadership,
  within = "15m",
  prompt = {
    en = "What goes in the report, and who is informed?",
    vi = "Báo cáo gồm những gì, và thông báo cho ai?",
  },
  options = {
    { id = "vncert-only",
      text = { en = "Send only the technical incident report to the national coordinator (A05); this is a technical incident.", vi = "Chỉ gửi báo cáo sự cố kỹ thuật tới cơ quan điều phối quốc gia (A05); đây là sự cố kỹ thuật." },
      score = { coordinate = 3, communicate = 1 },
      notes = { en = "Misses the criminal report and the personal-data notification.", vi = "Bỏ sót báo cáo tội phạm và thông báo vi phạm dữ liệu cá nhân." } },
    { id = "report-all",
      text = { en = "An honest initial report to the leadership today; the incident report to the national coordinator with a request for support; a criminal report to A05; and the breach notice to A05 within 72 hours of discovery, with what is known now.",
               vi = "Báo cáo ban đầu trung thực cho Lãnh đạo ngay trong ngày; báo cáo sự cố tới cơ quan điều phối quốc gia kèm đề nghị hỗ trợ; trình báo A05 để điều tra; và thông báo vi phạm dữ liệu cá nhân tới A05 trong 72 giờ kể từ khi phát hiện, với những thông tin đã có." },
      score = { coordinate = 8, communicate = 6 },
      set = { reported = true },
      notes = { en = "Every duty, every body, on time.", vi = "Đủ nghĩa vụ, đủ cơ quan, đúng hạn." } },
    { id = "internal-only",
      text = { en = "Report to the leadership only; inform external bodies once the investigation is complete.", vi = "Chỉ báo cáo Lãnh đạo; thông báo ra bên ngoài khi điều tra xong." },
      score = { coordinate = -3, communicate = 1 },
      notes = { en = "The investigation will take longer than 72 hours.", vi = "Việc điều tra sẽ kéo dài hơn 72 giờ." } },
    { id = "downplay",
      text = { en = "Describe it as a hardware failure to avoid alarm.", vi = "Báo cáo là sự cố phần cứng để tránh gây hoang mang." },
      score = { communicate = -8, coordinate = -4 },
      notes = { en = "Misleading the leadership; it will come out within hours.", vi = "Báo cáo sai sự thật với Lãnh đạo; chỉ vài giờ nữa sự thật sẽ lộ ra." } },
  },
  timeout = "internal-only",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
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
    en = "A reporter wants confirmation of \"VSS hacked\" within the hour",
    vi = "Phóng viên đề nghị xác nhận tin \"BHXH bị tấn công\" trong vòng một giờ",
  },
  body = {
    en = "A reporter calls the switchboard: employers and accountants in a Facebook group say they cannot submit declarations and that \"VSS has been hacked and everyone's data is leaked\". The story goes online in an hour; she asks whether the agency confirms the attack and whether pensions will be paid on time.",
    vi = "Một phóng viên gọi tới tổng đài: doanh nghiệp và kế toán trong một nhóm Facebook phản ánh không nộp được hồ sơ và cho rằng \"BHXH bị hack, lộ hết dữ liệu\". Một giờ nữa bài sẽ lên trang; chị hỏi cơ quan có xác nhận bị tấn công không và lương hưu có được chi trả đúng hạn không.",
  },
  notes = {
    en = "Expected: route the call to the designated spokesperson; a short holding statement agreed with the leadership: an incident is being handled with the competent authorities, pension and benefit payments continue, the alternative channels and the hotline 1900 9068, and when the next update will come. Evaluator: 'scheduled maintenance' is a lie that will be exposed; 'no comment' leaves the story to the rumours; an IT officer speaking off the cuff breaks the sector's rules on press contact.",
    vi = "Kỳ vọng: chuyển cuộc gọi tới người phát ngôn được giao; đưa thông tin ban đầu ngắn gọn đã thống nhất với Lãnh đạo: cơ quan đang phối hợp với cơ quan chức năng xử lý sự cố, việc chi trả lương hưu và trợ cấp vẫn tiếp tục, các kênh thay thế và tổng đài 1900 9068, thời điểm cập nhật thông tin tiếp theo. Đánh giá: nói \"bảo trì định kỳ\" là thông tin sai, sẽ bị phát hiện; \"miễn bình luận\" để mặc tin đồn dẫn dắt câu chuyện; cán bộ CNTT tự trả lời là trái quy chế phát ngôn của Ngành.",
  },
}

decision {
  id = "press-line",
  objectives = { "one-voice" },
  on = press,
  within = "15m",
  prompt = {
    en = "What does the agency tell the reporter?",
    vi = "Cơ quan trả lời phóng viên như thế nào?",
  },
  options = {
    { id = "no-comment",
      text = { en = "Decline to comment.", vi = "Từ chối bình luận." },
      score = { communicate = -2 },
      notes = { en = "Leaves the story to the rumours.", vi = "Để tin đồn dẫn dắt câu chuyện." } },
    { id = "it-officer",
      text = { en = "Let the IT officer who took the call explain the technical details.", vi = "Để cán bộ CNTT nhận cuộc gọi giải thích chi tiết kỹ thuật." },
      score = { communicate = -5, analyse = -1 },
      notes = { en = "Unauthorised, and likely to reveal details that help the attackers.", vi = "Không đúng thẩm quyền, dễ để lộ chi tiết có lợi cho kẻ tấn công." } },
    { id = "holding-statement",
      text = { en = "The spokesperson gives a short, accurate statement agreed with the leadership: an incident is being handled with the authorities, pensions and benefits continue, alternative channels and hotline 1900 9068, next update at a set time.",
               vi = "Người phát ngôn đưa thông tin ngắn gọn, chính xác, đã thống nhất với Lãnh đạo: sự cố đang được xử lý cùng cơ quan chức năng, lương hưu và trợ cấp vẫn chi trả, các kênh thay thế và tổng đài 1900 9068, thời điểm cập nhật tiếp theo." },
      score = { communicate = 10 },
      notes = { en = "One voice, accurate, with practical help for citizens.", vi = "Một đầu mối, thông tin chính xác, kèm hướng dẫn thiết thực cho người dân." } },
    { id = "maintenance",
      text = { en = "Say that the system is down for scheduled maintenance.", vi = "Trả lời rằng hệ thống đang bảo trì định kỳ." },
      score = { communicate = -8 },
      set = { misled = true },
      notes = { en = "A false statement, and the attackers are about to prove it false.", vi = "Thông tin sai sự thật, và kẻ tấn công sắp chứng minh điều đó." } },
  },
  timeout = "no-comment",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (negotiation): the chat is made public
------------------------------------------------------------------------------------------

inject {
  id = "chat-leaked",
  stage = "impact",
  severity = "high",
  from = { en = "Press office", vi = "Bộ phận truyền thông" },
  channel = "social",
  title = {
    en = "Screenshots of the \"negotiation\" are circulating on Telegram",
    vi = "Ảnh chụp cuộc \"thương lượng\" lan truyền trên Telegram",
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
    en = "Kraken-8 publishes 5,000 sample records of insured persons",
    vi = "Kraken-8 công bố 5.000 bản ghi mẫu của người tham gia BHXH",
  },
  body = {
    en = "The group's leak site now lists the agency with a sample of 5,000 records from six provinces: full names, citizen ID numbers, addresses, contribution salaries, social insurance book numbers and bank accounts. Links are being shared in Facebook groups, and a scam group is already calling pensioners \"to verify their account after the data leak\".",
    vi = "Trang web rò rỉ của nhóm đã đưa tên cơ quan lên kèm 5.000 bản ghi mẫu của sáu tỉnh: họ tên, số định danh cá nhân, địa chỉ, tiền lương đóng BHXH, mã số sổ BHXH và số tài khoản ngân hàng. Đường dẫn đang được chia sẻ trong các nhóm Facebook, và một nhóm lừa đảo đã bắt đầu gọi điện cho người hưởng lương hưu \"để xác minh tài khoản sau sự cố lộ dữ liệu\".",
  },
  notes = {
    en = "Expected: confirm the sample against the database; send (or complete) the personal-data breach notice to A05 within 72 hours of discovery (Law 91/2025/QH15, Art. 23; the clock started when the exfiltration was found), with what is known and reasons for any gaps; prepare notices and scam warnings for the affected people through VssID, SMS, the portal and provincial offices. Evaluator: 'it is only a sample' is not a reason to skip notification; waiting for an exact count misses the deadline. Asking platforms to remove links is useful but not sufficient.",
    vi = "Kỳ vọng: đối chiếu bản ghi mẫu với cơ sở dữ liệu; gửi (hoặc bổ sung) thông báo vi phạm dữ liệu cá nhân tới A05 trong 72 giờ kể từ khi phát hiện (Luật số 91/2025/QH15, Điều 23; thời hạn bắt đầu từ khi phát hiện dữ liệu bị đưa ra ngoài), với các thông tin đã có và lý do của những phần còn thiếu; chuẩn bị thông báo và cảnh báo lừa đảo tới những người bị ảnh hưởng qua VssID, tin nhắn, Cổng thông tin điện tử và BHXH các tỉnh. Đánh giá: \"chỉ là dữ liệu mẫu\" không phải lý do để không thông báo; chờ đếm chính xác số người bị ảnh hưởng sẽ trễ hạn. Đề nghị các nền tảng gỡ đường dẫn là việc có ích nhưng chưa đủ.",
  },
}

decision {
  id = "pdp-notify",
  objectives = { "report-on-time" },
  on = leak,
  within = "20m",
  prompt = {
    en = "Personal data of insured persons are public. What do you do about notification?",
    vi = "Dữ liệu cá nhân của người tham gia BHXH đã bị công khai. Đội xử lý việc thông báo thế nào?",
  },
  options = {
    { id = "takedown-only",
      text = { en = "Ask the platforms to take the links down; no notification is needed for a sample.", vi = "Đề nghị các nền tảng gỡ đường dẫn; dữ liệu mẫu thì không cần thông báo." },
      score = { contain = 3, communicate = -4 },
      notes = { en = "Takedowns help, but a sample is still a breach.", vi = "Gỡ bỏ có ích, nhưng dữ liệu mẫu vẫn là vi phạm." } },
    { id = "notify-a05",
      text = { en = "Notify A05 within 72 hours of discovery with what is known now and why the rest is pending; prepare notices and scam warnings for the affected people; ask platforms to remove the links.",
               vi = "Thông báo A05 trong 72 giờ kể từ khi phát hiện với những thông tin đã có và lý do phần còn lại chưa có; chuẩn bị thông báo và cảnh báo lừa đảo tới người bị ảnh hưởng; đề nghị các nền tảng gỡ đường dẫn." },
      score = { communicate = 8, coordinate = 6 },
      notes = { en = "Meets the legal duty and protects the people behind the records.", vi = "Đáp ứng nghĩa vụ pháp lý và bảo vệ những con người đứng sau các bản ghi." } },
    { id = "wait-count",
      text = { en = "Wait until the investigation confirms exactly how many people are affected before notifying anyone.", vi = "Chờ điều tra xác định chính xác số người bị ảnh hưởng rồi mới thông báo." },
      score = { communicate = -4, coordinate = -4 },
      notes = { en = "The 72 hours will pass first; the Law allows a notice with the facts known so far, supplemented later.", vi = "Hết 72 giờ trước khi có con số; Luật cho phép thông báo với những thông tin đã có rồi bổ sung sau." } },
  },
  timeout = "wait-count",
  speed = { full = "5m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branches: a false statement exposed; restoring too early
------------------------------------------------------------------------------------------

inject {
  id = "misled-exposed",
  at = "2:20",
  stage = "impact",
  severity = "high",
  from = { en = "Press monitoring", vi = "Bộ phận theo dõi thông tin báo chí" },
  channel = "news",
  title = {
    en = "Headline: \"VSS said 'maintenance' while hackers published citizens' data\"",
    vi = "Báo đưa tin: \"BHXH nói 'bảo trì' trong khi tin tặc công bố dữ liệu người dân\"",
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

inject {
  id = "reinfection",
  stage = "recovery",
  attack = "T1053.005",
  severity = "critical",
  from = { en = "Database team, data centre", vi = "Nhóm quản trị cơ sở dữ liệu, Trung tâm dữ liệu" },
  channel = "phone",
  title = {
    en = "The restored database was encrypted again",
    vi = "Cơ sở dữ liệu vừa khôi phục lại bị mã hóa lần nữa",
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
    en = "Restore plan: what comes back first, and on which servers?",
    vi = "Phương án khôi phục: dịch vụ nào trước, trên máy chủ nào?",
  },
  body = {
    en = "The clean offline backup has been verified on an isolated test server. Pension and benefit payments for next month must be transferred to Vietnam Post and the banks within five days; the contribution deadline for employers is at the end of the month. The data centre asks for a decision on how to restore and in what order.",
    vi = "Bản sao lưu ngoại tuyến sạch đã được kiểm tra trên một máy chủ thử nghiệm tách biệt. Danh sách chi trả lương hưu, trợ cấp BHXH tháng tới phải chuyển cho Bưu điện và ngân hàng trong năm ngày nữa; hạn đóng BHXH của doanh nghiệp là cuối tháng. Trung tâm dữ liệu đề nghị quyết định cách khôi phục và thứ tự ưu tiên.",
  },
  notes = {
    en = "Expected: rebuild on clean or re-installed servers, patched, with all credentials rotated and remote desktop closed; scan and monitor before reconnecting; restore in priority order, benefits payment first (people's income), then contributions, then the lookup services; keep the infected disks for the investigation. Evaluator: restoring over the old servers saves hours and risks a second encryption; restoring everything at once overloads a small team.",
    vi = "Kỳ vọng: dựng lại trên máy chủ sạch hoặc đã cài lại, được vá lỗi, toàn bộ thông tin xác thực đã đổi và RDP đã đóng; quét và giám sát trước khi kết nối lại; khôi phục theo thứ tự ưu tiên: chi trả chế độ trước (thu nhập của người dân), sau đó đến thu, rồi các dịch vụ tra cứu; giữ lại ổ đĩa bị nhiễm phục vụ điều tra. Đánh giá: khôi phục đè lên máy chủ cũ tiết kiệm vài giờ nhưng có nguy cơ bị mã hóa lần hai; khôi phục mọi thứ cùng lúc sẽ vượt quá sức của một đội ít người.",
  },
}

decision {
  id = "restore-order",
  objectives = { "clean-restore" },
  on = restore_plan,
  within = "20m",
  prompt = {
    en = "How do you restore?",
    vi = "Đội khôi phục theo phương án nào?",
  },
  options = {
    { id = "clean-rebuild",
      text = { en = "Rebuild on clean, patched servers with all credentials rotated and RDP closed; scan before reconnecting; restore benefits payment first, then contributions, then lookup services; keep the infected disks for the investigation.",
               vi = "Dựng lại trên máy chủ sạch đã vá lỗi, đổi toàn bộ thông tin xác thực và đóng RDP; quét kiểm tra trước khi kết nối lại; khôi phục chi trả chế độ trước, rồi đến thu, sau cùng là dịch vụ tra cứu; giữ lại ổ đĩa bị nhiễm phục vụ điều tra." },
      score = { recover = 8, eradicate = 8 },
      notes = { en = "Slower today, safe tomorrow; people's income first.", vi = "Chậm hơn hôm nay nhưng an toàn về sau; thu nhập của người dân được ưu tiên." } },
    { id = "restore-in-place",
      text = { en = "Restore over the existing servers to save time.", vi = "Khôi phục đè lên các máy chủ hiện có cho nhanh." },
      score = { recover = 3, eradicate = -5 },
      notes = { en = "The attacker's persistence may still be there.", vi = "Cơ chế bám trụ của kẻ tấn công có thể vẫn còn." } },
    { id = "all-at-once",
      text = { en = "Restore every service at the same time; give priority to whichever province complains most.", vi = "Khôi phục mọi dịch vụ cùng lúc; tỉnh nào phản ánh nhiều thì ưu tiên trước." },
      score = { recover = 1, coordinate = -2 },
      notes = { en = "No priorities means the pension run may be late.", vi = "Không có thứ tự ưu tiên thì việc chi trả lương hưu có thể bị chậm." } },
  },
  timeout = "restore-in-place",
  speed = { full = "5m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:40  Lessons; the cost of the wiped workstation
------------------------------------------------------------------------------------------

local lessons = inject {
  id = "lessons",
  at = "2:40",
  stage = "recovery",
  severity = "medium",
  from = { en = "Deputy Director General in charge of IT", vi = "Phó Tổng Giám đốc phụ trách CNTT" },
  channel = "meeting",
  title = {
    en = "What must change so that this does not happen again?",
    vi = "Cần thay đổi những gì để sự cố không lặp lại?",
  },
  body = {
    en = "Services are coming back. The leadership asks the team for the three priorities of the improvement plan to put before the sector's leadership meeting next week.",
    vi = "Các dịch vụ đang dần hoạt động trở lại. Lãnh đạo yêu cầu đội đề xuất ba ưu tiên của kế hoạch khắc phục để trình cuộc họp giao ban Ngành tuần tới.",
  },
  notes = {
    en = "Expected: priorities that address root causes named in Resolution 398: unique, rotated passwords for service accounts and a second factor for administrators (SOP compliance); remote desktop closed between provinces and the data centre; offline or immutable backups and renewed support contracts for security and backup products; more trained security staff in every province and regular drills. Evaluator: disciplining the officer who clicked punishes the report that saved time; buying one new product does not fix procedures.",
    vi = "Kỳ vọng: các ưu tiên xử lý tận gốc những nguyên nhân mà Nghị quyết 398 đã nêu: mật khẩu riêng, được thay đổi định kỳ cho tài khoản dịch vụ và xác thực hai yếu tố cho quản trị viên (tuân thủ quy trình); đóng RDP giữa BHXH tỉnh và Trung tâm dữ liệu; sao lưu ngoại tuyến hoặc bất biến, gia hạn hợp đồng hỗ trợ cho các sản phẩm bảo mật và sao lưu; bổ sung cán bộ chuyên trách an toàn thông tin được đào tạo ở mọi tỉnh và diễn tập định kỳ. Đánh giá: kỷ luật cán bộ đã mở thư là trừng phạt chính báo cáo đã giúp tiết kiệm thời gian; mua thêm một sản phẩm không sửa được quy trình.",
  },
}

decision {
  id = "after-action",
  on = lessons,
  within = "15m",
  prompt = {
    en = "Which priorities go into the improvement plan?",
    vi = "Kế hoạch khắc phục gồm những ưu tiên nào?",
  },
  options = {
    { id = "buy-product",
      text = { en = "Buy a new endpoint security product for the whole sector.", vi = "Mua một sản phẩm bảo vệ máy trạm mới cho toàn Ngành." },
      score = { eradicate = 1 },
      notes = { en = "Useful only with the staff, contracts and procedures to run it.", vi = "Chỉ có ích khi có người, hợp đồng và quy trình để vận hành." } },
    { id = "discipline",
      text = { en = "Discipline the officer who opened the attachment, as a warning to others.", vi = "Kỷ luật cán bộ đã mở tệp đính kèm để răn đe." },
      score = { coordinate = -2, communicate = -3 },
      notes = { en = "Teaches staff to hide mistakes instead of reporting them.", vi = "Dạy cán bộ giấu lỗi thay vì báo cáo." } },
    { id = "root-causes",
      text = { en = "Unique, rotated service-account passwords and a second factor for administrators; RDP closed between provinces and the data centre; offline backups and renewed support contracts; trained security staff in every province and regular drills.",
               vi = "Mật khẩu riêng, thay đổi định kỳ cho tài khoản dịch vụ và xác thực hai yếu tố cho quản trị viên; đóng RDP giữa BHXH tỉnh và Trung tâm dữ liệu; sao lưu ngoại tuyến và gia hạn hợp đồng hỗ trợ; cán bộ an toàn thông tin được đào tạo ở mọi tỉnh và diễn tập định kỳ." },
      score = { eradicate = 4, recover = 3, coordinate = 3 },
      notes = { en = "Fixes the causes, not the symptoms.", vi = "Xử lý nguyên nhân chứ không chỉ triệu chứng." } },
  },
  timeout = "buy-product",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

inject {
  id = "root-cause-gap",
  at = "2:45",
  stage = "recovery",
  severity = "medium",
  from = { en = "Investigator, A05", vi = "Điều tra viên, Cục A05" },
  channel = "phone",
  title = {
    en = "The investigators ask for the first workstation",
    vi = "Cơ quan điều tra đề nghị cung cấp máy trạm đầu tiên",
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

on("end", function(team)
  -- An unbroken evidence chain: workstation imaged, data-centre logs kept, flows preserved.
  if team.flags.host_isolated and team:chose("rdp-response") == "block-hunt" and team.flags.breach_assessed then
    team:add("analyse", 3, "evidence preserved at every step")
  end
end)
