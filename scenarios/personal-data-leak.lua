-- personal-data-leak.lua
-- Lộ lọt dữ liệu cá nhân người tham gia BHXH qua bên thứ ba và người bên trong
--
-- What the drill exercises: a personal-data breach found from the outside: records of
-- insured persons offered for sale on Telegram. The trail leads to an electronic-filing
-- (I-VAN) provider whose API key could pull far more than its own clients' data, an
-- employee of that provider who copied it out, and an agency officer who sent exports over
-- a personal chat app. The story covers ten days compressed into two and three-quarter hours;
-- each inject states its story time. Teams must verify without tipping off the seller,
-- close the over-permissive access without stopping the month-end filing, hold the
-- processor to its duties, notify the Ministry of Public Security (A05) within the 72 hours
-- from discovery that the Personal Data Protection Law sets, handle the press honestly,
-- and protect people from the scam calls that follow.
--
-- Rules this drill teaches (reference block, checked 30 November 2026; the sources for each
-- statement, and what could not be verified, are listed in scenarios/REFERENCES.md):
--   * Personal-data breach notice: Law on Personal Data Protection No. 91/2025/QH15, in force
--     1 January 2026 (Art. 23): the controller notifies the Ministry of Public Security's
--     personal-data protection authority (A05) within 72 hours of DISCOVERING the violation,
--     with what is known, and supplements later. It replaced Decree 13/2023/ND-CP, whose
--     Art. 23 counted 72 hours "after the violation occurs". The whole library uses the
--     Law's rule: the clock starts at discovery. (Article wording taken from secondary
--     sources; the official text was not read verbatim: check it before the drill.)
--   * Incident reporting: Decision 05/2017/QD-TTg (national emergency-response plan): the
--     operator reports to its governing body, the specialised response unit at its level and
--     the national coordinating agency, and an incident beyond its capacity is reported at
--     once with a request for support.
--   * Security level: the contributions database and the I-VAN API gateway in front of it
--     are treated as level 4 under Decree 85/2016/ND-CP (systems whose disruption harms a
--     sector nationally). Assumption: the agency's approved level
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
-- The processor (the I-VAN provider) must tell the controller (the agency) as soon as it
-- knows (Decree 13/2023/ND-CP Art. 23; the 2025 Law keeps a processor's duty to inform the
-- controller: secondary sources only).
--
-- Weaknesses it builds on (Resolution 398-NQ/BCSĐ): misuse of official accounts and data
-- access, weak compliance with procedures (exports sent over personal chat apps, third-party
-- access never reviewed), too few staff to watch the data flows.
--
-- Who it is for: the central team and every provincial team. The IT Centre (role `central`)
-- decides for the sector and each province (role `provincial`) for its office (its exports,
-- its counters and communes, its officer). The facilitator plays the seller, the provider,
-- the journalists, A05, the legal department and the public.
--
-- Branches (each team's own choices), each mistake opening a recovery decision:
--   province-exports (the provinces): fewer than a third report-stop -> the IT Centre gets
--                 chat-exports-continue (decision chat-exports), otherwise
--                 chat-exports-stopped (team:sector)
--   verify-sample   pose-buyer -> seller-spooked (spooked-fallout)
--   press-day1      deny -> flag denied -> denial-exposed (retract-denial)
--   contain-source  keep-api -> flag api_open -> more-data (second-key)
--   notify-a05      notify-now / notify-tomorrow -> flag notified -> a05-followup;
--                   otherwise a05-contact (late-notice)
-- Full credit lasts 15 minutes where the leadership must approve; the drill ends on the
-- provider's contract (provider-contract), not on a lessons decision.

scenario {
  id = "personal-data-leak",
  version = 1,
  title = {
    en = "Leak of insured persons' personal data: the 72-hour notice and the press",
    vi = "Lộ lọt dữ liệu cá nhân người tham gia BHXH: thông báo trong 72 giờ và báo chí",
  },
  description = {
    en = "A Telegram channel offers the records of 1.2 million insured persons from two provinces. The data came out through an electronic-filing provider's over-permissive API access and a provider employee, helped along by an agency officer who shared exports over a personal chat app. Four days of story: verification, containment, the processor, the press, scam calls, the legal notice to A05, and what must change.",
    vi = "Một kênh Telegram rao bán hồ sơ của 1,2 triệu người tham gia BHXH thuộc hai tỉnh. Dữ liệu bị đưa ra ngoài qua quyền truy cập API quá rộng của một tổ chức I-VAN và một nhân viên của tổ chức này, cộng thêm việc một cán bộ của Ngành gửi tệp kết xuất qua ứng dụng nhắn tin cá nhân. Bốn ngày diễn biến: xác minh, ngăn chặn, trách nhiệm của bên xử lý dữ liệu, báo chí, các cuộc gọi lừa đảo, thông báo cho A05 theo quy định, và những gì cần thay đổi.",
  },
  duration = "2:45",
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
    { "collection",   en = "Data collection",               vi = "Thu thập dữ liệu" },
    { "exfiltration", en = "Exfiltration",                  vi = "Đưa dữ liệu ra ngoài" },
    { "exposure",     en = "Sale and exposure",             vi = "Rao bán và lộ lọt công khai" },
    { "misuse",       en = "Misuse against citizens",       vi = "Lợi dụng dữ liệu để lừa đảo" },
    { "recovery",     en = "Notification and remediation",  vi = "Thông báo và khắc phục" },
  },
  objectives = {
    { en = "Verify the leak from the sample without contacting the seller, preserve the evidence, and start the 72-hour clock at discovery.",
      vi = "Xác minh vụ lộ lọt từ dữ liệu mẫu mà không liên hệ với người bán, lưu giữ chứng cứ, và bắt đầu tính thời hạn 72 giờ ngay khi phát hiện." },
    { en = "Close the source proportionately: restrict the third party's access without stopping the month-end filing of thousands of businesses.",
      vi = "Ngăn chặn nguồn lộ lọt một cách tương xứng: thu hẹp quyền truy cập của bên thứ ba mà không làm dừng việc kê khai cuối tháng của hàng nghìn doanh nghiệp." },
    { en = "Hold the provider to its duties as a personal-data processor and bring in A05 for the criminal side.",
      vi = "Yêu cầu tổ chức I-VAN thực hiện đúng trách nhiệm của bên xử lý dữ liệu cá nhân, và chuyển phần hình sự cho A05." },
    { en = "Notify A05 within 72 hours of discovery (Law 91/2025/QH15, Art. 23) with the facts known, and supplement later.",
      vi = "Thông báo A05 trong 72 giờ kể từ khi phát hiện (Luật số 91/2025/QH15, Điều 23) với những thông tin đã có, và bổ sung sau." },
    { en = "Be honest with the press and protect the people whose data leaked, above all from scam calls.",
      vi = "Trung thực với báo chí và bảo vệ những người bị lộ dữ liệu, trước hết là khỏi các cuộc gọi lừa đảo." },
  },
}

------------------------------------------------------------------------------------------
-- Who decides what. A provincial office decides what happens in the province: its own
-- officers' exports, the warnings at its counters and through the communes and the
-- provincial police (PA05), and reporting up to the IT Centre on time. The IT Centre (the
-- central team) decides for the sector: verification, the API, the provider, the press, the
-- notice to A05 and the people affected. Each inject and decision names the roles it is for
-- (`roles = { "central" }` or `{ "provincial" }`): the IT Centre has the roster role
-- `central`, the provinces `provincial` (scenarios/rosters/vss-provinces.csv). A team
-- without a role gets none of them, so every roster for this drill gives each team one;
-- generated teams (`run --teams`, `simulate`) take the two roles in turn, and each scenario
-- test names the role it plays. Where the IT Centre's path depends on what the provinces
-- did, it asks `team:sector(...)`, never a flag of another team.
------------------------------------------------------------------------------------------


------------------------------------------------------------------------------------------
-- Day 1, 09:00 (T+0:05)  The advertisement
------------------------------------------------------------------------------------------

local sale_ad = inject {
  id = "sale-ad",
  at = "0:05",
  stage = "exposure",
  severity = "high",
  from = { en = "Threat analysis, IT Centre", vi = "Bộ phận phân tích mối đe dọa, Trung tâm CNTT" },
  channel = "social",
  title = {
    en = "Day 1, 09:00 — \"VSS data 2025, 1.2 million people\" for sale on Telegram",
    vi = "Ngày 1, 09:00 — Telegram rao bán \"dữ liệu BHXH 2025, 1,2 triệu người\"",
  },
  body = {
    en = "A Telegram channel that trades in personal data offers \"VSS data 2025\": 1.2 million insured persons in two provinces, for 15,000 USD. A free sample of 200 rows has columns for social insurance number, full name, date of birth, citizen ID number, address, employer, contribution salary and phone number. The post has been forwarded to several groups of debt collectors and telesales.",
    vi = "Một kênh Telegram chuyên mua bán dữ liệu cá nhân rao bán \"dữ liệu BHXH 2025\": 1,2 triệu người tham gia BHXH tại hai tỉnh, giá 15.000 USD. Tệp mẫu miễn phí 200 dòng gồm các cột mã số BHXH, họ tên, ngày sinh, số định danh cá nhân, địa chỉ, đơn vị công tác, mức lương đóng và số điện thoại. Bài đăng đã được chuyển tiếp tới nhiều nhóm đòi nợ thuê và bán hàng qua điện thoại.",
  },
  notes = {
    en = "Rules this drill teaches (checked 30 November 2026; sources in scenarios/REFERENCES.md): Decision 05/2017/QĐ-TTg on incident reporting (report to the governing body, the specialised unit and the national coordinator; beyond your capacity, report at once and ask for support); the Law on Personal Data Protection 91/2025/QH15, Art. 23 (notify A05 within 72 hours of discovering a personal-data breach; it replaced Decree 13/2023/NĐ-CP, which counted from the breach itself); Decree 85/2016/NĐ-CP security levels. National incident coordination now sits with the Ministry of Public Security (A05, National Cyber Security Centre), no longer VNCERT/CC under the former Ministry of Information and Communications. Not verified: the Law's exact article wording (secondary sources only), the system's approved security level, and whether Decree 85 has a successor under the Cybersecurity Law 2025. Expected: verify the sample against the database without contacting the seller; preserve the post, the channel details and the sample (screenshots, archived copy, hashes); record the time of discovery as the start of the 72-hour clock; inform the leadership and the legal department; open an incident record. Evaluator: posing as a buyer is tempting but is police work; it can spook the seller and compromise an investigation. A quick public denial before verifying is a commitment the agency may have to retract.",
    vi = "Các quy định diễn tập này áp dụng (rà soát ngày 30/11/2026; nguồn tại scenarios/REFERENCES.md): Quyết định 05/2017/QĐ-TTg về báo cáo sự cố (báo cáo cơ quan chủ quản, đơn vị chuyên trách và cơ quan điều phối quốc gia; vượt quá khả năng xử lý thì báo cáo ngay và đề nghị hỗ trợ); Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 23 (thông báo A05 trong 72 giờ kể từ khi phát hiện vi phạm; thay thế Nghị định 13/2023/NĐ-CP vốn tính từ khi xảy ra vi phạm); cấp độ an toàn hệ thống thông tin theo Nghị định 85/2016/NĐ-CP. Việc điều phối ứng cứu sự cố quốc gia nay thuộc Bộ Công an (Cục A05, Trung tâm An ninh mạng quốc gia), không còn là VNCERT/CC thuộc Bộ Thông tin và Truyền thông trước đây. Chưa kiểm chứng được: câu chữ chính xác của Điều luật (mới có nguồn thứ cấp), cấp độ đã được phê duyệt của hệ thống, và việc Nghị định 85 đã có văn bản thay thế theo Luật An ninh mạng 2025 hay chưa. Kỳ vọng: đối chiếu dữ liệu mẫu với cơ sở dữ liệu mà không liên hệ với người bán; lưu giữ bài đăng, thông tin kênh và tệp mẫu (ảnh chụp, bản lưu, mã băm); ghi nhận thời điểm phát hiện làm mốc bắt đầu tính thời hạn 72 giờ; báo cáo Lãnh đạo và bộ phận pháp chế; lập hồ sơ sự cố. Đánh giá: đóng giả người mua là việc hấp dẫn nhưng thuộc chức năng của cơ quan công an; nó có thể khiến người bán cảnh giác và làm hỏng cuộc điều tra. Vội vàng bác bỏ công khai khi chưa xác minh là một cam kết mà cơ quan có thể phải rút lại.",
  },
  roles = { "central" },
}

