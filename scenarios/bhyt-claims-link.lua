-- bhyt-claims-link.lua
-- Hồ sơ khống đẩy qua tài khoản cơ sở KCB vào Hệ thống thông tin giám định BHYT
--
-- What the drill exercises: the health-insurance claims link (giám định BHYT), through which
-- every contracted hospital and clinic sends its claims data to the agency every day — the
-- agency's largest daily data flow. A private clinic's account on the claims gateway,
-- reached through its software vendor's remote-support access, uploads thousands of
-- fabricated visits overnight and reads insured persons' visit histories. The judgement
-- tested: close the abused path without cutting insured patients off from care, keep
-- hospitals paid from what is verified while the rest is held, verify before accusing,
-- report on time (the 72-hour breach notice runs from discovery) and tell the people
-- whose cards were used.
--
-- Weaknesses it builds on (Resolution 398-NQ/BCSĐ): misuse of official accounts and lax
-- compliance with operating procedures (a vendor's support access shared across facilities),
-- too few security staff to read the first signs.
--
-- Who decides what (roster column `role`): a provincial office ("provincial") deals with its
-- own facilities — the clinic, the provincial general hospital, the provincial Department of
-- Health (Sở Y tế), the provincial police cyber unit (PA05) — and with the insured people of
-- the province; the IT Centre with the assessment division ("central") decides for the sector
-- — the gateway accounts, the quarterly advances, external reporting to A05, the Ministry of
-- Finance and the Ministry of Health, and when the vendor's facilities may send again.
-- The first inject reaches both; each role answers its own decision on it.
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
--     supplement later. Visit histories are health data (sensitive personal data). Article
--     wording from secondary sources; check it before the drill.
--   * Health insurance: the Law on Health Insurance (No. 25/2008/QH12, amended in 2014 and by
--     Law No. 51/2024/QH15 in force 1 July 2025): facilities send claims data electronically
--     to the agency, which assesses (giám định) and pays them, advances funds to facilities
--     each quarter and may refuse to pay claims that are not proven. The claims data
--     format is set by the Ministry of Health (Decision 130/QĐ-BYT of 2023, amended by
--     Decision 4750/QĐ-BYT, which replaced Decision 4210/QĐ-BYT). NOT VERIFIED against the
--     official texts (from the author's knowledge): the law numbers and dates above, the
--     decisions' numbers, the daily sending deadline and the advance rules; no article
--     numbers are cited for them. The drill's dilemmas do not depend on their exact wording.
--   * Security level: the assessment system (Hệ thống thông tin giám định BHYT) is treated as
--     level 4 under Decree 85/2016/ND-CP. Assumption: the approved level dossier is not
--     public; whether Decree 85 has a successor under the Cybersecurity Law No. 116/2025/QH15
--     could not be verified.
--   * Bodies as of 2026: VSS under the Ministry of Finance (since 1 March 2025); the Ministry
--     of Health sets the claims data rules and supervises hospitals, through each provincial
--     Department of Health; A05 and its National Cyber Security Centre coordinate national
--     incident response (no longer VNCERT/CC); 34 provinces, no district level; provincial
--     police cyber units are PA05.
--
-- Story clock: T+0:00 is Day 1 (a Tuesday), 07:30, and story time runs with exercise time
-- until T+1:59. At T+2:00 the story moves on to Day 3 (Thursday), 08:00, and runs with
-- exercise time again. Discovery is Day 1, 07:35, so the 72-hour notice is due by Day 4
-- (Friday), 07:35: a team that held the notice back can still send it on Day 3.
--
-- Branches (each team's own choices):
--   central  triage-batch  wait-vendor (or timeout) -> flag path_open -> second-wave at
--                          T+0:55 (recovery decision second-wave-response; close-now clears it)
--                          block-all -> flag care_cut -> facilities-stalled at T+0:55
--                          (recovery decision stalled-response)
--            breach-notice  after-vendor-report (or timeout) -> flag notice_held ->
--                          late-notice at T+2:10, Day 3 (recovery decision late-notice-response)
--            reopen (the ending): all-now while path_open is still set -> contain -6 (hook)
--   province clinic-check  phone-clinic (or timeout) -> flag clinic_phoned -> evidence-wiped
--                          at T+0:40 (recovery decision evidence-gap)
--                          suspend-clinic -> flag clinic_suspended -> clinic-protests at
--                          T+0:40 (recovery decision protest-response)
--            hospital-intake  keep-old-connector -> flag old_connector -> connector-abused at
--                          T+1:35 (recovery decision reuse-response)
--            affected-people (the ending)
-- Branch injects are timed (with a `when`), so the story time in each title is exact.
--
-- Full credit lasts 15 minutes where the leadership must approve (breach notice, advances,
-- Department of Health, reopening, the people), 5 where minutes decide (the first batch).

scenario {
  id = "bhyt-claims-link",
  version = 1,
  title = {
    en = "Fabricated claims on the health-insurance claims link",
    vi = "Hồ sơ khống trên kênh giám định bảo hiểm y tế",
  },
  description = {
    en = "Overnight, a private clinic's account on the health-insurance claims gateway uploads 3,800 visits that never happened and reads the visit histories of thousands of insured people. The account was reached through the clinic's software vendor, whose remote-support access serves 41 facilities. Teams must close the path without turning patients away, keep hospitals paid from verified data, verify before accusing, report on time and tell the people whose cards were used.",
    vi = "Trong đêm, tài khoản của một phòng khám tư nhân trên Cổng tiếp nhận dữ liệu giám định BHYT đẩy lên 3.800 lượt khám chưa từng diễn ra và tra cứu lịch sử khám chữa bệnh của hàng nghìn người có thẻ. Kẻ gian vào được tài khoản qua đơn vị cung cấp phần mềm của phòng khám, đơn vị có quyền hỗ trợ từ xa cho 41 cơ sở khám chữa bệnh. Các đội phải chặn con đường này mà không để người bệnh bị từ chối, tiếp tục thanh toán cho bệnh viện trên dữ liệu đã xác minh, xác minh trước khi kết luận, báo cáo đúng hạn và thông tin cho những người bị sử dụng thẻ.",
  },
  duration = "3:00",
  categories = {
    { "detect",      en = "Detect",      vi = "Phát hiện" },
    { "analyse",     en = "Analyse",     vi = "Phân tích" },
    { "contain",     en = "Contain",     vi = "Ngăn chặn" },
    { "recover",     en = "Recover",     vi = "Khôi phục" },
    { "communicate", en = "Communicate", vi = "Thông báo, truyền thông" },
    { "coordinate",  en = "Coordinate",  vi = "Phối hợp" },
  },
  stages = {
    { "initial-access", en = "Initial access",         vi = "Xâm nhập ban đầu" },
    { "collection",     en = "Data collection",        vi = "Thu thập dữ liệu" },
    { "impact",         en = "Fraud and disruption",   vi = "Trục lợi và gián đoạn" },
    { "response",       en = "Response",               vi = "Ứng phó" },
    { "recovery",       en = "Recovery",               vi = "Khôi phục" },
  },
  objectives = {
    { id = "close-path", category = "contain",
      text = { en = "Close the abused path (the vendor's access and the facility accounts) without cutting insured patients off from care.",
               vi = "Chặn con đường bị lợi dụng (quyền truy cập của đơn vị phần mềm và tài khoản cơ sở KCB) mà không làm gián đoạn việc khám chữa bệnh của người có thẻ." } },
    { id = "verify-first", category = "analyse",
      text = { en = "Verify suspicious claims on evidence before paying or accusing anyone, and keep that evidence.",
               vi = "Xác minh hồ sơ đáng ngờ trên chứng cứ trước khi thanh toán hay kết luận bất kỳ ai, và giữ lại chứng cứ đó." } },
    { id = "keep-care", category = "recover",
      text = { en = "Keep patients treated and hospitals paid from verified data while the claims link is unsafe.",
               vi = "Bảo đảm người bệnh vẫn được khám chữa bệnh và bệnh viện vẫn được thanh toán trên dữ liệu đã xác minh trong khi kênh giám định chưa an toàn." } },
    { id = "report-on-time", category = "coordinate",
      text = { en = "Report under Decision 05/2017/QĐ-TTg and send the personal-data breach notice to A05 within 72 hours of discovery (Law 91/2025/QH15); work with the Department of Health and the police.",
               vi = "Báo cáo theo Quyết định 05/2017/QĐ-TTg và gửi thông báo vi phạm dữ liệu cá nhân tới Cục A05 trong 72 giờ kể từ khi phát hiện (Luật số 91/2025/QH15); phối hợp với Sở Y tế và cơ quan công an." } },
    { id = "tell-people", category = "communicate",
      text = { en = "Tell the insured people whose cards were used, and the facilities, what happened and what it means for them, accurately.",
               vi = "Thông tin chính xác cho người có thẻ bị sử dụng và cho các cơ sở KCB về những gì đã xảy ra và ảnh hưởng tới họ." } },
  },
}

------------------------------------------------------------------------------------------
-- Day 1, 07:35 (T+0:05)  The overnight batch — both roles, each its own decision
------------------------------------------------------------------------------------------

local night_batch = inject {
  id = "night-batch",
  at = "0:05",
  stage = "initial-access",
  attack = "T1078",
  severity = "high",
  from = { en = "Claims assessment division, VSS", vi = "Bộ phận giám định BHYT, BHXH Việt Nam" },
  channel = "siem",
  title = {
    en = "Day 1, 07:35 — 3,800 overnight claims from one clinic's gateway account",
    vi = "Ngày 1, 07:35 — 3.800 hồ sơ đẩy lên trong đêm từ tài khoản của một phòng khám",
  },
  body = {
    en = "07:35, Tuesday. The assessment system's morning report flags Hồng Phúc General Clinic, a private clinic in your province that usually sends about 120 claims a day: between 01:10 and 03:40 its gateway account uploaded 3,800 outpatient visits dated last week, with the cards of people registered in other provinces and near-identical prescriptions. The uploads came from an address abroad. The clinic's HIS software is run by MedLink, a vendor whose remote-support tool connects to 41 facilities across the country, among them your provincial general hospital. Automatic checks have already passed 2,700 of the claims as valid.",
    vi = "07:35 thứ Ba. Báo cáo đầu ngày của Hệ thống thông tin giám định BHYT cảnh báo Phòng khám đa khoa Hồng Phúc, một phòng khám tư nhân trên địa bàn tỉnh, thường gửi khoảng 120 hồ sơ mỗi ngày: từ 01:10 đến 03:40, tài khoản của phòng khám trên Cổng tiếp nhận đã đẩy lên 3.800 lượt khám ngoại trú ghi ngày tuần trước, dùng thẻ của người đăng ký ở các tỉnh khác, đơn thuốc gần như giống hệt nhau. Dữ liệu được gửi từ một địa chỉ IP ở nước ngoài. Phần mềm quản lý bệnh viện (HIS) của phòng khám do công ty MedLink cung cấp; công cụ hỗ trợ từ xa của MedLink kết nối tới 41 cơ sở KCB trên cả nước, trong đó có Bệnh viện đa khoa tỉnh. Khâu kiểm tra tự động đã chấp nhận 2.700 hồ sơ là hợp lệ.",
  },
  notes = {
    en = "Rules this drill teaches (checked 30 November 2026; sources in scenarios/REFERENCES.md): Decision 05/2017/QĐ-TTg incident reporting (governing body, specialised unit, national coordinator A05; beyond your capacity, report at once and ask for support); Law 91/2025/QH15 (notify A05 within 72 hours of DISCOVERING a personal-data breach; visit histories are health data); the Law on Health Insurance (as amended by Law 51/2024/QH15) and the Ministry of Health's claims data format (Decision 130/QĐ-BYT, 2023). Not verified: the health-insurance texts' numbers and dates and their articles (from the author's knowledge, not read in the official text), the daily sending deadline and the advance rules, the Law 91 article wording, the assessment system's approved security level (level 4 is the drill's assumption). Discovery is now (Day 1, 07:35): the 72-hour notice is due by Friday 07:35. Both roles get this inject. Central expected: disable the clinic's account and hold the whole batch outside payment, cut MedLink's remote-support access, rotate the other 40 facilities' gateway credentials with an address allow-list today, and keep their daily sending going. Provincial expected: send assessors to the clinic today to compare the batch with its reception records, and ask the clinic in writing to preserve its HIS and remote-support logs. Evaluator: blocking all 41 facilities is the tempting overreaction (hospitals cannot check cards or send data); waiting for the vendor leaves the path open.",
    vi = "Các quy định diễn tập này áp dụng (rà soát ngày 30/11/2026; nguồn tại scenarios/REFERENCES.md): báo cáo sự cố theo Quyết định 05/2017/QĐ-TTg (cơ quan chủ quản, đơn vị chuyên trách, cơ quan điều phối quốc gia là Cục A05; vượt quá khả năng xử lý thì báo cáo ngay và đề nghị hỗ trợ); Luật số 91/2025/QH15 (thông báo A05 trong 72 giờ kể từ khi PHÁT HIỆN vi phạm dữ liệu cá nhân; lịch sử khám chữa bệnh là dữ liệu sức khỏe); Luật Bảo hiểm y tế (sửa đổi bởi Luật số 51/2024/QH15) và chuẩn dữ liệu đầu ra của Bộ Y tế (Quyết định 130/QĐ-BYT năm 2023). Chưa kiểm chứng được: số hiệu, ngày tháng và điều khoản của các văn bản về BHYT (theo hiểu biết của người soạn, chưa đối chiếu văn bản chính thức), thời hạn gửi dữ liệu hằng ngày và quy định tạm ứng, câu chữ Điều luật của Luật 91, cấp độ đã phê duyệt của hệ thống giám định (cấp độ 4 là giả định của bài diễn tập). Thời điểm phát hiện là lúc này (Ngày 1, 07:35): hạn thông báo 72 giờ là 07:35 thứ Sáu. Cả hai vai trò đều nhận tình huống này. Kỳ vọng với Trung tâm: khóa tài khoản của phòng khám, tách toàn bộ lô hồ sơ khỏi thanh toán, cắt quyền hỗ trợ từ xa của MedLink, đổi thông tin xác thực của 40 cơ sở còn lại kèm danh sách địa chỉ được phép ngay trong ngày, và giữ việc gửi dữ liệu hằng ngày của các cơ sở này. Kỳ vọng với tỉnh: cử giám định viên tới phòng khám ngay hôm nay đối chiếu lô hồ sơ với sổ tiếp đón, và đề nghị phòng khám bằng văn bản giữ nguyên nhật ký HIS và nhật ký hỗ trợ từ xa. Đánh giá: khóa cả 41 cơ sở là phản ứng quá tay hấp dẫn (bệnh viện không tra cứu thẻ, không gửi được dữ liệu); chờ đơn vị phần mềm giải trình là để ngỏ con đường tấn công.",
  },
}

decision {
  id = "triage-batch",
  roles = { "central" },
  objectives = { "close-path" },
  on = night_batch,
  within = "15m",
  prompt = {
    en = "What does the IT Centre do with the gateway accounts this morning?",
    vi = "Sáng nay Trung tâm CNTT xử lý các tài khoản trên Cổng tiếp nhận thế nào?",
  },
  options = {
    { id = "block-all",
      text = { en = "Suspend all 41 MedLink facilities on the gateway until MedLink proves its tool is clean.",
               vi = "Tạm dừng cả 41 cơ sở dùng MedLink trên Cổng tiếp nhận cho tới khi MedLink chứng minh công cụ đã sạch." },
      score = { contain = 6, recover = -5 },
      set = { care_cut = true },
      notes = { en = "Certain containment, but hospitals lose card checks and daily sending; patients pay the price.", vi = "Ngăn chặn chắc chắn, nhưng bệnh viện mất tra cứu thẻ và gửi dữ liệu hằng ngày; người bệnh chịu thiệt." } },
    { id = "wait-vendor",
      text = { en = "Hold the batch outside payment and ask MedLink for a written explanation by noon before touching accounts.",
               vi = "Tạm giữ lô hồ sơ ngoài thanh toán, đề nghị MedLink giải trình bằng văn bản trước trưa rồi mới xử lý tài khoản." },
      score = { analyse = 2, contain = -6 },
      set = { path_open = true },
      notes = { en = "Protects the fund for this batch only; the access that made it stays open.", vi = "Chỉ bảo vệ quỹ với lô hồ sơ này; con đường đã tạo ra nó vẫn để ngỏ." } },
    { id = "targeted",
      text = { en = "Disable the clinic's account, hold its batch, cut MedLink's remote access, re-key the other 40 today.",
               vi = "Khóa tài khoản phòng khám, tạm giữ lô hồ sơ, cắt truy cập từ xa của MedLink, cấp lại khóa cho 40 cơ sở kia." },
      score = { contain = 8, analyse = 3, recover = 2 },
      notes = { en = "Closes the path and keeps 40 facilities sending; re-keying in a day is hard work for the vendor and the hospitals.", vi = "Chặn được con đường mà 40 cơ sở vẫn gửi được dữ liệu; cấp lại khóa trong một ngày là việc nặng với đơn vị phần mềm và bệnh viện." } },
  },
  timeout = "wait-vendor",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

decision {
  id = "clinic-check",
  roles = { "provincial" },
  objectives = { "verify-first" },
  on = night_batch,
  within = "15m",
  prompt = {
    en = "The clinic is in your province. What does the provincial office do this morning?",
    vi = "Phòng khám nằm trên địa bàn tỉnh. Sáng nay BHXH tỉnh làm gì?",
  },
  options = {
    { id = "phone-clinic",
      text = { en = "Phone the clinic's director for an explanation today, and wait for the IT Centre's instructions before acting.",
               vi = "Gọi điện cho giám đốc phòng khám hỏi rõ lý do ngay trong sáng nay, chờ hướng dẫn của Trung tâm CNTT rồi mới làm." },
      score = { detect = 1, analyse = -6 },
      set = { clinic_phoned = true },
      notes = { en = "Alerts the clinic without securing anything.", vi = "Báo động cho phòng khám mà không giữ được gì." } },
    { id = "onsite-check",
      text = { en = "Send two assessors today to check the batch against the reception log; ask in writing that logs be kept.",
               vi = "Cử hai giám định viên tới ngay hôm nay đối chiếu lô hồ sơ với sổ tiếp đón; đề nghị bằng văn bản giữ nhật ký." },
      score = { analyse = 8, detect = 3 },
      notes = { en = "Evidence first, no accusation; two assessors are taken off the hospital's claims for the day.", vi = "Chứng cứ trước, chưa kết luận; hai giám định viên phải rời việc giám định của bệnh viện trong ngày." } },
    { id = "suspend-clinic",
      text = { en = "Suspend the clinic's health-insurance contract today and report it to the police for defrauding the fund.",
               vi = "Tạm dừng hợp đồng KCB BHYT với phòng khám ngay hôm nay và tố giác phòng khám trục lợi quỹ với công an." },
      score = { contain = 4, analyse = -2 },
      set = { clinic_suspended = true },
      notes = { en = "Protects the fund at once, but accuses a clinic that may be a victim and strands its registered patients.", vi = "Bảo vệ quỹ ngay, nhưng kết luận một phòng khám có thể chỉ là nạn nhân và bỏ rơi người bệnh đăng ký ở đó." } },
  },
  timeout = "phone-clinic",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:05 (T+0:35)  The same account read visit histories — central
------------------------------------------------------------------------------------------

local history_pulls = inject {
  id = "history-pulls",
  roles = { "central" },
  at = "0:35",
  stage = "collection",
  attack = "T1213",
  severity = "critical",
  from = { en = "Gateway operations, IT Centre", vi = "Bộ phận vận hành Cổng tiếp nhận, Trung tâm CNTT" },
  channel = "chat",
  title = {
    en = "Day 1, 08:05 — The account also read 12,400 visit histories",
    vi = "Ngày 1, 08:05 — Tài khoản còn tra cứu 12.400 lịch sử khám chữa bệnh",
  },
  body = {
    en = "08:05. The gateway's logs show that before the uploads, between 00:20 and 01:05, the clinic's account called the card-lookup and visit-history service 12,400 times, for people in 19 provinces: names, card numbers, diagnoses and dates of visits. That is how the fabricated claims matched real cards. At 08:00 MedLink switched off its gateway connector at all 41 facilities for a two-day check; they now upload by hand through the portal. MedLink says its own investigation of the remote-support tool will be ready on Friday afternoon. The Director General's office asks whether anything must go out today.",
    vi = "08:05. Nhật ký Cổng tiếp nhận cho thấy trước khi đẩy hồ sơ, từ 00:20 đến 01:05, tài khoản của phòng khám đã gọi dịch vụ tra cứu thông tin thẻ và lịch sử khám chữa bệnh 12.400 lần, với người có thẻ ở 19 tỉnh: họ tên, mã thẻ, chẩn đoán và ngày khám. Nhờ vậy hồ sơ khống mới khớp với thẻ thật. Lúc 08:00, MedLink đã tắt bộ kết nối với Cổng tiếp nhận tại cả 41 cơ sở để tự kiểm tra trong hai ngày; các cơ sở này đang tải dữ liệu lên thủ công qua Cổng. MedLink cho biết kết quả tự kiểm tra công cụ hỗ trợ từ xa sẽ có vào chiều thứ Sáu. Văn phòng BHXH Việt Nam hỏi hôm nay có phải gửi báo cáo nào không.",
  },
  notes = {
    en = "Central teams. This is a personal-data breach of health data, found at 07:35 (the batch) and confirmed now. Expected: today, the Decision 05 incident report to the Ministry of Finance and A05 with a request for support, and the breach notice to A05 under Law 91/2025/QH15 with what is known (12,400 people, the data types, the measures), supplemented when MedLink's report comes. The 72 hours run from discovery (Tuesday 07:35), so Friday afternoon is too late. Inform the Ministry of Health (which sets the claims data rules and supervises the hospitals) in the same round. Evaluator: 'wait until we know the exact numbers' is the tempting answer; 'it is fraud, not a leak' misreads what the logs show.",
    vi = "Dành cho đội Trung tâm. Đây là vi phạm dữ liệu cá nhân (dữ liệu sức khỏe), phát hiện lúc 07:35 (lô hồ sơ) và nay đã được khẳng định. Kỳ vọng: ngay hôm nay gửi báo cáo sự cố theo Quyết định 05 tới Bộ Tài chính và Cục A05 kèm đề nghị hỗ trợ, và thông báo vi phạm dữ liệu cá nhân tới A05 theo Luật số 91/2025/QH15 với những gì đã biết (12.400 người, loại dữ liệu, biện pháp đã làm), bổ sung khi có báo cáo của MedLink. 72 giờ tính từ khi phát hiện (07:35 thứ Ba), nên chiều thứ Sáu là quá hạn. Thông báo đồng thời cho Bộ Y tế (cơ quan quy định chuẩn dữ liệu và quản lý bệnh viện). Đánh giá: \"chờ có số liệu chính xác\" là phương án hấp dẫn; \"đây là trục lợi, không phải lộ dữ liệu\" là đọc sai nhật ký.",
  },
}

decision {
  id = "breach-notice",
  roles = { "central" },
  objectives = { "report-on-time" },
  on = history_pulls,
  within = "20m",
  prompt = {
    en = "What goes out, to whom, and when?",
    vi = "Gửi báo cáo gì, tới ai, và khi nào?",
  },
  options = {
    { id = "report-only",
      text = { en = "Send the incident report to the Ministry of Finance and A05 today; treat it as fraud and notify no breach.",
               vi = "Gửi báo cáo sự cố cho Bộ Tài chính và A05 hôm nay; coi đây là trục lợi, không thông báo vi phạm dữ liệu." },
      score = { coordinate = 3, communicate = -2 },
      notes = { en = "The incident line works; the breach of 12,400 people's health data goes unnotified.", vi = "Kênh báo cáo sự cố được thực hiện; vi phạm dữ liệu sức khỏe của 12.400 người không được thông báo." } },
    { id = "after-vendor-report",
      text = { en = "Send one complete report, incident and breach together, when MedLink's findings arrive on Friday, so nothing needs correcting.",
               vi = "Gửi một báo cáo đầy đủ cả sự cố lẫn vi phạm dữ liệu khi có kết quả của MedLink vào thứ Sáu, khỏi phải đính chính." },
      score = { coordinate = -6 },
      set = { notice_held = true },
      notes = { en = "Complete but late: the 72 hours from Tuesday morning end before Friday afternoon.", vi = "Đầy đủ nhưng muộn: 72 giờ tính từ sáng thứ Ba hết trước chiều thứ Sáu." } },
    { id = "notify-today",
      text = { en = "Today: incident report to the Finance Ministry and A05, breach notice to A05, a note to the Health Ministry.",
               vi = "Trong hôm nay: báo cáo sự cố gửi Bộ Tài chính và A05, thông báo vi phạm gửi A05, thông tin cho Bộ Y tế." },
      score = { coordinate = 9, communicate = 2 },
      notes = { en = "Both duties met with partial facts; the leadership must sign off a report that will need correcting.", vi = "Đủ cả hai nghĩa vụ với thông tin chưa đầy đủ; Lãnh đạo phải ký một báo cáo sẽ còn phải bổ sung." } },
  },
  timeout = "after-vendor-report",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (central, path left open): other facilities' accounts are used
------------------------------------------------------------------------------------------

local second_wave = inject {
  id = "second-wave",
  roles = { "central" },
  at = "0:55",
  stage = "impact",
  attack = "T1078",
  severity = "critical",
  from = { en = "Claims assessment division, VSS", vi = "Bộ phận giám định BHYT, BHXH Việt Nam" },
  channel = "siem",
  title = {
    en = "Day 1, 08:25 — Two more MedLink facilities upload batches from abroad",
    vi = "Ngày 1, 08:25 — Thêm hai cơ sở dùng MedLink đẩy hồ sơ từ nước ngoài",
  },
  body = {
    en = "08:25. Two more facilities on MedLink's software, a regional hospital in another province and a private clinic, are uploading claims through their own gateway accounts from the same address abroad: 1,900 visits so far. MedLink has not answered yet.",
    vi = "08:25. Thêm hai cơ sở dùng phần mềm MedLink, một bệnh viện khu vực ở tỉnh khác và một phòng khám tư nhân, đang đẩy hồ sơ bằng chính tài khoản của họ trên Cổng tiếp nhận, từ cùng địa chỉ ở nước ngoài: đã có 1.900 lượt khám. MedLink vẫn chưa trả lời.",
  },
  notes = {
    en = "Only for central teams that waited for the vendor: the remote-support access stayed open and the attacker moved to other facilities' accounts. Expected now: cut MedLink's remote access, disable the two accounts, re-key the vendor's facilities with an address allow-list and hold the new batches. Evaluator: link back to the first decision.",
    vi = "Chỉ dành cho đội Trung tâm đã chờ đơn vị phần mềm: quyền hỗ trợ từ xa vẫn mở và kẻ tấn công chuyển sang tài khoản của các cơ sở khác. Kỳ vọng lúc này: cắt truy cập từ xa của MedLink, khóa hai tài khoản, cấp lại khóa cho các cơ sở dùng MedLink kèm danh sách địa chỉ được phép và tạm giữ các lô hồ sơ mới. Đánh giá: liên hệ lại với quyết định đầu tiên.",
  },
  when = function(team) return team.flags.path_open == true end,
}

decision {
  id = "second-wave-response",
  roles = { "central" },
  objectives = { "close-path" },
  on = second_wave,
  within = "15m",
  prompt = {
    en = "The path is being used again. What now?",
    vi = "Con đường đó đang bị lợi dụng tiếp. Đội làm gì?",
  },
  options = {
    { id = "disable-two",
      text = { en = "Disable the two accounts and hold their batches; keep waiting for MedLink's written explanation before cutting its access.",
               vi = "Khóa hai tài khoản và tạm giữ các lô hồ sơ; tiếp tục chờ MedLink giải trình bằng văn bản rồi mới cắt quyền truy cập." },
      score = { contain = 1, analyse = 1 },
      notes = { en = "Treats the symptom: the next account can be used the same way.", vi = "Chữa triệu chứng: tài khoản tiếp theo vẫn có thể bị dùng như vậy." } },
    { id = "close-now",
      text = { en = "Cut MedLink's remote access, disable the two accounts, re-key all 41 with an address allow-list.",
               vi = "Cắt truy cập từ xa của MedLink, khóa hai tài khoản, cấp lại khóa cho cả 41 cơ sở kèm danh sách địa chỉ." },
      score = { contain = 7, analyse = 2 },
      set = { path_open = false },
      notes = { en = "What the first decision should have done, an hour and 1,900 claims later.", vi = "Đúng việc lẽ ra phải làm từ đầu, muộn một giờ và thêm 1.900 hồ sơ." } },
  },
  timeout = "disable-two",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (central, all 41 suspended): hospitals stall
------------------------------------------------------------------------------------------

local stalled = inject {
  id = "facilities-stalled",
  roles = { "central" },
  at = "0:55",
  stage = "impact",
  severity = "high",
  from = { en = "Provincial offices (hotline summary)", vi = "BHXH các tỉnh (tổng hợp đường dây nóng)" },
  channel = "phone",
  title = {
    en = "Day 1, 08:25 — Hospitals cannot check cards; patients asked to pay",
    vi = "Ngày 1, 08:25 — Bệnh viện không tra cứu được thẻ, người bệnh bị yêu cầu tự chi trả",
  },
  body = {
    en = "08:25. With their gateway accounts suspended, the 41 MedLink facilities cannot check cards or upload yesterday's data, even by hand. Six hospitals have started asking insured patients to pay in full and claim later; a dialysis ward asks whether its sessions will be paid. Two Departments of Health have called the provincial offices.",
    vi = "08:25. Do tài khoản trên Cổng tiếp nhận bị tạm dừng, 41 cơ sở dùng MedLink không tra cứu được thẻ và không gửi được dữ liệu ngày hôm qua, kể cả tải lên thủ công. Sáu bệnh viện bắt đầu yêu cầu người bệnh có thẻ tự chi trả toàn bộ rồi đề nghị thanh toán sau; một khoa thận nhân tạo hỏi các ca lọc máu có được thanh toán không. Hai Sở Y tế đã gọi điện cho BHXH tỉnh.",
  },
  notes = {
    en = "Only for central teams that suspended all 41 facilities. Expected: restore the 40 unaffected facilities with new keys and an address allow-list, keep only the clinic suspended, and tell facilities in writing that card checks by chip ID and late data caused by the incident will be accepted. Evaluator: containment that stops care is not the end of the decision.",
    vi = "Chỉ dành cho đội Trung tâm đã tạm dừng cả 41 cơ sở. Kỳ vọng: mở lại cho 40 cơ sở không liên quan với khóa mới và danh sách địa chỉ được phép, chỉ giữ tạm dừng với phòng khám, và thông báo bằng văn bản cho các cơ sở rằng việc tra cứu thẻ bằng căn cước gắn chip và dữ liệu gửi chậm do sự cố vẫn được chấp nhận. Đánh giá: ngăn chặn mà làm ngừng việc chữa bệnh thì quyết định chưa xong.",
  },
  when = function(team) return team.flags.care_cut == true end,
}

decision {
  id = "stalled-response",
  roles = { "central" },
  objectives = { "keep-care" },
  on = stalled,
  within = "15m",
  prompt = {
    en = "Patients are being asked to pay. What do you change?",
    vi = "Người bệnh đang bị yêu cầu tự chi trả. Đội điều chỉnh thế nào?",
  },
  options = {
    { id = "reopen-40",
      text = { en = "Reopen the 40 other facilities on new keys and an allow-list; tell all that late data will be accepted.",
               vi = "Mở lại cho 40 cơ sở kia với khóa mới và danh sách địa chỉ; báo mọi cơ sở rằng dữ liệu gửi chậm được chấp nhận." },
      score = { recover = 7, coordinate = 2 },
      set = { care_cut = false },
      notes = { en = "Care resumes within the morning; the re-keying still has to be done right.", vi = "Việc khám chữa bệnh trở lại ngay trong buổi sáng; việc cấp lại khóa vẫn phải làm cho đúng." } },
    { id = "letter-only",
      text = { en = "Keep all 41 suspended until MedLink's check is done, and write to hospitals that patients must not be charged meanwhile.",
               vi = "Giữ tạm dừng cả 41 cơ sở tới khi MedLink kiểm tra xong, gửi văn bản yêu cầu bệnh viện không thu tiền người bệnh trong thời gian này." },
      score = { recover = 1, communicate = 1 },
      notes = { en = "Protects patients on paper; hospitals still cannot check cards or send data.", vi = "Bảo vệ người bệnh trên giấy; bệnh viện vẫn không tra cứu thẻ hay gửi dữ liệu được." } },
  },
  timeout = "letter-only",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (province, clinic phoned): the clinic "cleans up"
------------------------------------------------------------------------------------------

local wiped = inject {
  id = "evidence-wiped",
  roles = { "provincial" },
  at = "0:40",
  stage = "response",
  attack = "T1070",
  severity = "high",
  from = { en = "Director, Hồng Phúc General Clinic", vi = "Giám đốc Phòng khám đa khoa Hồng Phúc" },
  channel = "phone",
  title = {
    en = "Day 1, 08:10 — The clinic has deleted the batch and restarted its server",
    vi = "Ngày 1, 08:10 — Phòng khám đã xóa lô hồ sơ và khởi động lại máy chủ",
  },
  body = {
    en = "08:10. The clinic's director calls back: after your call his IT staff asked MedLink to delete the 3,800 visits from the HIS, and the server was restarted to \"clean it\". The remote-support tool's local log is gone. He says the clinic has nothing to do with the claims.",
    vi = "08:10. Giám đốc phòng khám gọi lại: sau cuộc gọi của BHXH tỉnh, cán bộ CNTT của phòng khám đã nhờ MedLink xóa 3.800 lượt khám khỏi HIS, và máy chủ đã được khởi động lại \"cho sạch\". Nhật ký của công cụ hỗ trợ từ xa trên máy đã mất. Ông khẳng định phòng khám không liên quan gì tới số hồ sơ này.",
  },
  notes = {
    en = "Only for provincial teams that phoned the clinic and waited. Whoever did it, the local evidence is gone. Expected now: ask the IT Centre to preserve the gateway's copy of the batch and its logs, ask MedLink in writing for its server-side logs, and bring in PA05 with what remains. Evaluator: a phone call without a written request to preserve evidence is the lesson.",
    vi = "Chỉ dành cho đội tỉnh đã gọi điện cho phòng khám rồi chờ. Dù ai làm, chứng cứ tại chỗ đã mất. Kỳ vọng lúc này: đề nghị Trung tâm CNTT giữ bản lô hồ sơ và nhật ký trên Cổng tiếp nhận, đề nghị MedLink bằng văn bản cung cấp nhật ký phía máy chủ, và mời PA05 vào cuộc với những gì còn lại. Đánh giá: gọi điện mà không có văn bản đề nghị giữ nguyên chứng cứ là bài học ở đây.",
  },
  when = function(team) return team.flags.clinic_phoned == true end,
}

decision {
  id = "evidence-gap",
  roles = { "provincial" },
  objectives = { "verify-first" },
  on = wiped,
  within = "15m",
  prompt = {
    en = "The clinic's copy is gone. What do you secure?",
    vi = "Bản lưu tại phòng khám đã mất. Đội giữ lại những gì?",
  },
  options = {
    { id = "police-only",
      text = { en = "Hand the whole case to PA05 today and let the police secure whatever evidence remains.",
               vi = "Chuyển toàn bộ vụ việc cho PA05 ngay hôm nay để công an tự thu giữ chứng cứ còn lại." },
      score = { coordinate = 3, analyse = 1 },
      notes = { en = "The police can compel MedLink, but the gateway's copy may be overwritten before they ask.", vi = "Công an có thẩm quyền yêu cầu MedLink, nhưng bản lưu trên Cổng có thể bị ghi đè trước khi họ đề nghị." } },
    { id = "blame-clinic",
      text = { en = "Record the deletion as an admission of fraud, and reject every claim the clinic has sent this quarter.",
               vi = "Coi việc xóa dữ liệu là tự nhận hành vi trục lợi, từ chối thanh toán mọi hồ sơ phòng khám đã gửi trong quý này." },
      score = { contain = 2, analyse = -5 },
      notes = { en = "Punishes without proof, including the clinic's genuine patients.", vi = "Xử lý khi chưa có chứng cứ, kể cả hồ sơ của người bệnh thật." } },
    { id = "secure-rest",
      text = { en = "Ask the IT Centre to keep the gateway copy and logs, get MedLink's logs in writing, call in PA05.",
               vi = "Đề nghị Trung tâm giữ bản lưu và nhật ký trên Cổng, yêu cầu MedLink cung cấp nhật ký bằng văn bản, mời PA05." },
      score = { analyse = 6, coordinate = 2 },
      notes = { en = "Saves what can be saved; the clinic's side of the story is lost.", vi = "Giữ được những gì còn giữ được; phần chứng cứ phía phòng khám đã mất." } },
  },
  timeout = "blame-clinic",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (province, clinic suspended): the clinic protests
------------------------------------------------------------------------------------------

local protests = inject {
  id = "clinic-protests",
  roles = { "provincial" },
  at = "0:40",
  stage = "response",
  severity = "medium",
  from = { en = "Hồng Phúc General Clinic; Department of Health", vi = "Phòng khám đa khoa Hồng Phúc; Sở Y tế" },
  channel = "letter",
  title = {
    en = "Day 1, 08:10 — The clinic shows the uploads came from its vendor's tool",
    vi = "Ngày 1, 08:10 — Phòng khám chứng minh dữ liệu được gửi từ công cụ của đơn vị phần mềm",
  },
  body = {
    en = "08:10. The clinic sends its remote-support log: the night session was opened from MedLink's support account, not from the clinic. 2,100 people are registered with the clinic for primary care and are being turned away this morning. The Department of Health asks on what evidence the contract was suspended and the clinic reported to the police.",
    vi = "08:10. Phòng khám gửi nhật ký hỗ trợ từ xa: phiên làm việc trong đêm được mở từ tài khoản hỗ trợ của MedLink chứ không phải từ phòng khám. 2.100 người đăng ký KCB ban đầu tại phòng khám đang bị từ chối sáng nay. Sở Y tế hỏi BHXH tỉnh căn cứ vào chứng cứ nào để tạm dừng hợp đồng và tố giác phòng khám.",
  },
  notes = {
    en = "Only for provincial teams that suspended the clinic at once. Expected now: restore the contract for genuine patients while holding the suspicious batch, correct the report to the police (the clinic is probably a victim; the vendor's access is the path), and keep the clinic's log as evidence. Evaluator: correcting a hasty decision openly is the strong answer.",
    vi = "Chỉ dành cho đội tỉnh đã tạm dừng ngay hợp đồng với phòng khám. Kỳ vọng lúc này: khôi phục hợp đồng cho người bệnh thật trong khi vẫn tạm giữ lô hồ sơ đáng ngờ, đính chính thông tin đã báo công an (phòng khám nhiều khả năng là nạn nhân; con đường là quyền truy cập của đơn vị phần mềm), và giữ nhật ký của phòng khám làm chứng cứ. Đánh giá: công khai sửa một quyết định vội vàng là câu trả lời tốt.",
  },
  when = function(team) return team.flags.clinic_suspended == true end,
}

decision {
  id = "protest-response",
  roles = { "provincial" },
  objectives = { "verify-first" },
  on = protests,
  within = "15m",
  prompt = {
    en = "The clinic looks like a victim. What do you do?",
    vi = "Phòng khám có vẻ là nạn nhân. Đội làm gì?",
  },
  options = {
    { id = "restore-correct",
      text = { en = "Restore the contract, keep the batch held, correct the police report and keep the clinic's log.",
               vi = "Khôi phục hợp đồng, vẫn tạm giữ lô hồ sơ, đính chính tin báo với công an, lưu nhật ký của phòng khám." },
      score = { analyse = 5, recover = 3 },
      notes = { en = "Owns the mistake and keeps the case intact.", vi = "Nhận sai và giữ nguyên hồ sơ vụ việc." } },
    { id = "keep-suspended",
      text = { en = "Keep the contract suspended until the police finish, and send its patients to the general hospital.",
               vi = "Giữ tạm dừng hợp đồng cho tới khi công an kết luận, chuyển người bệnh đăng ký tại đây sang bệnh viện đa khoa tỉnh." },
      score = { contain = 2, recover = -1 },
      notes = { en = "Safe for the fund, costly for 2,100 patients and an overloaded hospital.", vi = "An toàn cho quỹ, nhưng 2.100 người bệnh chịu thiệt và bệnh viện quá tải." } },
  },
  timeout = "keep-suspended",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:20 (T+0:50)  The general hospital's reception — provincial
------------------------------------------------------------------------------------------

local hospital_queue = inject {
  id = "hospital-queue",
  roles = { "provincial" },
  at = "0:50",
  stage = "impact",
  severity = "high",
  from = { en = "Director, provincial general hospital", vi = "Giám đốc Bệnh viện đa khoa tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 08:20 — The general hospital's connector is off; 600 patients wait",
    vi = "Ngày 1, 08:20 — Bệnh viện đa khoa tỉnh bị ngắt kết nối, 600 người bệnh đang chờ",
  },
  body = {
    en = "08:20. MedLink has switched off its gateway connector at all its facilities until its check is done, probably two days. The general hospital's reception cannot check cards through the HIS, 600 outpatients are queuing, and yesterday's 2,300 claims are unsent. The hospital's IT says the old connector would work again if MedLink's support account re-enabled it, and the director asks whether to make insured patients pay and claim later.",
    vi = "08:20. MedLink đã tắt bộ kết nối với Cổng tiếp nhận tại mọi cơ sở để tự kiểm tra, dự kiến mất hai ngày. Khu tiếp đón của Bệnh viện đa khoa tỉnh không tra cứu được thẻ qua HIS, 600 người bệnh ngoại trú đang xếp hàng, 2.300 hồ sơ ngày hôm qua chưa gửi được. Bộ phận CNTT bệnh viện nói chỉ cần tài khoản hỗ trợ của MedLink bật lại là bộ kết nối cũ chạy được, và giám đốc hỏi có nên yêu cầu người bệnh có thẻ tự chi trả rồi đề nghị thanh toán sau không.",
  },
  notes = {
    en = "Provincial teams. The vendor's own shutdown is the same for every team. Expected: keep insured patients treated at the normal share, with card checks by chip ID (VNeID) or the agency's lookup portal; accept yesterday's data late through the portal's manual upload; confirm in writing that delays caused by the incident will not lead to refusals. Evaluator: making patients pay shifts the incident's cost onto the sick; re-enabling the old connector reopens the attacker's path.",
    vi = "Dành cho các đội cấp tỉnh. Việc đơn vị phần mềm tự tắt kết nối là như nhau với mọi đội. Kỳ vọng: người bệnh có thẻ vẫn được khám chữa bệnh theo mức hưởng bình thường, tra cứu thẻ bằng căn cước gắn chip (VNeID) hoặc cổng tra cứu của BHXH; nhận dữ liệu ngày hôm qua gửi chậm qua chức năng tải lên thủ công; xác nhận bằng văn bản rằng việc chậm gửi do sự cố sẽ không bị từ chối thanh toán. Đánh giá: bắt người bệnh tự chi trả là đẩy cái giá của sự cố sang người ốm; bật lại bộ kết nối cũ là mở lại con đường của kẻ tấn công.",
  },
}

decision {
  id = "hospital-intake",
  roles = { "provincial" },
  objectives = { "keep-care" },
  on = hospital_queue,
  within = "15m",
  prompt = {
    en = "What do you tell the hospital's director?",
    vi = "BHXH tỉnh trả lời giám đốc bệnh viện thế nào?",
  },
  options = {
    { id = "pay-refund",
      text = { en = "Let patients pay at the counter for the two days, and reimburse them in full directly at the provincial office.",
               vi = "Cho người bệnh tự chi trả tại quầy trong hai ngày này, rồi BHXH tỉnh thanh toán trực tiếp, đầy đủ cho từng người sau." },
      score = { recover = -4, communicate = 1 },
      notes = { en = "Lawful, but the sick carry the cost and many never claim it back.", vi = "Đúng thủ tục, nhưng người ốm gánh chi phí và nhiều người sẽ không làm thủ tục hoàn trả." } },
    { id = "keep-old-connector",
      text = { en = "Ask MedLink to re-enable the old connector for this hospital only, since its account was not the one abused.",
               vi = "Đề nghị MedLink bật lại bộ kết nối cũ riêng cho bệnh viện, vì tài khoản của bệnh viện không bị lợi dụng." },
      score = { recover = 6, contain = -4 },
      set = { old_connector = true },
      notes = { en = "Fastest for the queue, but through the same support access the attacker used.", vi = "Nhanh nhất cho hàng chờ, nhưng đi qua đúng quyền hỗ trợ mà kẻ tấn công đã dùng." } },
    { id = "chip-manual",
      text = { en = "Check cards by chip ID, treat as normal, send data by manual upload; late data will not be refused.",
               vi = "Tra cứu thẻ bằng căn cước gắn chip, khám bình thường, gửi dữ liệu thủ công; gửi chậm không bị từ chối." },
      score = { recover = 8, communicate = 2 },
      notes = { en = "Patients lose nothing; reception and the hospital's claims staff carry a heavy two days.", vi = "Người bệnh không thiệt; bộ phận tiếp đón và giám định của bệnh viện vất vả hai ngày." } },
  },
  timeout = "pay-refund",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

local connector_abused = inject {
  id = "connector-abused",
  roles = { "provincial" },
  at = "1:35",
  stage = "collection",
  attack = "T1133",
  severity = "critical",
  from = { en = "IT Centre, gateway operations", vi = "Bộ phận vận hành Cổng tiếp nhận, Trung tâm CNTT" },
  channel = "email",
  title = {
    en = "Day 1, 09:05 — The hospital's re-enabled account is reading visit histories",
    vi = "Ngày 1, 09:05 — Tài khoản vừa bật lại của bệnh viện đang tra cứu lịch sử khám",
  },
  body = {
    en = "09:05. The IT Centre reports that since the connector came back, the general hospital's gateway account has made 3,000 visit-history lookups from the address abroad, through MedLink's support session. It asks the province why the connector was re-enabled.",
    vi = "09:05. Trung tâm CNTT thông báo từ khi bộ kết nối chạy lại, tài khoản của Bệnh viện đa khoa tỉnh trên Cổng tiếp nhận đã tra cứu 3.000 lịch sử khám chữa bệnh từ địa chỉ ở nước ngoài, qua phiên hỗ trợ của MedLink. Trung tâm đề nghị BHXH tỉnh giải trình vì sao bộ kết nối được bật lại.",
  },
  notes = {
    en = "Only for provincial teams that had the old connector re-enabled. Expected: have it switched off again, ask the IT Centre to re-key the hospital's account, switch the hospital to chip-ID checks and manual upload, and report the new lookups up at once (they add to the breach). Evaluator: name the trade-off honestly.",
    vi = "Chỉ dành cho đội tỉnh đã cho bật lại bộ kết nối cũ. Kỳ vọng: tắt lại ngay, đề nghị Trung tâm cấp lại khóa cho tài khoản của bệnh viện, chuyển bệnh viện sang tra cứu bằng căn cước gắn chip và gửi dữ liệu thủ công, và báo cáo ngay số lượt tra cứu mới (làm tăng phạm vi vi phạm dữ liệu). Đánh giá: nói thẳng về sự đánh đổi đã chọn.",
  },
  when = function(team) return team.flags.old_connector == true end,
}

decision {
  id = "reuse-response",
  roles = { "provincial" },
  objectives = { "close-path" },
  on = connector_abused,
  within = "15m",
  prompt = {
    en = "The re-enabled connector is being abused. What now?",
    vi = "Bộ kết nối bật lại đang bị lợi dụng. Đội làm gì?",
  },
  options = {
    { id = "switch-off-report",
      text = { en = "Switch it off, ask for a new key, move reception to chip-ID checks and report the lookups up now.",
               vi = "Tắt ngay, đề nghị cấp khóa mới, chuyển tiếp đón sang tra cứu căn cước, báo cáo ngay số lượt tra cứu." },
      score = { contain = 6, coordinate = 3 },
      set = { old_connector = false },
      notes = { en = "Closes the hole and tells the centre what it needs for the breach notice.", vi = "Bịt lỗ hổng và cung cấp cho Trung tâm thông tin cần cho thông báo vi phạm." } },
    { id = "switch-off-quiet",
      text = { en = "Switch it off and carry on with chip-ID checks; report the new lookups in tonight's daily summary to the IT Centre.",
               vi = "Tắt bộ kết nối, tiếp tục tra cứu bằng căn cước; đưa số lượt tra cứu mới vào báo cáo cuối ngày gửi Trung tâm CNTT." },
      score = { contain = 4, coordinate = -3 },
      notes = { en = "Contained, but the centre counts the breach without 3,000 people for hours.", vi = "Đã ngăn chặn, nhưng nhiều giờ liền Trung tâm thống kê vi phạm mà thiếu 3.000 người." } },
  },
  timeout = "switch-off-quiet",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:40 (T+1:10)  The quarterly advance — central
------------------------------------------------------------------------------------------

local advance_run = inject {
  id = "advance-run",
  roles = { "central" },
  at = "1:10",
  stage = "response",
  severity = "high",
  from = { en = "Finance and accounting department, VSS", vi = "Ban Tài chính – Kế toán, BHXH Việt Nam" },
  channel = "meeting",
  title = {
    en = "Day 1, 08:40 — The quarterly advance to facilities is due today",
    vi = "Ngày 1, 08:40 — Hôm nay đến hạn tạm ứng kinh phí KCB BHYT quý cho các cơ sở",
  },
  body = {
    en = "08:40. Today the provincial offices transfer the quarterly advance to contracted facilities, calculated on last quarter's assessed costs. Several Departments of Health warn that hospitals on MedLink have medicines to pay for; the finance department asks whether to hold the advance for all 41 MedLink facilities, since nobody yet knows how many of their past claims were genuine.",
    vi = "08:40. Hôm nay BHXH các tỉnh chuyển tiền tạm ứng kinh phí KCB BHYT quý cho các cơ sở có hợp đồng, tính trên chi phí đã giám định của quý trước. Nhiều Sở Y tế lưu ý các bệnh viện dùng MedLink đang phải thanh toán tiền thuốc; Ban Tài chính – Kế toán hỏi có nên tạm dừng tạm ứng cho cả 41 cơ sở dùng MedLink, vì chưa ai biết bao nhiêu hồ sơ trước đây của họ là thật.",
  },
  notes = {
    en = "Central teams: a payment decision needing the leadership. The advance rests on last quarter's assessed costs, not on the night's batch. Expected: pay the advance as planned, keep every claim from the abused accounts out of settlement until verified, and order a targeted re-check of the MedLink facilities' last-quarter claims. The advance rules are not verified here (from the author's knowledge). Evaluator: stopping the advance protects the fund on paper and stops hospitals buying medicines; paying the night's batch with the advance would be the real error.",
    vi = "Dành cho đội Trung tâm: quyết định chi tiền cần Lãnh đạo phê duyệt. Tạm ứng dựa trên chi phí đã giám định của quý trước, không dựa trên lô hồ sơ trong đêm. Kỳ vọng: tạm ứng như kế hoạch, tách mọi hồ sơ từ các tài khoản bị lợi dụng khỏi quyết toán cho tới khi xác minh xong, và giám định chọn lọc lại hồ sơ quý trước của các cơ sở dùng MedLink. Quy định tạm ứng chưa được kiểm chứng ở đây (theo hiểu biết của người soạn). Đánh giá: dừng tạm ứng bảo vệ quỹ trên giấy nhưng khiến bệnh viện không mua được thuốc; đưa lô hồ sơ trong đêm vào thanh toán cùng tạm ứng mới là sai lầm thực sự.",
  },
}

decision {
  id = "advances",
  roles = { "central" },
  objectives = { "keep-care", "verify-first" },
  on = advance_run,
  within = "20m",
  prompt = {
    en = "What happens to the MedLink facilities' advance today?",
    vi = "Khoản tạm ứng cho các cơ sở dùng MedLink hôm nay xử lý thế nào?",
  },
  options = {
    { id = "hold-41",
      text = { en = "Hold the advance for all 41 MedLink facilities until their last quarter has been re-assessed.",
               vi = "Tạm dừng tạm ứng cho cả 41 cơ sở dùng MedLink cho tới khi giám định lại xong quý trước." },
      score = { analyse = 4, recover = -3 },
      notes = { en = "Safest for the fund, but hospitals that did nothing wrong run short of cash for weeks.", vi = "An toàn nhất cho quỹ, nhưng các bệnh viện không có lỗi thiếu tiền trong nhiều tuần." } },
    { id = "pay-all",
      text = { en = "Pay everything as usual, including the night's claims that passed the checks, and recover any fraud at settlement.",
               vi = "Thanh toán như thường lệ, kể cả các hồ sơ trong đêm đã qua khâu kiểm tra tự động, sai phạm thì thu hồi khi quyết toán." },
      score = { recover = 2, analyse = -7 },
      notes = { en = "Nobody waits, but the fund pays fabricated claims and recovery is rarely complete.", vi = "Không ai phải chờ, nhưng quỹ chi cho hồ sơ khống và việc thu hồi hiếm khi được đủ." } },
    { id = "pay-hold-batch",
      text = { en = "Pay the advance on last quarter's figures; keep the abused accounts' claims out of settlement; re-check.",
               vi = "Tạm ứng theo số quý trước; tách hồ sơ từ các tài khoản bị lợi dụng khỏi quyết toán; giám định lại." },
      score = { recover = 6, analyse = 4 },
      notes = { en = "Hospitals keep buying medicines; the fund's exposure is the held claims, verified later.", vi = "Bệnh viện vẫn mua được thuốc; rủi ro của quỹ nằm ở các hồ sơ đang tạm giữ, xác minh sau." } },
  },
  timeout = "hold-41",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:45 (T+1:15)  Department of Health and police — provincial
------------------------------------------------------------------------------------------

local doh_call = inject {
  id = "doh-call",
  roles = { "provincial" },
  at = "1:15",
  stage = "response",
  severity = "medium",
  from = { en = "Provincial Department of Health; PA05", vi = "Sở Y tế tỉnh; Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05)" },
  channel = "phone",
  title = {
    en = "Day 1, 08:45 — The Department of Health wants an inspection; PA05 asks for logs",
    vi = "Ngày 1, 08:45 — Sở Y tế muốn thanh tra, PA05 đề nghị cung cấp nhật ký",
  },
  body = {
    en = "08:45. The Department of Health proposes a joint inspection of the clinic tomorrow and asks the provincial office to send its findings first. PA05 of the provincial police has heard of the case and asks for the gateway logs. The IT Centre wants every province's list of affected facilities and people by 11:00.",
    vi = "08:45. Sở Y tế đề xuất kiểm tra liên ngành tại phòng khám vào ngày mai và đề nghị BHXH tỉnh gửi trước kết quả giám định. PA05 Công an tỉnh đã nắm được vụ việc và đề nghị cung cấp nhật ký Cổng tiếp nhận. Trung tâm CNTT yêu cầu các tỉnh gửi danh sách cơ sở và người có thẻ bị ảnh hưởng trước 11:00.",
  },
  notes = {
    en = "Provincial teams. Expected: report to the IT Centre on time with what is known; join the Department of Health's inspection with the assessors' findings; pass PA05's request to the IT Centre, which holds the gateway logs, rather than exporting personal data locally. Evaluator: a province that sends the logs itself means well and multiplies copies of health data; a province that waits for the inspection before reporting leaves the centre blind.",
    vi = "Dành cho các đội cấp tỉnh. Kỳ vọng: báo cáo Trung tâm đúng hạn với những gì đã biết; tham gia đoàn kiểm tra của Sở Y tế với kết quả giám định; chuyển đề nghị của PA05 tới Trung tâm CNTT, nơi quản lý nhật ký Cổng tiếp nhận, thay vì tự trích xuất dữ liệu cá nhân tại tỉnh. Đánh giá: tỉnh tự gửi nhật ký là có thiện chí nhưng nhân thêm bản sao dữ liệu sức khỏe; tỉnh chờ kiểm tra xong mới báo cáo khiến Trung tâm thiếu thông tin.",
  },
}

decision {
  id = "local-lines",
  roles = { "provincial" },
  objectives = { "report-on-time" },
  on = doh_call,
  within = "20m",
  prompt = {
    en = "How does the province answer the three requests?",
    vi = "BHXH tỉnh trả lời ba đề nghị này thế nào?",
  },
  options = {
    { id = "after-inspection",
      text = { en = "Report to the IT Centre and to PA05 after tomorrow's joint inspection, when the findings are complete and signed.",
               vi = "Báo cáo Trung tâm và PA05 sau buổi kiểm tra liên ngành ngày mai, khi đã có kết quả đầy đủ, có chữ ký." },
      score = { analyse = 2, coordinate = -6 },
      notes = { en = "Thorough, but the centre scopes the breach notice without this province.", vi = "Kỹ lưỡng, nhưng Trung tâm phải xác định phạm vi vi phạm mà thiếu số liệu của tỉnh." } },
    { id = "report-join-route",
      text = { en = "Send the IT Centre its list by 11:00, join the inspection, and route PA05 to the IT Centre for logs.",
               vi = "Gửi danh sách cho Trung tâm trước 11:00, tham gia đoàn kiểm tra, đề nghị PA05 làm việc với Trung tâm." },
      score = { coordinate = 8, communicate = 2 },
      notes = { en = "Each request goes to the body that owns it; PA05 waits a few hours for the logs.", vi = "Mỗi đề nghị đến đúng nơi có thẩm quyền; PA05 phải chờ vài giờ mới có nhật ký." } },
    { id = "export-logs",
      text = { en = "Send the list by 11:00 and export the province's gateway logs to PA05 today, to speed the case up.",
               vi = "Gửi danh sách trước 11:00 và tự trích xuất nhật ký Cổng của tỉnh gửi PA05 hôm nay cho nhanh." },
      score = { coordinate = 3, analyse = -2 },
      notes = { en = "Helpful, but it makes a local copy of health data outside the centre's control.", vi = "Có thiện chí, nhưng tạo thêm một bản sao dữ liệu sức khỏe ngoài sự kiểm soát của Trung tâm." } },
  },
  timeout = "after-inspection",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 3, 08:10 (T+2:10)  The notice that was held back — central branch
------------------------------------------------------------------------------------------

local late_notice = inject {
  id = "late-notice",
  roles = { "central" },
  at = "2:10",
  stage = "response",
  severity = "high",
  from = { en = "Legal team, VSS", vi = "Bộ phận pháp chế, BHXH Việt Nam" },
  channel = "email",
  title = {
    en = "Day 3, 08:10 — Legal: the breach notice is due tomorrow at 07:35",
    vi = "Ngày 3, 08:10 — Pháp chế: hạn thông báo vi phạm là 07:35 sáng mai",
  },
  body = {
    en = "08:10, Thursday. The legal team points out that the 72 hours counted from Tuesday 07:35 end tomorrow at 07:35, before MedLink's report is due. A05 has also asked, through the Ministry of Finance, why no notice has arrived.",
    vi = "08:10 thứ Năm. Bộ phận pháp chế lưu ý 72 giờ tính từ 07:35 thứ Ba sẽ hết vào 07:35 sáng mai, trước khi MedLink có báo cáo. Cục A05 cũng đã hỏi qua Bộ Tài chính vì sao chưa nhận được thông báo.",
  },
  notes = {
    en = "Only for central teams that held the notice back for MedLink's report. The window is still open: the recovery is to notify today with what is known and supplement later. Evaluator: the rule counts from discovery, not from a complete picture.",
    vi = "Chỉ dành cho đội Trung tâm đã giữ thông báo lại để chờ báo cáo của MedLink. Thời hạn vẫn còn: khắc phục bằng cách thông báo ngay hôm nay với những gì đã biết và bổ sung sau. Đánh giá: thời hạn tính từ khi phát hiện, không phải từ khi có bức tranh đầy đủ.",
  },
  when = function(team) return team.flags.notice_held == true end,
}

decision {
  id = "late-notice-response",
  roles = { "central" },
  objectives = { "report-on-time" },
  on = late_notice,
  within = "15m",
  prompt = {
    en = "Do you send the notice now?",
    vi = "Có gửi thông báo ngay không?",
  },
  options = {
    { id = "ask-extension",
      text = { en = "Ask A05 informally to accept the complete notice on Friday afternoon, with MedLink's findings.",
               vi = "Đề nghị A05 qua kênh không chính thức chấp nhận thông báo đầy đủ vào chiều thứ Sáu, kèm kết quả của MedLink." },
      score = { coordinate = 2, communicate = -1 },
      notes = { en = "Honest with A05, but the law sets the deadline, not A05's goodwill.", vi = "Thẳng thắn với A05, nhưng thời hạn do luật định, không phụ thuộc thiện chí của A05." } },
    { id = "notify-now",
      text = { en = "Send the breach notice and incident report today with what is known; supplement after Friday.",
               vi = "Gửi thông báo vi phạm và báo cáo sự cố ngay hôm nay với những gì đã biết; bổ sung sau thứ Sáu." },
      score = { coordinate = 6 },
      set = { notice_held = false },
      notes = { en = "Within the 72 hours, two days later than it could have been.", vi = "Vẫn trong 72 giờ, nhưng muộn hơn hai ngày so với lẽ ra." } },
  },
  timeout = "ask-extension",
  speed = { full = "10m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 3, 08:15 (T+2:15)  The people whose cards were used — provincial ending
------------------------------------------------------------------------------------------

local people_calls = inject {
  id = "people-calls",
  roles = { "provincial" },
  at = "2:15",
  stage = "recovery",
  severity = "medium",
  from = { en = "Provincial office reception and hotline", vi = "Bộ phận một cửa và đường dây nóng BHXH tỉnh" },
  channel = "phone",
  title = {
    en = "Day 3, 08:15 — Insured people see visits they never made in VssID",
    vi = "Ngày 3, 08:15 — Người dân thấy trên VssID những lượt khám mình chưa từng đi",
  },
  body = {
    en = "08:15, Thursday. 640 insured people of your province had their cards used in the fabricated claims, and their visit histories were read. Since yesterday, dozens have seen the visits in VssID and called: a pensioner fears her card is \"used up\", a teacher asks who saw her diagnoses. A local newspaper asks for a comment by noon.",
    vi = "08:15 thứ Năm. 640 người có thẻ trên địa bàn tỉnh bị dùng thẻ trong các hồ sơ khống và bị tra cứu lịch sử khám chữa bệnh. Từ hôm qua, hàng chục người thấy các lượt khám này trên VssID và gọi điện: một cụ hưu trí sợ thẻ \"hết lượt\", một giáo viên hỏi ai đã xem chẩn đoán của mình. Một tờ báo địa phương đề nghị trả lời trước buổi trưa.",
  },
  notes = {
    en = "Provincial teams: the ending. Expected: tell each affected person in writing (or by phone for the elderly) what was used and read, that their card and benefits are unaffected, that the fabricated visits will be removed from their record, and how to report anything odd; take statements where useful for the case; give the newspaper the same facts, agreed with the IT Centre. Evaluator: quiet correction hides from people a breach of their own health data; a public list of names is a second breach.",
    vi = "Dành cho các đội cấp tỉnh: tình huống kết thúc. Kỳ vọng: thông báo cho từng người bị ảnh hưởng bằng văn bản (hoặc gọi điện với người cao tuổi) về việc thẻ bị dùng và dữ liệu bị tra cứu, khẳng định thẻ và quyền lợi không bị ảnh hưởng, các lượt khám khống sẽ được gỡ khỏi lịch sử, và cách phản ánh khi thấy bất thường; lấy lời khai khi cần cho hồ sơ vụ việc; trả lời báo chí cùng nội dung đó, thống nhất với Trung tâm CNTT. Đánh giá: lặng lẽ sửa dữ liệu là giấu người dân một vi phạm đối với chính dữ liệu sức khỏe của họ; công bố danh sách họ tên là vi phạm lần thứ hai.",
  },
}

decision {
  id = "affected-people",
  roles = { "provincial" },
  objectives = { "tell-people" },
  on = people_calls,
  within = "20m",
  prompt = {
    en = "What do the 640 people hear from the provincial office?",
    vi = "640 người này được BHXH tỉnh thông tin những gì?",
  },
  options = {
    { id = "fix-quietly",
      text = { en = "Remove the fabricated visits from their records, and answer only those who call, explaining it as a data error.",
               vi = "Gỡ các lượt khám khống khỏi lịch sử khám, chỉ trả lời những người gọi đến và giải thích rằng đây là lỗi dữ liệu." },
      score = { recover = 2, communicate = -6 },
      notes = { en = "Records are right again; people are misled about a breach of their health data.", vi = "Dữ liệu đã đúng, nhưng người dân bị hiểu sai về một vi phạm đối với dữ liệu sức khỏe của họ." } },
    { id = "press-notice",
      text = { en = "Publish a notice in the local paper asking everyone to check VssID and come to the office.",
               vi = "Đăng thông báo trên báo địa phương đề nghị mọi người kiểm tra VssID và tới BHXH tỉnh." },
      score = { communicate = 3, recover = -2 },
      notes = { en = "Open, but it sends thousands of worried people to the counters and misses the elderly.", vi = "Công khai, nhưng khiến hàng nghìn người lo lắng kéo tới bộ phận một cửa, còn người cao tuổi vẫn không biết." } },
    { id = "tell-each",
      text = { en = "Write to each: what was used and read, card and benefits safe, visits removed; same facts to the press.",
               vi = "Báo từng người: thẻ bị dùng, dữ liệu bị xem, quyền lợi giữ nguyên, gỡ lượt khám khống; trả lời báo chí như vậy." },
      score = { communicate = 8, recover = 2 },
      notes = { en = "Honest and personal; 640 letters and calls take the reception team's week.", vi = "Trung thực và đến từng người; 640 thư và cuộc gọi chiếm cả tuần của bộ phận một cửa." } },
  },
  timeout = "fix-quietly",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 3, 08:30 (T+2:30)  Reopening the MedLink facilities — central ending
------------------------------------------------------------------------------------------

local vendor_fix = inject {
  id = "vendor-fix",
  roles = { "central" },
  at = "2:30",
  stage = "recovery",
  severity = "high",
  from = { en = "MedLink; Ministry of Health (Department of Health Insurance)", vi = "Công ty MedLink; Vụ Bảo hiểm y tế, Bộ Y tế" },
  channel = "meeting",
  title = {
    en = "Day 3, 08:30 — MedLink's new connector is ready; 41 facilities wait to send",
    vi = "Ngày 3, 08:30 — Bộ kết nối mới của MedLink đã sẵn sàng, 41 cơ sở chờ gửi dữ liệu",
  },
  body = {
    en = "08:30, Thursday. MedLink has removed its shared support account and ships a connector with a key per facility. Its own report is still due tomorrow. Uploading by hand, the 41 facilities have fallen two days behind: about 90,000 visits are unsent. The Ministry of Health asks when they can send again and whether its claims data rules should require per-facility keys for every vendor.",
    vi = "08:30 thứ Năm. MedLink đã gỡ bỏ tài khoản hỗ trợ dùng chung và cung cấp bộ kết nối mới, mỗi cơ sở một khóa riêng. Báo cáo tự kiểm tra vẫn hẹn ngày mai. Do phải tải lên thủ công, 41 cơ sở đã chậm hai ngày: khoảng 90.000 lượt khám chưa được gửi. Bộ Y tế hỏi khi nào các cơ sở gửi lại được và có nên quy định mọi đơn vị phần mềm phải dùng khóa riêng cho từng cơ sở không.",
  },
  notes = {
    en = "Central teams: the ending. Expected: reopen in stages on the new connector, each facility on its own key and an address allow-list, with the assessment system's checks tightened for three months (volumes at night, foreign addresses, lookups before uploads), and propose to the Ministry of Health that its claims data rules require per-facility keys. Evaluator: reopening all at once on the vendor's word before its report is the gamble, worst for teams that left the path open on Day 1 (the scoring says so); waiting for the report keeps 90,000 claims and their hospitals waiting.",
    vi = "Dành cho đội Trung tâm: tình huống kết thúc. Kỳ vọng: mở lại theo từng đợt trên bộ kết nối mới, mỗi cơ sở một khóa và danh sách địa chỉ được phép, siết các quy tắc kiểm tra của hệ thống giám định trong ba tháng (khối lượng gửi ban đêm, địa chỉ nước ngoài, tra cứu trước khi gửi), và kiến nghị Bộ Y tế quy định khóa riêng cho từng cơ sở trong chuẩn dữ liệu. Đánh giá: mở lại tất cả cùng lúc theo lời đơn vị phần mềm trước khi có báo cáo là canh bạc, càng rủi ro với đội đã để ngỏ con đường ở Ngày 1 (điểm số phản ánh điều đó); chờ báo cáo thì 90.000 hồ sơ và các bệnh viện phải chờ theo.",
  },
}

decision {
  id = "reopen",
  roles = { "central" },
  objectives = { "keep-care", "close-path" },
  on = vendor_fix,
  within = "20m",
  prompt = {
    en = "When and how do the 41 facilities send again?",
    vi = "41 cơ sở gửi dữ liệu trở lại khi nào và theo cách nào?",
  },
  options = {
    { id = "all-now",
      text = { en = "Reopen all 41 today on the new connector, so the 90,000 claims reach assessment before the weekend.",
               vi = "Mở lại cả 41 cơ sở ngay hôm nay trên bộ kết nối mới để 90.000 hồ sơ được giám định trước cuối tuần." },
      score = { recover = 4, contain = -3 },
      notes = { en = "Fast for hospitals; trusts the vendor before its report.", vi = "Nhanh cho bệnh viện; tin đơn vị phần mềm khi chưa có báo cáo." } },
    { id = "wait-report",
      text = { en = "Keep all 41 closed until MedLink's report is in tomorrow and the IT Centre has audited the new connector itself.",
               vi = "Chưa mở lại cho tới khi có báo cáo của MedLink vào ngày mai và Trung tâm CNTT tự kiểm tra xong bộ kết nối mới." },
      score = { contain = 2, recover = -5 },
      notes = { en = "Careful, but hospitals go a week without sending and the backlog doubles.", vi = "Thận trọng, nhưng các bệnh viện thêm một tuần không gửi được dữ liệu, hồ sơ tồn tăng gấp đôi." } },
    { id = "staged",
      text = { en = "Reopen in stages, a key and allow-list each, checks tightened for three months; propose the rule to MoH.",
               vi = "Mở lại theo đợt, mỗi cơ sở một khóa và danh sách địa chỉ, siết kiểm tra ba tháng; kiến nghị Bộ Y tế." },
      score = { recover = 7, contain = 3, coordinate = 2 },
      notes = { en = "Backlog clears in about a week; each stage costs the assessors checks.", vi = "Hồ sơ tồn được giải quyết trong khoảng một tuần; mỗi đợt tốn công kiểm tra của giám định viên." } },
  },
  timeout = "wait-report",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Hooks
------------------------------------------------------------------------------------------

on("choice", function(team, decision, option)
  -- Reopening everything at once is a gamble the team that never closed the path cannot afford.
  if decision == "reopen" and option == "all-now" and team.flags.path_open == true then
    team:add("contain", -6, "reopened all facilities although the vendor's access was never closed")
  end
end)

on("end", function(team)
  -- Evidence kept at every step of the province's handling.
  if team:chose("clinic-check") == "onsite-check" and team:chose("local-lines") == "report-join-route" then
    team:add("analyse", 2, "findings and logs kept with the bodies that own them")
  end
end)
