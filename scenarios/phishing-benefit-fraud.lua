-- phishing-benefit-fraud.lua
-- Lừa đảo chiếm đoạt tài khoản công vụ và thay đổi trái phép hồ sơ hưởng chế độ
--
-- What the drill exercises: a credential-phishing campaign against benefits officers, the
-- misuse of official accounts that follows (a stolen password, and a password lent to a
-- contract worker to cope with the workload), and fraudulent changes to benefit records:
-- pensioners' payment accounts redirected to mule accounts and one-time social insurance
-- settlements paid to people still in work. Teams must stop the payments in time without
-- stopping everyone's pension, keep the audit trail as evidence, bring in the police and
-- the banks, protect the pensioners, and send the 72-hour personal-data breach notice, counted
-- from discovery, when the breach is found long after it began.
--
-- Weaknesses it builds on (Resolution 398-NQ/BCSĐ): misuse of official accounts, weak
-- compliance with procedures (no second approver for payment changes), too few staff.
--
-- Who it is for: the central incident response team and every provincial team. Each
-- province (role `provincial`) decides for its office (the phished officer, the lent
-- account, the payment file, the settlements, the contract worker, the banks and PA05) and
-- the IT Centre (role `central`) for the sector (the campaign, access, the public
-- statement, the notice to A05, tomorrow's rule). The facilitator plays staff, the payment
-- division, banks, police, the press and families.
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
--   * Security level: the benefits-processing system, with the payment lists it sends to
--     Vietnam Post and the banks, is treated as level 4 under Decree 85/2016/ND-CP (systems
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
-- Story clock: T+0:00 is 08:00 on the day of the report.
-- Every title and prompt states its story time ("Day 1, 08:10 — …"); a triggered inject
-- the earliest time it can arrive.
--
-- Branches (each team's own choices):
--   lump-sum-response (the provinces): fewer than two in five sweep-report or report-twelve
--                 -> the IT Centre gets settlement-silence (decision settlement-alert),
--                 otherwise settlements-reported (team:sector)
--   triage-credential  self-change / reassure / log-later -> session-reuse (session-kill)
--   campaign-response  block-domain / warn-all / wait-confirm -> flag campaign_open ->
--                      second-wave at 2:35 (recovery decision second-wave-response)
--   account-anomaly phone-officer or insider-action confront -> flag tipped -> contractor-vanishes
--   hold-payments      pay-investigate -> payment-lost (repay-pensioners); hold-all ->
--                      payment-outcry (release-run); revert-now -> flag evidence_lost ->
--                      evidence-gap at 2:30
-- Full credit lasts 15 minutes where the leadership must approve; the drill ends on the
-- sector-wide rule for payment changes (payment-rule), not on a lessons decision.

scenario {
  id = "phishing-benefit-fraud",
  version = 1,
  title = {
    en = "Phishing, misused official accounts and fraudulent benefit changes",
    vi = "Lừa đảo chiếm tài khoản công vụ và thay đổi trái phép hồ sơ hưởng chế độ",
  },
  description = {
    en = "A fake \"account verification\" page harvests the passwords of benefits officers. With them, and with an official account one officer had lent to a contract worker, someone has been redirecting pensions to mule accounts and approving one-time settlements for people still in work. The next payment file goes to Vietnam Post and the banks in ninety minutes.",
    vi = "Một trang \"xác thực tài khoản\" giả mạo thu thập mật khẩu của cán bộ giải quyết chế độ. Bằng những tài khoản này, cùng một tài khoản công vụ đã được cho nhân viên hợp đồng mượn, kẻ gian đã chuyển hướng lương hưu sang các tài khoản ngân hàng thuê mượn và duyệt hưởng BHXH một lần cho cả những người vẫn đang đi làm. Chín mươi phút nữa danh sách chi trả kỳ tới sẽ được gửi cho Bưu điện và ngân hàng.",
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
    { "phishing",         en = "Credential phishing",          vi = "Lừa đảo lấy thông tin xác thực" },
    { "account-takeover", en = "Account takeover and misuse",  vi = "Chiếm đoạt và lạm dụng tài khoản" },
    { "fraud",            en = "Fraudulent record changes",    vi = "Thay đổi trái phép hồ sơ" },
    { "cash-out",         en = "Cash-out",                     vi = "Rút tiền chiếm đoạt" },
    { "recovery",         en = "Recovery and lessons",         vi = "Khắc phục và rút kinh nghiệm" },
  },
  objectives = {
    { en = "Treat a phished password as a compromised account: reset it, end every session and review what the account did.",
      vi = "Coi mật khẩu bị lừa lấy là tài khoản đã bị chiếm: đặt lại mật khẩu, chấm dứt mọi phiên đăng nhập và rà soát những gì tài khoản đã làm." },
    { en = "Stop fraudulent payments before the payment file leaves, without delaying the pensions of everyone else.",
      vi = "Chặn các khoản chi sai trước khi danh sách chi trả được gửi đi, mà không làm chậm lương hưu của những người khác." },
    { en = "Keep the audit trail intact as evidence and hand the case to the police; do not settle it quietly.",
      vi = "Giữ nguyên nhật ký thao tác làm chứng cứ và chuyển vụ việc cho cơ quan công an; không xử lý nội bộ cho êm chuyện." },
    { en = "End account sharing: individual accounts, a second factor, and a second approver for payment changes.",
      vi = "Chấm dứt việc dùng chung tài khoản: mỗi người một tài khoản, xác thực hai yếu tố, và người thứ hai phê duyệt mọi thay đổi về chi trả." },
    { en = "Protect the pensioners: accurate public information, scam warnings, and the personal-data breach notice within 72 hours of discovery, even for a breach that began weeks ago.",
      vi = "Bảo vệ người hưởng: thông tin công khai chính xác, cảnh báo lừa đảo, và thông báo vi phạm dữ liệu cá nhân trong 72 giờ kể từ khi phát hiện, kể cả khi vi phạm đã bắt đầu từ nhiều tuần trước." },
  },
}

------------------------------------------------------------------------------------------
-- Who decides what. The provincial office decides for its own officers, accounts, payment
-- file, contract worker, banks and provincial police (PA05); the IT Centre (the central
-- team) decides for the sector: the campaign across nine provinces, access policy, the
-- public statement, the notice to A05 and the sector-wide rule at the end. Each inject and
-- decision names the roles it is for (`roles = { "central" }` or `{ "provincial" }`): the
-- IT Centre has the roster role `central`, the provinces `provincial`
-- (scenarios/rosters/vss-provinces.csv). A team without a role gets none of them, so every
-- roster for this drill gives each team one; generated teams (`run --teams`, `simulate`)
-- take the two roles in turn, and each scenario test names the role it plays. Where the IT
-- Centre's path depends on what the provinces did, it asks `team:sector(...)`, never a flag
-- of another team.
------------------------------------------------------------------------------------------


------------------------------------------------------------------------------------------
-- T+0:05  An officer admits entering her password on a strange page
------------------------------------------------------------------------------------------

local phish_report = inject {
  id = "phish-report",
  at = "0:05",
  stage = "phishing",
  attack = "T1566.002",
  severity = "medium",
  from = { en = "Benefits officer, provincial office", vi = "Chuyên viên Phòng Chế độ BHXH, BHXH tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 08:05 — \"I entered my password on the verification page, then it showed an error\"",
    vi = "Ngày 1, 08:05 — \"Tôi đã nhập mật khẩu vào trang xác thực, rồi trang báo lỗi\"",
  },
  body = {
    en = "08:05. A benefits officer calls the IT desk, worried. Yesterday afternoon she received an email from an address at vss.gov.vn saying that her account for the benefits processing system would be locked unless she re-verified it. She clicked the link, entered her user name and password on a page that looked exactly like the system's login page, and got an \"error 500\". This morning her password still works. The system has no second factor.",
    vi = "08:05. Một chuyên viên Phòng Chế độ BHXH gọi cho bộ phận CNTT, giọng lo lắng. Chiều qua chị nhận được thư từ một địa chỉ đuôi vss.gov.vn thông báo tài khoản phần mềm xét duyệt chế độ của chị sẽ bị khóa nếu không xác thực lại. Chị bấm vào đường dẫn, nhập tên đăng nhập và mật khẩu vào một trang giống hệt trang đăng nhập của phần mềm, rồi nhận thông báo \"lỗi 500\". Sáng nay mật khẩu của chị vẫn dùng bình thường. Phần mềm chưa áp dụng xác thực hai yếu tố.",
  },
  notes = {
    en = "Rules this drill teaches (checked 30 November 2026; sources in scenarios/REFERENCES.md): Decision 05/2017/QĐ-TTg on incident reporting (report to the governing body, the specialised unit and the national coordinator; beyond your capacity, report at once and ask for support); the Law on Personal Data Protection 91/2025/QH15, Art. 23 (notify A05 within 72 hours of discovering a personal-data breach; it replaced Decree 13/2023/NĐ-CP, which counted from the breach itself); Decree 85/2016/NĐ-CP security levels. National incident coordination now sits with the Ministry of Public Security (A05, National Cyber Security Centre), no longer VNCERT/CC under the former Ministry of Information and Communications. Not verified: the Law's exact article wording (secondary sources only), the system's approved security level, and whether Decree 85 has a successor under the Cybersecurity Law 2025. Expected: assume the account is compromised. Reset the password centrally, end every active session (a changed password does not end a stolen session), check the account's sign-ins and actions since yesterday afternoon, block the phishing link, report to the central team, and thank the officer for reporting. Evaluator: 'the password still works, so nothing happened' is the trap; credit teams that ask what the account is allowed to approve.",
    vi = "Các quy định diễn tập này áp dụng (rà soát ngày 30/11/2026; nguồn tại scenarios/REFERENCES.md): Quyết định 05/2017/QĐ-TTg về báo cáo sự cố (báo cáo cơ quan chủ quản, đơn vị chuyên trách và cơ quan điều phối quốc gia; vượt quá khả năng xử lý thì báo cáo ngay và đề nghị hỗ trợ); Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 23 (thông báo A05 trong 72 giờ kể từ khi phát hiện vi phạm; thay thế Nghị định 13/2023/NĐ-CP vốn tính từ khi xảy ra vi phạm); cấp độ an toàn hệ thống thông tin theo Nghị định 85/2016/NĐ-CP. Việc điều phối ứng cứu sự cố quốc gia nay thuộc Bộ Công an (Cục A05, Trung tâm An ninh mạng quốc gia), không còn là VNCERT/CC thuộc Bộ Thông tin và Truyền thông trước đây. Chưa kiểm chứng được: câu chữ chính xác của Điều luật (mới có nguồn thứ cấp), cấp độ đã được phê duyệt của hệ thống, và việc Nghị định 85 đã có văn bản thay thế theo Luật An ninh mạng 2025 hay chưa. Kỳ vọng: coi tài khoản đã bị chiếm. Đặt lại mật khẩu từ phía quản trị, chấm dứt mọi phiên đăng nhập đang hoạt động (đổi mật khẩu không làm mất phiên đã bị đánh cắp), kiểm tra lịch sử đăng nhập và thao tác của tài khoản từ chiều qua, chặn đường dẫn lừa đảo, báo đội ứng cứu sự cố Trung tâm CNTT, và cảm ơn chuyên viên đã báo cáo. Đánh giá: \"mật khẩu vẫn dùng được nên chưa có chuyện gì\" là cái bẫy; ghi nhận đội nào hỏi tài khoản này có quyền phê duyệt những gì.",
  },
  roles = { "provincial" },
}

decision {
  id = "triage-credential",
  on = phish_report,
  roles = { "provincial" },
  within = "15m",
  prompt = {
    en = "Day 1, 08:05 — What do you do with her account?",
    vi = "Ngày 1, 08:05 — Đội xử lý tài khoản của chuyên viên này thế nào?",
  },
  options = {
    { id = "self-change",
      text = { en = "Ask her to change her password herself now, and to be more careful with links.",
               vi = "Hướng dẫn chị tự đổi mật khẩu ngay và cẩn thận hơn với các đường dẫn." },
      score = { contain = 3 },
      triggers = { { "session-reuse", after = "30m" } },
      notes = { en = "A new password does not end the session the attacker already has.", vi = "Đổi mật khẩu không chấm dứt phiên đăng nhập kẻ gian đang giữ." } },
    { id = "reset-revoke",
      text = { en = "Reset it centrally, end every session, review its actions, warn her colleagues.",
               vi = "Đặt lại mật khẩu từ phía quản trị, chấm dứt mọi phiên, rà soát thao tác từ hôm qua, cảnh báo đồng nghiệp." },
      score = { detect = 4, contain = 8, analyse = 4 },
      notes = { en = "Treats it as a compromise; she loses her morning's work.", vi = "Xử lý như tài khoản đã bị chiếm; chị mất buổi sáng làm việc." } },
    { id = "lock-account",
      text = { en = "Lock the account for the day and ask the central team to look at it when they can.",
               vi = "Khóa tài khoản trong ngày và đề nghị Trung tâm CNTT kiểm tra khi có thời gian." },
      score = { contain = 5, detect = 1 },
      notes = { en = "Stops new sign-ins; nobody looks at what was already done.", vi = "Chặn đăng nhập mới; nhưng không ai xem kẻ gian đã làm gì." } },
    { id = "reassure",
      text = { en = "Her password still works, so the page must simply have failed; reassure her.",
               vi = "Mật khẩu vẫn dùng được, chắc trang kia chỉ bị lỗi; trấn an chị." },
      score = { detect = -4 },
      triggers = { { "session-reuse", after = "30m" } },
      notes = { en = "A working password proves nothing.", vi = "Mật khẩu vẫn dùng được không chứng minh điều gì." } },
    { id = "log-later",
      text = { en = "Note it for the weekly security meeting.",
               vi = "Ghi lại để báo cáo trong cuộc họp an toàn thông tin hằng tuần." },
      score = { detect = -3, coordinate = -2 },
      triggers = { { "session-reuse", after = "30m" } },
      notes = { en = "A week is a long time for a stolen account.", vi = "Một tuần là quá lâu với một tài khoản đã bị đánh cắp." } },
  },
  timeout = "log-later",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:15  The campaign is wider
------------------------------------------------------------------------------------------

local phish_scope = inject {
  id = "phish-scope",
  at = "0:15",
  stage = "phishing",
  attack = "T1534",
  severity = "high",
  from = { en = "Security monitoring (SOC), IT Centre", vi = "Bộ phận giám sát an toàn thông tin (SOC), Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 08:15 — 23 staff in 9 provinces visited the fake page; 11 submitted the form",
    vi = "Ngày 1, 08:15 — 23 cán bộ tại 9 tỉnh đã vào trang giả mạo; 11 người đã gửi thông tin",
  },
  body = {
    en = "The email was sent from the genuine official mailbox of an officer in another province, whose password leaked last month. Proxy logs show 23 staff in benefits divisions of 9 provinces opened xacthuc-vss[.]online since yesterday; 11 of them submitted the login form. The site is still online.",
    vi = "Thư được gửi từ chính hộp thư công vụ của một cán bộ ở tỉnh khác, mật khẩu của người này đã bị lộ từ tháng trước. Nhật ký proxy cho thấy từ hôm qua 23 cán bộ thuộc bộ phận giải quyết chế độ của 9 tỉnh đã truy cập xacthuc-vss[.]online; 11 người đã gửi biểu mẫu đăng nhập. Trang web vẫn đang hoạt động.",
  },
  notes = {
    en = "Expected: force a reset and end sessions for all 11 accounts, block the domain across the sector, lock the sending mailbox and tell its province, report the campaign to the national coordinator (Ministry of Public Security, A05) under Decision 05/2017/QĐ-TTg and ask for help taking the site down, and send every unit an alert with the indicators. Evaluator: an email sent from a genuine colleague's mailbox is why 'check the sender' is not enough; leaving the 11 users to change their own passwords 'when they have time' keeps the door open.",
    vi = "Kỳ vọng: buộc đặt lại mật khẩu và chấm dứt phiên đăng nhập của cả 11 tài khoản, chặn tên miền trên toàn Ngành, khóa hộp thư đã gửi thư và báo cho tỉnh đó, báo cáo chiến dịch tới cơ quan điều phối quốc gia (Bộ Công an, Cục A05) theo Quyết định 05/2017/QĐ-TTg và đề nghị hỗ trợ gỡ bỏ trang giả mạo, gửi cảnh báo kèm dấu hiệu nhận biết tới mọi đơn vị. Đánh giá: thư gửi từ hộp thư thật của đồng nghiệp cho thấy vì sao \"kiểm tra người gửi\" là chưa đủ; để 11 người tự đổi mật khẩu \"khi nào rảnh\" là để ngỏ cửa.",
  },
  roles = { "central" },
}

decision {
  id = "campaign-response",
  on = phish_scope,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 08:15 — Eleven accounts in nine provinces may be compromised. What do you do?",
    vi = "Ngày 1, 08:15 — Mười một tài khoản tại chín tỉnh có thể đã bị chiếm. Đội làm gì?",
  },
  options = {
    { id = "block-domain",
      text = { en = "Block the domain sector-wide; the 11 users change their passwords when they have time.",
               vi = "Chặn tên miền toàn Ngành; 11 người tự đổi mật khẩu khi có thời gian." },
      score = { contain = 3 },
      set = { campaign_open = true },
      notes = { en = "Stops new victims, not the eleven already caught.", vi = "Chặn được nạn nhân mới, không xử lý được 11 người đã mắc bẫy." } },
    { id = "warn-all",
      text = { en = "Email all staff a warning about the fake page, with a picture of it.",
               vi = "Gửi thư cảnh báo toàn thể cán bộ về trang giả mạo, kèm ảnh chụp." },
      score = { communicate = 2, contain = -1 },
      set = { campaign_open = true },
      notes = { en = "Warns the next victims, not the eleven already caught.", vi = "Cảnh báo được người sau, không xử lý được 11 người đã mắc bẫy." } },
    { id = "all-reset",
      text = { en = "Reset all 11 and end their sessions, block the domain, lock the sender, report to A05.",
               vi = "Đặt lại mật khẩu, chấm dứt phiên của cả 11, chặn tên miền, khóa hộp thư gửi, báo A05, cảnh báo mọi đơn vị." },
      score = { contain = 8, coordinate = 5, detect = 3 },
      notes = { en = "Treats it as one sector-wide incident; nine benefits divisions lose a morning.", vi = "Xử lý như một sự cố chung của toàn Ngành; chín phòng chế độ mất một buổi sáng." } },
    { id = "reset-confirmed",
      text = { en = "Reset the 11 accounts now; lock the sending mailbox once its province confirms the account is misused.",
               vi = "Đặt lại mật khẩu cho 11 tài khoản ngay; hộp thư đã gửi thư giả mạo chỉ bị khóa khi tỉnh đó xác nhận tài khoản bị lợi dụng." },
      score = { contain = 6, coordinate = 1 },
      notes = { en = "Closes the eleven; the real mailbox keeps phishing for an hour.", vi = "Đóng được 11 tài khoản; hộp thư thật vẫn gửi thư lừa đảo thêm một giờ." } },
    { id = "wait-confirm",
      text = { en = "Wait until each province confirms whether its users really entered their passwords.",
               vi = "Chờ từng tỉnh xác nhận cán bộ của mình có thực sự nhập mật khẩu không." },
      score = { detect = -3 },
      set = { campaign_open = true },
      notes = { en = "The proxy logs already say so.", vi = "Nhật ký proxy đã cho thấy điều đó." } },
  },
  timeout = "wait-confirm",
  speed = { full = "5m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:25  An account used from two places at once
------------------------------------------------------------------------------------------

local shared_logins = inject {
  id = "shared-logins",
  at = "0:25",
  stage = "account-takeover",
  attack = "T1078",
  severity = "high",
  from = { en = "Security monitoring (SOC), IT Centre", vi = "Bộ phận giám sát an toàn thông tin (SOC), Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 08:25 — Account ntlan.bhxh: two places at once, and approvals after midnight",
    vi = "Ngày 1, 08:25 — Tài khoản ntlan.bhxh: đăng nhập cùng lúc từ hai nơi, phê duyệt sau nửa đêm",
  },
  body = {
    en = "Reviewing the benefits system's sign-ins, the SOC finds that the account ntlan.bhxh, belonging to another officer in the same division, signed in from the office at 08:02 and, at 08:10, from a home internet connection in the city. In the past month the account approved 412 records, three times the division's average, several of them between 23:00 and 01:00.",
    vi = "Khi rà soát lịch sử đăng nhập phần mềm xét duyệt chế độ, SOC phát hiện tài khoản ntlan.bhxh của một chuyên viên khác cùng phòng đăng nhập từ cơ quan lúc 08:02 và từ một đường truyền internet gia đình trong thành phố lúc 08:10. Trong tháng qua tài khoản này đã phê duyệt 412 hồ sơ, gấp ba mức trung bình của phòng, nhiều hồ sơ được duyệt trong khoảng 23:00–01:00.",
  },
  notes = {
    en = "Expected: export the account's audit log for at least 60 days and seal it (hash, second copy), suspend the account pending clarification, and interview the officer with her manager and the inspection division present. Evaluator: a casual phone call to 'ask whether she lent her password' warns whoever is using it; dismissing the pattern as month-end overtime is the lapse in vigilance the Resolution names. Account sharing to cope with too few staff is the real weakness here.",
    vi = "Kỳ vọng: trích xuất nhật ký thao tác của tài khoản ít nhất 60 ngày và niêm phong (tính mã băm, lưu bản thứ hai), tạm khóa tài khoản chờ làm rõ, làm việc với chuyên viên có mặt trưởng phòng và Phòng Thanh tra – Kiểm tra. Đánh giá: gọi điện hỏi thăm \"có cho ai mượn mật khẩu không\" sẽ báo động cho người đang dùng tài khoản; gạt đi vì \"cuối tháng ai cũng làm thêm giờ\" chính là sự thiếu cảnh giác Nghị quyết đã nêu. Cho mượn tài khoản vì thiếu người là điểm yếu thực sự ở đây.",
  },
  roles = { "provincial" },
}

decision {
  id = "account-anomaly",
  on = shared_logins,
  roles = { "provincial" },
  within = "15m",
  prompt = {
    en = "Day 1, 08:25 — How do you handle ntlan.bhxh?",
    vi = "Ngày 1, 08:25 — Đội xử lý tài khoản ntlan.bhxh thế nào?",
  },
  options = {
    { id = "phone-officer",
      text = { en = "Call the officer informally to ask whether she lent her password to anyone.",
               vi = "Gọi điện hỏi thăm chuyên viên xem có cho ai mượn mật khẩu không." },
      score = { analyse = 2, contain = -2, detect = -1 },
      set = { tipped = true },
      notes = { en = "Whoever uses the account will hear about it within the hour.", vi = "Người đang dùng tài khoản sẽ biết chuyện trong vòng một giờ." } },
    { id = "reset-only",
      text = { en = "Reset the account's password and watch whether the night-time sign-ins stop.",
               vi = "Đặt lại mật khẩu của tài khoản và theo dõi xem các lần đăng nhập ban đêm có dừng không." },
      score = { contain = 3 },
      notes = { en = "Stops this door; the change history is not secured.", vi = "Đóng được cửa này; nhưng lịch sử thay đổi chưa được bảo toàn." } },
    { id = "preserve-investigate",
      text = { en = "Seal 60 days of its log, suspend it, interview her with her manager and inspection.",
               vi = "Niêm phong nhật ký 60 ngày, tạm khóa tài khoản, làm việc với chuyên viên có trưởng phòng và thanh tra." },
      score = { analyse = 8, contain = 4, detect = 2 },
      set = { logs_preserved = true },
      notes = { en = "Evidence first, then people; formal, and it will upset the division.", vi = "Chứng cứ trước, con người sau; trang trọng, và sẽ khiến phòng chế độ căng thẳng." } },
    { id = "suspend-quietly",
      text = { en = "Suspend the account quietly as a 'technical fault' and export its audit log tonight.",
               vi = "Tạm khóa tài khoản với lý do \"lỗi kỹ thuật\" và kết xuất nhật ký thao tác trong đêm nay." },
      score = { contain = 4, analyse = 3 },
      set = { logs_preserved = true },
      notes = { en = "Secures account and log without alarm; the cover story may not hold.", vi = "Bảo toàn tài khoản và nhật ký mà không đánh động ai; nhưng lý do che đậy có thể không đứng vững." } },
    { id = "month-end",
      text = { en = "Nothing unusual: staff often work from home late at month end.",
               vi = "Không có gì bất thường: cuối tháng cán bộ thường làm thêm ở nhà." },
      score = { detect = -4 },
      notes = { en = "At 01:00, from a phone on mobile data, approving payment changes.", vi = "Lúc 01:00, từ điện thoại dùng dữ liệu di động, phê duyệt thay đổi chi trả." } },
  },
  timeout = "month-end",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (weak triage): the stolen session is still alive
------------------------------------------------------------------------------------------

local session_reuse = inject {
  id = "session-reuse",
  roles = { "provincial" },
  stage = "account-takeover",
  attack = "T1078",
  severity = "high",
  from = { en = "Benefits system audit log", vi = "Nhật ký thao tác phần mềm xét duyệt chế độ" },
  channel = "siem",
  title = {
    en = "Day 1, 08:35 — The phished account approved two changes after the report",
    vi = "Ngày 1, 08:35 — Tài khoản bị lừa lấy mật khẩu vẫn phê duyệt thêm hai hồ sơ sau khi báo cáo",
  },
  body = {
    en = "Although the officer's password was dealt with this morning, a session opened yesterday evening from an overseas IP address is still active. Through it, two pensioners' receiving method was changed from cash at the post office to new bank accounts ten minutes ago.",
    vi = "Dù mật khẩu của chuyên viên đã được xử lý từ sáng, một phiên đăng nhập mở từ tối qua bằng địa chỉ IP nước ngoài vẫn đang hoạt động. Qua phiên đó, mười phút trước phương thức nhận lương hưu của hai người đã bị đổi từ nhận tiền mặt tại bưu điện sang hai tài khoản ngân hàng mới.",
  },
  notes = {
    en = "Reached by teams that did not end the account's sessions. Expected: have the system administrators end every session of the account (and ask the software vendor how to invalidate tokens if the system cannot), lock the account, snapshot the two changed records before anything else, and add them to the payment review. Evaluator: the lesson is that the session, not only the password, is what the attacker holds.",
    vi = "Chỉ xuất hiện với đội chưa chấm dứt phiên đăng nhập. Kỳ vọng: yêu cầu quản trị hệ thống hủy mọi phiên của tài khoản (hỏi đơn vị phát triển phần mềm cách vô hiệu hóa phiên nếu hệ thống chưa hỗ trợ), khóa tài khoản, lưu lại hiện trạng hai hồ sơ bị đổi trước khi làm bất cứ việc gì khác, và đưa chúng vào danh sách rà soát chi trả. Đánh giá: bài học là kẻ gian nắm giữ phiên đăng nhập, không chỉ mật khẩu.",
  },
}

decision {
  id = "session-kill",
  on = session_reuse,
  roles = { "provincial" },
  within = "10m",
  prompt = {
    en = "Day 1, 08:35 — The attacker is still signed in. What now?",
    vi = "Ngày 1, 08:35 — Kẻ gian vẫn đang đăng nhập. Đội làm gì?",
  },
  options = {
    { id = "reset-again",
      text = { en = "Change the password again, this time to a long random one.",
               vi = "Đổi mật khẩu thêm lần nữa, lần này là một chuỗi dài ngẫu nhiên." },
      score = { contain = 1 },
      notes = { en = "The session still does not end.", vi = "Phiên đăng nhập vẫn không chấm dứt." } },
    { id = "kill-lock",
      text = { en = "End every session of the account, lock it, and snapshot the two changed records.",
               vi = "Chấm dứt mọi phiên, khóa tài khoản, lưu hiện trạng hai hồ sơ bị đổi." },
      score = { contain = 5, analyse = 2 },
      notes = { en = "Takes the session away and keeps the evidence.", vi = "Lấy lại phiên đăng nhập và giữ chứng cứ." } },
    { id = "revert-two",
      text = { en = "End the session and set the two pensioners back to cash at the post office right away.",
               vi = "Chấm dứt phiên và chuyển ngay hai người hưởng về nhận tiền mặt tại bưu điện." },
      score = { contain = 4, analyse = -1 },
      notes = { en = "Fast for the two pensioners; the changed values are not recorded first.", vi = "Nhanh cho hai người hưởng; nhưng giá trị bị đổi không được lưu lại trước." } },
    { id = "watch",
      text = { en = "Leave it and watch what else the attacker changes.",
               vi = "Để nguyên và theo dõi kẻ gian còn thay đổi gì nữa." },
      score = { contain = -4 },
      notes = { en = "Watching costs pensions.", vi = "Theo dõi bằng tiền lương hưu của người dân." } },
  },
  timeout = "watch",
  speed = { full = "3m", zero = "10m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:40  Payment methods changed; the payment file leaves at 09:30
------------------------------------------------------------------------------------------

local bank_changes = inject {
  id = "bank-changes",
  at = "0:40",
  stage = "fraud",
  attack = "T1565.001",
  severity = "critical",
  from = { en = "Benefit payment division, provincial office", vi = "Bộ phận chi trả, BHXH tỉnh" },
  channel = "ticket",
  title = {
    en = "Day 1, 08:40 — 37 pensioners switched to new bank accounts in three weeks",
    vi = "Ngày 1, 08:40 — 37 người hưởng lương hưu bị chuyển sang tài khoản ngân hàng mới trong ba tuần",
  },
  body = {
    en = "Checking next month's payment list, the payment division finds 37 pensioners, most over 75, whose receiving method changed in the past three weeks from cash at the post office to accounts at three banks, all opened recently. 29 changes were approved by ntlan.bhxh, 8 by the phished account. None of the pensioners came to the office. The payment file is due to go to Vietnam Post and the banks at 09:30.",
    vi = "Khi đối chiếu danh sách chi trả tháng tới, bộ phận chi trả phát hiện 37 người hưởng, phần lớn trên 75 tuổi, trong ba tuần qua đã bị đổi phương thức nhận từ tiền mặt tại bưu điện sang tài khoản tại ba ngân hàng, đều mới mở gần đây. 29 thay đổi do tài khoản ntlan.bhxh phê duyệt, 8 thay đổi do tài khoản vừa bị lừa lấy mật khẩu. Không ai trong số 37 người từng đến cơ quan. Danh sách chi trả sẽ được gửi cho Bưu điện và các ngân hàng lúc 09:30.",
  },
  notes = {
    en = "Expected: snapshot the 37 records and their change history first; hold only those 37 lines from the payment file; verify each pensioner in person through the provincial office and pay by the previously registered method once verified. Evaluator: holding the whole province's payments punishes tens of thousands of people; reverting the records directly in the database destroys the evidence of who changed what; paying and investigating later hands the money to the criminals.",
    vi = "Kỳ vọng: trước hết lưu lại hiện trạng 37 hồ sơ cùng lịch sử thay đổi; chỉ tạm dừng 37 dòng này trong danh sách chi trả; BHXH tỉnh xác minh trực tiếp từng người và chi trả theo phương thức đã đăng ký trước đó khi xác minh xong. Đánh giá: dừng chi trả cả tỉnh là bắt hàng chục nghìn người chịu thiệt; sửa thẳng hồ sơ trong cơ sở dữ liệu làm mất chứng cứ ai đã thay đổi gì; chi trả rồi điều tra sau là trao tiền cho tội phạm.",
  },
  roles = { "provincial" },
}

decision {
  id = "hold-payments",
  on = bank_changes,
  roles = { "provincial" },
  within = "20m",
  prompt = {
    en = "Day 1, 08:40 — The file goes at 09:30. What happens to the payments?",
    vi = "Ngày 1, 08:40 — 09:30 danh sách sẽ được gửi đi. Đội xử lý việc chi trả thế nào?",
  },
  options = {
    { id = "hold-all",
      text = { en = "Hold the whole province's payment run until the investigation is over.",
               vi = "Tạm dừng chi trả toàn tỉnh cho tới khi điều tra xong." },
      score = { contain = 4, recover = -6, communicate = -2 },
      set = { all_held = true },
      notes = { en = "Stops the fraud and every pension with it.", vi = "Chặn được gian lận và cùng lúc chặn mọi khoản lương hưu." } },
    { id = "revert-now",
      text = { en = "Have the DBA revert the 37 records to the old method directly in the database now.",
               vi = "Yêu cầu quản trị cơ sở dữ liệu sửa ngay 37 hồ sơ về phương thức cũ trực tiếp trong cơ sở dữ liệu." },
      score = { contain = 4, analyse = -6 },
      set = { evidence_lost = true },
      notes = { en = "Fixes the file and overwrites the evidence.", vi = "Sửa được danh sách nhưng ghi đè mất chứng cứ." } },
    { id = "hold-changed",
      text = { en = "Snapshot the 37 records, hold those lines, verify each pensioner, then pay the old way.",
               vi = "Lưu hiện trạng 37 hồ sơ, giữ lại 37 dòng đó, xác minh từng người, rồi chi trả theo cách cũ." },
      score = { contain = 8, recover = 5, analyse = 3 },
      notes = { en = "Stops the fraud, pays everyone else, keeps the evidence; 37 people wait days.", vi = "Chặn gian lận, vẫn trả cho mọi người khác, giữ chứng cứ; 37 người phải chờ vài ngày." } },
    { id = "hold-recent",
      text = { en = "Hold every payment change made this month (about 900 lines) and pay the rest on time.",
               vi = "Giữ lại mọi thay đổi chi trả trong tháng (khoảng 900 dòng), chi trả đúng hạn cho những người còn lại." },
      score = { contain = 6, recover = 1 },
      notes = { en = "Catches changes the audit log has not flagged yet; 900 people wait.", vi = "Bắt được cả những thay đổi nhật ký chưa phát hiện; 900 người phải chờ." } },
    { id = "pay-investigate",
      text = { en = "Send the payment file as planned and investigate afterwards: pensions must never be late, and banks can reverse errors.",
               vi = "Gửi danh sách chi trả như kế hoạch và điều tra sau: lương hưu không được chậm, sai sót thì ngân hàng có thể thu hồi." },
      score = { contain = -8 },
      set = { paid_out = true },
      notes = { en = "Pays the fraudsters on time.", vi = "Trả tiền đúng hạn cho kẻ gian." } },
  },
  timeout = "pay-investigate",
  speed = { full = "5m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:55  One-time settlements for people still in work
------------------------------------------------------------------------------------------

local lump_sum = inject {
  id = "lump-sum",
  at = "0:55",
  stage = "fraud",
  attack = "T1657",
  severity = "high",
  from = { en = "Inspection division, provincial office", vi = "Phòng Thanh tra – Kiểm tra, BHXH tỉnh" },
  channel = "ticket",
  title = {
    en = "Day 1, 08:55 — 12 one-time settlements paid to people who are still contributing",
    vi = "Ngày 1, 08:55 — 12 hồ sơ hưởng BHXH một lần đã chi cho người vẫn đang đóng BHXH",
  },
  body = {
    en = "A cross-check of settlements against current contributions flags 12 one-time social insurance settlements approved in the last six weeks for workers whose employers are still paying contributions for them. 1.46 billion VND has been paid, to accounts at the same three banks. Ten were approved by ntlan.bhxh. The paper files carry the workers' signatures, which look copied.",
    vi = "Đối chiếu giữa hồ sơ giải quyết và dữ liệu thu cho thấy 12 hồ sơ hưởng BHXH một lần được duyệt trong sáu tuần qua cho những người lao động mà doanh nghiệp vẫn đang đóng BHXH. Tổng số tiền đã chi là 1,46 tỷ đồng, vào tài khoản tại đúng ba ngân hàng nói trên. Mười hồ sơ do tài khoản ntlan.bhxh phê duyệt. Chữ ký của người lao động trên hồ sơ giấy có dấu hiệu được sao chép.",
  },
  notes = {
    en = "Expected: review every approval made by the two accounts since the first suspicious sign-in, stop the unpaid ones, verify with the insured persons and their employers, and report to the police (the provincial PA05 unit) with the sealed evidence. Evaluator: state funds were paid on forged files; handling it 'internally to protect the unit's reputation' is not an option the law allows, and it is the misuse of official accounts the sector has pledged to stamp out.",
    vi = "Kỳ vọng: rà soát toàn bộ hồ sơ hai tài khoản đã phê duyệt kể từ lần đăng nhập đáng ngờ đầu tiên, dừng các hồ sơ chưa chi, xác minh với người lao động và doanh nghiệp, báo cáo cơ quan công an (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao – PA05, Công an tỉnh) kèm chứng cứ đã niêm phong. Đánh giá: tiền quỹ đã bị chi theo hồ sơ giả; \"xử lý nội bộ để giữ uy tín đơn vị\" là điều pháp luật không cho phép, và đó chính là hành vi lạm dụng tài khoản công vụ mà Ngành đã cam kết loại bỏ.",
  },
  roles = { "provincial" },
}

decision {
  id = "lump-sum-response",
  on = lump_sum,
  roles = { "provincial" },
  within = "20m",
  prompt = {
    en = "Day 1, 08:55 — How far do you take the settlement fraud?",
    vi = "Ngày 1, 08:55 — Đội xử lý vụ gian lận hưởng BHXH một lần đến đâu?",
  },
  options = {
    { id = "cancel-twelve",
      text = { en = "Cancel the 12 decisions and ask the recipients to repay the settlements.",
               vi = "Hủy 12 quyết định và yêu cầu người nhận hoàn trả tiền." },
      score = { contain = 2, recover = 1 },
      notes = { en = "Deals with the twelve found; does not look for others.", vi = "Xử lý được 12 trường hợp đã phát hiện; không tìm những trường hợp khác." } },
    { id = "quiet-fix",
      text = { en = "Handle it within the province to protect the unit's reputation.",
               vi = "Xử lý nội bộ trong tỉnh để giữ uy tín của đơn vị." },
      score = { coordinate = -6, communicate = -2 },
      notes = { en = "Fraud with public funds is a police matter.", vi = "Gian lận tiền quỹ là việc của cơ quan công an." } },
    { id = "sweep-report",
      text = { en = "Review every approval by the two accounts, stop the unpaid ones, verify, report to PA05.",
               vi = "Rà soát mọi hồ sơ hai tài khoản đã duyệt, dừng các khoản chưa chi, xác minh, trình báo PA05." },
      score = { analyse = 6, contain = 4, coordinate = 4 },
      notes = { en = "Finds the scale and brings in the police; the division is tied up for a week.", vi = "Xác định quy mô và có công an vào cuộc; phòng chế độ bận rộn cả tuần." } },
    { id = "report-twelve",
      text = { en = "Report the 12 settlements to PA05 now and widen the review after the police have advised.",
               vi = "Trình báo PA05 ngay 12 trường hợp, mở rộng rà soát sau khi có ý kiến của công an." },
      score = { coordinate = 4, analyse = 1 },
      notes = { en = "Police in early; unpaid fraudulent settlements may still go out.", vi = "Công an vào cuộc sớm; nhưng các khoản gian lận chưa chi vẫn có thể được chi." } },
    { id = "await-audit",
      text = { en = "Leave it for the annual audit, when the full records are reviewed anyway.",
               vi = "Để đến đợt kiểm toán hằng năm, khi đằng nào hồ sơ cũng được rà soát." },
      score = { detect = -2, coordinate = -2 },
      notes = { en = "Months of further payments.", vi = "Thêm nhiều tháng chi sai." } },
  },
  timeout = "await-audit",
  speed = { full = "5m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:10  The lent password
------------------------------------------------------------------------------------------

local insider = inject {
  id = "insider-revealed",
  at = "1:10",
  stage = "account-takeover",
  severity = "high",
  from = { en = "Head of the benefits division", vi = "Trưởng Phòng Chế độ BHXH" },
  channel = "meeting",
  title = {
    en = "Day 1, 09:10 — \"I gave my password to the contract worker so he could help during the peak\"",
    vi = "Ngày 1, 09:10 — \"Tôi đưa mật khẩu cho nhân viên hợp đồng để cậu ấy phụ nhập hồ sơ lúc cao điểm\"",
  },
  body = {
    en = "The owner of ntlan.bhxh tells her division head that in March, with two colleagues on leave and a backlog of claims, she gave her password to a contract worker hired to digitise records so he could enter claims for her. He has been \"off sick\" since yesterday. Two other officers admit they did the same last year.",
    vi = "Chủ tài khoản ntlan.bhxh báo với trưởng phòng: hồi tháng 3, khi hai đồng nghiệp nghỉ phép và hồ sơ tồn nhiều, chị đã đưa mật khẩu cho một nhân viên hợp đồng làm số hóa hồ sơ để cậu ấy nhập hồ sơ giúp. Từ hôm qua người này \"nghỉ ốm\". Hai chuyên viên khác thừa nhận năm ngoái cũng từng làm như vậy.",
  },
  notes = {
    en = "Expected: disable every account the contract worker could use, keep his workstation and the shared folders as evidence, hand the case to the police and the inspection division, and review account sharing across the unit. Evaluator: a phone call to 'ask for an explanation' warns a suspect; ending his contract quietly buries a crime. Discuss the root cause: too few staff and no rule that is actually enforced against sharing official accounts.",
    vi = "Kỳ vọng: vô hiệu hóa mọi tài khoản nhân viên hợp đồng có thể sử dụng, giữ nguyên máy trạm và thư mục dùng chung làm chứng cứ, chuyển vụ việc cho cơ quan công an và Phòng Thanh tra – Kiểm tra, rà soát việc dùng chung tài khoản trong toàn đơn vị. Đánh giá: gọi điện \"yêu cầu giải trình\" là báo động cho đối tượng; lặng lẽ chấm dứt hợp đồng là che giấu hành vi phạm tội. Thảo luận nguyên nhân gốc: thiếu người, và quy định cấm dùng chung tài khoản công vụ không được thực thi trên thực tế.",
  },
  roles = { "provincial" },
}

decision {
  id = "insider-action",
  on = insider,
  roles = { "provincial" },
  within = "25m",
  prompt = {
    en = "Day 1, 09:10 — What do you do about the contract worker?",
    vi = "Ngày 1, 09:10 — Đội xử lý trường hợp nhân viên hợp đồng thế nào?",
  },
  options = {
    { id = "secure-report",
      text = { en = "Disable his accounts, keep his workstation and folders as evidence, call PA05 and inspection.",
               vi = "Khóa mọi tài khoản cậu ta dùng được, giữ máy trạm và thư mục làm chứng cứ, báo PA05 và thanh tra." },
      score = { contain = 5, coordinate = 6, analyse = 3 },
      notes = { en = "Secures everything before he knows.", vi = "Bảo toàn mọi thứ trước khi cậu ta biết." } },
    { id = "confront",
      text = { en = "Have the division head call him in today and demand a written explanation of every change made with her account.",
               vi = "Trưởng phòng gọi cậu ta lên ngay hôm nay, yêu cầu giải trình bằng văn bản từng thay đổi đã làm bằng tài khoản của chị." },
      score = { analyse = -2, coordinate = -2 },
      set = { tipped = true },
      notes = { en = "Warns him.", vi = "Báo động cho cậu ta." } },
    { id = "hr-first",
      text = { en = "Disable his accounts and ask the personnel division to start the contract procedure first.",
               vi = "Khóa tài khoản và đề nghị phòng tổ chức cán bộ làm thủ tục hợp đồng trước." },
      score = { contain = 4, coordinate = 1 },
      notes = { en = "Closes his access; the police hear of it late.", vi = "Đóng được quyền truy cập; nhưng công an biết muộn." } },
    { id = "end-contract",
      text = { en = "End his contract quietly and close the matter inside the unit.",
               vi = "Lặng lẽ chấm dứt hợp đồng và khép lại vụ việc trong nội bộ." },
      score = { coordinate = -6 },
      notes = { en = "A fraud buried.", vi = "Che giấu một vụ gian lận." } },
    { id = "wait-return",
      text = { en = "Wait until he comes back to work and talk to him then.",
               vi = "Chờ cậu ta đi làm lại rồi trao đổi." },
      score = { contain = -3 },
      notes = { en = "He may not come back.", vi = "Có thể cậu ta sẽ không quay lại." } },
  },
  timeout = "wait-return",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:20  What the provinces reported about the settlements decides what the IT Centre faces
------------------------------------------------------------------------------------------

-- Fewer than two provinces in five brought the police in on the settlements (or none took part).
local function few_reported_settlements(team)
  local n, of = team:sector("provincial", "lump-sum-response", "sweep-report")
  local told = team:sector("provincial", "lump-sum-response", "report-twelve")
  n = n + told
  return of == 0 or n * 5 < of * 2
end

local settlement_silence = inject {
  id = "settlement-silence",
  roles = { "central" },
  at = "1:20",
  stage = "fraud",
  severity = "high",
  from = { en = "Inspection division, Vietnam Social Security", vi = "Vụ Thanh tra – Kiểm tra, BHXH Việt Nam" },
  channel = "ticket",
  title = {
    en = "Day 1, 09:20 — Few provinces have reported their settlement fraud to the police",
    vi = "Ngày 1, 09:20 — Ít tỉnh báo cáo công an về các khoản trợ cấp một lần gian lận",
  },
  body = {
    en = "09:20. The provinces were asked at 08:55 to check one-time settlements approved by the phished accounts. Fewer than two in five have reviewed them and brought in their provincial police (PA05); the others have cancelled a few decisions quietly, are keeping it inside the province or are waiting for the annual audit. The same accounts were phished in nine provinces.",
    vi = "09:20. Lúc 08:55 các tỉnh được yêu cầu rà soát các quyết định hưởng trợ cấp một lần do những tài khoản bị lừa lấy mật khẩu phê duyệt. Chưa đến hai phần năm số tỉnh đã rà soát và báo Công an tỉnh (PA05); các tỉnh còn lại lặng lẽ hủy vài quyết định, xử lý nội bộ hoặc chờ đợt kiểm toán hằng năm. Cùng một loại tài khoản đã bị lừa lấy mật khẩu ở chín tỉnh.",
  },
  notes = {
    en = "Reached only by the IT Centre, and only when fewer than two provinces in five chose sweep-report or report-twelve in lump-sum-response (team:sector). Expected: one sector-wide instruction with a deadline (sweep, stop the unpaid settlements, report to PA05), or a central query that hands each province its own list. Evaluator: leaving it to the provinces repeats the gap that let the fraud run for six weeks.",
    vi = "Chỉ đội Trung tâm CNTT nhận được, và chỉ khi chưa đến hai phần năm số tỉnh chọn sweep-report hoặc report-twelve ở quyết định lump-sum-response (team:sector). Kỳ vọng: một chỉ đạo chung cho toàn Ngành có thời hạn (rà soát, dừng các khoản chưa chi, báo PA05), hoặc truy vấn tập trung rồi gửi mỗi tỉnh danh sách của mình. Đánh giá: để từng tỉnh tự xử lý là lặp lại lỗ hổng đã để gian lận kéo dài sáu tuần.",
  },
  when = few_reported_settlements,
}

decision {
  id = "settlement-alert",
  on = settlement_silence,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 09:20 — Most provinces have not brought the police in. What does the IT Centre do for the sector?",
    vi = "Ngày 1, 09:20 — Phần lớn các tỉnh chưa báo công an. Trung tâm CNTT làm gì cho toàn Ngành?",
  },
  options = {
    { id = "sector-order",
      text = { en = "Instruct every province to sweep these settlements, stop the unpaid ones and report to PA05 by tomorrow.",
               vi = "Chỉ đạo mọi tỉnh rà soát các khoản trợ cấp này, dừng khoản chưa chi và báo PA05 trước ngày mai." },
      score = { contain = 4, coordinate = 4 },
      notes = { en = "One rule and one deadline for the nine provinces.", vi = "Một quy định, một thời hạn cho cả chín tỉnh." } },
    { id = "central-query",
      text = { en = "Query every settlement against live contributions centrally and send each province its own list today.",
               vi = "Đối chiếu tập trung mọi khoản trợ cấp một lần với dữ liệu đang đóng, gửi mỗi tỉnh danh sách của mình trong hôm nay." },
      score = { analyse = 5, detect = 2 },
      notes = { en = "Finds every case; the police hear of them a day later.", vi = "Tìm ra mọi trường hợp; công an biết muộn hơn một ngày." } },
    { id = "leave-provinces",
      text = { en = "Leave it to each province's inspection division; the IT Centre collects the results at month-end.",
               vi = "Để phòng Thanh tra – Kiểm tra từng tỉnh tự xử lý; Trung tâm tổng hợp kết quả vào cuối tháng." },
      score = { coordinate = -4, contain = -1 },
      notes = { en = "The provinces that hid it keep hiding it.", vi = "Tỉnh nào đã giấu thì vẫn tiếp tục giấu." } },
  },
  timeout = "leave-provinces",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

inject {
  id = "settlements-reported",
  roles = { "central" },
  at = "1:20",
  stage = "fraud",
  severity = "medium",
  from = { en = "Inspection division, Vietnam Social Security", vi = "Vụ Thanh tra – Kiểm tra, BHXH Việt Nam" },
  channel = "ticket",
  title = {
    en = "Day 1, 09:20 — Two in five provinces or more have reported their settlement fraud to the police",
    vi = "Ngày 1, 09:20 — Từ hai phần năm số tỉnh trở lên đã báo công an về các khoản trợ cấp gian lận",
  },
  body = {
    en = "09:20. The provinces have answered: most reviewed every settlement approved by the phished accounts, stopped the unpaid ones and handed the cases to their PA05. The inspection division has one list for the sector.",
    vi = "09:20. Các tỉnh đã báo cáo: phần lớn đã rà soát mọi khoản do các tài khoản bị lừa lấy mật khẩu phê duyệt, dừng các khoản chưa chi và chuyển vụ việc cho PA05. Vụ Thanh tra – Kiểm tra đã có một danh sách chung cho toàn Ngành.",
  },
  notes = {
    en = "Reached by the IT Centre when two provinces in five or more reported to the police (team:sector). No decision: it shows what the provinces' reports buy the sector.",
    vi = "Đội Trung tâm CNTT nhận được khi từ hai phần năm số tỉnh trở lên báo công an (team:sector). Không có quyết định: cho thấy giá trị báo cáo của các tỉnh đối với toàn Ngành.",
  },
  when = function(team) return not few_reported_settlements(team) end,
}

------------------------------------------------------------------------------------------
-- T+1:30 .. 1:35  Consequences of earlier choices
------------------------------------------------------------------------------------------

inject {
  id = "contractor-vanishes",
  roles = { "provincial" },
  at = "1:30",
  stage = "cash-out",
  attack = "T1070.004",
  severity = "high",
  from = { en = "Colleague, benefits division", vi = "Đồng nghiệp, Phòng Chế độ BHXH" },
  channel = "phone",
  title = {
    en = "Day 1, 09:30 — The contract worker came in, wiped the shared folder and left",
    vi = "Ngày 1, 09:30 — Nhân viên hợp đồng quay lại cơ quan, xóa thư mục dùng chung rồi bỏ đi",
  },
  body = {
    en = "At lunchtime the contract worker came into the office, took his personal laptop, and deleted the scans in the shared folder where claim files are kept. His phone is now switched off and his landlord says he moved out this morning.",
    vi = "Giờ nghỉ trưa, nhân viên hợp đồng đến cơ quan, lấy máy tính xách tay cá nhân và xóa các bản quét trong thư mục dùng chung nơi lưu hồ sơ giải quyết chế độ. Điện thoại của cậu ta giờ đã tắt, chủ nhà trọ cho biết cậu ta đã dọn đi từ sáng.",
  },
  notes = {
    en = "Consequence of warning the suspect (the informal call about ntlan.bhxh or the division head's call). Expected: tell the police at once, restore the shared folder from backup, preserve the file-server logs of the deletion. Evaluator: discuss why, once an insider is suspected, HR, inspection and police act together and evidence is secured before anyone is spoken to.",
    vi = "Hệ quả của việc báo động cho đối tượng (cuộc gọi hỏi thăm về ntlan.bhxh hoặc cuộc gọi của trưởng phòng). Kỳ vọng: báo ngay cơ quan công an, khôi phục thư mục dùng chung từ bản sao lưu, lưu giữ nhật ký máy chủ tệp ghi lại việc xóa. Đánh giá: thảo luận vì sao khi đã nghi ngờ người bên trong, bộ phận tổ chức cán bộ, thanh tra và công an phải phối hợp, chứng cứ phải được giữ trước khi nói chuyện với bất kỳ ai.",
  },
  when = function(team) return team.flags.tipped == true end,
}

local payment_lost = inject {
  id = "payment-lost",
  roles = { "provincial" },
  at = "1:35",
  stage = "cash-out",
  attack = "T1657",
  severity = "critical",
  from = { en = "Benefit payment division, provincial office", vi = "Bộ phận chi trả, BHXH tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 09:35 — The money reached the mule accounts and was withdrawn",
    vi = "Ngày 1, 09:35 — Tiền đã vào tài khoản của kẻ gian và bị rút",
  },
  body = {
    en = "The payment file went at 09:30. The banks credited the 37 accounts, and 31 of them were emptied at ATMs within twenty minutes. About 230 million VND of pensions is gone; the 37 pensioners will receive nothing this month unless the agency pays them again.",
    vi = "Danh sách chi trả đã được gửi lúc 09:30. Ngân hàng đã chuyển tiền vào 37 tài khoản, 31 tài khoản bị rút sạch tại cây ATM trong vòng hai mươi phút. Khoảng 230 triệu đồng tiền lương hưu đã mất; tháng này 37 người hưởng sẽ không nhận được gì nếu cơ quan không chi trả lại.",
  },
  notes = {
    en = "Consequence of paying first and investigating later. Expected: ask the police to request the banks to block the remaining balances, ask the banks for a payment trace, arrange for the 37 pensioners to be paid by their original method after verification, and record the loss. Evaluator: the cost of twenty minutes' hesitation, in money and in elderly people's trust.",
    vi = "Hệ quả của việc chi trả trước, điều tra sau. Kỳ vọng: đề nghị cơ quan công an yêu cầu ngân hàng phong tỏa số dư còn lại, đề nghị ngân hàng tra soát giao dịch, bố trí chi trả lại cho 37 người theo phương thức cũ sau khi xác minh, ghi nhận khoản thất thoát. Đánh giá: cái giá của hai mươi phút chần chừ, bằng tiền và bằng niềm tin của người cao tuổi.",
  },
  when = function(team) return team.flags.paid_out == true end,
}

decision {
  id = "repay-pensioners",
  on = payment_lost,
  roles = { "provincial" },
  within = "25m",
  prompt = {
    en = "Day 1, 09:35 — 37 pensioners were not paid this month. What now?",
    vi = "Ngày 1, 09:35 — 37 người hưởng chưa nhận được lương hưu tháng này. Đội làm gì?",
  },
  options = {
    { id = "pay-again",
      text = { en = "Pay the 37 again by their registered method after verifying each in person; record the loss.",
               vi = "Chi trả lại cho 37 người theo phương thức đã đăng ký sau khi xác minh trực tiếp; ghi nhận khoản thất thoát." },
      score = { recover = 6, coordinate = 2 },
      notes = { en = "People first; the fund pays twice until the money is recovered.", vi = "Người dân trước hết; quỹ phải chi hai lần cho tới khi thu hồi được tiền." } },
    { id = "cash-today",
      text = { en = "Pay the 37 in cash at the post office today, on the old details, to stop the complaints.",
               vi = "Chi tiền mặt cho 37 người tại bưu điện ngay hôm nay theo thông tin cũ để chấm dứt phản ánh." },
      score = { recover = 3, contain = -2 },
      notes = { en = "Fast; without verification a second fraud is possible.", vi = "Nhanh; nhưng không xác minh thì có thể bị lừa lần nữa." } },
    { id = "wait-recovery",
      text = { en = "Pay the pensioners once the banks have returned the money, so that the fund does not pay the same benefit twice.",
               vi = "Chỉ chi trả lại cho người hưởng khi ngân hàng đã hoàn tiền, để quỹ không phải chi hai lần cho cùng một khoản." },
      score = { recover = -4, communicate = -2 },
      notes = { en = "Pensioners carry the agency's loss for months.", vi = "Người hưởng phải gánh thiệt hại của cơ quan trong nhiều tháng." } },
  },
  timeout = "wait-recovery",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

local payment_outcry = inject {
  id = "payment-outcry",
  roles = { "provincial" },
  at = "1:35",
  stage = "cash-out",
  severity = "high",
  from = { en = "Provincial People's Committee office", vi = "Văn phòng Ủy ban nhân dân tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 09:35 — Eighty thousand pensioners unpaid; queues at the post offices",
    vi = "Ngày 1, 09:35 — Tám mươi nghìn người chưa nhận được lương hưu; bưu điện xếp hàng dài",
  },
  body = {
    en = "Because the whole province's payment run was held, about 80,000 pensioners and benefit recipients were not paid this morning. Post offices report long queues of elderly people, the hotline 1900 9068 is saturated, and the office of the provincial People's Committee asks for an explanation within the hour.",
    vi = "Do tạm dừng chi trả toàn tỉnh, sáng nay khoảng 80.000 người hưởng lương hưu, trợ cấp chưa nhận được tiền. Các điểm chi trả bưu điện báo người cao tuổi xếp hàng dài, tổng đài 1900 9068 bị quá tải, Văn phòng Ủy ban nhân dân tỉnh đề nghị báo cáo giải trình trong vòng một giờ.",
  },
  notes = {
    en = "Consequence of holding the entire payment run. Expected: release the payment file today without the 37 suspicious lines, apologise publicly, tell post offices what to say. Evaluator: containment must be proportionate; the point is to stop the fraud, not the sector's core service.",
    vi = "Hệ quả của việc dừng toàn bộ chi trả. Kỳ vọng: gửi lại danh sách chi trả trong ngày, loại ra 37 dòng đáng ngờ, xin lỗi công khai, hướng dẫn các điểm chi trả trả lời người dân. Đánh giá: biện pháp ngăn chặn phải tương xứng; mục tiêu là chặn gian lận, không phải chặn dịch vụ cốt lõi của Ngành.",
  },
  when = function(team) return team.flags.all_held == true end,
}

decision {
  id = "release-run",
  on = payment_outcry,
  roles = { "provincial" },
  within = "25m",
  prompt = {
    en = "Day 1, 09:35 — Eighty thousand people are unpaid. What do you do?",
    vi = "Ngày 1, 09:35 — Tám mươi nghìn người chưa được chi trả. Đội làm gì?",
  },
  options = {
    { id = "release-now",
      text = { en = "Release the run today without the 37 lines, apologise, brief the post offices.",
               vi = "Chi trả ngay hôm nay, trừ 37 dòng, xin lỗi, thông tin cho các điểm bưu điện." },
      score = { recover = 6, communicate = 3 },
      notes = { en = "Proportionate at last.", vi = "Cuối cùng cũng tương xứng." } },
    { id = "release-tomorrow",
      text = { en = "Release the whole run tomorrow, once every change made this month has been re-checked.",
               vi = "Chi trả toàn bộ vào ngày mai, sau khi kiểm tra lại mọi thay đổi trong tháng." },
      score = { recover = 2, contain = 2 },
      notes = { en = "Safer file, one more day of queues.", vi = "Danh sách an toàn hơn, thêm một ngày xếp hàng." } },
    { id = "hold-on",
      text = { en = "Keep the run held; the People's Committee will understand once it sees the fraud.",
               vi = "Tiếp tục giữ danh sách; UBND tỉnh sẽ thông cảm khi thấy vụ gian lận." },
      score = { recover = -6, communicate = -3 },
      notes = { en = "The core service stays stopped.", vi = "Dịch vụ cốt lõi tiếp tục bị dừng." } },
  },
  timeout = "hold-on",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:45  The banks
------------------------------------------------------------------------------------------

local bank_freeze = inject {
  id = "bank-freeze",
  at = "1:45",
  stage = "cash-out",
  severity = "high",
  from = { en = "Branch manager, one of the three banks", vi = "Giám đốc chi nhánh một trong ba ngân hàng" },
  channel = "phone",
  title = {
    en = "Day 1, 09:45 — 640 million VND still in the accounts; the bank needs a legal basis to block them",
    vi = "Ngày 1, 09:45 — Còn 640 triệu đồng trong các tài khoản; ngân hàng cần căn cứ pháp lý để phong tỏa",
  },
  body = {
    en = "The bank confirms that the accounts receiving the settlements and the redirected pensions were opened with ID cards that look forged, and that about 640 million VND is still in them. It can block them temporarily only on a written request from a competent authority. Money is being withdrawn a little every hour.",
    vi = "Ngân hàng xác nhận các tài khoản nhận tiền hưởng BHXH một lần và lương hưu bị chuyển hướng được mở bằng căn cước có dấu hiệu giả, hiện còn khoảng 640 triệu đồng. Ngân hàng chỉ phong tỏa tạm thời khi có văn bản yêu cầu của cơ quan có thẩm quyền. Mỗi giờ tiền vẫn bị rút dần.",
  },
  notes = {
    en = "Expected: give the police the sealed evidence (audit log export, payment records, bank details) so that they can request the block; send the bank an official letter asking for a payment trace and recall; record the amounts for the accounts. Evaluator: informal favours from a branch manager have no legal basis; publishing account holders' names exposes the agency and possibly innocent people whose IDs were stolen.",
    vi = "Kỳ vọng: cung cấp cho cơ quan công an bộ chứng cứ đã niêm phong (nhật ký thao tác, chứng từ chi trả, thông tin tài khoản) để cơ quan công an yêu cầu phong tỏa; gửi ngân hàng công văn đề nghị tra soát, thu hồi; ghi nhận số tiền phục vụ công tác kế toán. Đánh giá: nhờ vả không chính thức giám đốc chi nhánh thì không có căn cứ pháp lý; công khai tên chủ tài khoản khiến cơ quan gặp rủi ro pháp lý và có thể làm hại những người vô tội bị lấy cắp giấy tờ.",
  },
  roles = { "provincial" },
}

decision {
  id = "funds-recovery",
  on = bank_freeze,
  roles = { "provincial" },
  within = "25m",
  prompt = {
    en = "Day 1, 09:45 — How do you get the money frozen?",
    vi = "Ngày 1, 09:45 — Đội làm thế nào để phong tỏa được số tiền?",
  },
  options = {
    { id = "ask-manager",
      text = { en = "Ask the branch manager, as a favour, to block the accounts until the paperwork arrives.",
               vi = "Nhờ giám đốc chi nhánh phong tỏa giúp các tài khoản trong lúc chờ giấy tờ." },
      score = { coordinate = 1, recover = 1 },
      notes = { en = "Quick, but without a legal basis the bank may refuse or be exposed.", vi = "Nhanh, nhưng không có căn cứ pháp lý thì ngân hàng có thể từ chối hoặc chịu rủi ro." } },
    { id = "via-police",
      text = { en = "Give PA05 the sealed evidence to request the block; send the bank an official recall letter.",
               vi = "Giao PA05 chứng cứ đã niêm phong để đề nghị phong tỏa; gửi ngân hàng văn bản đề nghị thu hồi." },
      score = { coordinate = 8, recover = 5 },
      notes = { en = "The lawful route, and the fastest one that holds.", vi = "Đúng pháp luật, và là cách nhanh nhất có hiệu lực." } },
    { id = "letter-only",
      text = { en = "Send the bank the agency's official letter asking it to trace and hold the payments.",
               vi = "Gửi ngân hàng văn bản chính thức của cơ quan đề nghị tra soát và giữ lại các khoản chi." },
      score = { coordinate = 4, recover = 2 },
      notes = { en = "Starts the trace; a block usually needs the police's request.", vi = "Bắt đầu tra soát được; nhưng phong tỏa thường cần đề nghị của công an." } },
    { id = "publish-names",
      text = { en = "Publish the account holders' names and account numbers on the portal today, to warn the public and deter others.",
               vi = "Công khai tên và số tài khoản của các chủ tài khoản trên Cổng thông tin điện tử ngay hôm nay để cảnh báo và răn đe." },
      score = { communicate = -6, coordinate = -2 },
      notes = { en = "Unlawful and useless for the money.", vi = "Trái pháp luật và không giúp thu hồi tiền." } },
    { id = "wait-police",
      text = { en = "Wait for the police to contact the agency.",
               vi = "Chờ cơ quan công an liên hệ." },
      score = { coordinate = -3 },
      notes = { en = "The balances will be gone.", vi = "Số dư sẽ bị rút hết." } },
  },
  timeout = "wait-police",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:00  Getting the benefits divisions working again
------------------------------------------------------------------------------------------

local access_outage = inject {
  id = "access-outage",
  at = "2:00",
  stage = "recovery",
  severity = "medium",
  from = { en = "Heads of benefits divisions, two provinces", vi = "Trưởng Phòng Chế độ BHXH của hai tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 10:00 — Forty officers locked out; maternity and sickness claims pile up",
    vi = "Ngày 1, 10:00 — Bốn mươi cán bộ bị khóa tài khoản; hồ sơ thai sản, ốm đau ùn ứ",
  },
  body = {
    en = "After the resets and suspensions, forty officers in two provinces cannot sign in to the benefits system. Maternity and sickness claims are piling up and must legally be settled within days. The division heads ask to have the old accounts switched back on as they were, \"including the ones the contract workers use\", until the end of the month.",
    vi = "Sau khi đặt lại mật khẩu và tạm khóa tài khoản, bốn mươi cán bộ ở hai tỉnh không đăng nhập được phần mềm xét duyệt chế độ. Hồ sơ thai sản, ốm đau đang ùn ứ trong khi theo quy định phải giải quyết trong vài ngày. Các trưởng phòng đề nghị mở lại tài khoản cũ như trước, \"kể cả tài khoản nhân viên hợp đồng đang dùng\", cho tới hết tháng.",
  },
  notes = {
    en = "Expected: re-issue individual accounts with a second factor and least privilege, require a second approver for any change of payment method and for every one-time settlement, put the ban on sharing official accounts in writing, and give contract staff their own limited accounts. Evaluator: switching the old accounts back on restores the weakness; a single shared team account is the same misuse under another name. Credit teams that link this to the Resolution's goal of software-based decentralisation and authorisation.",
    vi = "Kỳ vọng: cấp lại tài khoản riêng cho từng người, có xác thực hai yếu tố và phân quyền tối thiểu; bắt buộc người thứ hai phê duyệt mọi thay đổi phương thức chi trả và mọi hồ sơ hưởng BHXH một lần; ban hành bằng văn bản quy định cấm dùng chung tài khoản công vụ; cấp cho nhân viên hợp đồng tài khoản riêng với quyền hạn chế. Đánh giá: mở lại tài khoản cũ là khôi phục chính điểm yếu; một tài khoản chung cho cả phòng là cùng một hành vi lạm dụng dưới tên khác. Ghi nhận đội nào gắn việc này với mục tiêu phân cấp, phân quyền trên phần mềm nghiệp vụ mà Nghị quyết đã đặt ra.",
  },
  roles = { "central" },
}

decision {
  id = "access-restore",
  on = access_outage,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 10:00 — How do you get the divisions working again?",
    vi = "Ngày 1, 10:00 — Đội làm gì để các phòng nghiệp vụ hoạt động trở lại?",
  },
  options = {
    { id = "re-enable",
      text = { en = "Switch the old accounts back on as they were until the month end.",
               vi = "Mở lại các tài khoản cũ như trước cho tới hết tháng." },
      score = { recover = 3, eradicate = -6 },
      notes = { en = "Reopens the door that was just closed.", vi = "Mở lại cánh cửa vừa đóng." } },
    { id = "team-account",
      text = { en = "Create one shared \"benefits team\" account to clear the backlog quickly.",
               vi = "Tạo một tài khoản chung \"tổ giải quyết chế độ\" để xử lý nhanh hồ sơ tồn." },
      score = { recover = 2, eradicate = -8 },
      notes = { en = "The very practice that caused this.", vi = "Chính cách làm đã gây ra sự cố." } },
    { id = "keep-locked",
      text = { en = "Keep every account locked until the investigation is over.",
               vi = "Giữ khóa mọi tài khoản cho tới khi điều tra xong." },
      score = { eradicate = 2, recover = -6 },
      notes = { en = "Safe, and mothers wait weeks for maternity pay.", vi = "An toàn, nhưng người lao động chờ tiền thai sản nhiều tuần." } },
    { id = "individual-mfa",
      text = { en = "Re-issue individual accounts with a second factor; a second approver for payment changes.",
               vi = "Cấp lại tài khoản cá nhân có xác thực hai yếu tố; người thứ hai phê duyệt thay đổi chi trả." },
      score = { eradicate = 8, recover = 5 },
      notes = { en = "Working again, on the right footing; two days of set-up.", vi = "Làm việc trở lại trên nền tảng đúng; mất hai ngày thiết lập." } },
    { id = "reissue-fast",
      text = { en = "Re-issue individual accounts with new passwords today; add the second factor next quarter.",
               vi = "Cấp lại tài khoản cá nhân với mật khẩu mới ngay hôm nay; bổ sung xác thực hai yếu tố vào quý sau." },
      score = { recover = 6, eradicate = 2 },
      notes = { en = "Back to work today; the next phishing page works as well as this one.", vi = "Làm việc lại ngay hôm nay; nhưng trang lừa đảo tiếp theo vẫn hiệu quả như lần này." } },
  },
  timeout = "keep-locked",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:10  A pensioner's son on Facebook
------------------------------------------------------------------------------------------

local viral = inject {
  id = "viral-post",
  at = "2:10",
  stage = "cash-out",
  severity = "medium",
  from = { en = "Press office, provincial office", vi = "Bộ phận truyền thông, BHXH tỉnh" },
  channel = "social",
  title = {
    en = "Day 1, 10:10 — \"My 78-year-old father's pension went to a stranger's account\"",
    vi = "Ngày 1, 10:10 — \"Lương hưu của bố tôi 78 tuổi bị chuyển vào tài khoản người lạ\"",
  },
  body = {
    en = "A pensioner's son writes on Facebook that last month's pension went to an account his father never opened, and that the office told him only that it was \"being verified\". The post has 14,000 shares; comments claim VSS staff steal pensions, and a provincial television station asks for an interview this afternoon.",
    vi = "Con trai một người hưởng lương hưu đăng Facebook rằng tiền lương hưu tháng trước của bố anh bị chuyển vào một tài khoản ông chưa từng mở, và cơ quan chỉ trả lời là \"đang xác minh\". Bài viết có 14.000 lượt chia sẻ; nhiều bình luận cho rằng cán bộ BHXH ăn cắp lương hưu, đài truyền hình tỉnh đề nghị phỏng vấn trong chiều nay.",
  },
  notes = {
    en = "Expected: the spokesperson acknowledges the case, apologises, explains that affected pensioners will be paid by their registered method after verification and that the agency never asks for passwords, OTPs or bank details by phone; warnings on the portal, VssID and the official Zalo account; the provincial office visits the family. Evaluator: 'our systems are secure' is false and blames the victim; reporting the post as fake news silences a true complaint.",
    vi = "Kỳ vọng: người phát ngôn thừa nhận sự việc, xin lỗi, khẳng định người hưởng bị ảnh hưởng sẽ được chi trả theo phương thức đã đăng ký sau khi xác minh, và cơ quan BHXH không bao giờ yêu cầu cung cấp mật khẩu, mã OTP hay thông tin tài khoản ngân hàng qua điện thoại; đăng cảnh báo trên Cổng thông tin điện tử, ứng dụng VssID và tài khoản Zalo chính thức; BHXH tỉnh đến thăm gia đình. Đánh giá: nói \"hệ thống của chúng tôi an toàn\" là sai sự thật và đổ lỗi cho nạn nhân; báo cáo bài viết là tin giả là bịt miệng một phản ánh có thật.",
  },
  roles = { "central" },
}

decision {
  id = "public-response",
  on = viral,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 10:10 — What does the agency say publicly?",
    vi = "Ngày 1, 10:10 — Cơ quan thông tin công khai như thế nào?",
  },
  options = {
    { id = "acknowledge-help",
      text = { en = "Acknowledge and apologise, promise payment after verification, warn that VSS never asks for OTPs.",
               vi = "Thừa nhận và xin lỗi, cam kết chi trả sau khi xác minh, cảnh báo BHXH không bao giờ hỏi OTP." },
      score = { communicate = 10, coordinate = 2 },
      notes = { en = "Honest, and useful to every other pensioner.", vi = "Trung thực, và hữu ích với mọi người hưởng khác." } },
    { id = "call-family",
      text = { en = "Call the family privately today, arrange the payment, and make no public statement.",
               vi = "Gọi riêng cho gia đình ngay hôm nay, thu xếp việc chi trả, không phát ngôn công khai." },
      score = { communicate = 3, recover = 2 },
      notes = { en = "Helps this family; thousands reading the post learn nothing.", vi = "Giúp được gia đình này; hàng nghìn người đọc bài viết không được cảnh báo." } },
    { id = "secure-systems",
      text = { en = "State that the agency's systems are secure and the family must have given their details to scammers.",
               vi = "Khẳng định hệ thống của cơ quan vẫn an toàn, chắc hẳn gia đình đã tự cung cấp thông tin của mình cho kẻ lừa đảo." },
      score = { communicate = -8 },
      notes = { en = "False, and blames the victim.", vi = "Sai sự thật, và đổ lỗi cho nạn nhân." } },
    { id = "report-fake",
      text = { en = "Ask staff to report the post to Facebook as fake news and say nothing.",
               vi = "Vận động cán bộ báo cáo bài viết là tin giả với Facebook và không lên tiếng." },
      score = { communicate = -5 },
      notes = { en = "It is not fake.", vi = "Đó không phải tin giả." } },
    { id = "no-comment",
      text = { en = "Decline the interview until the investigation is complete.",
               vi = "Từ chối phỏng vấn cho tới khi điều tra xong." },
      score = { communicate = -2 },
      notes = { en = "The story runs without the agency.", vi = "Bài báo vẫn đăng, không có tiếng nói của cơ quan." } },
  },
  timeout = "no-comment",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:20  The personal-data duty, weeks late
------------------------------------------------------------------------------------------

local pdp = inject {
  id = "pdp-duty",
  at = "2:20",
  stage = "fraud",
  severity = "high",
  from = { en = "Legal officer, provincial office", vi = "Cán bộ pháp chế, BHXH tỉnh" },
  channel = "meeting",
  title = {
    en = "Day 1, 10:20 — The compromised accounts looked up 18,000 pensioners' records",
    vi = "Ngày 1, 10:20 — Các tài khoản bị chiếm đã tra cứu hồ sơ của 18.000 người hưởng",
  },
  body = {
    en = "The audit log shows that since March the two accounts opened and exported the records of about 18,000 pensioners: names, citizen ID numbers, addresses, phone numbers and bank details. The legal officer asks whether this is a personal-data breach that must be notified, and by when, given that it started weeks ago.",
    vi = "Nhật ký thao tác cho thấy từ tháng 3 đến nay hai tài khoản đã mở và kết xuất hồ sơ của khoảng 18.000 người hưởng: họ tên, số định danh cá nhân, địa chỉ, số điện thoại và thông tin tài khoản ngân hàng. Cán bộ pháp chế hỏi đây có phải vi phạm quy định bảo vệ dữ liệu cá nhân phải thông báo không, và thời hạn thế nào khi sự việc đã bắt đầu từ nhiều tuần trước.",
  },
  notes = {
    en = "Expected: yes. The Law on Personal Data Protection (91/2025/QH15, Art. 23, in force since 1 January 2026) requires notifying the Department of Cyber Security and High-Tech Crime Prevention (A05) within 72 hours of discovering the breach, with what is known, supplemented later. The clock started today, when the exports were found, not in March; but the investigation will not finish inside it. So: notify now with the facts known, and warn the affected people about targeted scams. Evaluator: 'official accounts had legitimate access' misses the point: the access was by an unauthorised person; 'finish the investigation first' lets the 72 hours run out. (Under Decree 13/2023, in force until 31 December 2025, the clock ran from the breach itself and a notice like this one had to explain its delay: a point to discuss, not the rule taught.)",
    vi = "Kỳ vọng: có. Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15, Điều 23, có hiệu lực từ ngày 01/01/2026) yêu cầu thông báo cho Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05) trong vòng 72 giờ kể từ khi phát hiện vi phạm, với những thông tin đã có và bổ sung sau. Thời hạn bắt đầu từ hôm nay, khi phát hiện việc kết xuất hồ sơ, chứ không phải từ tháng 3; nhưng việc điều tra sẽ không xong trong thời hạn đó. Vì vậy: thông báo ngay với những thông tin đã có, và cảnh báo những người bị ảnh hưởng về các cuộc gọi lừa đảo nhắm vào họ. Đánh giá: \"tài khoản công vụ có quyền truy cập hợp lệ\" là lập luận sai trọng tâm vì người truy cập không có thẩm quyền; \"điều tra xong rồi thông báo\" sẽ để quá 72 giờ. (Theo Nghị định 13/2023, áp dụng đến hết 31/12/2025, thời hạn tính từ khi xảy ra vi phạm và thông báo như thế này phải giải trình lý do chậm: một điểm để thảo luận, không phải quy định được diễn tập.)",
  },
  roles = { "central" },
}

decision {
  id = "pdp-notify",
  on = pdp,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 10:20 — Must the agency notify, and when?",
    vi = "Ngày 1, 10:20 — Cơ quan có phải thông báo không, và khi nào?",
  },
  options = {
    { id = "wait-72",
      text = { en = "We have 72 hours from today; finish the investigation first, then notify.",
               vi = "Còn 72 giờ tính từ hôm nay; điều tra xong rồi thông báo." },
      score = { communicate = -2, coordinate = -2 },
      notes = { en = "The 72 hours do run from today, but the investigation will outlast them; the Law expects a notice with what is known.", vi = "72 giờ đúng là tính từ hôm nay, nhưng việc điều tra sẽ kéo dài hơn; Luật yêu cầu thông báo với những thông tin đã có." } },
    { id = "notify-now",
      text = { en = "Notify A05 now with what is known and supplement later; warn the 18,000 about targeted scams.",
               vi = "Thông báo ngay cho A05 với thông tin đã có và bổ sung sau; cảnh báo 18.000 người về lừa đảo." },
      score = { communicate = 8, coordinate = 5 },
      notes = { en = "On time, counted from discovery; what is not yet known follows in a supplement.", vi = "Đúng hạn, tính từ khi phát hiện; những gì chưa rõ sẽ được bổ sung sau." } },
    { id = "notify-tomorrow",
      text = { en = "Notify A05 tomorrow, inside the 72 hours, once the list of the 18,000 has been checked.",
               vi = "Thông báo cho A05 vào ngày mai, vẫn trong thời hạn 72 giờ, sau khi đã kiểm tra xong danh sách 18.000 người." },
      score = { communicate = 3, coordinate = 3 },
      notes = { en = "On time with a checked list; a day in which the 18,000 are not warned.", vi = "Đúng hạn với danh sách đã kiểm tra; nhưng 18.000 người chưa được cảnh báo thêm một ngày." } },
    { id = "not-needed",
      text = { en = "No notification is needed: official accounts had legitimate access to these records.",
               vi = "Không cần thông báo: tài khoản công vụ có quyền truy cập hợp lệ vào các hồ sơ này." },
      score = { communicate = -6 },
      notes = { en = "The person using the accounts had no right to the data.", vi = "Người sử dụng tài khoản không có quyền đối với dữ liệu đó." } },
  },
  timeout = "wait-72",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:30 .. 2:35  Late consequences
------------------------------------------------------------------------------------------

inject {
  id = "evidence-gap",
  roles = { "provincial" },
  at = "2:30",
  stage = "recovery",
  severity = "medium",
  from = { en = "Investigator, provincial police (PA05)", vi = "Điều tra viên, Phòng PA05 Công an tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 10:30 — The police need the change history that was overwritten",
    vi = "Ngày 1, 10:30 — Cơ quan công an cần lịch sử thay đổi đã bị ghi đè",
  },
  body = {
    en = "The investigator asks for the original values and change history of the 37 payment records: who changed them, when, and from where. The direct database fix this morning overwrote the fields and the application's change log for those records; only partial firewall logs remain.",
    vi = "Điều tra viên đề nghị cung cấp giá trị ban đầu và lịch sử thay đổi của 37 hồ sơ chi trả: ai sửa, khi nào, từ đâu. Việc sửa trực tiếp trong cơ sở dữ liệu sáng nay đã ghi đè các trường dữ liệu và nhật ký thay đổi của phần mềm đối với các hồ sơ này; chỉ còn một phần nhật ký tường lửa.",
  },
  notes = {
    en = "Consequence of reverting the records directly. Expected: explain honestly, look for the data in last night's backup and the database transaction logs, and supply what remains. Evaluator: 'snapshot first, then change' is a rule that costs minutes and saves a prosecution.",
    vi = "Hệ quả của việc sửa trực tiếp hồ sơ. Kỳ vọng: giải trình trung thực, tìm lại dữ liệu trong bản sao lưu đêm qua và nhật ký giao dịch của cơ sở dữ liệu, cung cấp những gì còn lại. Đánh giá: \"lưu hiện trạng trước, sửa sau\" là quy tắc tốn vài phút nhưng giữ được cả một vụ án.",
  },
  when = function(team) return team.flags.evidence_lost == true end,
}

local second_wave = inject {
  id = "second-wave",
  roles = { "central" },
  at = "2:35",
  stage = "fraud",
  attack = "T1078",
  severity = "high",
  from = { en = "Security monitoring (SOC), IT Centre", vi = "Bộ phận giám sát an toàn thông tin (SOC), Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 10:35 — Six more accounts in four provinces changed payment methods this morning",
    vi = "Ngày 1, 10:35 — Thêm sáu tài khoản ở bốn tỉnh đã đổi phương thức chi trả trong sáng nay",
  },
  body = {
    en = "Six of the eleven accounts whose passwords were captured by the fake page, not yet reset, were used between 09:40 and 10:20 to change the receiving accounts of 52 pensioners in four provinces. Those provinces' payment files go out tomorrow.",
    vi = "Sáu trong số mười một tài khoản đã bị trang giả mạo thu thập mật khẩu, chưa được đặt lại, đã được dùng trong khoảng 09:40–10:20 để đổi tài khoản nhận tiền của 52 người hưởng ở bốn tỉnh. Danh sách chi trả của các tỉnh này sẽ được gửi đi vào ngày mai.",
  },
  notes = {
    en = "Consequence of not resetting all eleven accounts at once. Expected: reset and end sessions now, tell the four provinces to hold those 52 lines and verify, extend the audit to every account that submitted the form. Evaluator: a sector-wide campaign needs a sector-wide response; one province's good work does not protect the others.",
    vi = "Hệ quả của việc không đặt lại ngay cả mười một tài khoản. Kỳ vọng: đặt lại mật khẩu và hủy phiên ngay, đề nghị bốn tỉnh tạm dừng 52 dòng đó và xác minh, mở rộng rà soát tới mọi tài khoản đã gửi biểu mẫu. Đánh giá: chiến dịch nhắm vào cả Ngành cần phản ứng của cả Ngành; một tỉnh làm tốt không bảo vệ được các tỉnh khác.",
  },
  when = function(team) return team.flags.campaign_open == true end,
}

decision {
  id = "second-wave-response",
  on = second_wave,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 10:35 — Six more stolen accounts were used this morning. What now?",
    vi = "Ngày 1, 10:35 — Sáu tài khoản bị đánh cắp khác đã bị sử dụng sáng nay. Đội làm gì?",
  },
  options = {
    { id = "reset-hold",
      text = { en = "Reset the six, end their sessions, have the four provinces hold the 52 lines.",
               vi = "Đặt lại mật khẩu, chấm dứt phiên của sáu tài khoản, yêu cầu bốn tỉnh giữ lại 52 dòng." },
      score = { contain = 6, coordinate = 4 },
      notes = { en = "What should have happened at T+0:15.", vi = "Việc lẽ ra phải làm từ T+0:15." } },
    { id = "reset-only",
      text = { en = "Reset the six accounts now; the provinces can check their payment files tomorrow morning.",
               vi = "Đặt lại mật khẩu cho sáu tài khoản ngay; các tỉnh có thể kiểm tra danh sách chi trả vào sáng mai." },
      score = { contain = 3 },
      notes = { en = "Closes the accounts; the files go out with the changes in them.", vi = "Đóng được tài khoản; danh sách vẫn gửi đi với các thay đổi sai." } },
    { id = "ask-provinces",
      text = { en = "Ask the four provinces to investigate their own officers before anything is reset.",
               vi = "Đề nghị bốn tỉnh tự kiểm tra cán bộ của mình trước khi đặt lại mật khẩu." },
      score = { contain = -3, coordinate = -1 },
      notes = { en = "The officers did nothing; the attacker did.", vi = "Cán bộ không làm gì sai; kẻ gian mới là người thao tác." } },
  },
  timeout = "ask-provinces",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:40  The sector-wide rule from tomorrow (the sector's decision)
------------------------------------------------------------------------------------------

local sector_rule = inject {
  id = "sector-rule",
  at = "2:40",
  stage = "recovery",
  severity = "medium",
  from = { en = "Deputy Director General in charge of benefits", vi = "Phó Tổng Giám đốc phụ trách chế độ" },
  channel = "meeting",
  title = {
    en = "Day 1, 10:40 — Which rule applies to payment changes in every province from tomorrow?",
    vi = "Ngày 1, 10:40 — Từ ngày mai, thay đổi thông tin chi trả ở mọi tỉnh áp dụng quy định nào?",
  },
  body = {
    en = "10:40. The leadership will issue an urgent instruction to all 34 provinces tonight. A second approver for every change would stop this fraud but slow a backlog of 12,000 claims before Tết; the benefits divisions say they cannot absorb it without more staff.",
    vi = "10:40. Tối nay Lãnh đạo Ngành sẽ ban hành văn bản hỏa tốc gửi 34 tỉnh, thành phố. Người thứ hai phê duyệt mọi thay đổi sẽ chặn được kiểu gian lận này nhưng làm chậm 12.000 hồ sơ tồn trước Tết; các phòng chế độ cho biết không kham nổi nếu không có thêm người.",
  },
  notes = {
    en = "Central decision. Expected: a rule proportionate to the risk that the provinces can actually apply, and that closes the path used here (changes to a new bank account, one-time settlements). The improvement plan is drafted in the after-action report, from these priorities: a second factor on every official account; no shared accounts, with monthly review of privileged actions; a second approver for payment-method changes and one-time settlements; automatic alerts on bulk payment changes, off-hours approvals and concurrent sign-ins; phishing training with realistic exercises; and enough staff that nobody needs to lend a password. Evaluator: disciplining individuals alone treats the symptom; training alone leaves the process open.",
    vi = "Quyết định của cấp Ngành. Kỳ vọng: một quy định tương xứng với rủi ro mà các tỉnh thực hiện được, và đóng được con đường kẻ gian đã dùng (đổi sang tài khoản ngân hàng mới, hưởng BHXH một lần). Kế hoạch khắc phục được xây dựng trong báo cáo sau diễn tập, từ các ưu tiên: xác thực hai yếu tố cho mọi tài khoản công vụ; không dùng chung tài khoản, rà soát hằng tháng các thao tác đặc quyền; người thứ hai phê duyệt thay đổi phương thức chi trả và hồ sơ hưởng một lần; cảnh báo tự động khi thay đổi chi trả hàng loạt, phê duyệt ngoài giờ và đăng nhập đồng thời; tập huấn nhận diện lừa đảo kèm diễn tập thực tế; và bố trí đủ nhân lực để không ai phải cho mượn mật khẩu. Đánh giá: chỉ kỷ luật cá nhân là chữa triệu chứng; chỉ tập huấn thì quy trình vẫn bỏ ngỏ.",
  },
  roles = { "central" },
}

decision {
  id = "payment-rule",
  on = sector_rule,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 10:40 — What does tonight's instruction require?",
    vi = "Ngày 1, 10:40 — Văn bản tối nay yêu cầu những gì?",
  },
  options = {
    { id = "every-change",
      text = { en = "A second approver for every payment change and settlement in every province, from tomorrow.",
               vi = "Áp dụng người thứ hai phê duyệt đối với mọi thay đổi thông tin chi trả và mọi hồ sơ hưởng một lần ở tất cả các tỉnh, từ ngày mai." },
      score = { eradicate = 6, recover = -2, coordinate = 1 },
      notes = { en = "Closes the path everywhere; the Tết backlog grows.", vi = "Đóng con đường gian lận ở mọi nơi; hồ sơ tồn trước Tết tăng lên." } },
    { id = "risk-based",
      text = { en = "A second approver for a new bank account and every settlement; other changes confirmed by SMS.",
               vi = "Người thứ hai phê duyệt khi đổi sang tài khoản mới và mọi hồ sơ hưởng một lần; thay đổi khác xác nhận qua SMS." },
      score = { eradicate = 5, recover = 2, coordinate = 2 },
      notes = { en = "Closes the path used here at a cost the divisions can carry.", vi = "Đóng đúng con đường đã bị lợi dụng với chi phí các phòng chế độ chịu được." } },
    { id = "affected-only",
      text = { en = "A second approver only in the nine provinces that were hit, until the investigation ends.",
               vi = "Người thứ hai phê duyệt chỉ ở chín tỉnh bị ảnh hưởng, cho tới khi điều tra xong." },
      score = { eradicate = 2 },
      notes = { en = "The next campaign will hit other provinces.", vi = "Chiến dịch tiếp theo sẽ nhắm vào các tỉnh khác." } },
    { id = "training-only",
      text = { en = "No new control; a phishing course for every officer next month.",
               vi = "Không thêm biện pháp kiểm soát; tháng sau tập huấn nhận diện lừa đảo cho mọi cán bộ." },
      score = { eradicate = -1, coordinate = -1 },
      notes = { en = "Useful, and not a control.", vi = "Có ích, nhưng không phải biện pháp kiểm soát." } },
  },
  timeout = "training-only",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Hooks
------------------------------------------------------------------------------------------

on("choice", function(team, decision, option)
  -- The evidence sealed at the first anomaly is what lets the police act on the banks.
  if decision == "funds-recovery" and option == "via-police" and team.flags.logs_preserved then
    team:add("coordinate", 3, "sealed audit log handed to the police with the freeze request")
  end
end)

on("end", function(team)
  -- Payments stopped where needed and nowhere else, with the evidence intact.
  if team:chose("hold-payments") == "hold-changed" and not team.flags.tipped then
    team:add("contain", 2, "fraudulent payments stopped without warning the suspect or delaying other pensioners")
  end
end)