decision {
  id = "verify-sample",
  on = sale_ad,
  roles = { "central" },
  within = "10m",
  prompt = {
    en = "Day 1, 09:00 — What do you do first?",
    vi = "Ngày 1, 09:00 — Đội làm gì đầu tiên?",
  },
  options = {
    { id = "pose-buyer",
      text = { en = "Contact the seller posing as a buyer, to get a bigger sample and learn who is behind the channel.",
               vi = "Đóng giả người mua liên hệ người bán để lấy thêm dữ liệu mẫu và tìm hiểu ai đứng sau kênh này." },
      score = { analyse = 1, coordinate = -6 },
      triggers = { { "seller-spooked", after = "15m" } },
      notes = { en = "Police work done by amateurs; the seller will notice.", vi = "Làm thay việc của cơ quan công an khi không có nghiệp vụ; người bán sẽ nhận ra." } },
    { id = "deny-now",
      text = { en = "Post on the fanpage at once that the data is fake, before the post spreads to more groups.",
               vi = "Đăng ngay trên Fanpage rằng dữ liệu là giả, trước khi bài đăng lan sang nhiều nhóm hơn." },
      score = { communicate = -6 },
      notes = { en = "A denial before verification.", vi = "Bác bỏ khi chưa xác minh." } },
    { id = "verify-preserve",
      text = { en = "Check the sample against the database, keep the post and sample with hashes, log the time.",
               vi = "Đối chiếu dữ liệu mẫu với cơ sở dữ liệu, lưu bài đăng và tệp mẫu kèm mã băm, ghi lại thời điểm phát hiện." },
      score = { detect = 5, analyse = 5, coordinate = 3 },
      set = { clock_started = true },
      notes = { en = "Facts, evidence and the legal clock, in the first hour.", vi = "Có sự thật, có chứng cứ, và bắt đầu tính thời hạn ngay trong giờ đầu tiên." } },
    { id = "report-a05",
      text = { en = "Pass the post to A05 at once and let the police verify it, so that nobody here touches the seller.",
               vi = "Chuyển ngay bài đăng cho A05 để cơ quan công an xác minh, bảo đảm không một ai ở cơ quan mình tiếp xúc với người bán." },
      score = { coordinate = 4, detect = 1 },
      notes = { en = "Right partner, but only the agency can check the sample against its own records.", vi = "Đúng đối tác, nhưng chỉ cơ quan mới đối chiếu được tệp mẫu với dữ liệu của mình." } },
    { id = "wait-more",
      text = { en = "Wait: such posts are often scams that resell old or invented data.",
               vi = "Chờ thêm: những bài đăng kiểu này thường là lừa đảo, bán lại dữ liệu cũ hoặc bịa đặt." },
      score = { detect = -4 },
      notes = { en = "Maybe; the sample takes ten minutes to check.", vi = "Có thể, nhưng kiểm tra tệp mẫu chỉ mất mười phút." } },
  },
  timeout = "wait-more",
  speed = { full = "3m", zero = "10m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 10:00 (T+0:15)  Where could this come from?
------------------------------------------------------------------------------------------

local format_match = inject {
  id = "format-match",
  at = "0:15",
  stage = "collection",
  attack = "T1119",
  severity = "high",
  from = { en = "Database team, IT Centre", vi = "Nhóm quản trị cơ sở dữ liệu, Trung tâm CNTT" },
  channel = "chat",
  title = {
    en = "Day 1, 10:00 — The sample is real, and its format points to two sources",
    vi = "Ngày 1, 10:00 — Dữ liệu mẫu là thật, và định dạng chỉ ra hai nguồn có thể",
  },
  body = {
    en = "All 200 rows match current records. The column order is that of the employee-list export (form D02-LT), plus a field \"ma_dvi_ql\" that appears only in two places: the reporting module used by provincial staff, and the API through which electronic-filing (I-VAN) providers look up their client businesses' employees. Both provinces in the advertisement are served by the same I-VAN provider, Company A.",
    vi = "Cả 200 dòng đều khớp với dữ liệu hiện hành. Thứ tự các cột giống tệp kết xuất danh sách lao động (mẫu D02-LT), kèm thêm trường \"ma_dvi_ql\" chỉ xuất hiện ở hai nơi: phân hệ báo cáo mà cán bộ BHXH tỉnh sử dụng, và API để các tổ chức I-VAN tra cứu người lao động của doanh nghiệp khách hàng. Cả hai tỉnh trong bài rao bán đều có một tổ chức I-VAN chung là Công ty A.",
  },
  notes = {
    en = "Expected: pull and preserve the export logs of the reporting module and the API access logs for both provinces over the last months; ask Company A formally, in writing, for its logs; keep both hypotheses open (insider, third party, or both) and accuse nobody yet. Evaluator: suspending every export right nationwide stops the sector's daily work; letting the provider investigate itself and taking its word is not an investigation; naming a suspect publicly now is premature and may be defamatory.",
    vi = "Kỳ vọng: trích xuất và lưu giữ nhật ký kết xuất của phân hệ báo cáo và nhật ký truy cập API của hai tỉnh trong những tháng gần đây; gửi văn bản chính thức đề nghị Công ty A cung cấp nhật ký của họ; giữ cả hai giả thuyết (người bên trong, bên thứ ba, hoặc cả hai) và chưa quy kết ai. Đánh giá: tạm dừng mọi quyền kết xuất trên toàn quốc làm ngưng trệ công việc hằng ngày của cả Ngành; để nhà cung cấp tự điều tra rồi tin theo không phải là điều tra; nêu tên nghi phạm công khai lúc này là quá sớm và có thể vi phạm pháp luật.",
  },
  roles = { "central" },
}

decision {
  id = "scope-source",
  on = format_match,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 10:00 — How do you find the source?",
    vi = "Ngày 1, 10:00 — Đội truy tìm nguồn lộ lọt thế nào?",
  },
  options = {
    { id = "logs-both",
      text = { en = "Keep the export and API logs of both provinces, ask Company A for its logs, accuse nobody yet.",
               vi = "Lưu giữ nhật ký kết xuất và nhật ký API của hai tỉnh, đề nghị Công ty A cung cấp nhật ký, chưa quy kết ai." },
      score = { analyse = 8, coordinate = 3 },
      notes = { en = "Evidence from both sides before conclusions.", vi = "Thu chứng cứ từ cả hai phía trước khi kết luận." } },
    { id = "freeze-exports",
      text = { en = "Suspend every staff export right in the country until the source is found, whatever it costs reporting.",
               vi = "Tạm dừng mọi quyền kết xuất dữ liệu của cán bộ trên toàn quốc cho tới khi tìm ra nguồn, dù ảnh hưởng công tác báo cáo." },
      score = { contain = 3, recover = -5 },
      notes = { en = "Stops the sector's reporting; the API stays open.", vi = "Làm dừng công tác báo cáo của cả Ngành, trong khi API vẫn mở." } },
    { id = "api-first",
      text = { en = "Start with the API logs, the likelier path for a million records, and look at staff exports next week.",
               vi = "Bắt đầu từ nhật ký API, con đường nhiều khả năng nhất với một triệu bản ghi, tuần sau mới xem nhật ký kết xuất." },
      score = { analyse = 4 },
      notes = { en = "Finds the API, misses the officer's exports for a week.", vi = "Tìm ra API, nhưng bỏ sót việc kết xuất của cán bộ thêm một tuần." } },
    { id = "provider-self",
      text = { en = "Ask Company A to investigate itself and report back, since its staff know their own systems best.",
               vi = "Đề nghị Công ty A tự kiểm tra và báo cáo lại, vì nhân viên của họ hiểu hệ thống của mình nhất." },
      score = { analyse = -2, coordinate = 1 },
      notes = { en = "The suspect marks its own homework.", vi = "Để bên bị nghi ngờ tự chấm bài của mình." } },
  },
  timeout = "provider-self",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 11:00 (T+0:20)  The provinces check their own exports (provincial teams)
------------------------------------------------------------------------------------------

local export_check = inject {
  id = "export-check",
  at = "0:20",
  stage = "collection",
  severity = "medium",
  from = { en = "IT Centre", vi = "Trung tâm CNTT" },
  channel = "email",
  title = {
    en = "Day 1, 11:00 — Every province must list its exports of employee lists by 17:00",
    vi = "Ngày 1, 11:00 — Các tỉnh báo cáo danh sách kết xuất danh sách lao động trước 17:00",
  },
  body = {
    en = "The IT Centre asks every provincial office to list who exported employee lists from the reporting module in the last three months, to whom, and how, and to report by 17:00. Two of your officers say they send such exports to I-VAN providers over Zalo \"because the official channel takes a week\".",
    vi = "Trung tâm CNTT đề nghị BHXH các tỉnh liệt kê ai đã kết xuất danh sách lao động từ phân hệ báo cáo trong ba tháng qua, gửi cho ai, bằng cách nào, và báo cáo trước 17:00. Hai cán bộ của tỉnh cho biết vẫn gửi tệp kết xuất cho tổ chức I-VAN qua Zalo \"vì kênh chính thức mất cả tuần\".",
  },
  notes = {
    en = "Provincial teams. Expected: report the list on time, stop exports over chat apps at once, keep the chat records as evidence (do not let the officers delete them), and say that the official channel is too slow: that is the cause to fix. Evaluator: deleting the messages 'to limit exposure' destroys evidence; waiting to stop the practice until after the incident leaves it running.",
    vi = "Dành cho các đội cấp tỉnh. Kỳ vọng: báo cáo danh sách đúng hạn, dừng ngay việc gửi tệp qua ứng dụng nhắn tin, giữ lại các tin nhắn làm chứng cứ (không để cán bộ xóa), và nêu rõ kênh chính thức quá chậm: đó là nguyên nhân cần khắc phục. Đánh giá: xóa tin nhắn \"để hạn chế rủi ro\" là hủy chứng cứ; chờ xong sự cố mới dừng cách làm này là để nó tiếp diễn.",
  },
  roles = { "provincial" },
}

decision {
  id = "province-exports",
  on = export_check,
  roles = { "provincial" },
  within = "25m",
  prompt = {
    en = "Day 1, 11:00 — What does the province report, and what happens to the chat exports?",
    vi = "Ngày 1, 11:00 — BHXH tỉnh báo cáo gì, và xử lý việc gửi tệp qua Zalo thế nào?",
  },
  options = {
    { id = "report-stop",
      text = { en = "Report the list by 17:00, stop exports over chat apps today, and keep the chat records as evidence.",
               vi = "Báo cáo danh sách trước 17:00, dừng ngay việc gửi tệp qua ứng dụng nhắn tin, giữ lại tin nhắn làm chứng cứ." },
      score = { coordinate = 5, contain = 4 },
      notes = { en = "On time, stops the leak path, keeps the evidence; providers' clients wait longer.", vi = "Đúng hạn, chặn đường lộ lọt, giữ chứng cứ; khách hàng của tổ chức I-VAN phải chờ lâu hơn." } },
    { id = "report-only",
      text = { en = "Report the list by 17:00 and deal with the chat practice once the incident is over.",
               vi = "Báo cáo danh sách trước 17:00, xử lý việc gửi tệp qua Zalo sau khi xong sự cố." },
      score = { coordinate = 4 },
      notes = { en = "On time; the practice runs on through the incident.", vi = "Đúng hạn; nhưng cách làm sai vẫn tiếp diễn trong lúc xử lý sự cố." } },
    { id = "tidy-first",
      text = { en = "Have the two officers delete the chat messages first, then report the list, to limit the province's exposure.",
               vi = "Yêu cầu hai cán bộ xóa hết tin nhắn trước rồi mới báo cáo danh sách, để hạn chế tối đa rủi ro và trách nhiệm cho tỉnh." },
      score = { coordinate = -5, analyse = -4 },
      notes = { en = "Destroys evidence of a crime under investigation.", vi = "Hủy chứng cứ của một vụ việc đang được điều tra." } },
  },
  timeout = "report-only",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (posing as a buyer): the seller disappears
------------------------------------------------------------------------------------------

local seller_spooked = inject {
  id = "seller-spooked",
  roles = { "central" },
  stage = "exposure",
  attack = "T1585.001",
  severity = "high",
  from = { en = "Threat analysis, IT Centre", vi = "Bộ phận phân tích mối đe dọa, Trung tâm CNTT" },
  channel = "social",
  title = {
    en = "Day 1, 10:30 — The seller deletes the channel and mocks the agency",
    vi = "Ngày 1, 10:30 — Người bán xóa kênh và chế giễu cơ quan",
  },
  body = {
    en = "An hour after the \"buyer\" made contact, the channel was deleted. A new channel under a different name posts a screenshot of the conversation with the caption \"VSS is trying to buy back its own data\" and announces that the full dataset will be sold \"privately\" instead.",
    vi = "Một giờ sau khi \"người mua\" liên hệ, kênh bị xóa. Một kênh mới dưới tên khác đăng ảnh chụp cuộc trò chuyện kèm dòng chữ \"BHXH đang tìm cách mua lại dữ liệu của chính mình\" và thông báo sẽ bán toàn bộ dữ liệu \"theo hình thức riêng\".",
  },
  notes = {
    en = "Consequence of posing as a buyer. Expected: stop all contact, give A05 everything collected (including the chat), and prepare the spokesperson for questions about the screenshot. Evaluator: the trail the police could have followed is colder; the seller now trades out of sight. Covert contact with criminals is for the competent authority.",
    vi = "Hệ quả của việc đóng giả người mua. Kỳ vọng: dừng mọi liên lạc, chuyển toàn bộ những gì đã thu thập (kể cả cuộc trò chuyện) cho A05, chuẩn bị cho người phát ngôn trả lời về ảnh chụp màn hình. Đánh giá: dấu vết mà cơ quan công an có thể lần theo đã nguội đi; người bán giờ giao dịch ngoài tầm quan sát. Việc tiếp cận bí mật đối tượng phạm tội thuộc thẩm quyền của cơ quan chức năng.",
  },
}

decision {
  id = "spooked-fallout",
  on = seller_spooked,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 10:30 — The contact is public and the seller has gone. What now?",
    vi = "Ngày 1, 10:30 — Việc liên hệ đã bị công khai và người bán đã biến mất. Đội làm gì?",
  },
  options = {
    { id = "hand-over",
      text = { en = "Stop all contact, give A05 the chat and all that was collected, brief the spokesperson.",
               vi = "Dừng mọi liên lạc, giao A05 cuộc trò chuyện và mọi thứ đã thu được, chuẩn bị cho người phát ngôn." },
      score = { coordinate = 6, communicate = 2 },
      notes = { en = "Gives the police what is left of the trail.", vi = "Trao cho công an những gì còn lại của dấu vết." } },
    { id = "keep-quiet",
      text = { en = "Stop the contact and say nothing in public; a screenshot on Telegram will soon be forgotten.",
               vi = "Dừng liên lạc và không nói gì công khai; một ảnh chụp màn hình trên Telegram rồi sẽ sớm bị mọi người quên đi." },
      score = { coordinate = 2, communicate = -1 },
      notes = { en = "Stops the harm, leaves the story and the police without the agency.", vi = "Dừng được thiệt hại, nhưng để câu chuyện và cơ quan công an thiếu thông tin từ cơ quan." } },
    { id = "try-again",
      text = { en = "Contact the new channel under another name to learn where the full dataset will be sold.",
               vi = "Liên hệ kênh mới dưới một tên khác để tìm hiểu nơi sẽ bán toàn bộ dữ liệu." },
      score = { coordinate = -6 },
      notes = { en = "The same mistake, now with a warned seller.", vi = "Lặp lại sai lầm, lần này với người bán đã cảnh giác." } },
  },
  timeout = "keep-quiet",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 14:00 (T+0:30)  The API log
------------------------------------------------------------------------------------------

local api_log = inject {
  id = "api-log",
  at = "0:30",
  stage = "collection",
  attack = "T1213",
  severity = "critical",
  from = { en = "Application security, IT Centre", vi = "Bộ phận an toàn ứng dụng, Trung tâm CNTT" },
  channel = "ticket",
  title = {
    en = "Day 1, 14:00 — Company A's API key pulled 1.2 million records by changing one parameter",
    vi = "Ngày 1, 14:00 — Khóa API của Công ty A lấy 1,2 triệu bản ghi chỉ bằng cách đổi một tham số",
  },
  body = {
    en = "Over three weeks, Company A's API key made 48,000 lookups, mostly at night, stepping the employer code parameter through every employer in the two provinces. The API checks that the key is valid but not that the employer is one of the provider's clients, so it returned the employees of about 30,000 businesses that have nothing to do with Company A. Company A files for 80,000 businesses nationwide, and the contribution filing deadline is in four days.",
    vi = "Trong ba tuần, khóa API của Công ty A đã thực hiện 48.000 lượt tra cứu, chủ yếu vào ban đêm, lần lượt thay tham số mã đơn vị qua toàn bộ doanh nghiệp của hai tỉnh. API chỉ kiểm tra khóa hợp lệ mà không kiểm tra doanh nghiệp có phải khách hàng của tổ chức I-VAN hay không, nên đã trả về danh sách lao động của khoảng 30.000 doanh nghiệp không liên quan gì tới Công ty A. Công ty A đang kê khai cho 80.000 doanh nghiệp trên cả nước, và còn bốn ngày nữa là hết hạn kê khai, đóng BHXH tháng này.",
  },
  notes = {
    en = "Expected: restrict Company A's key at once to its own client businesses (or suspend it and route its clients to the public portal and other providers for the deadline); fix the authorisation check for every I-VAN provider and add rate limits and alerts; preserve the logs; tell Company A formally, in writing, that it must report as a personal-data processor and preserve its own logs. Evaluator: keeping the API as it is for the deadline leaves the hole open; cutting all I-VAN providers stops filing for most businesses in the country.",
    vi = "Kỳ vọng: lập tức giới hạn khóa API của Công ty A chỉ với doanh nghiệp khách hàng của họ (hoặc tạm dừng khóa và hướng dẫn khách hàng của họ kê khai qua Cổng Dịch vụ công hoặc tổ chức I-VAN khác trong kỳ hạn này); sửa cơ chế kiểm tra phân quyền của API cho mọi tổ chức I-VAN, bổ sung giới hạn tần suất và cảnh báo; lưu giữ nhật ký; gửi văn bản yêu cầu Công ty A thực hiện nghĩa vụ của bên xử lý dữ liệu cá nhân: báo cáo sự việc và lưu giữ nhật ký của họ. Đánh giá: giữ nguyên API vì hạn kê khai là để ngỏ lỗ hổng; cắt toàn bộ tổ chức I-VAN làm dừng việc kê khai của phần lớn doanh nghiệp trong cả nước.",
  },
  roles = { "central" },
}

decision {
  id = "contain-source",
  on = api_log,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 14:00 — The hole is in the API. What do you do, four days before the filing deadline?",
    vi = "Ngày 1, 14:00 — Lỗ hổng nằm ở API. Đội làm gì khi chỉ còn bốn ngày nữa là hết hạn kê khai?",
  },
  options = {
    { id = "cut-all-ivan",
      text = { en = "Switch off the API for every I-VAN provider until the investigation ends, deadline or not.",
               vi = "Tắt API đối với mọi tổ chức I-VAN cho tới khi điều tra xong, dù sắp hết hạn kê khai." },
      score = { contain = 5, recover = -6, coordinate = -1 },
      notes = { en = "Stops filing for most of the country's businesses at the deadline.", vi = "Làm dừng việc kê khai của phần lớn doanh nghiệp cả nước đúng lúc sắp hết hạn." } },
    { id = "suspend-a",
      text = { en = "Suspend Company A's key only, and send its 80,000 clients to the portal and the other providers.",
               vi = "Chỉ tạm dừng khóa API của Công ty A, hướng dẫn 80.000 khách hàng của họ kê khai qua Cổng và tổ chức khác." },
      score = { contain = 5, recover = -1 },
      notes = { en = "Stops this key; the same flawed check still serves every other key.", vi = "Chặn được khóa này; cơ chế kiểm tra lỗi vẫn phục vụ mọi khóa khác." } },
    { id = "restrict-fix",
      text = { en = "Restrict Company A's key to its clients, fix the check for every provider, add rate limits and alerts.",
               vi = "Giới hạn khóa của Công ty A trong khách hàng của họ, sửa kiểm tra cho mọi tổ chức, thêm giới hạn tần suất, cảnh báo." },
      score = { contain = 8, eradicate = 5, coordinate = 3 },
      notes = { en = "Closes the hole for every provider and keeps filing running, if the fix holds at month-end load.", vi = "Đóng lỗ hổng với mọi tổ chức mà việc kê khai vẫn thông suốt, nếu bản sửa chịu được tải cuối tháng." } },
    { id = "keep-api",
      text = { en = "Leave the API as it is until the filing deadline has passed, then fix it with all the providers at once.",
               vi = "Giữ nguyên API như hiện nay cho tới khi hết hạn kê khai, sau đó mới cùng tất cả các tổ chức I-VAN sửa một lần cho xong." },
      score = { contain = -6, recover = 2 },
      set = { api_open = true },
      notes = { en = "Four more days for anyone with a key.", vi = "Thêm bốn ngày cho bất kỳ ai có khóa API." } },
  },
  timeout = "keep-api",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 16:30 (T+0:45)  The press
------------------------------------------------------------------------------------------

local press = inject {
  id = "press-call",
  at = "0:45",
  stage = "exposure",
  severity = "high",
  from = { en = "Reporter, national newspaper", vi = "Phóng viên một tờ báo trung ương" },
  channel = "phone",
  title = {
    en = "Day 1, 16:30 — \"We have the sample. Is it yours?\"",
    vi = "Ngày 1, 16:30 — \"Chúng tôi có dữ liệu mẫu. Có phải của BHXH không?\"",
  },
  body = {
    en = "A reporter from a national newspaper has the 200-row sample and has called several people on it, who confirmed their details. The article runs tomorrow at 06:00. She asks whether the data comes from VSS, how it leaked, and what people should do.",
    vi = "Phóng viên một tờ báo trung ương đang có tệp mẫu 200 dòng và đã gọi điện cho một số người trong danh sách, họ xác nhận thông tin là đúng. Bài báo sẽ đăng lúc 06:00 sáng mai. Chị hỏi dữ liệu có phải của BHXH không, bị lộ bằng cách nào, và người dân cần làm gì.",
  },
  notes = {
    en = "Expected: the spokesperson confirms that the agency is aware, has verified that the sample matches its records, is investigating with the competent authorities and is acting to close the access (whatever the team decided about the API, this is true); does not speculate about the source; tells people that VSS never calls to ask for passwords, OTPs or money, and where to check. Evaluator: denial collapses when the article quotes the people in the sample; blaming Company A before the investigation is both premature and risky; 'no comment' leaves the article to say the agency was silent.",
    vi = "Kỳ vọng: người phát ngôn xác nhận cơ quan đã nắm được thông tin, đã xác minh dữ liệu mẫu trùng với dữ liệu của Ngành, đang phối hợp với cơ quan chức năng điều tra và đang xử lý để chặn nguồn truy cập (dù đội đã quyết định thế nào với API, câu này vẫn đúng); không suy đoán về nguồn lộ lọt; khuyến cáo người dân rằng BHXH không bao giờ gọi điện yêu cầu cung cấp mật khẩu, mã OTP hay chuyển tiền, và hướng dẫn nơi kiểm tra thông tin. Đánh giá: bác bỏ sẽ sụp đổ khi bài báo trích lời những người có tên trong tệp mẫu; đổ lỗi cho Công ty A khi chưa điều tra xong vừa vội vàng vừa rủi ro; \"miễn bình luận\" để bài báo viết rằng cơ quan im lặng.",
  },
  roles = { "central" },
}

decision {
  id = "press-day1",
  on = press,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 16:30 — What does the spokesperson say?",
    vi = "Ngày 1, 16:30 — Người phát ngôn trả lời thế nào?",
  },
  options = {
    { id = "deny",
      text = { en = "Say the data is not from VSS, that the agency's systems are absolutely secure, and that the sample is a fake.",
               vi = "Trả lời dữ liệu không phải của BHXH, hệ thống của Ngành được bảo mật tuyệt đối và dữ liệu mẫu là giả mạo." },
      score = { communicate = -8 },
      set = { denied = true },
      notes = { en = "The article will quote the people who confirmed their data.", vi = "Bài báo sẽ trích lời những người đã xác nhận thông tin của mình." } },
    { id = "blame-provider",
      text = { en = "Confirm the leak and say that it came through a private I-VAN company, under investigation.",
               vi = "Xác nhận có lộ lọt và nói rằng dữ liệu bị lộ qua một công ty I-VAN tư nhân đang bị điều tra." },
      score = { communicate = -3, coordinate = -2 },
      notes = { en = "Premature, and the API was the agency's.", vi = "Vội vàng, trong khi API là của chính cơ quan." } },
    { id = "confirm-guide",
      text = { en = "Confirm the sample matches VSS records and is being investigated; no guess at the source; warn of scams.",
               vi = "Xác nhận dữ liệu mẫu trùng với dữ liệu của Ngành, đang điều tra; không suy đoán nguồn; cảnh báo lừa đảo." },
      score = { communicate = 10, coordinate = 2 },
      notes = { en = "Honest about what is known, useful to the reader; it commits the agency in print.", vi = "Trung thực với những gì đã biết, hữu ích cho người đọc; cơ quan phải chịu trách nhiệm về phát ngôn trên báo." } },
    { id = "checking",
      text = { en = "Say the agency is checking the sample with the authorities and will answer within 24 hours.",
               vi = "Trả lời cơ quan đang cùng cơ quan chức năng kiểm tra tệp mẫu và sẽ trả lời trong 24 giờ." },
      score = { communicate = 3 },
      notes = { en = "True and safe, but the sample is already verified and people need the scam warning now.", vi = "Đúng và an toàn, nhưng tệp mẫu đã được xác minh và người dân cần được cảnh báo lừa đảo ngay." } },
    { id = "no-comment",
      text = { en = "No comment until the investigation is complete.",
               vi = "Chưa bình luận cho tới khi điều tra xong." },
      score = { communicate = -2 },
      notes = { en = "The article runs anyway.", vi = "Bài báo vẫn sẽ được đăng." } },
  },
  timeout = "no-comment",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 17:30 (T+0:50)  What the provinces reported about their exports decides what the IT Centre faces
------------------------------------------------------------------------------------------

-- Fewer than a third of the provinces stopped exports over chat apps (or none took part).
local function few_stopped(team)
  local n, of = team:sector("provincial", "province-exports", "report-stop")
  return of == 0 or n * 3 < of
end

local chat_exports = inject {
  id = "chat-exports-continue",
  roles = { "central" },
  at = "0:50",
  stage = "exfiltration",
  severity = "high",
  from = { en = "Data management division, IT Centre", vi = "Phòng Quản lý dữ liệu, Trung tâm CNTT" },
  channel = "ticket",
  title = {
    en = "Day 1, 17:30 — Fewer than a third of the provinces have stopped exports over chat apps",
    vi = "Ngày 1, 17:30 — Chưa đến một phần ba số tỉnh dừng gửi dữ liệu qua ứng dụng nhắn tin",
  },
  body = {
    en = "The provinces' lists came in at 17:00. Officers in most provinces send employee lists to I-VAN providers over Zalo and other chat apps, and fewer than a third of the provinces have stopped it; some promise to deal with it after the incident, a few deleted the messages before reporting. The providers say the official channel takes a week.",
    vi = "Danh sách của các tỉnh đã gửi về lúc 17:00. Cán bộ ở phần lớn các tỉnh vẫn gửi danh sách lao động cho các tổ chức I-VAN qua Zalo và các ứng dụng nhắn tin khác; chưa đến một phần ba số tỉnh đã dừng việc này, một số tỉnh hẹn xử lý sau sự cố, vài tỉnh đã xóa tin nhắn trước khi báo cáo. Các tổ chức I-VAN cho biết kênh chính thức mất cả tuần.",
  },
  notes = {
    en = "Reached only by the IT Centre, and only when fewer than a third of the provinces chose report-stop in province-exports (team:sector). Expected: one sector-wide rule tonight (no personal data over chat apps, an official channel for the providers) or a central audit of the export log; the Personal Data Protection Law makes the agency answerable for every copy. Evaluator: waiting for the lessons learned leaves the leak path open during the incident.",
    vi = "Chỉ đội Trung tâm CNTT nhận được, và chỉ khi chưa đến một phần ba số tỉnh chọn report-stop ở quyết định province-exports (team:sector). Kỳ vọng: một quy định chung cho toàn Ngành ngay tối nay (không gửi dữ liệu cá nhân qua ứng dụng nhắn tin, có kênh chính thức cho các tổ chức I-VAN) hoặc Trung tâm tự rà soát nhật ký kết xuất; Luật Bảo vệ dữ liệu cá nhân buộc Ngành chịu trách nhiệm về mọi bản sao. Đánh giá: chờ đến khi rút kinh nghiệm là để ngỏ đường lộ lọt ngay trong lúc xử lý sự cố.",
  },
  when = few_stopped,
}

decision {
  id = "chat-exports",
  on = chat_exports,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 17:30 — Most provinces still send exports over chat apps. What does the IT Centre do?",
    vi = "Ngày 1, 17:30 — Phần lớn các tỉnh vẫn gửi dữ liệu qua ứng dụng nhắn tin. Trung tâm CNTT làm gì?",
  },
  options = {
    { id = "sector-ban",
      text = { en = "Ban personal-data exports over chat apps from tonight and open an official channel for providers.",
               vi = "Cấm gửi dữ liệu cá nhân qua ứng dụng nhắn tin từ tối nay và mở kênh chính thức cho các tổ chức I-VAN." },
      score = { contain = 4, coordinate = 3 },
      notes = { en = "Closes the path for the sector; providers' clients wait a few days.", vi = "Đóng đường lộ lọt cho toàn Ngành; khách hàng của các tổ chức I-VAN phải chờ vài ngày." } },
    { id = "central-audit",
      text = { en = "Pull every province's export log from the reporting module tonight and trace the chat exports centrally.",
               vi = "Trích xuất nhật ký kết xuất của mọi tỉnh ngay tối nay và truy vết tập trung các lần gửi qua ứng dụng nhắn tin." },
      score = { analyse = 5, detect = 2 },
      notes = { en = "Finds every copy; the practice runs on until a rule follows.", vi = "Tìm ra mọi bản sao; nhưng cách làm sai còn tiếp diễn đến khi có quy định." } },
    { id = "wait-lessons",
      text = { en = "Take the provinces' lists as they are and address the chat practice in the lessons learned.",
               vi = "Ghi nhận danh sách các tỉnh đã gửi và xử lý việc gửi qua ứng dụng nhắn tin khi rút kinh nghiệm." },
      score = { contain = -3, coordinate = -2 },
      notes = { en = "The leak path stays open during the incident.", vi = "Đường lộ lọt vẫn để ngỏ trong lúc xử lý sự cố." } },
  },
  timeout = "wait-lessons",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

inject {
  id = "chat-exports-stopped",
  roles = { "central" },
  at = "0:50",
  stage = "exfiltration",
  severity = "medium",
  from = { en = "Data management division, IT Centre", vi = "Phòng Quản lý dữ liệu, Trung tâm CNTT" },
  channel = "ticket",
  title = {
    en = "Day 1, 17:30 — A third or more of the provinces have stopped exports over chat apps",
    vi = "Ngày 1, 17:30 — Từ một phần ba số tỉnh trở lên đã dừng gửi dữ liệu qua ứng dụng nhắn tin",
  },
  body = {
    en = "The provinces' lists came in at 17:00. Many provinces have stopped sending employee lists over chat apps and kept the messages as evidence; the IT Centre has one list of who sent what to which provider.",
    vi = "Danh sách của các tỉnh đã gửi về lúc 17:00. Nhiều tỉnh đã dừng gửi danh sách lao động qua ứng dụng nhắn tin và giữ lại tin nhắn làm chứng cứ; Trung tâm CNTT có một danh sách chung về việc ai đã gửi gì cho tổ chức nào.",
  },
  notes = {
    en = "Reached by the IT Centre when a third or more of the provinces chose report-stop in province-exports (team:sector). No decision: it shows what the provinces' reports bought.",
    vi = "Đội Trung tâm CNTT nhận được khi từ một phần ba số tỉnh trở lên chọn report-stop ở quyết định province-exports (team:sector). Không có quyết định: cho thấy giá trị báo cáo của các tỉnh.",
  },
  when = function(team) return not few_stopped(team) end,
}

------------------------------------------------------------------------------------------
-- Day 2, 07:00 (T+1:00)  The denial exposed
------------------------------------------------------------------------------------------

local denial_exposed = inject {
  id = "denial-exposed",
  roles = { "central" },
  at = "1:00",
  stage = "exposure",
  severity = "high",
  from = { en = "Press monitoring", vi = "Bộ phận theo dõi thông tin báo chí" },
  channel = "news",
  title = {
    en = "Day 2, 07:00 — \"VSS denies; the people in the file say it is their data\"",
    vi = "Ngày 2, 07:00 — \"BHXH phủ nhận; người có tên trong tệp xác nhận đó là dữ liệu của họ\"",
  },
  body = {
    en = "The article quotes the agency's denial next to interviews with six people from the sample who confirm their details, and an expert who points out that the columns match a VSS export form. Other outlets pick it up; the hashtag is trending on Facebook.",
    vi = "Bài báo đặt lời phủ nhận của cơ quan cạnh phỏng vấn sáu người có tên trong tệp mẫu xác nhận thông tin của mình là đúng, cùng ý kiến một chuyên gia chỉ ra các cột dữ liệu trùng với mẫu kết xuất của BHXH. Nhiều báo khác đăng lại; chủ đề này đang được bàn tán rộng trên Facebook.",
  },
  notes = {
    en = "Consequence of the denial. Expected: correct the statement quickly through the spokesperson, acknowledge the incident and give people practical advice. Evaluator: the first statement may be incomplete, but it must not be false.",
    vi = "Hệ quả của việc phủ nhận. Kỳ vọng: người phát ngôn nhanh chóng đính chính, thừa nhận sự việc và đưa ra khuyến cáo thiết thực cho người dân. Đánh giá: thông tin đầu tiên có thể chưa đầy đủ, nhưng không được sai sự thật.",
  },
  when = function(team) return team.flags.denied == true end,
}

decision {
  id = "retract-denial",
  on = denial_exposed,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 2, 07:00 — The denial has been contradicted in print. How do you answer?",
    vi = "Ngày 2, 07:00 — Lời phủ nhận đã bị báo chí bác bỏ. Cơ quan trả lời thế nào?",
  },
  options = {
    { id = "correct-now",
      text = { en = "Correct it today: the sample is ours, it is being investigated, and here is what people should do.",
               vi = "Đính chính ngay trong ngày: tệp mẫu là dữ liệu của Ngành, đang được điều tra, người dân cần làm những việc sau." },
      score = { communicate = 8 },
      notes = { en = "Late, but honest; it ends the story of the denial.", vi = "Muộn nhưng trung thực; câu chuyện về lời phủ nhận dừng lại." } },
    { id = "clarify",
      text = { en = "Say that the denial meant the agency's own systems were not hacked, which is still being checked.",
               vi = "Giải thích lời phủ nhận chỉ có nghĩa hệ thống của Ngành không bị tấn công, điều vẫn đang được kiểm tra." },
      score = { communicate = -4 },
      notes = { en = "A second half-truth; the API was the agency's own.", vi = "Thêm một nửa sự thật; API chính là của cơ quan." } },
    { id = "statement-later",
      text = { en = "Prepare a full statement for the leadership to approve, and publish it once the source is confirmed.",
               vi = "Chuẩn bị một thông cáo đầy đủ trình Lãnh đạo phê duyệt, và chỉ công bố khi đã xác định chắc chắn được nguồn lộ lọt." },
      score = { communicate = 2 },
      notes = { en = "Careful, but the denial stands uncorrected for days.", vi = "Thận trọng, nhưng lời phủ nhận không được đính chính trong nhiều ngày." } },
  },
  timeout = "statement-later",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 2, 10:00 (T+1:05)  The provider answers
------------------------------------------------------------------------------------------

local provider_reply = inject {
  id = "provider-reply",
  at = "1:05",
  stage = "exfiltration",
  severity = "high",
  from = { en = "Director, Company A (I-VAN provider)", vi = "Giám đốc Công ty A (tổ chức I-VAN)" },
  channel = "letter",
  title = {
    en = "Day 2, 10:00 — Company A: \"An employee copied it; your API gave it to us\"",
    vi = "Ngày 2, 10:00 — Công ty A: \"Một nhân viên đã sao chép; chính API của các anh trả dữ liệu cho chúng tôi\"",
  },
  body = {
    en = "Company A replies that an employee in its integration team wrote a script that walked through the employer codes and uploaded the results to his personal cloud drive; he resigned last week. The company says it is not responsible since \"the agency's API returned the data\", has dismissed the matter internally, and asks that its name be kept out of the press because it is bidding for a contract.",
    vi = "Công ty A trả lời rằng một nhân viên nhóm tích hợp đã viết đoạn mã quét lần lượt các mã đơn vị và tải kết quả lên ổ lưu trữ đám mây cá nhân; người này đã nghỉ việc tuần trước. Công ty cho rằng mình không có trách nhiệm vì \"chính API của cơ quan đã trả dữ liệu\", đã xử lý nội bộ xong, và đề nghị không nêu tên công ty trên báo chí vì đang tham gia đấu thầu.",
  },
  notes = {
    en = "Expected: require a formal written incident report from Company A and preservation of its logs and the employee's accounts; remind it in writing of its duties as a processor (notify the controller without delay, cooperate, secure the data) and of the contract; refer the employee to A05 for criminal investigation; review the contract and every provider's access. Evaluator: 'handled internally' does not end a crime against a million people; terminating the contract on the spot strands 80,000 businesses at the deadline; the agency's own API flaw is part of the story and should be owned.",
    vi = "Kỳ vọng: yêu cầu Công ty A gửi báo cáo sự cố chính thức bằng văn bản, lưu giữ nhật ký và tài khoản của nhân viên liên quan; nhắc bằng văn bản trách nhiệm của bên xử lý dữ liệu cá nhân (thông báo ngay cho bên kiểm soát, phối hợp, bảo đảm an toàn dữ liệu) và các điều khoản hợp đồng; chuyển thông tin về nhân viên này cho A05 để điều tra hình sự; rà soát hợp đồng và quyền truy cập của mọi tổ chức I-VAN. Đánh giá: \"đã xử lý nội bộ\" không thể khép lại một hành vi phạm tội ảnh hưởng tới hơn một triệu người; chấm dứt hợp đồng ngay lập tức khiến 80.000 doanh nghiệp bị bỏ rơi đúng hạn kê khai; lỗ hổng API của chính cơ quan là một phần của câu chuyện và cơ quan phải nhận trách nhiệm phần đó.",
  },
  roles = { "central" },
}

decision {
  id = "processor",
  on = provider_reply,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 2, 10:00 — How do you respond to Company A?",
    vi = "Ngày 2, 10:00 — Đội phản hồi Công ty A thế nào?",
  },
  options = {
    { id = "accept-internal",
      text = { en = "Accept that the company has dealt with it internally, keep its name out of the press and carry on the service.",
               vi = "Chấp nhận việc công ty đã tự xử lý trong nội bộ, không nêu tên công ty với báo chí và tiếp tục sử dụng dịch vụ của họ." },
      score = { coordinate = -6 },
      notes = { en = "A crime is not an internal matter.", vi = "Hành vi phạm tội không phải việc nội bộ." } },
    { id = "terminate-now",
      text = { en = "Terminate Company A's contract and API access today, as a signal to every provider.",
               vi = "Chấm dứt hợp đồng và quyền truy cập API của Công ty A ngay hôm nay, làm gương cho các tổ chức khác." },
      score = { contain = 3, recover = -5 },
      notes = { en = "80,000 businesses lose their filing channel at the deadline.", vi = "80.000 doanh nghiệp mất kênh kê khai đúng lúc sắp hết hạn." } },
    { id = "hold-to-duties",
      text = { en = "Demand a written report and its logs, state its processor duties in writing, refer the employee to A05.",
               vi = "Yêu cầu báo cáo bằng văn bản và nhật ký, nhắc bằng văn bản trách nhiệm bên xử lý dữ liệu, chuyển nhân viên cho A05." },
      score = { coordinate = 8, analyse = 3, eradicate = 2 },
      notes = { en = "Accountability without stranding the businesses.", vi = "Làm rõ trách nhiệm mà không bỏ rơi doanh nghiệp." } },
    { id = "refer-only",
      text = { en = "Refer the employee to A05 and leave the company's duties to the contract review next quarter.",
               vi = "Chuyển thông tin nhân viên cho A05, còn trách nhiệm của công ty để kỳ rà soát hợp đồng quý sau." },
      score = { coordinate = 3 },
      notes = { en = "The crime goes to the police; the processor's logs may be gone by next quarter.", vi = "Phần hình sự đã chuyển công an; nhưng tới quý sau nhật ký của bên xử lý có thể đã mất." } },
  },
  timeout = "accept-internal",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 2, 19:00 (T+1:15)  Scam calls
------------------------------------------------------------------------------------------

local scam_wave = inject {
  id = "scam-wave",
  at = "1:15",
  stage = "misuse",
  attack = "T1656",
  severity = "high",
  from = { en = "Hotline 1900 9068 and provincial offices", vi = "Tổng đài 1900 9068 và BHXH các tỉnh" },
  channel = "phone",
  title = {
    en = "Day 2, 19:00 — \"VSS officers\" call people by name to \"refund contributions\"",
    vi = "Ngày 2, 19:00 — \"Cán bộ BHXH\" gọi điện đúng tên người dân để \"hoàn tiền đóng BHXH\"",
  },
  body = {
    en = "Since the afternoon, the hotline and both provincial offices have received hundreds of reports: callers posing as VSS officers quote people's social insurance number, employer and salary, then ask them to install an app \"to receive a contribution refund\" or to update VssID. At least eleven people have lost money; one lost 300 million VND.",
    vi = "Từ chiều nay, tổng đài và BHXH hai tỉnh nhận hàng trăm phản ánh: đối tượng giả danh cán bộ BHXH đọc đúng mã số BHXH, nơi làm việc và mức lương của người dân, rồi yêu cầu cài ứng dụng \"để nhận tiền hoàn đóng BHXH\" hoặc cập nhật VssID. Ít nhất mười một người đã bị mất tiền, một người mất 300 triệu đồng.",
  },
  notes = {
    en = "Expected: warn people on every channel that reaches them: VssID notifications, SMS, the portal, press and television, provincial offices, employers (through the I-VAN providers and their HR contacts) and local loudspeakers; the message: VSS never calls to ask you to install apps, give OTPs or transfer money; refer victims to the police and share the scammers' numbers with A05 and the carriers. Evaluator: a single fanpage post does not reach the older workers and pensioners being targeted; 'these are not our calls' is true and beside the point.",
    vi = "Kỳ vọng: cảnh báo người dân trên mọi kênh tiếp cận được: thông báo trên VssID, tin nhắn, Cổng thông tin điện tử, báo chí và truyền hình, BHXH các tỉnh, người sử dụng lao động (qua các tổ chức I-VAN và bộ phận nhân sự của doanh nghiệp) và hệ thống loa truyền thanh cơ sở; thông điệp: BHXH không bao giờ gọi điện yêu cầu cài ứng dụng, cung cấp mã OTP hay chuyển tiền; hướng dẫn người bị hại trình báo cơ quan công an, chuyển số điện thoại của đối tượng cho A05 và các nhà mạng. Đánh giá: một bài đăng trên Fanpage không tới được người lao động lớn tuổi và người hưởng lương hưu đang bị nhắm tới; \"đó không phải cuộc gọi của chúng tôi\" là đúng nhưng không giải quyết được gì.",
  },
  roles = { "central" },
}

decision {
  id = "warn-public",
  on = scam_wave,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 2, 19:00 — How do you protect the people whose data leaked?",
    vi = "Ngày 2, 19:00 — Đội bảo vệ những người bị lộ dữ liệu thế nào?",
  },
  options = {
    { id = "not-ours",
      text = { en = "Reply to complainants that these calls are not from VSS and are a matter for the police.",
               vi = "Trả lời người phản ánh rằng đó không phải cuộc gọi của BHXH và là việc của công an." },
      score = { communicate = -5 },
      notes = { en = "True, and no help to anyone.", vi = "Đúng, nhưng không giúp được ai." } },
    { id = "all-channels",
      text = { en = "Warn through VssID, SMS, the portal, press and TV; give A05 and the carriers the scammers' numbers.",
               vi = "Cảnh báo qua VssID, tin nhắn, Cổng, báo chí và truyền hình; gửi A05 và nhà mạng các số điện thoại lừa đảo." },
      score = { communicate = 8, coordinate = 5 },
      notes = { en = "Reaches the people being called; an SMS to millions costs money and alarms some.", vi = "Tới được những người đang bị gọi; tin nhắn tới hàng triệu người tốn kém và làm một số người lo lắng." } },
    { id = "affected-only",
      text = { en = "Send VssID and SMS warnings only to the 1.2 million whose data leaked, and ask A05 to block the numbers.",
               vi = "Chỉ gửi cảnh báo qua VssID và tin nhắn cho 1,2 triệu người bị lộ dữ liệu, đồng thời đề nghị A05 chặn các số điện thoại lừa đảo." },
      score = { communicate = 5, coordinate = 3 },
      notes = { en = "Precise and cheaper; misses relatives who answer for elderly pensioners.", vi = "Chính xác và ít tốn kém; bỏ sót người thân nghe máy thay người cao tuổi." } },
    { id = "fanpage",
      text = { en = "Post a warning on the official fanpage, where people already look for news of the leak.",
               vi = "Đăng cảnh báo trên Fanpage chính thức, nơi người dân đang tìm tin về vụ lộ lọt." },
      score = { communicate = 3 },
      notes = { en = "Right message, narrow reach.", vi = "Đúng thông điệp, nhưng phạm vi tiếp cận hẹp." } },
  },
  timeout = "not-ours",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 2, 20:00 (T+1:20)  Scam victims at the provincial office (provincial teams)
------------------------------------------------------------------------------------------

local counter_scams = inject {
  id = "counter-scams",
  at = "1:20",
  stage = "misuse",
  severity = "high",
  from = { en = "Reception desk, provincial office", vi = "Bộ phận tiếp nhận và trả kết quả, BHXH tỉnh" },
  channel = "phone",
  title = {
    en = "Day 2, 20:00 — Victims at the counters, communes calling",
    vi = "Ngày 2, 20:00 — Người bị lừa đến cơ quan, các xã gọi điện hỏi",
  },
  body = {
    en = "Three pensioners who installed the \"refund\" app came to the office this afternoon; one lost 40 million VND. Several commune People's Committees ask what to tell residents, and the provincial police cyber unit (PA05) asks for the victims' details.",
    vi = "Chiều nay ba người hưởng lương hưu đã cài ứng dụng \"hoàn tiền\" đến cơ quan; một người mất 40 triệu đồng. Nhiều UBND xã hỏi cần thông báo gì cho người dân, và Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05) Công an tỉnh đề nghị cung cấp thông tin của người bị hại.",
  },
  notes = {
    en = "Provincial teams. Expected: help the victims report to PA05 (and give PA05 what the office knows); ask the communes to warn residents through their loudspeakers and meetings with the agency's message; posters and a script at the counters and the post offices that pay pensions. Evaluator: waiting for the centre's official text is the tempting error; the message (VSS never asks for apps, OTPs or money) needs no approval.",
    vi = "Dành cho các đội cấp tỉnh. Kỳ vọng: hỗ trợ người bị hại trình báo PA05 (và cung cấp cho PA05 những gì cơ quan nắm được); đề nghị UBND các xã cảnh báo người dân qua loa truyền thanh và các buổi họp, dùng đúng thông điệp của Ngành; niêm yết cảnh báo và hướng dẫn trả lời tại bộ phận một cửa và các điểm chi trả bưu điện. Đánh giá: chờ văn bản chính thức của Trung tâm là sai lầm dễ mắc; thông điệp (BHXH không bao giờ yêu cầu cài ứng dụng, cung cấp OTP hay chuyển tiền) không cần chờ phê duyệt.",
  },
  roles = { "provincial" },
}

decision {
  id = "local-warnings",
  on = counter_scams,
  roles = { "provincial" },
  within = "20m",
  prompt = {
    en = "Day 2, 20:00 — What does the provincial office do tonight and tomorrow?",
    vi = "Ngày 2, 20:00 — BHXH tỉnh làm gì tối nay và ngày mai?",
  },
  options = {
    { id = "local-all",
      text = { en = "Help victims report to PA05, have communes warn by loudspeaker, post warnings at counters.",
               vi = "Hỗ trợ người bị hại trình báo PA05, đề nghị các xã cảnh báo qua loa truyền thanh, niêm yết cảnh báo tại một cửa." },
      score = { communicate = 6, coordinate = 5 },
      notes = { en = "Reaches the elderly where they are.", vi = "Tới được người cao tuổi ở đúng nơi họ sống và nhận lương." } },
    { id = "counters-only",
      text = { en = "Post a warning at the counters and the post offices, and give the victims the police hotline number.",
               vi = "Niêm yết cảnh báo tại bộ phận một cửa và các điểm bưu điện, đưa cho người bị hại số điện thoại của công an." },
      score = { communicate = 3 },
      notes = { en = "Helps those who come in; the communes and PA05 are left without the agency.", vi = "Giúp được người đến cơ quan; các xã và PA05 không có sự phối hợp của Ngành." } },
    { id = "wait-centre",
      text = { en = "Tell the communes and PA05 to wait for the IT Centre's official warning, so the message is the same everywhere.",
               vi = "Trả lời các xã và PA05 chờ văn bản cảnh báo chính thức của Trung tâm CNTT, để thông điệp gửi tới người dân được thống nhất." },
      score = { communicate = -4, coordinate = -2 },
      notes = { en = "The scammers are calling tonight.", vi = "Kẻ lừa đảo đang gọi ngay tối nay." } },
  },
  timeout = "wait-centre",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 3, 09:00 (T+1:30)  The clock
------------------------------------------------------------------------------------------

local clock_check = inject {
  id = "clock-check",
  at = "1:30",
  stage = "recovery",
  severity = "critical",
  from = { en = "Legal department, VSS", vi = "Vụ Pháp chế, BHXH Việt Nam" },
  channel = "meeting",
  title = {
    en = "Day 3, 09:00 — 48 hours since discovery; the notice to A05 has not been sent",
    vi = "Ngày 3, 09:00 — Đã 48 giờ kể từ khi phát hiện; thông báo gửi A05 vẫn chưa được gửi",
  },
  body = {
    en = "The legal department reminds the meeting that the Law on Personal Data Protection (91/2025/QH15, Art. 23, in force since 1 January 2026) requires the agency, as the controller of the data, to notify A05 within 72 hours of discovering the breach, that is by Day 4, 09:00: what happened, when and where, the types of data and number of people, a contact person, the likely consequences and the measures taken. The draft is ready. A senior official proposes waiting until the police identify the culprit so that the notice is \"complete\"; another says that since Company A leaked the data, it is Company A's duty.",
    vi = "Vụ Pháp chế nhắc cuộc họp: theo Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15, Điều 23, có hiệu lực từ ngày 01/01/2026), cơ quan với tư cách bên kiểm soát dữ liệu phải thông báo cho A05 trong vòng 72 giờ kể từ khi phát hiện vi phạm, tức là trước 09:00 ngày 4: mô tả vi phạm (thời gian, địa điểm, hành vi), loại dữ liệu và số lượng người bị ảnh hưởng, đầu mối liên hệ, hậu quả có thể xảy ra và các biện pháp đã thực hiện. Bản dự thảo đã sẵn sàng. Một lãnh đạo đề nghị chờ công an xác định được đối tượng để thông báo cho \"đầy đủ\"; một người khác cho rằng Công ty A làm lộ thì Công ty A phải thông báo.",
  },
  notes = {
    en = "Expected: send the notice now with the facts known, and supplement it as the investigation continues; the agency is the controller and the duty is its own, whatever Company A must also do as processor. The breach began three weeks before discovery: under Decree 13/2023 (until 31 December 2025) the 72 hours ran from the breach itself and the notice would have had to explain the delay; the Law counts from discovery, so a notice sent now is on time. Evaluator: waiting for the culprit misses the deadline; shifting the duty to the processor is wrong in law. Facilitators: the Law's exact wording was checked only in secondary sources (scenarios/REFERENCES.md); check Art. 23 and Decree 356/2025/NĐ-CP before the drill.",
    vi = "Kỳ vọng: gửi thông báo ngay với những thông tin đã có và bổ sung khi điều tra tiếp tục; cơ quan là bên kiểm soát dữ liệu nên nghĩa vụ thuộc về cơ quan, bất kể Công ty A có nghĩa vụ gì với tư cách bên xử lý. Vi phạm bắt đầu từ ba tuần trước khi phát hiện: theo Nghị định 13/2023 (áp dụng đến hết 31/12/2025) thời hạn 72 giờ tính từ khi xảy ra vi phạm và thông báo phải giải trình lý do chậm; Luật tính từ khi phát hiện, nên gửi ngay bây giờ là đúng hạn. Đánh giá: chờ xác định đối tượng sẽ trễ hạn; đẩy nghĩa vụ sang bên xử lý là hiểu sai quy định. Lưu ý cho người điều hành: câu chữ của Luật mới được đối chiếu qua nguồn thứ cấp (scenarios/REFERENCES.md); cần kiểm tra Điều 23 và Nghị định 356/2025/NĐ-CP trước khi diễn tập.",
  },
  roles = { "central" },
}

decision {
  id = "notify-a05",
  on = clock_check,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 3, 09:00 — Do you send the notice to A05 now?",
    vi = "Ngày 3, 09:00 — Có gửi thông báo cho A05 ngay bây giờ không?",
  },
  options = {
    { id = "provider-duty",
      text = { en = "No: Company A leaked the data, so it is Company A that must notify.",
               vi = "Không: Công ty A làm lộ dữ liệu thì Công ty A phải thông báo." },
      score = { communicate = -5, coordinate = -3 },
      notes = { en = "The controller's duty cannot be passed to the processor.", vi = "Nghĩa vụ của bên kiểm soát không thể chuyển cho bên xử lý." } },
    { id = "wait-culprit",
      text = { en = "Wait until the police identify the culprit, so that the notice is complete.",
               vi = "Chờ công an xác định đối tượng để thông báo cho đầy đủ." },
      score = { communicate = -4, coordinate = -2 },
      notes = { en = "The 72 hours will not wait.", vi = "Thời hạn 72 giờ không chờ đợi." } },
    { id = "notify-now",
      text = { en = "Send it now, inside the 72 hours from discovery, with the facts known; supplement it later.",
               vi = "Gửi ngay, trong 72 giờ kể từ khi phát hiện, với những thông tin đã có; bổ sung sau." },
      score = { communicate = 8, coordinate = 6 },
      set = { notified = true },
      notes = { en = "On time, counted from discovery as the Law requires; honest about the rest.", vi = "Đúng hạn, tính từ khi phát hiện như Luật quy định; minh bạch về phần còn lại." } },
    { id = "notify-tomorrow",
      text = { en = "Send it tomorrow morning, inside the 72 hours, once the legal department has the final figures.",
               vi = "Sáng mai mới gửi thông báo, vẫn trong thời hạn 72 giờ, khi Vụ Pháp chế đã có số liệu cuối cùng." },
      score = { communicate = 2, coordinate = 2 },
      set = { notified = true },
      notes = { en = "Still on time, with no margin; a night's delay gains little.", vi = "Vẫn đúng hạn nhưng không còn dư thời gian; chậm một đêm được thêm rất ít." } },
    { id = "ministry-only",
      text = { en = "Report internally to the leadership and the Ministry of Finance; A05 will hear of it anyway.",
               vi = "Báo cáo nội bộ Lãnh đạo và Bộ Tài chính; đằng nào A05 cũng sẽ biết." },
      score = { coordinate = -1, communicate = -2 },
      notes = { en = "Internal reporting is not the legal notice.", vi = "Báo cáo nội bộ không thay được thông báo theo quy định." } },
  },
  timeout = "wait-culprit",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 3, 10:00 (T+1:35)  More data (where the API stayed open)
------------------------------------------------------------------------------------------

local more_data = inject {
  id = "more-data",
  roles = { "central" },
  at = "1:35",
  stage = "exposure",
  attack = "T1119",
  severity = "critical",
  from = { en = "Threat analysis, IT Centre", vi = "Bộ phận phân tích mối đe dọa, Trung tâm CNTT" },
  channel = "social",
  title = {
    en = "Day 3, 10:00 — A second dataset: 3.4 million people in nine provinces",
    vi = "Ngày 3, 10:00 — Bộ dữ liệu thứ hai: 3,4 triệu người ở chín tỉnh",
  },
  body = {
    en = "A second seller advertises 3.4 million records from nine provinces with the same columns. The API logs show another provider's key walking through employer codes on the past two nights, through the same unfixed check.",
    vi = "Một người bán khác rao 3,4 triệu bản ghi của chín tỉnh với đúng các cột dữ liệu như trước. Nhật ký API cho thấy khóa của một tổ chức I-VAN khác đã quét lần lượt các mã đơn vị trong hai đêm vừa qua, qua đúng cơ chế kiểm tra chưa được sửa.",
  },
  notes = {
    en = "Consequence of leaving the API unchanged until the deadline. Expected: fix the authorisation check now for every provider, suspend the second key, preserve its logs, and supplement the notice to A05 with the new scope. Evaluator: a known hole left open for convenience is found by others; the breach is now three times larger.",
    vi = "Hệ quả của việc giữ nguyên API tới hết hạn kê khai. Kỳ vọng: sửa ngay cơ chế kiểm tra phân quyền cho mọi tổ chức I-VAN, tạm dừng khóa thứ hai, lưu giữ nhật ký, bổ sung thông báo gửi A05 với phạm vi mới. Đánh giá: một lỗ hổng đã biết mà vẫn để mở cho thuận tiện sẽ bị người khác tìm ra; vụ việc giờ đã lớn gấp ba.",
  },
  when = function(team) return team.flags.api_open == true end,
}

decision {
  id = "second-key",
  on = more_data,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 3, 10:00 — A second key walked through the same hole. What now?",
    vi = "Ngày 3, 10:00 — Một khóa API thứ hai đã lợi dụng cùng lỗ hổng. Đội làm gì?",
  },
  options = {
    { id = "fix-now",
      text = { en = "Fix the check for all providers tonight, suspend the second key, and widen the A05 notice.",
               vi = "Sửa cơ chế kiểm tra cho mọi tổ chức ngay đêm nay, dừng khóa thứ hai, giữ nhật ký, bổ sung thông báo gửi A05." },
      score = { contain = 6, coordinate = 4 },
      notes = { en = "What should have happened on Day 1.", vi = "Việc lẽ ra phải làm từ ngày đầu." } },
    { id = "suspend-second",
      text = { en = "Suspend the second provider's key and keep the rest of the API unchanged until the deadline.",
               vi = "Chỉ tạm dừng khóa API của tổ chức thứ hai, còn toàn bộ phần còn lại của API thì giữ nguyên như cũ cho tới khi hết hạn kê khai." },
      score = { contain = 2 },
      notes = { en = "One more key closed; the hole stays open to the rest.", vi = "Đóng thêm một khóa; lỗ hổng vẫn mở với các khóa còn lại." } },
    { id = "deny-second",
      text = { en = "Say the second dataset is a copy of the first and change nothing before the deadline.",
               vi = "Cho rằng bộ dữ liệu thứ hai chỉ là bản sao của bộ đầu và không thay đổi gì trước hạn kê khai." },
      score = { contain = -4, communicate = -2 },
      notes = { en = "The logs say otherwise.", vi = "Nhật ký cho thấy điều ngược lại." } },
  },
  timeout = "deny-second",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 3, 14:00 (T+1:45)  The officer's chat app
------------------------------------------------------------------------------------------

local officer_zalo = inject {
  id = "officer-zalo",
  at = "1:45",
  stage = "exfiltration",
  attack = "T1078",
  severity = "high",
  from = { en = "Investigator, A05", vi = "Điều tra viên, Cục A05" },
  channel = "meeting",
  title = {
    en = "Day 3, 14:00 — An agency officer sent exports to the provider over a personal chat app",
    vi = "Ngày 3, 14:00 — Một cán bộ của Ngành gửi tệp kết xuất cho nhà cung cấp qua ứng dụng nhắn tin cá nhân",
  },
  body = {
    en = "A05's analysis of the employee's phone shows that an officer of one provincial office regularly sent him full employee-list exports of businesses over a personal Zalo account, \"to help clients reconcile faster\". There is no sign the officer was paid. Several colleagues say it is common practice because the official channel is slow.",
    vi = "Kết quả phân tích điện thoại của nhân viên Công ty A cho thấy một cán bộ BHXH tỉnh thường xuyên gửi cho người này tệp kết xuất đầy đủ danh sách lao động của doanh nghiệp qua tài khoản Zalo cá nhân, \"để giúp khách hàng đối chiếu cho nhanh\". Chưa có dấu hiệu cán bộ này nhận tiền. Một số đồng nghiệp cho biết đây là cách làm phổ biến vì kênh chính thức chậm.",
  },
  notes = {
    en = "Expected: suspend the officer's export rights pending review; cooperate fully with A05; follow the inspection and disciplinary procedure fairly (no sign of payment; a widespread practice); issue a clear rule and a workable official channel for sharing data with providers; check whether other units do the same. Evaluator: covering it up repeats the misuse of official access that Resolution 398 names; naming the officer publicly before the procedure is unfair and unlawful; the lasting fix is a fast official channel plus a ban that is enforced.",
    vi = "Kỳ vọng: tạm dừng quyền kết xuất của cán bộ để xem xét; phối hợp đầy đủ với A05; thực hiện quy trình kiểm tra, xem xét kỷ luật một cách khách quan (chưa có dấu hiệu vụ lợi; đây là cách làm phổ biến); ban hành quy định rõ ràng và một kênh chính thức đủ nhanh để chia sẻ dữ liệu với tổ chức I-VAN; kiểm tra các đơn vị khác có làm tương tự không. Đánh giá: che giấu là lặp lại hành vi lạm dụng quyền truy cập công vụ mà Nghị quyết 398 đã nêu; công khai tên cán bộ trước khi có kết luận là không công bằng và trái quy định; giải pháp lâu dài là kênh chính thức đủ nhanh cùng lệnh cấm được thực thi nghiêm.",
  },
  roles = { "provincial" },
}

decision {
  id = "internal-accountability",
  on = officer_zalo,
  roles = { "provincial" },
  within = "25m",
  prompt = {
    en = "Day 3, 14:00 — How do you handle the officer and the practice?",
    vi = "Ngày 3, 14:00 — Đội xử lý cán bộ và cách làm phổ biến này thế nào?",
  },
  options = {
    { id = "name-publicly",
      text = { en = "Give the officer's name to the press, to show that the agency is tough on leaks.",
               vi = "Công bố tên cán bộ với báo chí để thể hiện cơ quan xử lý nghiêm việc lộ lọt." },
      score = { communicate = -5, coordinate = -2 },
      notes = { en = "Before any procedure; unfair and unlawful.", vi = "Khi chưa có kết luận; không công bằng và trái quy định." } },
    { id = "fair-process",
      text = { en = "Suspend his exports, work with A05, follow the disciplinary procedure, give providers an official channel.",
               vi = "Tạm dừng quyền kết xuất, phối hợp với A05, thực hiện quy trình kỷ luật, lập kênh chính thức cho các tổ chức I-VAN." },
      score = { eradicate = 6, coordinate = 5 },
      notes = { en = "Fixes the person's access and the practice behind it.", vi = "Xử lý quyền truy cập của cá nhân và cả cách làm đằng sau nó." } },
    { id = "suspend-only",
      text = { en = "Suspend his export rights and refer him to A05; leave the wider practice to next year's inspection.",
               vi = "Tạm dừng quyền kết xuất và chuyển cán bộ cho A05; việc rà soát cách làm chung để đợt kiểm tra năm sau." },
      score = { eradicate = 3, coordinate = 2 },
      notes = { en = "Deals with him; the same practice carries on elsewhere.", vi = "Xử lý được một người; cách làm sai ở các nơi khác vẫn tiếp diễn." } },
    { id = "cover-up",
      text = { en = "Keep it inside the province: a verbal warning, nothing in writing, so the office is not named.",
               vi = "Giữ kín trong nội bộ tỉnh: chỉ nhắc nhở bằng miệng, không lập bất kỳ văn bản nào, để tránh việc cơ quan bị nêu tên công khai." },
      score = { coordinate = -6, eradicate = -2 },
      notes = { en = "The practice continues; the investigation is obstructed.", vi = "Cách làm sai vẫn tiếp diễn; cản trở điều tra." } },
  },
  timeout = "cover-up",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 4, 10:00 (T+2:00)  A05, one way or the other
------------------------------------------------------------------------------------------

inject {
  id = "a05-followup",
  roles = { "central" },
  at = "2:00",
  stage = "recovery",
  severity = "low",
  from = { en = "A05, Ministry of Public Security", vi = "Cục A05, Bộ Công an" },
  channel = "letter",
  title = {
    en = "Day 4, 10:00 — A05 acknowledges the notice and asks for a supplement",
    vi = "Ngày 4, 10:00 — A05 xác nhận đã nhận thông báo và đề nghị bổ sung",
  },
  body = {
    en = "A05 confirms receipt of the notice sent on Day 3 and asks for a supplement within five working days: the final number of people affected, the list of data fields, and the technical measures taken on the API.",
    vi = "Cục A05 xác nhận đã nhận thông báo gửi ngày thứ 3 và đề nghị bổ sung trong năm ngày làm việc: số người bị ảnh hưởng cuối cùng, danh mục trường dữ liệu bị lộ, và các biện pháp kỹ thuật đã áp dụng với API.",
  },
  notes = {
    en = "Reached by teams that sent the notice within 72 hours of discovery. Expected: assign an owner and a date for the supplement. Evaluator: this is what compliance looks like: an early notice, then updates.",
    vi = "Chỉ xuất hiện với đội đã gửi thông báo trong vòng 72 giờ kể từ khi phát hiện. Kỳ vọng: giao người chịu trách nhiệm và thời hạn hoàn thành phần bổ sung. Đánh giá: tuân thủ quy định trông như thế này: thông báo sớm, rồi cập nhật.",
  },
  when = function(team) return team.flags.notified == true end,
}

local a05_contact = inject {
  id = "a05-contact",
  roles = { "central" },
  at = "2:00",
  stage = "recovery",
  severity = "critical",
  from = { en = "A05, Ministry of Public Security", vi = "Cục A05, Bộ Công an" },
  channel = "letter",
  title = {
    en = "Day 4, 10:00 — A05 asks why no notice was received",
    vi = "Ngày 4, 10:00 — A05 đề nghị giải trình vì sao chưa nhận được thông báo",
  },
  body = {
    en = "More than 72 hours after the agency learned of the breach, A05 writes that it has learned of it from the press and the scam victims' reports, has received no notice, and requests the notice with an explanation of the delay within 24 hours, reserving administrative sanctions.",
    vi = "Đã quá 72 giờ kể từ khi cơ quan biết về vi phạm, Cục A05 có văn bản cho biết đã nắm được sự việc qua báo chí và đơn trình báo của người bị lừa đảo, nhưng chưa nhận được thông báo nào; đề nghị gửi thông báo kèm giải trình lý do chậm trong vòng 24 giờ, và có thể xem xét xử phạt vi phạm hành chính.",
  },
  notes = {
    en = "Consequence of not notifying in time. Expected: send the notice at once with the reasons for the delay, and review who owns the legal clock in the incident procedure. Evaluator: the delay is now on record with the regulator; compare with teams that sent an incomplete notice on time.",
    vi = "Hệ quả của việc không thông báo đúng hạn. Kỳ vọng: gửi ngay thông báo kèm lý do chậm, rà soát lại trong quy trình xử lý sự cố ai chịu trách nhiệm theo dõi thời hạn pháp lý. Đánh giá: việc chậm trễ giờ đã được cơ quan quản lý ghi nhận; so sánh với các đội đã gửi thông báo chưa đầy đủ nhưng đúng hạn.",
  },
  when = function(team) return not team.flags.notified end,
}

decision {
  id = "late-notice",
  on = a05_contact,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 4, 10:00 — A05 asks why no notice was received. What do you send?",
    vi = "Ngày 4, 10:00 — A05 đề nghị giải trình vì sao chưa thông báo. Cơ quan gửi gì?",
  },
  options = {
    { id = "notice-explain",
      text = { en = "Send the notice today with the facts known, a frank account of the delay, and who now owns the clock.",
               vi = "Gửi thông báo ngay trong ngày với thông tin đã có, giải trình thẳng thắn lý do chậm và ai theo dõi thời hạn." },
      score = { coordinate = 5, communicate = 3 },
      notes = { en = "Late, but complete and honest.", vi = "Muộn, nhưng đầy đủ và trung thực." } },
    { id = "blame-processor",
      text = { en = "Answer that the processor's late report delayed the agency, and send the full notice next week once it is complete.",
               vi = "Trả lời rằng bên xử lý báo cáo chậm nên cơ quan bị chậm theo, tuần sau gửi thông báo đầy đủ khi đã hoàn chỉnh." },
      score = { coordinate = -4 },
      notes = { en = "The duty is the controller's; the delay grows.", vi = "Nghĩa vụ thuộc bên kiểm soát; việc chậm trễ còn kéo dài thêm." } },
    { id = "notice-only",
      text = { en = "Send the notice within the 24 hours A05 asked for, without going into the reasons for the delay.",
               vi = "Gửi thông báo trong 24 giờ như A05 yêu cầu, không nêu lý do chậm." },
      score = { coordinate = 2 },
      notes = { en = "Meets the request, not the question.", vi = "Đáp ứng yêu cầu, nhưng không trả lời câu hỏi." } },
  },
  timeout = "blame-processor",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 4, 11:00 (T+2:05)  Telling the people affected
------------------------------------------------------------------------------------------

local subject_notice = inject {
  id = "subject-notice",
  at = "2:05",
  stage = "misuse",
  severity = "medium",
  from = { en = "Deputy Director General in charge of IT", vi = "Phó Tổng Giám đốc phụ trách CNTT" },
  channel = "meeting",
  title = {
    en = "Day 4, 11:00 — Should each affected person be told?",
    vi = "Ngày 4, 11:00 — Có thông báo riêng cho từng người bị ảnh hưởng không?",
  },
  body = {
    en = "The leadership asks whether the agency should tell each of the affected people individually, and how. Someone proposes publishing the full list on the portal so that people can search for their own name; someone else says the law does not require individual notices, so a press release is enough.",
    vi = "Lãnh đạo hỏi cơ quan có nên thông báo riêng cho từng người bị ảnh hưởng không, và bằng cách nào. Có ý kiến đề xuất công bố toàn bộ danh sách trên Cổng thông tin để người dân tự tra tên mình; ý kiến khác cho rằng pháp luật không bắt buộc thông báo riêng, nên một thông cáo báo chí là đủ.",
  },
  notes = {
    en = "Expected: a targeted notice to each affected person through VssID and SMS (and through employers for those without the app): what data was exposed, what scams to expect, that VSS never asks for OTPs or money, and where to get help; a lookup that requires authentication through VssID or the national electronic identity rather than a public list. Evaluator: Decree 13 centres the duty on notifying A05, but informing the people affected is what protects them; publishing the list creates a second leak.",
    vi = "Kỳ vọng: gửi thông báo riêng tới từng người bị ảnh hưởng qua VssID và tin nhắn (và qua người sử dụng lao động với người không dùng ứng dụng): dữ liệu nào bị lộ, các hình thức lừa đảo có thể gặp, BHXH không bao giờ yêu cầu OTP hay chuyển tiền, và nơi được hỗ trợ; nếu có chức năng tra cứu thì phải đăng nhập qua VssID hoặc định danh điện tử quốc gia, không phải một danh sách công khai. Đánh giá: Nghị định 13 đặt trọng tâm nghĩa vụ vào việc thông báo cho A05, nhưng thông tin cho chính người bị ảnh hưởng mới là điều bảo vệ họ; công bố danh sách là tạo ra vụ lộ lọt thứ hai.",
  },
  roles = { "central" },
}

decision {
  id = "notify-people",
  on = subject_notice,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 4, 11:00 — How do you inform the people affected?",
    vi = "Ngày 4, 11:00 — Cơ quan thông tin cho người bị ảnh hưởng bằng cách nào?",
  },
  options = {
    { id = "press-release",
      text = { en = "A press release is enough; the Law does not require a notice to each person here.",
               vi = "Thông cáo báo chí là đủ; ở trường hợp này Luật không bắt buộc thông báo tới từng người." },
      score = { communicate = 1 },
      notes = { en = "Arguable in law, but most people will never see it.", vi = "Có thể lập luận về pháp lý, nhưng phần lớn người dân sẽ không đọc được." } },
    { id = "public-list",
      text = { en = "Publish the list of affected people on the portal, so that everyone can look themselves up.",
               vi = "Công bố danh sách người bị ảnh hưởng trên Cổng để mọi người tự tra cứu." },
      score = { communicate = -6, contain = -3 },
      notes = { en = "A second leak, published by the agency.", vi = "Vụ lộ lọt thứ hai, do chính cơ quan công bố." } },
    { id = "targeted",
      text = { en = "Notify each person through VssID or SMS: what leaked, which scams to expect, where to get help.",
               vi = "Thông báo tới từng người qua VssID hoặc tin nhắn: dữ liệu nào bị lộ, các kiểu lừa đảo, nơi được hỗ trợ." },
      score = { communicate = 8, recover = 3 },
      notes = { en = "Reaches each person without exposing anyone further.", vi = "Tới được từng người mà không làm lộ thêm thông tin của ai." } },
    { id = "lookup-eid",
      text = { en = "Open a lookup on the portal behind national e-ID login, and announce it through the press and VssID.",
               vi = "Mở chức năng tra cứu trên Cổng, đăng nhập bằng tài khoản định danh điện tử, và thông báo rộng rãi qua báo chí và VssID." },
      score = { communicate = 5, recover = 1 },
      notes = { en = "Safe and cheap; reaches those who go looking, not the elderly who do not.", vi = "An toàn, ít tốn kém; chỉ tới được người chủ động tra cứu, bỏ sót người cao tuổi." } },
  },
  timeout = "press-release",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 10, 09:00 (T+2:15)  Company A's contract and the 80,000 businesses (the sector's decision)
------------------------------------------------------------------------------------------

local contract = inject {
  id = "contract-review",
  at = "2:15",
  stage = "recovery",
  severity = "medium",
  from = { en = "Director General's office", vi = "Văn phòng BHXH Việt Nam" },
  channel = "meeting",
  title = {
    en = "Day 10, 09:00 — Company A's contract is up for renewal",
    vi = "Ngày 10, 09:00 — Hợp đồng với Công ty A đến hạn gia hạn",
  },
  body = {
    en = "Company A's connection agreement ends this month. Its 80,000 client businesses file through it; moving them elsewhere would take about three months and a wave of support calls. Company A offers to accept any conditions; several newspapers ask why it still has access at all.",
    vi = "Thỏa thuận kết nối với Công ty A hết hạn trong tháng này. 80.000 doanh nghiệp khách hàng của công ty đang kê khai qua đây; chuyển họ sang tổ chức khác mất khoảng ba tháng và rất nhiều cuộc gọi hỗ trợ. Công ty A sẵn sàng chấp nhận mọi điều kiện; nhiều tờ báo đặt câu hỏi vì sao công ty vẫn còn được kết nối.",
  },
  notes = {
    en = "Central decision. Expected: a choice the team can defend: renewal under strict, verified conditions, or a planned exit that does not strand the businesses; renewing unchanged is the one to challenge. The sector's data-protection plan is drafted in the after-action report, from these priorities: least-privilege APIs for every third party (object-level authorisation, rate limits, anomaly alerts); personal-data processing impact assessments as the Personal Data Protection Law requires; processor contracts with security clauses, audit rights and breach-reporting duties; exports logged, watermarked and sent only through official channels, with a fast official channel so nobody needs personal chat apps; a designated data-protection unit and a breach procedure with an owner for the 72-hour clock; training and drills. Evaluator: banning all third parties is not realistic; a policy document without the technical controls changes little.",
    vi = "Quyết định của cấp Ngành. Kỳ vọng: một lựa chọn đội bảo vệ được: gia hạn với điều kiện chặt chẽ có kiểm chứng, hoặc chấm dứt có lộ trình không bỏ rơi doanh nghiệp; gia hạn nguyên trạng là điều cần chất vấn. Kế hoạch bảo vệ dữ liệu cá nhân của Ngành được xây dựng trong báo cáo sau diễn tập, từ các ưu tiên: API cho bên thứ ba theo nguyên tắc quyền tối thiểu (kiểm tra phân quyền theo từng đối tượng dữ liệu, giới hạn tần suất, cảnh báo bất thường); lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân theo yêu cầu của Nghị định 13; hợp đồng với bên xử lý dữ liệu có điều khoản an toàn thông tin, quyền kiểm tra và nghĩa vụ báo cáo vi phạm; tệp kết xuất được ghi nhật ký, gắn dấu nhận dạng và chỉ gửi qua kênh chính thức, kèm kênh chính thức đủ nhanh để không ai phải dùng ứng dụng nhắn tin cá nhân; chỉ định bộ phận phụ trách bảo vệ dữ liệu cá nhân và quy trình xử lý vi phạm có người chịu trách nhiệm theo dõi thời hạn 72 giờ; đào tạo và diễn tập. Đánh giá: cấm toàn bộ bên thứ ba là không thực tế; một văn bản chính sách không đi kèm biện pháp kỹ thuật sẽ thay đổi được rất ít.",
  },
  roles = { "central" },
}

decision {
  id = "provider-contract",
  on = contract,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 10, 09:00 — What happens to Company A's access?",
    vi = "Ngày 10, 09:00 — Quyền kết nối của Công ty A được xử lý thế nào?",
  },
  options = {
    { id = "renew-conditions",
      text = { en = "Renew for six months under conditions: least-privilege keys, audit rights, breach clauses, an external review.",
               vi = "Gia hạn sáu tháng kèm điều kiện: khóa API quyền tối thiểu, quyền kiểm tra, điều khoản vi phạm, đánh giá độc lập." },
      score = { eradicate = 5, coordinate = 4, recover = 1 },
      notes = { en = "Keeps the businesses served and tests the provider; the press will call it lenient.", vi = "Doanh nghiệp vẫn được phục vụ, nhà cung cấp bị kiểm chứng; báo chí sẽ cho là nương tay." } },
    { id = "planned-exit",
      text = { en = "Do not renew: move the 80,000 clients to other providers and the portal over three months, with support.",
               vi = "Không gia hạn: chuyển 80.000 khách hàng sang tổ chức khác và Cổng trong ba tháng, có hỗ trợ." },
      score = { eradicate = 4, coordinate = 2, recover = -1 },
      notes = { en = "A clear signal, at the cost of three months of disruption for businesses.", vi = "Thông điệp rõ ràng, nhưng doanh nghiệp bị xáo trộn trong ba tháng." } },
    { id = "renew-as-is",
      text = { en = "Renew on the same terms as before: the employee has left and the API has been fixed, so the risk has gone away.",
               vi = "Gia hạn với các điều khoản như cũ: nhân viên đó đã nghỉ việc, API cũng đã được sửa xong, nên rủi ro coi như không còn nữa." },
      score = { eradicate = -4, coordinate = -2 },
      notes = { en = "Nothing in the contract changes; nothing has been verified.", vi = "Hợp đồng không thay đổi gì; không có gì được kiểm chứng." } },
  },
  timeout = "renew-as-is",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Open questions: what a team must be able to say in its own words, scored by evaluators
-- against a rubric (the multiple-choice decisions above measure recognition only).
------------------------------------------------------------------------------------------

question {
  id = "a05-notice-content",
  on = "clock-check", within = "20m",
  prompt = {
    en = "Write the notice to A05 as you would send it today: what goes in it, who signs it, and what you will send later.",
    vi = "Hãy viết thông báo gửi A05 như đội sẽ gửi hôm nay: nội dung gồm những gì, ai ký, và những gì sẽ bổ sung sau.",
  },
  guidance = {
    en = "Art. 23 asks for the facts known now, not a complete file: what happened, when and where, data types and number of people, a contact person, likely consequences, measures taken. A notice that waits for the culprit, or hands the duty to the provider, misses the point.",
    vi = "Điều 23 yêu cầu những thông tin đã có, không phải hồ sơ đầy đủ: sự việc, thời gian và địa điểm, loại dữ liệu và số người, người liên hệ, hậu quả có thể xảy ra, biện pháp đã thực hiện. Thông báo chờ tìm ra thủ phạm, hoặc đẩy trách nhiệm cho tổ chức I-VAN, là chưa đạt.",
  },
  rubric = {
    { id = "facts-now", text = { en = "Sends the facts known now and says more will follow", vi = "Gửi những thông tin đã có và nói rõ sẽ bổ sung sau" },
      points = { communicate = 3, coordinate = 1 } },
    { id = "content", text = { en = "Names the data types, the number of people and when and where it happened", vi = "Nêu loại dữ liệu, số người bị ảnh hưởng, thời gian và địa điểm" },
      points = { communicate = 3 } },
    { id = "measures", text = { en = "States the measures taken (API restricted, exports stopped, evidence kept)", vi = "Nêu các biện pháp đã thực hiện (thu hẹp API, dừng kết xuất, lưu giữ chứng cứ)" },
      points = { contain = 1, communicate = 1 } },
    { id = "controller", text = { en = "Keeps the duty with VSS as controller; a contact person is named", vi = "Giữ trách nhiệm của BHXH là bên kiểm soát dữ liệu; có người liên hệ" },
      points = { coordinate = 2 } },
  },
}

------------------------------------------------------------------------------------------
-- Hooks
------------------------------------------------------------------------------------------

on("choice", function(team, decision, option)
  -- The clock was started at discovery and the notice left well inside it.
  if decision == "notify-a05" and option == "notify-now" and team.flags.clock_started then
    team:add("coordinate", 3, "72-hour clock logged at discovery and the notice sent inside it")
  end
end)

on("end", function(team)
  -- Told the truth to the press and reached the people at risk.
  if team:chose("press-day1") == "confirm-guide" and team:chose("warn-public") == "all-channels" then
    team:add("communicate", 2, "honest public line and scam warnings that reached the people affected")
  end
end)
