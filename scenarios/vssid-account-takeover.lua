-- vssid-account-takeover.lua
-- Chiếm đoạt tài khoản VssID, chuyển hướng tiền chi trả chế độ BHXH
--
-- What the drill exercises: citizens' VssID accounts taken over in two ways at once —
-- credential stuffing with passwords leaked from other sites, and SIM swaps that let the
-- attackers receive the SMS one-time password and reset the account — and the receiving
-- bank account of pensions, unemployment benefits and one-time withdrawals changed to
-- accounts the attackers control, the day the month's bank payment list is sent. Stopping
-- the takeovers without locking out millions of honest users, keeping the payment run from
-- paying the attackers, verifying beneficiaries through a channel the attackers do not
-- control, reporting on time, one accurate voice to the press, and how the app's
-- payment-account changes reopen.
--
-- Weaknesses it builds on (Resolution 398-NQ/BCSĐ): technical barriers still being built
-- (an app that accepts a password, or an SMS code alone, for a change of receiving
-- account), too few trained security staff in the provinces, the need to coordinate with
-- other bodies (the police, the carriers, Vietnam Post, the banks).
--
-- Who decides what (roster column `role`, scenarios/rosters/vss-provinces.csv):
--   central     the IT Centre with the agency's leadership: the app (rate limits, forced
--               re-authentication, SMS codes), the payment run, the carriers through A05,
--               the reports to A05, the press, how account changes reopen.
--   provincial  a provincial office (BHXH tỉnh/thành phố): the citizen at its counter,
--               verifying its beneficiaries, the post-office payment points, its provincial
--               police cyber unit (PA05), reporting up to the IT Centre, victims' claims.
-- A team without a role (a roster with no `role` column) receives only what is for every
-- team, which here is nothing: play this drill with a roster that has roles.
-- The facilitator plays everyone else: citizens, leadership, carriers, Vietnam Post, the
-- banks, the police, journalists.
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
--     with what is known, and supplements later. Accounts opened by someone else are a
--     violation even when the agency's servers were not broken into: the attackers read the
--     citizens' records. (Article wording from secondary sources: check it before the drill.)
--   * Security level: VssID is treated as a level-4 system under Decree 85/2016/ND-CP.
--     Assumption: the agency's approved level dossiers are not public, and whether a decree
--     under the Cybersecurity Law No. 116/2025/QH15 has replaced Decree 85 is not verified.
--   * Mobile subscribers: Decree 163/2024/ND-CP (detailing the Telecommunications Law
--     2023) sets how carriers register and verify subscriber information (Art. 16 and 18,
--     from secondary sources). NOT VERIFIED: what it requires before a carrier replaces a
--     SIM, and whether a draft circular of the Ministry of Science and Technology (January
--     2026) on subscriber verification has been issued. The drill therefore teaches no rule
--     about SIM replacement: the agency asks A05 to coordinate with the carriers and stops
--     trusting an SMS code alone.
--   * Banks: Decision 2345/QD-NHNN of the State Bank (in force 1 July 2024) requires
--     biometric authentication for transfers of 10 million VND or more and on a new
--     device; it does not stop money paid into an account the attackers already control.
--   * Bodies as of 2026: A05 (Department of Cybersecurity and High-Tech Crime Prevention)
--     and its National Cyber Security Centre under the Ministry of Public Security hold the
--     national incident-coordination and network-security duties (from 28 February 2025);
--     the provincial police cyber units are the PA05; Vietnam Social Security is under the
--     Ministry of Finance (from 1 March 2025); 34 provinces, no district level (from 1 July
--     2025). VssID sign-in with a level-2 electronic identity account (VNeID) exists since
--     October 2023.
--   * Drill assumptions, not facts about the real app: that VssID lets a beneficiary change
--     the receiving bank account after an SMS code, and the figures in the injects.
--
-- Story clock: T+0:00 is Day 1 (a Tuesday), 07:30. Every time in a text follows from it
-- until T+2:10 (Day 1, 09:40). The bank payment list leaves at 14:00 on Day 1 and the banks
-- credit the accounts on Day 2; at T+2:15 the story resumes on Day 3 at 08:30 (T+2:20 is
-- Day 3, 08:35). Every title carries its story time.
--
-- Branches (each team's own choices; every consequence inject has a fixed time):
--   stuffing-response  monitor (timeout)    -> wave-two at 0:45 (recovery decision wave-two-response)
--                      reset-all            -> hotline-flood at 0:55 (recovery decision flood-response)
--   sim-response       advise-public        -> sim-wave at 1:10 (recovery decision sim-wave-response)
--   payment-freeze     let-run (timeout)    -> mule-payout on Day 3 (recovery decision recover-funds)
--                      hold-changed         -> held-result on Day 3 (what the checks found)
--   press-line         not-hacked           -> press-backlash at 2:10 (recovery decision correct-record)
--   verify-method      call-registered      -> false-clear at 1:50 (recovery decision reclear)
--   counter-case       verify-report        -> its case number counts in the claims (hook)
-- Endings: the central team decides how the app's payment-account changes reopen
-- (reopen-decision); a province decides how its victims' claims are handled
-- (victim-claims-decision).
--
-- Full credit lasts 15 minutes where the leadership must approve (sim-response,
-- payment-freeze, notify, press-line, recover-funds, reopen-decision, correct-record), 10
-- at a counter or a payment point (counter-case, collector, verify-method, reclear,
-- victim-claims-decision), 5 where minutes decide (stuffing-response, wave-two-response,
-- sim-wave-response, flood-response).

scenario {
  id = "vssid-account-takeover",
  version = 1,
  title = {
    en = "VssID account takeover: benefits redirected to mule accounts",
    vi = "Chiếm đoạt tài khoản VssID, chuyển tiền chế độ sang tài khoản trung gian",
  },
  description = {
    en = "Overnight, thousands of VssID accounts are opened with passwords leaked from other websites, and dozens more after SIM swaps that hand the attackers the SMS codes. In some of them the receiving bank account for pensions, unemployment benefits and one-time withdrawals has been changed — on the day the month's bank payment list is due. The IT Centre must stop the takeovers without locking out millions of honest users and decide what the payment run does; the provinces meet the victims at their counters, verify their beneficiaries and work with the police and the post offices.",
    vi = "Chỉ trong một đêm, hàng nghìn tài khoản VssID bị đăng nhập bằng mật khẩu lộ từ các trang web khác, thêm hàng chục tài khoản bị chiếm sau khi kẻ gian làm lại SIM để nhận mã OTP. Ở một số tài khoản, số tài khoản ngân hàng nhận lương hưu, trợ cấp thất nghiệp và BHXH một lần đã bị đổi — đúng ngày phải chuyển danh sách chi trả qua ngân hàng trong tháng. Trung tâm CNTT phải chặn việc chiếm đoạt mà không khóa ngoài hàng triệu người dùng ngay thẳng, và quyết định số phận của đợt chi trả; các tỉnh tiếp người bị hại tại bộ phận một cửa, xác minh người hưởng và phối hợp với công an, bưu điện.",
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
    { "initial-access", en = "Account takeover",      vi = "Chiếm đoạt tài khoản" },
    { "impact",         en = "Redirected payments",   vi = "Chuyển hướng tiền chi trả" },
    { "response",       en = "Response and reporting", vi = "Ứng phó và báo cáo" },
    { "recovery",       en = "Recovery",              vi = "Khôi phục" },
  },
  objectives = {
    { id = "stop-takeover", category = "contain",
      text = { en = "Stop the credential stuffing and the SIM-swap resets without locking millions of honest users out of VssID.",
               vi = "Chặn việc dò mật khẩu hàng loạt và việc đặt lại mật khẩu sau khi bị làm lại SIM, mà không khóa hàng triệu người dùng ngay thẳng khỏi VssID." } },
    { id = "protect-payments", category = "recover",
      text = { en = "Keep the payment run from paying the attackers while honest beneficiaries are still paid, and recover what was paid out.",
               vi = "Không để đợt chi trả chuyển tiền cho kẻ gian mà người hưởng ngay thẳng vẫn nhận được tiền, và thu hồi số tiền đã bị chuyển đi." } },
    { id = "verify-people", category = "analyse",
      text = { en = "Verify beneficiaries through a channel the attackers do not control: never the phone number they may have taken over.",
               vi = "Xác minh người hưởng qua kênh kẻ gian không kiểm soát được: không dựa vào số điện thoại có thể đã bị chiếm." } },
    { id = "report-on-time", category = "coordinate",
      text = { en = "Report on time: provinces to the IT Centre and the PA05, the sector under Decision 05/2017/QĐ-TTg to A05, and the breach notice within 72 hours of discovery (Law 91/2025/QH15).",
               vi = "Báo cáo đúng hạn: tỉnh báo Trung tâm CNTT và PA05; Ngành báo Cục A05 theo Quyết định 05/2017/QĐ-TTg, và gửi thông báo vi phạm dữ liệu cá nhân trong 72 giờ kể từ khi phát hiện (Luật số 91/2025/QH15)." } },
    { id = "one-voice", category = "communicate",
      text = { en = "Tell the public and the press what happened, accurately and in one voice, with advice people can act on.",
               vi = "Thông tin cho người dân và báo chí chính xác, thống nhất về những gì đã xảy ra, kèm hướng dẫn người dân làm được ngay." } },
  },
}

------------------------------------------------------------------------------------------
-- Day 1, 07:35 (T+0:05)  The IT Centre: a night of logins
------------------------------------------------------------------------------------------

local rules_en = "Rules this drill teaches (checked 30 November 2026; sources in scenarios/REFERENCES.md): Decision 05/2017/QĐ-TTg on incident reporting (report to the governing body, the specialised unit and the national coordinator; beyond your capacity, report at once and ask for support); the Law on Personal Data Protection 91/2025/QH15, Art. 23 (notify A05 within 72 hours of DISCOVERING a personal-data breach, with what is known); Decree 85/2016/NĐ-CP (VssID treated as level 4: an assumption). Bodies: A05 and its National Cyber Security Centre (Ministry of Public Security), the PA05 of each provincial police, VSS under the Ministry of Finance, 34 provinces with no district level. Not verified: the Law's exact article wording (secondary sources only); VssID's approved security level; whether Decree 85 has a successor; and above all the carriers' rules before replacing a SIM: Decree 163/2024/NĐ-CP sets how subscriber information is registered and verified, but what it requires for a SIM replacement could not be read, and a January 2026 draft circular on subscriber verification may or may not be in force. Do not let teams argue from a rule about SIM replacement: what the drill asks is that the agency stops trusting an SMS code alone. That the app accepts an SMS code for a change of receiving account is a drill assumption."
local rules_vi = "Các quy định diễn tập này áp dụng (rà soát ngày 30/11/2026; nguồn tại scenarios/REFERENCES.md): Quyết định 05/2017/QĐ-TTg về báo cáo sự cố (báo cáo cơ quan chủ quản, đơn vị chuyên trách và cơ quan điều phối quốc gia; vượt quá khả năng xử lý thì báo cáo ngay và đề nghị hỗ trợ); Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 23 (thông báo Cục A05 trong 72 giờ kể từ khi PHÁT HIỆN vi phạm, với những thông tin đã biết); Nghị định 85/2016/NĐ-CP (VssID được coi là hệ thống cấp độ 4: giả định). Các cơ quan: Cục A05 và Trung tâm An ninh mạng quốc gia (Bộ Công an), Phòng PA05 Công an các tỉnh, BHXH Việt Nam trực thuộc Bộ Tài chính, 34 tỉnh, thành phố, không còn cấp huyện. Chưa kiểm chứng được: câu chữ chính xác của Điều luật (mới có nguồn thứ cấp); cấp độ đã được phê duyệt của VssID; việc Nghị định 85 đã có văn bản thay thế hay chưa; và nhất là quy định của nhà mạng trước khi cấp lại SIM: Nghị định 163/2024/NĐ-CP quy định việc đăng ký, xác thực thông tin thuê bao, nhưng chưa đọc được yêu cầu cụ thể khi đổi SIM, và dự thảo thông tư về xác thực thông tin thuê bao (tháng 1/2026) chưa rõ đã ban hành hay chưa. Không để các đội lập luận dựa trên một quy định về đổi SIM: điều diễn tập đòi hỏi là cơ quan BHXH thôi tin vào riêng mã OTP qua SMS. Việc ứng dụng chấp nhận mã OTP qua SMS để đổi tài khoản nhận tiền là giả định của kịch bản."

local login_spike = inject {
  id = "login-spike",
  at = "0:05",
  roles = { "central" },
  stage = "initial-access",
  attack = "T1110.004",
  severity = "high",
  from = { en = "Security monitoring, IT Centre", vi = "Bộ phận giám sát an toàn thông tin, Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 07:35 — 1.9 million VssID sign-in attempts overnight",
    vi = "Ngày 1, 07:35 — 1,9 triệu lượt đăng nhập VssID trong đêm",
  },
  body = {
    en = "Between 01:00 and 06:00, VssID received 1.9 million sign-in attempts from about 3,400 IP addresses, most of them home-broadband proxies, each trying a few hundred ID numbers with one password each. 11,200 attempts succeeded. From those accounts the attackers read the insured person's record (ID number, address, contribution history, bank account), and in 214 of them the receiving bank account for a pension, unemployment benefit or one-time withdrawal was changed after an SMS code. The attempts have slowed but not stopped. Usual morning traffic is 400,000 sign-ins an hour.",
    vi = "Từ 01:00 đến 06:00, VssID nhận 1,9 triệu lượt đăng nhập từ khoảng 3.400 địa chỉ IP, phần lớn là proxy qua mạng Internet gia đình, mỗi địa chỉ thử vài trăm mã số định danh, mỗi mã số một mật khẩu. 11.200 lượt thành công. Từ các tài khoản này, kẻ gian đã xem hồ sơ của người tham gia (số định danh, địa chỉ, quá trình đóng, số tài khoản ngân hàng), và ở 214 tài khoản, số tài khoản nhận lương hưu, trợ cấp thất nghiệp hoặc BHXH một lần đã bị đổi sau khi nhập mã OTP qua SMS. Lưu lượng dò đã giảm nhưng chưa dừng. Buổi sáng bình thường có 400.000 lượt đăng nhập mỗi giờ.",
  },
  notes = {
    en = rules_en .. " Expected (IT Centre): read this as credential stuffing (one password per ID number, many sources: passwords reused from other sites), not as a breach of VssID's own database. Contain narrowly and fast: rate-limit sign-ins per ID number and per source, block the proxy ranges, end the sessions and force a reset for the accounts that signed in from them, and flag the 214 changed accounts for the payment run. Evaluator: a sector-wide forced reset is defensible but throws millions of honest users, many of them pensioners, onto the hotline and the counters; watching for an hour lets the attack go on.",
    vi = rules_vi .. " Kỳ vọng (Trung tâm CNTT): nhận ra đây là tấn công dò mật khẩu hàng loạt bằng thông tin đăng nhập lộ từ nơi khác (mỗi mã số một mật khẩu, từ rất nhiều nguồn: người dùng dùng lại mật khẩu của trang khác), không phải cơ sở dữ liệu VssID bị xâm nhập. Ngăn chặn khoanh vùng và nhanh: giới hạn số lần đăng nhập theo mã số và theo nguồn, chặn các dải proxy, hủy phiên và buộc đặt lại mật khẩu với các tài khoản đã đăng nhập từ các nguồn đó, đánh dấu 214 tài khoản bị đổi số tài khoản nhận tiền để xử lý trong đợt chi trả. Đánh giá: buộc toàn bộ người dùng đặt lại mật khẩu là phương án có thể bảo vệ được, nhưng đẩy hàng triệu người dùng ngay thẳng, trong đó nhiều người cao tuổi, dồn về tổng đài và bộ phận một cửa; theo dõi thêm một giờ là để cuộc tấn công tiếp diễn.",
  },
}

decision {
  id = "stuffing-response",
  roles = { "central" },
  objectives = { "stop-takeover" },
  on = login_spike,
  within = "15m",
  prompt = {
    en = "The attempts go on. What does the IT Centre do with VssID sign-ins?",
    vi = "Việc dò mật khẩu vẫn tiếp diễn. Trung tâm CNTT xử lý việc đăng nhập VssID thế nào?",
  },
  options = {
    { id = "reset-all",
      text = { en = "Sign every VssID user out and require a new password from all of them today, before more are taken.",
               vi = "Đăng xuất mọi người dùng VssID và yêu cầu tất cả đổi mật khẩu ngay hôm nay, trước khi bị chiếm thêm." },
      score = { contain = 5, communicate = -2 },
      set = { mass_reset = true },
      notes = { en = "Closes every reused password at once; millions of honest users lose access on the morning of a payment day.", vi = "Đóng mọi mật khẩu dùng lại trong một lần; hàng triệu người dùng ngay thẳng mất truy cập đúng buổi sáng ngày chi trả." } },
    { id = "monitor",
      text = { en = "Leave sign-ins as they are for an hour, list the accounts involved, and decide with the full picture.",
               vi = "Để nguyên việc đăng nhập thêm một giờ, lập danh sách tài khoản liên quan rồi quyết định khi đủ thông tin." },
      score = { detect = 2, contain = -5 },
      set = { stuffing_open = true },
      notes = { en = "The list is useful; the hour is the attackers'.", vi = "Danh sách là hữu ích, nhưng một giờ đó là của kẻ gian." } },
    { id = "targeted",
      text = { en = "Rate-limit sign-ins, block the proxy ranges, and force a reset on the 11,200 accounts they opened.",
               vi = "Giới hạn tần suất đăng nhập, chặn các dải proxy, buộc 11.200 tài khoản đã bị mở đặt lại mật khẩu." },
      score = { contain = 8, detect = 3 },
      notes = { en = "Stops this wave; accounts whose passwords leaked but were not yet tried stay exposed.", vi = "Chặn được đợt này; các tài khoản có mật khẩu đã lộ nhưng chưa bị thử vẫn còn nguy cơ." } },
  },
  timeout = "monitor",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 07:45 (T+0:15)  A province: the first victim at the counter
------------------------------------------------------------------------------------------

local counter_victim = inject {
  id = "counter-victim",
  at = "0:15",
  roles = { "provincial" },
  stage = "impact",
  severity = "high",
  from = { en = "One-stop counter, provincial office", vi = "Bộ phận một cửa, BHXH tỉnh" },
  channel = "meeting",
  title = {
    en = "Day 1, 07:45 — A citizen's one-time withdrawal was paid to a stranger",
    vi = "Ngày 1, 07:45 — Tiền BHXH một lần của người dân bị chuyển cho người lạ",
  },
  body = {
    en = "Mr Hùng, 52, stands at the counter with his chip ID card. His VssID shows a one-time withdrawal application he never made, submitted twelve days ago, and 186 million VND paid yesterday to an account at a bank he does not use. Last week his phone showed \"no service\" for a day; the carrier's shop says a new SIM was issued for his number. He is angry, other people in the queue are listening, and he wants his money today.",
    vi = "Ông Hùng, 52 tuổi, đến bộ phận một cửa với thẻ căn cước gắn chip. Trên VssID của ông có một hồ sơ hưởng BHXH một lần mà ông không hề nộp, gửi từ mười hai ngày trước, và 186 triệu đồng đã được chuyển hôm qua vào một tài khoản ở ngân hàng ông không giao dịch. Tuần trước điện thoại của ông báo \"không có dịch vụ\" suốt một ngày; cửa hàng nhà mạng cho biết đã có người làm lại SIM cho số của ông. Ông rất bức xúc, những người đang xếp hàng đều nghe thấy, và ông muốn nhận lại tiền ngay hôm nay.",
  },
  notes = {
    en = rules_en .. " Expected (province): confirm his identity from the chip ID card (not from the phone number), record the case with the change history, block further changes on his record, report it to the IT Centre at once (it may be one of many) and refer it to the PA05 of the provincial police, with a case number he can take away. Evaluator: re-paying on the spot is kind and may feel right, but pays twice before anyone knows how the money left and hides the case from the sector; sending him away to the police and the carrier first leaves the office's own duty undone.",
    vi = rules_vi .. " Kỳ vọng (tỉnh): xác minh nhân thân bằng thẻ căn cước gắn chip (không dựa vào số điện thoại), lập hồ sơ vụ việc kèm lịch sử thay đổi, khóa mọi thay đổi trên hồ sơ của ông, báo cáo ngay Trung tâm CNTT (có thể đây là một trong nhiều trường hợp) và chuyển Phòng PA05 Công an tỉnh, kèm số hồ sơ để ông theo dõi. Đánh giá: chi trả lại ngay tại chỗ là tử tế và có vẻ đúng, nhưng là trả hai lần khi chưa ai biết tiền đã đi thế nào, và che mất vụ việc với toàn Ngành; bảo ông đi công an và nhà mạng trước là bỏ trách nhiệm của chính cơ quan BHXH.",
  },
}

decision {
  id = "counter-case",
  roles = { "provincial" },
  objectives = { "report-on-time" },
  on = counter_victim,
  within = "15m",
  prompt = {
    en = "What does the office do for Mr Hùng this morning?",
    vi = "Sáng nay cơ quan BHXH tỉnh giải quyết cho ông Hùng thế nào?",
  },
  options = {
    { id = "send-away",
      text = { en = "Explain that the account is his own responsibility: he must report to the police and the carrier first.",
               vi = "Giải thích rằng tài khoản là trách nhiệm của ông: ông phải trình báo công an và nhà mạng trước đã." },
      score = { communicate = -4, coordinate = -2 },
      notes = { en = "Wrong on the facts (the agency's app let the change through) and on the duty.", vi = "Sai cả về sự việc (ứng dụng của Ngành đã cho phép thay đổi) lẫn về trách nhiệm." } },
    { id = "verify-report",
      text = { en = "Check his chip ID, log the case, block changes on his record, report to the IT Centre and the PA05.",
               vi = "Đối chiếu thẻ căn cước gắn chip, lập hồ sơ, khóa thay đổi trên hồ sơ, báo Trung tâm CNTT và PA05." },
      score = { coordinate = 6, contain = 3, analyse = 2 },
      set = { province_reported = true },
      notes = { en = "He leaves without his money but with a case number; the sector learns of it within the hour.", vi = "Ông ra về chưa có tiền nhưng có số hồ sơ; toàn Ngành biết vụ việc trong vòng một giờ." } },
    { id = "pay-again",
      text = { en = "Confirm who he is from his chip ID card and have the finance unit pay him again, to his own account, today.",
               vi = "Xác nhận nhân thân bằng thẻ căn cước gắn chip và đề nghị bộ phận kế toán chi trả lại ngay hôm nay vào tài khoản của ông." },
      score = { recover = 3, communicate = 2, coordinate = -3 },
      notes = { en = "Kind and quick; pays twice before anyone knows how the money left, and nobody above hears of it.", vi = "Nhanh và tử tế; nhưng là trả hai lần khi chưa biết tiền đi đâu, và cấp trên không hề hay biết." } },
  },
  timeout = "send-away",
  speed = { full = "10m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:05 (T+0:35)  The IT Centre: the SIM-swap pattern
------------------------------------------------------------------------------------------

local sim_pattern = inject {
  id = "sim-pattern",
  at = "0:35",
  roles = { "central" },
  stage = "initial-access",
  attack = "T1451",
  severity = "high",
  from = { en = "VssID operations team", vi = "Tổ vận hành VssID" },
  channel = "ticket",
  title = {
    en = "Day 1, 08:05 — 37 changed accounts were reset by SMS code, not guessed",
    vi = "Ngày 1, 08:05 — 37 tài khoản bị đổi mật khẩu bằng mã OTP, không phải bị dò",
  },
  body = {
    en = "Of the 214 accounts whose receiving bank account was changed, 37 were never in the password-guessing: their passwords were reset through the \"forgot password\" SMS code, then the bank account changed within the hour. The provinces report that several of these people lost mobile service the day before. All the new bank accounts were opened in the last two months at three banks. The SMS code is still the only check the app asks for before a change of receiving account.",
    vi = "Trong 214 tài khoản bị đổi số tài khoản nhận tiền, có 37 tài khoản không nằm trong đợt dò mật khẩu: mật khẩu được đặt lại qua mã OTP gửi bằng SMS ở chức năng \"quên mật khẩu\", rồi số tài khoản nhận tiền bị đổi ngay trong giờ đó. Các tỉnh báo lên rằng nhiều người trong số này bị mất sóng điện thoại từ hôm trước. Các tài khoản ngân hàng mới đều được mở trong hai tháng gần đây, tại ba ngân hàng. Mã OTP qua SMS vẫn là bước kiểm tra duy nhất ứng dụng yêu cầu trước khi đổi tài khoản nhận tiền.",
  },
  notes = {
    en = "Expected (IT Centre): recognise SIM swapping (the attacker has the victim's number re-issued on a new SIM and receives the SMS code). The agency cannot order the carriers: report the pattern to A05 and ask it to coordinate with the carriers and the banks; meanwhile stop accepting an SMS code alone for a change of receiving account (require sign-in with a level-2 VNeID account, or a visit to a counter). Facilitator: the carriers' legal duties before replacing a SIM were not verified (see the first note): do not score an argument that rests on them. Evaluator: asking the carriers for a month of SIM replacements on millions of numbers is a bulk request for personal data with no legal basis the team can name; a public warning alone leaves the hole open.",
    vi = "Kỳ vọng (Trung tâm CNTT): nhận ra thủ đoạn chiếm SIM (kẻ gian làm lại SIM số điện thoại của nạn nhân để nhận mã OTP). Cơ quan BHXH không có quyền yêu cầu nhà mạng: báo Cục A05 về phương thức này và đề nghị Cục phối hợp với các nhà mạng và ngân hàng; trong khi chờ, không chấp nhận riêng mã OTP qua SMS để đổi tài khoản nhận tiền (yêu cầu đăng nhập bằng tài khoản định danh điện tử VNeID mức 2, hoặc đến bộ phận một cửa). Người điều hành: nghĩa vụ của nhà mạng trước khi cấp lại SIM chưa được kiểm chứng (xem ghi chú đầu tiên): không chấm điểm lập luận dựa trên nghĩa vụ đó. Đánh giá: đề nghị nhà mạng cung cấp toàn bộ lịch sử đổi SIM một tháng của hàng triệu số điện thoại là yêu cầu dữ liệu cá nhân hàng loạt mà đội không nêu được căn cứ pháp lý; chỉ cảnh báo người dân thì lỗ hổng vẫn còn nguyên.",
  },
}

decision {
  id = "sim-response",
  roles = { "central" },
  objectives = { "stop-takeover", "report-on-time" },
  on = sim_pattern,
  within = "20m",
  prompt = {
    en = "The SMS code can no longer be trusted. What does the IT Centre do?",
    vi = "Không thể tin vào mã OTP qua SMS nữa. Trung tâm CNTT làm gì?",
  },
  options = {
    { id = "a05-vneid",
      text = { en = "Report the pattern to A05 to bring in the carriers; require VNeID level 2 or a counter visit for account changes.",
               vi = "Báo Cục A05 để phối hợp với nhà mạng; yêu cầu VNeID mức 2 hoặc đến một cửa khi đổi tài khoản nhận tiền." },
      score = { contain = 6, coordinate = 5 },
      notes = { en = "Closes the hole; people without a level-2 account must come to a counter.", vi = "Bịt được lỗ hổng; người chưa có tài khoản mức 2 phải đến bộ phận một cửa." } },
    { id = "carriers-direct",
      text = { en = "Ask Viettel, VinaPhone and MobiFone directly for every SIM replaced this month on beneficiaries' numbers.",
               vi = "Đề nghị thẳng Viettel, VinaPhone, MobiFone cung cấp mọi lần làm lại SIM trong tháng của số điện thoại người hưởng." },
      score = { analyse = 3, contain = 1, coordinate = -2 },
      notes = { en = "Useful data if it came; a bulk request with no legal basis, and the SMS code stays trusted meanwhile.", vi = "Dữ liệu hữu ích nếu có được; nhưng là yêu cầu hàng loạt không có căn cứ, và trong lúc chờ, mã OTP vẫn được tin dùng." } },
    { id = "advise-public",
      text = { en = "Publish a warning in the app and on the portal about SIM fraud, and keep the SMS code while the carriers look into it.",
               vi = "Đăng cảnh báo về thủ đoạn chiếm SIM trên ứng dụng và Cổng thông tin, giữ mã OTP qua SMS trong khi nhà mạng tìm hiểu." },
      score = { communicate = 3, contain = -4 },
      set = { sms_kept = true },
      notes = { en = "Good advice that the victims of a SIM swap cannot act on: they never see it.", vi = "Lời khuyên đúng nhưng nạn nhân bị chiếm SIM không làm gì được: họ không nhận được." } },
  },
  timeout = "advise-public",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Consequences of the first decisions (fixed times; only teams whose choices opened them)
------------------------------------------------------------------------------------------

local wave_two = inject {
  id = "wave-two",
  at = "0:45",
  roles = { "central" },
  stage = "initial-access",
  attack = "T1110.004",
  severity = "critical",
  from = { en = "Security monitoring, IT Centre", vi = "Bộ phận giám sát an toàn thông tin, Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 08:15 — A second wave: 6,800 more accounts opened since 07:35",
    vi = "Ngày 1, 08:15 — Đợt thứ hai: thêm 6.800 tài khoản bị mở từ 07:35",
  },
  body = {
    en = "While the team was watching, the attempts rose again from new address ranges: 6,800 more accounts opened since 07:35 and 61 more receiving bank accounts changed, eleven of them pensioners of the provinces that report first at the counters.",
    vi = "Trong lúc đội theo dõi, lưu lượng dò tăng trở lại từ các dải địa chỉ mới: thêm 6.800 tài khoản bị mở từ 07:35 và 61 tài khoản nhận tiền bị đổi, trong đó mười một người hưởng lương hưu ở các tỉnh đang tiếp người dân tại bộ phận một cửa.",
  },
  notes = {
    en = "Consequence of watching instead of containing at 07:35 (only teams that let the sign-ins run). Expected: contain now with the narrow measures, add the second wave's accounts to the payment-run checks, and say in the report that an hour was lost. Evaluator: a team that now swings to a sector-wide reset out of alarm pays the hotline's price too.",
    vi = "Hệ quả của việc theo dõi thay vì ngăn chặn lúc 07:35 (chỉ đội để nguyên việc đăng nhập mới nhận). Kỳ vọng: ngăn chặn ngay bằng các biện pháp khoanh vùng, đưa tài khoản của đợt hai vào danh sách kiểm tra trước khi chi trả, và ghi rõ trong báo cáo là đã mất một giờ. Đánh giá: đội nào vì hoảng mà chuyển sang buộc toàn bộ người dùng đổi mật khẩu thì cũng phải trả giá ở tổng đài.",
  },
  when = function(team) return team.flags.stuffing_open == true end,
}

decision {
  id = "wave-two-response",
  roles = { "central" },
  objectives = { "stop-takeover" },
  on = wave_two,
  within = "15m",
  prompt = {
    en = "The second wave is running. What now?",
    vi = "Đợt thứ hai đang diễn ra. Đội làm gì?",
  },
  options = {
    { id = "close-app",
      text = { en = "Take VssID offline for the whole day, announce maintenance, and reopen once every account has been checked.",
               vi = "Tạm dừng VssID cả ngày, thông báo là bảo trì hệ thống, và chỉ mở lại khi mọi tài khoản đã được rà soát xong." },
      score = { contain = 4, communicate = -3 },
      notes = { en = "Stops it, at the cost of every user on a payment day, and \"maintenance\" is not what happened.", vi = "Chặn được, nhưng mọi người dùng đều chịu thiệt đúng ngày chi trả, và \"bảo trì\" không phải là sự thật." } },
    { id = "keep-watching",
      text = { en = "Keep watching until the attackers stop, then act on one complete list of the accounts.",
               vi = "Tiếp tục theo dõi đến khi kẻ gian dừng, rồi xử lý một lần theo danh sách đầy đủ." },
      score = { contain = -5 },
      notes = { en = "They stop when they have what they came for.", vi = "Kẻ gian chỉ dừng khi đã lấy đủ thứ chúng cần." } },
    { id = "contain-now",
      text = { en = "Rate-limit and block now, force a reset on all 18,000 opened accounts, add the 61 to the payment checks.",
               vi = "Giới hạn và chặn ngay, buộc 18.000 tài khoản bị mở đổi mật khẩu, đưa 61 tài khoản vào diện kiểm tra." },
      score = { contain = 6, recover = 2 },
      notes = { en = "What 07:35 called for, an hour late.", vi = "Đúng việc cần làm lúc 07:35, muộn một giờ." } },
  },
  timeout = "keep-watching",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

local hotline_flood = inject {
  id = "hotline-flood",
  at = "0:55",
  roles = { "central" },
  stage = "response",
  severity = "high",
  from = { en = "Hotline 1900 9068 and the provinces", vi = "Tổng đài 1900 9068 và các tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 08:25 — The forced reset floods the hotline; fake reset messages appear",
    vi = "Ngày 1, 08:25 — Việc buộc đổi mật khẩu làm quá tải tổng đài; xuất hiện tin nhắn giả mạo",
  },
  body = {
    en = "Since everyone was signed out, the hotline has 240,000 calls waiting and answers one in twenty; pensioners queue at the counters of several provinces to have their password reset. SMS messages from an unknown sender now tell people to \"reset your VssID password here\" with a link to a look-alike site.",
    vi = "Từ khi mọi người bị đăng xuất, tổng đài có 240.000 cuộc gọi đang chờ và chỉ trả lời được một trong hai mươi cuộc; người hưởng lương hưu xếp hàng ở bộ phận một cửa nhiều tỉnh để được cấp lại mật khẩu. Bắt đầu có tin nhắn SMS từ số lạ đề nghị người dân \"đặt lại mật khẩu VssID tại đây\", kèm đường dẫn tới một trang giả mạo.",
  },
  notes = {
    en = "Consequence of the sector-wide forced reset (only teams that chose it). Expected: stage the reset by risk (the opened and changed accounts first, the rest at their next sign-in), say on every official channel that the agency never sends links, ask A05 to have the look-alike site blocked. Evaluator: cancelling the reset re-opens every reused password; staffing the hotline from the provinces moves the queue without shortening it.",
    vi = "Hệ quả của việc buộc toàn bộ người dùng đổi mật khẩu (chỉ đội chọn phương án đó mới nhận). Kỳ vọng: chia việc đổi mật khẩu theo mức rủi ro (các tài khoản đã bị mở, bị đổi trước; số còn lại khi đăng nhập lần sau), thông báo trên mọi kênh chính thức rằng cơ quan BHXH không bao giờ gửi đường dẫn, đề nghị Cục A05 ngăn chặn trang giả mạo. Đánh giá: hủy việc đổi mật khẩu là mở lại mọi mật khẩu dùng chung; điều cán bộ các tỉnh trực tổng đài chỉ chuyển chỗ xếp hàng chứ không rút ngắn được.",
  },
  when = function(team) return team.flags.mass_reset == true end,
}

decision {
  id = "flood-response",
  roles = { "central" },
  objectives = { "stop-takeover", "one-voice" },
  on = hotline_flood,
  within = "15m",
  prompt = {
    en = "How do you bring the reset back under control?",
    vi = "Đội đưa việc đổi mật khẩu trở lại tầm kiểm soát thế nào?",
  },
  options = {
    { id = "cancel-reset",
      text = { en = "Cancel the reset and let everyone sign in with their old password again until the queue is gone.",
               vi = "Hủy việc đổi mật khẩu, cho mọi người đăng nhập lại bằng mật khẩu cũ đến khi hết hàng chờ." },
      score = { contain = -5, recover = 1 },
      notes = { en = "Re-opens every reused password, including the ones the attackers hold.", vi = "Mở lại mọi mật khẩu dùng chung, kể cả những mật khẩu kẻ gian đang nắm." } },
    { id = "stage-reset",
      text = { en = "Stage it: risky accounts now, others at next sign-in; say we never send links; ask A05 to block the fake site.",
               vi = "Chia đợt: tài khoản rủi ro đổi ngay, còn lại khi đăng nhập lần sau; báo không gửi đường dẫn; nhờ A05 chặn trang giả." },
      score = { recover = 5, communicate = 4 },
      notes = { en = "Keeps the protection where it matters and lets the rest breathe.", vi = "Giữ bảo vệ ở nơi cần và giảm tải cho phần còn lại." } },
    { id = "more-agents",
      text = { en = "Keep the reset for everyone and bring staff from the provinces onto the hotline until the whole queue clears.",
               vi = "Giữ việc đổi mật khẩu cho mọi người dùng và điều thêm cán bộ các tỉnh hỗ trợ tổng đài cho đến khi hết hàng chờ." },
      score = { recover = 2, communicate = 1 },
      notes = { en = "Honest effort; the queue moves to the provinces, and the fake messages go unanswered.", vi = "Nỗ lực thật, nhưng hàng chờ dồn về các tỉnh, và tin nhắn giả mạo không ai xử lý." } },
  },
  timeout = "more-agents",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:20 (T+0:50)  The IT Centre: the payment run
------------------------------------------------------------------------------------------

local payment_run = inject {
  id = "payment-run",
  at = "0:50",
  roles = { "central" },
  stage = "impact",
  severity = "critical",
  from = { en = "Deputy Director General in charge of benefits", vi = "Phó Tổng Giám đốc phụ trách chi trả" },
  channel = "meeting",
  title = {
    en = "Day 1, 08:20 — The month's bank payment list leaves at 14:00",
    vi = "Ngày 1, 08:20 — Danh sách chi trả qua ngân hàng của tháng chuyển đi lúc 14:00",
  },
  body = {
    en = "The list of pensions and benefits paid into bank accounts (2.6 million people) goes to the banks at 14:00 today and is credited tomorrow. In the last 30 days 1,930 beneficiaries changed their receiving account through VssID; the 214 known to be fraudulent are among them, others surely are too, and nobody can check 1,930 people by 14:00. The Deputy Director General wants the IT Centre's recommendation in twenty minutes.",
    vi = "Danh sách chi trả lương hưu, trợ cấp qua tài khoản ngân hàng (2,6 triệu người) sẽ chuyển cho các ngân hàng lúc 14:00 hôm nay và được ghi có vào ngày mai. Trong 30 ngày qua có 1.930 người hưởng đổi tài khoản nhận tiền qua VssID; 214 trường hợp đã biết là gian lận nằm trong số đó, chắc chắn còn những trường hợp khác, và không ai kiểm tra kịp 1.930 người trước 14:00. Phó Tổng Giám đốc cần đề xuất của Trung tâm CNTT trong hai mươi phút.",
  },
  notes = {
    en = "The central dilemma (the leadership decides on the IT Centre's advice). Expected: freeze changes of receiving account in the app until the run has gone, and hold the 1,930 recently changed accounts out of the bank list: pay them in cash at the post-office points once their province has verified them. The cost is real (honest people who changed their bank wait days, the provinces carry the checks) but small beside either alternative. Evaluator: postponing the whole run protects the money at the price of 2.6 million people's income; letting it go and asking the banks to recall afterwards almost never works once the money has been withdrawn.",
    vi = "Tình huống khó nhất (Lãnh đạo quyết định theo đề xuất của Trung tâm CNTT). Kỳ vọng: tạm khóa chức năng đổi tài khoản nhận tiền trên ứng dụng cho tới khi đợt chi trả hoàn tất, và tách 1.930 tài khoản vừa đổi ra khỏi danh sách chuyển ngân hàng: chi trả bằng tiền mặt tại điểm chi trả của Bưu điện sau khi BHXH tỉnh xác minh. Cái giá là có thật (người ngay thẳng vừa đổi ngân hàng phải chờ vài ngày, các tỉnh gánh việc xác minh) nhưng nhỏ hơn hẳn hai phương án còn lại. Đánh giá: hoãn cả đợt chi trả giữ được tiền nhưng đánh vào thu nhập của 2,6 triệu người; cứ chuyển rồi đề nghị ngân hàng thu hồi sau hầu như không bao giờ thành công khi tiền đã bị rút.",
  },
}

decision {
  id = "payment-freeze",
  roles = { "central" },
  objectives = { "protect-payments" },
  on = payment_run,
  within = "20m",
  prompt = {
    en = "What do you recommend for today's bank payment list?",
    vi = "Trung tâm CNTT đề xuất gì với danh sách chi trả qua ngân hàng hôm nay?",
  },
  options = {
    { id = "hold-changed",
      text = { en = "Freeze account changes in the app; hold the 1,930 changed ones for cash at the post office after checks.",
               vi = "Tạm khóa đổi tài khoản trên ứng dụng; tách 1.930 người vừa đổi, trả tiền mặt tại Bưu điện sau khi xác minh." },
      score = { contain = 7, recover = 5 },
      set = { held_changed = true },
      notes = { en = "Honest people who changed their bank wait a few days; the attackers are paid nothing.", vi = "Người ngay thẳng vừa đổi ngân hàng chờ thêm vài ngày; kẻ gian không nhận được đồng nào." } },
    { id = "delay-run",
      text = { en = "Postpone the entire bank payment run by two days so that every change made this month is checked first.",
               vi = "Hoãn toàn bộ đợt chi trả qua ngân hàng hai ngày để kiểm tra hết mọi thay đổi trong tháng trước đã." },
      score = { contain = 6, recover = -3, communicate = -2 },
      notes = { en = "Safe for the money; 2.6 million people's income is late, which the press will report tomorrow.", vi = "An toàn cho tiền; nhưng thu nhập của 2,6 triệu người bị chậm, và ngày mai báo chí sẽ đưa tin." } },
    { id = "let-run",
      text = { en = "Send the list at 14:00 as planned, and ask the banks afterwards to recall any payment found to be fraudulent.",
               vi = "Chuyển danh sách lúc 14:00 như kế hoạch, sau đó đề nghị các ngân hàng thu hồi những khoản phát hiện gian lận." },
      score = { recover = 2, contain = -6 },
      set = { paid_out = true },
      notes = { en = "Nobody honest waits; the fraudulent payments leave, and recalls rarely work.", vi = "Không người ngay thẳng nào phải chờ; nhưng các khoản gian lận đi mất, và thu hồi hiếm khi thành công." } },
  },
  timeout = "let-run",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:30 (T+1:00)  A province: verify the changed accounts
------------------------------------------------------------------------------------------

local verify_list = inject {
  id = "verify-list",
  at = "1:00",
  roles = { "provincial" },
  stage = "response",
  severity = "high",
  from = { en = "IT Centre (official alert)", vi = "Trung tâm CNTT (cảnh báo chính thức)" },
  channel = "email",
  title = {
    en = "Day 1, 08:30 — Confirm your 58 beneficiaries who changed their bank account",
    vi = "Ngày 1, 08:30 — Xác minh 58 người hưởng trong tỉnh vừa đổi tài khoản nhận tiền",
  },
  body = {
    en = "The IT Centre sends your office a list of 58 beneficiaries of your province whose receiving bank account was changed through VssID in the last 30 days, and asks which changes are genuine, by 12:00. Your records give each person's phone number, the same number registered in VssID. Two officers can be spared for this today; a few of the 58 live in remote communes.",
    vi = "Trung tâm CNTT gửi danh sách 58 người hưởng trong tỉnh đã đổi tài khoản nhận tiền qua VssID trong 30 ngày qua, đề nghị xác nhận trước 12:00 trường hợp nào là thật. Hồ sơ của cơ quan có số điện thoại của từng người, cũng chính là số đã đăng ký với VssID. Hôm nay chỉ bố trí được hai cán bộ cho việc này; vài người trong danh sách sống ở các xã vùng sâu.",
  },
  notes = {
    en = "Expected (province): verify through a channel the attacker cannot hold: commune officials and the post-office staff who pay these people every month, and a visit to the counter with the chip ID card for the doubtful ones; report to the IT Centre honestly which cases are verified and which are not yet. Evaluator: calling the registered number is the obvious answer and the trap: for a SIM-swap victim, the attacker answers. Reporting all 58 as unverified is honest but hands the whole burden back.",
    vi = "Kỳ vọng (tỉnh): xác minh qua kênh kẻ gian không nắm được: cán bộ xã và nhân viên bưu điện hằng tháng vẫn chi trả cho những người này, mời những trường hợp nghi ngờ đến bộ phận một cửa với thẻ căn cước gắn chip; báo cáo trung thực với Trung tâm CNTT trường hợp nào đã xác minh, trường hợp nào chưa. Đánh giá: gọi vào số điện thoại đã đăng ký là cách dễ nghĩ tới nhất và chính là cái bẫy: với nạn nhân bị chiếm SIM, người nghe máy là kẻ gian. Báo cả 58 trường hợp là chưa xác minh được thì trung thực nhưng đẩy lại toàn bộ gánh nặng lên trên.",
  },
}

decision {
  id = "verify-method",
  roles = { "provincial" },
  objectives = { "verify-people" },
  on = verify_list,
  within = "20m",
  prompt = {
    en = "How does your office verify the 58?",
    vi = "Cơ quan BHXH tỉnh xác minh 58 trường hợp này bằng cách nào?",
  },
  options = {
    { id = "call-registered",
      text = { en = "Call each beneficiary on the phone number in our records and clear every change that the person confirms.",
               vi = "Gọi từng người hưởng theo số điện thoại trong hồ sơ và xác nhận mọi thay đổi mà người nghe máy khẳng định." },
      score = { analyse = 2, recover = 3 },
      set = { cleared_by_phone = true },
      notes = { en = "Fast and done by noon; for a SIM-swap victim, the voice that confirms is the attacker's.", vi = "Nhanh, xong trước trưa; nhưng với nạn nhân bị chiếm SIM, người xác nhận chính là kẻ gian." } },
    { id = "report-unverified",
      text = { en = "Tell the IT Centre that two officers cannot verify 58 people by noon, and report all of them as not verified.",
               vi = "Báo Trung tâm CNTT rằng hai cán bộ không thể xác minh 58 người trước trưa, đề nghị coi tất cả là chưa xác minh." },
      score = { coordinate = 1, analyse = -3 },
      notes = { en = "Honest about capacity; leaves every honest beneficiary waiting.", vi = "Trung thực về năng lực; nhưng mọi người hưởng ngay thẳng đều phải chờ." } },
    { id = "independent",
      text = { en = "Check through commune officials and the post-office staff who know them; ask doubtful ones in with chip ID.",
               vi = "Xác minh qua cán bộ xã, nhân viên bưu điện quen người hưởng; mời người đáng ngờ mang thẻ căn cước đến." },
      score = { analyse = 6, contain = 4 },
      notes = { en = "Slower, and some honest people have to come in; the attacker controls none of it.", vi = "Chậm hơn, và một số người ngay thẳng phải đến tận nơi; nhưng kẻ gian không can thiệp được khâu nào." } },
  },
  timeout = "report-unverified",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:40 (T+1:10)  The IT Centre: SIM swaps go on where the SMS code was kept
------------------------------------------------------------------------------------------

local sim_wave = inject {
  id = "sim-wave",
  at = "1:10",
  roles = { "central" },
  stage = "initial-access",
  attack = "T1451",
  severity = "critical",
  from = { en = "VssID operations team", vi = "Tổ vận hành VssID" },
  channel = "ticket",
  title = {
    en = "Day 1, 08:40 — 46 more accounts reset by SMS code since 08:05",
    vi = "Ngày 1, 08:40 — Thêm 46 tài khoản bị đặt lại mật khẩu bằng OTP từ 08:05",
  },
  body = {
    en = "Since the warning was published, 46 more accounts have been reset through the SMS code and had their receiving bank account changed, all to new accounts at the same three banks. Two victims called the hotline from a relative's phone: their own had no service.",
    vi = "Từ khi đăng cảnh báo, thêm 46 tài khoản bị đặt lại mật khẩu qua mã OTP và bị đổi tài khoản nhận tiền, đều sang các tài khoản mới ở ba ngân hàng nói trên. Hai nạn nhân gọi tổng đài bằng điện thoại của người thân vì máy của họ mất sóng.",
  },
  notes = {
    en = "Consequence of keeping the SMS code as the only check (only teams that did). Expected: stop accepting the SMS code alone for changes of receiving account now, reverse the 46 changes pending verification, and report to A05. Evaluator: a 24-hour delay with a notice to the old channel is a real improvement but the notice goes to the phone the attacker holds.",
    vi = "Hệ quả của việc giữ mã OTP qua SMS làm bước kiểm tra duy nhất (chỉ đội đã chọn như vậy mới nhận). Kỳ vọng: ngừng ngay việc chấp nhận riêng mã OTP để đổi tài khoản nhận tiền, khôi phục 46 tài khoản về trạng thái cũ chờ xác minh, và báo Cục A05. Đánh giá: chờ 24 giờ kèm thông báo về kênh cũ là cải thiện thật, nhưng thông báo lại gửi về chiếc điện thoại kẻ gian đang giữ.",
  },
  -- A team that froze changes of receiving account at 08:20 gets no inject of changes made after it.
  when = function(team) return team.flags.sms_kept == true and team.flags.held_changed ~= true end,
}

decision {
  id = "sim-wave-response",
  roles = { "central" },
  objectives = { "stop-takeover" },
  on = sim_wave,
  within = "15m",
  prompt = {
    en = "The SIM swaps continue. What do you change?",
    vi = "Việc chiếm SIM vẫn tiếp diễn. Đội thay đổi gì?",
  },
  options = {
    { id = "wait-carriers",
      text = { en = "Change nothing in the app until the carriers report what went wrong in their shops.",
               vi = "Chưa thay đổi gì trên ứng dụng cho tới khi nhà mạng báo cáo sai sót ở cửa hàng của họ." },
      score = { contain = -5 },
      notes = { en = "Leaves the agency's own door open while waiting on someone else's.", vi = "Để ngỏ cửa của chính mình trong khi chờ người khác đóng cửa của họ." } },
    { id = "drop-sms",
      text = { en = "Stop accepting the SMS code alone for account changes now, reverse the 46 pending checks, report to A05.",
               vi = "Ngừng ngay việc chỉ dùng OTP qua SMS để đổi tài khoản, đưa 46 trường hợp về như cũ chờ xác minh, báo A05." },
      score = { contain = 6, coordinate = 2 },
      notes = { en = "What the 08:05 pattern called for.", vi = "Đúng việc lẽ ra phải làm khi thấy dấu hiệu lúc 08:05." } },
    { id = "cooling-off",
      text = { en = "Keep the SMS code but make every change wait 24 hours, with a notice sent to the old phone number and email.",
               vi = "Giữ mã OTP nhưng mọi thay đổi phải chờ 24 giờ, kèm thông báo gửi về số điện thoại và địa chỉ thư điện tử cũ." },
      score = { contain = 3, communicate = 1 },
      notes = { en = "Slows them; the notice to the old phone goes to the attacker's SIM.", vi = "Làm chậm kẻ gian; nhưng thông báo về số điện thoại cũ lại tới SIM của kẻ gian." } },
  },
  timeout = "wait-carriers",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 08:50 (T+1:20)  A province: a collector at the post-office payment point
------------------------------------------------------------------------------------------

local collector = inject {
  id = "post-office-collector",
  at = "1:20",
  roles = { "provincial" },
  stage = "impact",
  severity = "high",
  from = { en = "Head of a post-office payment point", vi = "Trưởng điểm chi trả Bưu điện" },
  channel = "phone",
  title = {
    en = "Day 1, 08:50 — A man with six powers of attorney at a payment point",
    vi = "Ngày 1, 08:50 — Một người cầm sáu giấy ủy quyền tại điểm chi trả",
  },
  body = {
    en = "The monthly cash payment started this morning at the post-office points. At one of them a man in his thirties asks to collect the pensions of six elderly people with six powers of attorney, all certified at the same place last week. Three of the six are on the list of accounts changed through VssID. The point's head asks what to do; the man is waiting at the counter and getting impatient.",
    vi = "Sáng nay các điểm chi trả của Bưu điện bắt đầu chi trả tiền mặt hằng tháng. Tại một điểm, một người đàn ông khoảng ba mươi tuổi xin nhận lương hưu thay cho sáu người cao tuổi bằng sáu giấy ủy quyền, tất cả đều được chứng thực cùng một nơi trong tuần trước. Ba trong sáu người có tên trong danh sách tài khoản bị đổi qua VssID. Trưởng điểm hỏi phải làm gì; người đàn ông đang chờ ở quầy và tỏ ra sốt ruột.",
  },
  notes = {
    en = "Expected (province): ask the post office to hold the six payments (not to refuse for good), keep copies of the papers and of his ID, and call the PA05 while he is still there; then check the six pensioners at home. The post office and the agency do not detain anyone: that is the police's job. Evaluator: paying because the papers look certified rewards the fraud; refusing and letting him leave loses the one lead in hand.",
    vi = "Kỳ vọng (tỉnh): đề nghị Bưu điện tạm dừng chi trả sáu trường hợp (chưa từ chối hẳn), giữ bản sao giấy tờ và giấy tờ tùy thân của người này, gọi ngay Phòng PA05 khi người đó còn ở điểm chi trả; sau đó xác minh sáu người hưởng tại nhà. Bưu điện và cơ quan BHXH không giữ người: đó là việc của công an. Đánh giá: chi trả vì giấy tờ có chứng thực là tiếp tay cho gian lận; từ chối rồi để người đó đi là mất manh mối duy nhất đang có.",
  },
}

decision {
  id = "collector",
  roles = { "provincial" },
  objectives = { "protect-payments", "report-on-time" },
  on = collector,
  within = "15m",
  prompt = {
    en = "What do you tell the head of the payment point?",
    vi = "Đội trả lời trưởng điểm chi trả thế nào?",
  },
  options = {
    { id = "hold-call-pa05",
      text = { en = "Hold the six payments, copy his papers and ID, and call the PA05 while he is still at the counter.",
               vi = "Tạm dừng chi trả sáu trường hợp, sao chụp giấy tờ của người này và gọi ngay PA05 khi anh ta còn ở quầy." },
      score = { contain = 4, coordinate = 6 },
      notes = { en = "Three honest pensioners may wait a day; the police get a lead.", vi = "Có thể ba người hưởng ngay thẳng phải chờ một ngày; công an có manh mối." } },
    { id = "refuse-visit",
      text = { en = "Have the post office refuse all six and let him go; visit the six pensioners at home this afternoon.",
               vi = "Đề nghị Bưu điện từ chối cả sáu trường hợp và để anh ta đi; chiều nay đến nhà sáu người hưởng để xác minh." },
      score = { contain = 3, coordinate = -1 },
      notes = { en = "Keeps the money safe; the one person who could lead to the others walks away.", vi = "Giữ được tiền; nhưng người duy nhất có thể dẫn tới cả đường dây đã rời đi." } },
    { id = "pay-documented",
      text = { en = "Let the post office pay, since the powers of attorney are certified, and keep photocopies of everything for the file.",
               vi = "Để Bưu điện chi trả vì giấy ủy quyền đã được chứng thực, và lưu bản sao toàn bộ giấy tờ vào hồ sơ." },
      score = { recover = 1, contain = -5 },
      notes = { en = "Certified papers prove a visit to a certifying office, not the pensioners' consent.", vi = "Giấy tờ được chứng thực chỉ chứng minh đã đến nơi chứng thực, không chứng minh người hưởng đồng ý." } },
  },
  timeout = "pay-documented",
  speed = { full = "10m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 09:00 (T+1:30)  The IT Centre: reporting and the 72-hour notice
------------------------------------------------------------------------------------------

local notify_question = inject {
  id = "notify-question",
  at = "1:30",
  roles = { "central" },
  stage = "response",
  severity = "high",
  from = { en = "Legal Department, Vietnam Social Security", vi = "Vụ Pháp chế, BHXH Việt Nam" },
  channel = "meeting",
  title = {
    en = "Day 1, 09:00 — Is this a personal-data breach, and whom do we report to?",
    vi = "Ngày 1, 09:00 — Đây có phải vi phạm dữ liệu cá nhân không, và báo cáo ai?",
  },
  body = {
    en = "The Legal Department asks the IT Centre for its position. At least 18,000 people's records (ID number, address, contribution history, bank account) were read by someone other than their owner, discovered at 07:35 today. The agency's servers were not broken into: the passwords leaked from other sites. Some colleagues argue that the agency has nothing to notify; others want one complete notice once the count is final, which may take two or three days.",
    vi = "Vụ Pháp chế đề nghị Trung tâm CNTT cho ý kiến. Hồ sơ của ít nhất 18.000 người (số định danh, địa chỉ, quá trình đóng, số tài khoản ngân hàng) đã bị người khác xem, phát hiện lúc 07:35 hôm nay. Máy chủ của Ngành không bị xâm nhập: mật khẩu bị lộ từ các trang khác. Một số ý kiến cho rằng cơ quan không có gì phải thông báo; ý kiến khác muốn gửi một thông báo đầy đủ khi đã chốt được số liệu, có thể mất hai, ba ngày.",
  },
  notes = {
    en = "Expected (IT Centre with the leadership): report the incident under Decision 05/2017/QĐ-TTg to A05 now, since it is beyond the agency's own capacity (carriers, banks, police), and send the personal-data breach notice with what is known, well inside 72 hours from 07:35 today (discovery), supplementing it as the count firms up. Evaluator: \"our servers were not breached\" is true and beside the point: people's records were read through the agency's service. Counting first is defensible only if the notice still leaves inside the 72 hours and the incident report is not held back with it.",
    vi = "Kỳ vọng (Trung tâm CNTT cùng Lãnh đạo Ngành): báo cáo sự cố theo Quyết định 05/2017/QĐ-TTg tới Cục A05 ngay, vì sự cố vượt quá khả năng tự xử lý của Ngành (nhà mạng, ngân hàng, công an), và gửi thông báo vi phạm dữ liệu cá nhân với những gì đã biết, trong 72 giờ tính từ 07:35 hôm nay (thời điểm phát hiện), bổ sung khi số liệu rõ hơn. Đánh giá: \"máy chủ của Ngành không bị xâm nhập\" là đúng nhưng không phải vấn đề: hồ sơ của người dân đã bị xem qua chính dịch vụ của Ngành. Chờ chốt số liệu chỉ chấp nhận được khi thông báo vẫn gửi đi trong 72 giờ và báo cáo sự cố không bị giữ lại theo.",
  },
}

decision {
  id = "notify",
  roles = { "central" },
  objectives = { "report-on-time" },
  on = notify_question,
  within = "20m",
  prompt = {
    en = "What is the IT Centre's advice on reporting?",
    vi = "Trung tâm CNTT đề xuất thế nào về việc báo cáo?",
  },
  options = {
    { id = "count-first",
      text = { en = "Report the incident to A05 today, and send one complete breach notice once the count is final, within 72 hours.",
               vi = "Báo cáo sự cố Cục A05 hôm nay, và gửi một thông báo vi phạm đầy đủ khi chốt số liệu, trong vòng 72 giờ." },
      score = { coordinate = 4, analyse = 2 },
      notes = { en = "Lawful if the count is ready in time; nothing is sent if it is not.", vi = "Đúng luật nếu kịp chốt số liệu; nếu không kịp thì không có thông báo nào." } },
    { id = "no-notice",
      text = { en = "Send no breach notice: the agency's servers were not broken into, the passwords leaked from other sites.",
               vi = "Không gửi thông báo vi phạm: máy chủ của Ngành không bị xâm nhập, mật khẩu lộ từ các trang khác." },
      score = { coordinate = -6, communicate = -2 },
      notes = { en = "People's records were read through the agency's service: the notice is due.", vi = "Hồ sơ của người dân bị xem qua dịch vụ của Ngành: phải thông báo." } },
    { id = "notify-now",
      text = { en = "Report the incident to A05 today and send the breach notice with what is known; supplement it later.",
               vi = "Báo cáo sự cố Cục A05 ngay hôm nay và gửi thông báo vi phạm với những gì đã biết; bổ sung sau." },
      score = { coordinate = 8, communicate = 2 },
      notes = { en = "Inside every deadline; the first figures will be revised in public.", vi = "Đúng mọi thời hạn; số liệu ban đầu sẽ phải điều chỉnh công khai." } },
  },
  timeout = "no-notice",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 09:15 (T+1:45)  The IT Centre: the press
------------------------------------------------------------------------------------------

local press_call = inject {
  id = "press-call",
  at = "1:45",
  roles = { "central" },
  stage = "response",
  severity = "medium",
  from = { en = "Reporter, a national daily", vi = "Phóng viên một tờ báo trung ương" },
  channel = "press",
  title = {
    en = "Day 1, 09:15 — \"Pensioners lose their money through VssID\"",
    vi = "Ngày 1, 09:15 — \"Người hưởng lương hưu mất tiền qua VssID\"",
  },
  body = {
    en = "A reporter has spoken to three victims and to a provincial counter. She asks whether VssID has been hacked, how many people are affected, whether they will get their money back and what people should do. The article goes online at 11:00 with or without the agency's answer.",
    vi = "Một phóng viên đã nói chuyện với ba nạn nhân và với bộ phận một cửa của một tỉnh. Chị hỏi VssID có bị tin tặc tấn công không, bao nhiêu người bị ảnh hưởng, người dân có được trả lại tiền không và người dân cần làm gì. Bài báo sẽ đăng lúc 11:00, dù cơ quan BHXH có trả lời hay không.",
  },
  notes = {
    en = "Expected (IT Centre with the leadership and the press office): one accurate statement: some accounts were opened with passwords leaked from other sites and some through SIM swaps; the agency has frozen changes of receiving account, is paying affected people after verification and has reported to A05; people should use a unique password, sign in with VNeID, never give an SMS code, and call 1900 9068 or go to their provincial office. Evaluator: \"VssID was not hacked\" is technically true and reads as blaming the victims; it will be contradicted by the victims' own accounts. Declining to comment leaves the article to the victims alone.",
    vi = "Kỳ vọng (Trung tâm CNTT cùng Lãnh đạo và bộ phận truyền thông): một thông cáo chính xác: một số tài khoản bị đăng nhập bằng mật khẩu lộ từ trang khác, một số do bị chiếm SIM; cơ quan BHXH đã tạm khóa việc đổi tài khoản nhận tiền, đang chi trả cho người bị ảnh hưởng sau khi xác minh và đã báo cáo Cục A05; người dân nên dùng mật khẩu riêng, đăng nhập bằng VNeID, không cung cấp mã OTP cho ai, gọi 1900 9068 hoặc đến BHXH tỉnh. Đánh giá: \"VssID không bị tấn công\" đúng về kỹ thuật nhưng đọc lên như đổ lỗi cho nạn nhân, và sẽ bị chính lời kể của nạn nhân phản bác. Từ chối trả lời là để bài báo chỉ có tiếng nói của nạn nhân.",
  },
}

decision {
  id = "press-line",
  roles = { "central" },
  objectives = { "one-voice" },
  on = press_call,
  within = "20m",
  prompt = {
    en = "What does the agency tell the reporter?",
    vi = "Cơ quan BHXH trả lời phóng viên thế nào?",
  },
  options = {
    { id = "no-comment",
      text = { en = "Decline to comment until the police have finished their inquiry, and refer questions to the Ministry of Finance.",
               vi = "Từ chối bình luận cho tới khi cơ quan công an điều tra xong, chuyển câu hỏi tới Bộ Tài chính." },
      score = { communicate = -4 },
      notes = { en = "The article runs with the victims' voice only.", vi = "Bài báo vẫn đăng, chỉ với tiếng nói của nạn nhân." } },
    { id = "say-what-happened",
      text = { en = "Confirm accounts were taken with leaked passwords and SIM swaps, victims will be paid, and give safety advice.",
               vi = "Xác nhận tài khoản bị chiếm do lộ mật khẩu và bị chiếm SIM, người bị hại sẽ được chi trả, kèm hướng dẫn an toàn." },
      score = { communicate = 8, coordinate = 1 },
      notes = { en = "Admits a weakness in public; gives people something to do today.", vi = "Thừa nhận công khai một điểm yếu; người dân biết phải làm gì ngay hôm nay." } },
    { id = "not-hacked",
      text = { en = "State that the VssID system itself was not hacked, and that citizens must protect their own passwords and SIM cards.",
               vi = "Khẳng định hệ thống VssID không bị tin tặc tấn công, người dân phải tự bảo vệ mật khẩu và SIM điện thoại của mình." },
      score = { communicate = 2 },
      set = { blamed_users = true },
      notes = { en = "True as far as it goes; it reads as blaming the victims.", vi = "Đúng một phần; nhưng đọc lên như đổ lỗi cho nạn nhân." } },
  },
  timeout = "no-comment",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 09:20 (T+1:50)  A province: a "verified" beneficiary was not
------------------------------------------------------------------------------------------

local false_clear = inject {
  id = "false-clear",
  at = "1:50",
  roles = { "provincial" },
  stage = "impact",
  severity = "high",
  from = { en = "One-stop counter, provincial office", vi = "Bộ phận một cửa, BHXH tỉnh" },
  channel = "meeting",
  title = {
    en = "Day 1, 09:20 — A pensioner \"confirmed by phone\" never took the call",
    vi = "Ngày 1, 09:20 — Người hưởng \"đã xác nhận qua điện thoại\" chưa hề nghe máy",
  },
  body = {
    en = "Mrs Lan, 68, comes in with her daughter: her phone has had no service for two days. On the list your office sent up at 09:10 her change of bank account is marked \"confirmed by phone\". Someone answered her number and confirmed it.",
    vi = "Bà Lan, 68 tuổi, cùng con gái đến bộ phận một cửa: điện thoại của bà mất sóng đã hai ngày. Trong danh sách cơ quan gửi lên lúc 09:10, việc đổi tài khoản ngân hàng của bà được ghi là \"đã xác nhận qua điện thoại\". Ai đó đã nghe máy bằng số của bà và xác nhận.",
  },
  notes = {
    en = "Consequence of verifying by the registered phone number (only provinces that did). Expected: tell the IT Centre at once that the phone clearances are unreliable and withdraw them, re-check them through commune officials and the post office, and report Mrs Lan's case to the PA05. Evaluator: re-checking only the cases with a known outage misses victims who did not notice; standing by the list sends money to the attackers.",
    vi = "Hệ quả của việc xác minh qua số điện thoại đã đăng ký (chỉ tỉnh đã làm như vậy mới nhận). Kỳ vọng: báo ngay Trung tâm CNTT rằng kết quả xác minh qua điện thoại không tin cậy và rút lại, xác minh lại qua cán bộ xã và bưu điện, báo trường hợp của bà Lan cho PA05. Đánh giá: chỉ xác minh lại những người đã biết bị mất sóng sẽ bỏ sót nạn nhân chưa nhận ra mình bị hại; giữ nguyên danh sách là chuyển tiền cho kẻ gian.",
  },
  when = function(team) return team.flags.cleared_by_phone == true end,
}

decision {
  id = "reclear",
  roles = { "provincial" },
  objectives = { "verify-people", "report-on-time" },
  on = false_clear,
  within = "15m",
  prompt = {
    en = "What do you do about the list already sent up?",
    vi = "Đội xử lý thế nào với danh sách đã gửi lên?",
  },
  options = {
    { id = "withdraw-recheck",
      text = { en = "Tell the IT Centre the phone clearances are unreliable, withdraw them, re-check all through the commune.",
               vi = "Báo Trung tâm CNTT kết quả xác minh qua điện thoại không tin cậy, rút lại và xác minh lại toàn bộ qua xã." },
      score = { analyse = 5, coordinate = 4 },
      notes = { en = "Admits the mistake in time to keep the money.", vi = "Nhận sai kịp lúc để giữ được tiền." } },
    { id = "recheck-outages",
      text = { en = "Re-check only the cleared beneficiaries whose phones had an outage this week, and keep the other clearances.",
               vi = "Chỉ xác minh lại những người đã xác nhận mà điện thoại bị mất sóng trong tuần, giữ nguyên các trường hợp khác." },
      score = { analyse = 3, coordinate = 1 },
      notes = { en = "Catches Mrs Lan's kind; misses victims who never noticed.", vi = "Bắt được những trường hợp như bà Lan; bỏ sót người chưa nhận ra mình bị hại." } },
    { id = "stand-by",
      text = { en = "Keep the list as sent, fix Mrs Lan's record by hand, and look into the others after the payment run.",
               vi = "Giữ nguyên danh sách đã gửi, sửa riêng hồ sơ của bà Lan, các trường hợp khác xem xét sau đợt chi trả." },
      score = { analyse = -3, coordinate = -3 },
      notes = { en = "The other phone clearances go to the attackers with the run.", vi = "Các trường hợp xác nhận qua điện thoại khác sẽ theo đợt chi trả mà đến tay kẻ gian." } },
  },
  timeout = "stand-by",
  speed = { full = "10m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 1, 09:40 (T+2:10)  The IT Centre: the statement backfires
------------------------------------------------------------------------------------------

local backlash = inject {
  id = "press-backlash",
  at = "2:10",
  roles = { "central" },
  stage = "response",
  severity = "high",
  from = { en = "Press office, Vietnam Social Security", vi = "Bộ phận truyền thông, BHXH Việt Nam" },
  channel = "social",
  title = {
    en = "Day 1, 09:40 — \"Not hacked, your fault\": the statement turns against the agency",
    vi = "Ngày 1, 09:40 — \"Không bị tấn công, lỗi tại người dân\": phát ngôn gây phản ứng",
  },
  body = {
    en = "The agency's line is being shared with a photo of Mr Hùng at the counter and a caption: \"the app let a stranger change his bank account with one SMS, and they blame him\". The Ministry of Finance's office asks what the agency will say next.",
    vi = "Phát ngôn của cơ quan BHXH đang được chia sẻ kèm ảnh ông Hùng tại bộ phận một cửa và dòng chú thích: \"ứng dụng để người lạ đổi tài khoản ngân hàng của ông chỉ bằng một tin nhắn, vậy mà lại đổ lỗi cho ông\". Văn phòng Bộ Tài chính hỏi cơ quan BHXH sẽ thông tin tiếp thế nào.",
  },
  notes = {
    en = "Consequence of the \"not hacked\" line (only teams that chose it). Expected: correct the record the same day: acknowledge that the app accepted an SMS code alone, say what has changed and how victims are paid. Evaluator: repeating the line, or going silent, deepens the loss of trust.",
    vi = "Hệ quả của phát ngôn \"không bị tấn công\" (chỉ đội chọn phương án đó mới nhận). Kỳ vọng: đính chính ngay trong ngày: thừa nhận ứng dụng đã chấp nhận riêng mã OTP qua SMS, nêu những gì đã thay đổi và cách chi trả cho người bị hại. Đánh giá: nhắc lại phát ngôn cũ hoặc im lặng chỉ làm mất thêm lòng tin.",
  },
  when = function(team) return team.flags.blamed_users == true end,
}

decision {
  id = "correct-record",
  roles = { "central" },
  objectives = { "one-voice" },
  on = backlash,
  within = "20m",
  prompt = {
    en = "What does the agency say now?",
    vi = "Cơ quan BHXH thông tin gì lúc này?",
  },
  options = {
    { id = "victims-only",
      text = { en = "Announce how victims will be paid and what people should do, without going back over the earlier statement.",
               vi = "Thông báo cách chi trả cho người bị hại và hướng dẫn người dân tự bảo vệ, không nhắc lại phát ngôn trước đó." },
      score = { communicate = 3 },
      notes = { en = "Useful, and the earlier line stays on record.", vi = "Hữu ích, nhưng phát ngôn cũ vẫn còn đó." } },
    { id = "repeat-line",
      text = { en = "Repeat that the system was not hacked and ask the press to report the facts accurately this time.",
               vi = "Nhắc lại rằng hệ thống không bị tấn công và đề nghị báo chí đưa tin chính xác." },
      score = { communicate = -5 },
      notes = { en = "Doubles down on the sentence that caused the storm.", vi = "Nhấn mạnh thêm đúng câu nói đã gây phản ứng." } },
    { id = "correct",
      text = { en = "Correct it today: the app accepted an SMS code alone; say what has changed and how victims will be paid.",
               vi = "Đính chính trong ngày: ứng dụng đã chỉ cần mã OTP; nêu những gì đã thay đổi và cách chi trả cho người bị hại." },
      score = { communicate = 6 },
      notes = { en = "Costs face once; ends the story.", vi = "Mất thể diện một lần; khép lại câu chuyện." } },
  },
  timeout = "repeat-line",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Day 3, 08:30 (T+2:15)  The IT Centre: after the payment run
------------------------------------------------------------------------------------------

local mule_payout = inject {
  id = "mule-payout",
  at = "2:15",
  roles = { "central" },
  stage = "recovery",
  severity = "critical",
  from = { en = "Finance and Accounting Department", vi = "Vụ Tài chính – Kế toán" },
  channel = "meeting",
  title = {
    en = "Day 3, 08:30 — 3.1 billion VND was paid to 338 attacker accounts",
    vi = "Ngày 3, 08:30 — 3,1 tỷ đồng đã chuyển vào 338 tài khoản của kẻ gian",
  },
  body = {
    en = "The run went out on Day 1 at 14:00 and was credited yesterday. 338 payments, 3.1 billion VND, reached accounts opened by the attackers; the banks say about three quarters was withdrawn or moved within hours. The real beneficiaries are asking where their money is, and the banks will not reverse a credit without a police request or the account holder's consent.",
    vi = "Đợt chi trả đã chuyển đi lúc 14:00 ngày 1 và được ghi có hôm qua. 338 khoản, tổng 3,1 tỷ đồng, đã vào các tài khoản do kẻ gian mở; các ngân hàng cho biết khoảng ba phần tư đã bị rút hoặc chuyển đi trong vài giờ. Người hưởng thực sự đang hỏi tiền của họ ở đâu, và ngân hàng không hoàn lại khoản đã ghi có nếu không có yêu cầu của công an hoặc sự đồng ý của chủ tài khoản.",
  },
  notes = {
    en = "Consequence of letting the payment run go unchanged (only teams that did). Expected: ask A05 (and through it the State Bank) to have the attacker accounts frozen and traced, give the banks and police the list with the change records, and pay the real beneficiaries after verification at the counter, the amount recorded as a loss under investigation. Evaluator: asking the banks to reverse everything directly will not work without a police request; waiting for the police to recover the money before paying leaves people without income for months.",
    vi = "Hệ quả của việc để đợt chi trả đi nguyên trạng (chỉ đội đã chọn như vậy mới nhận). Kỳ vọng: đề nghị Cục A05 (và qua đó Ngân hàng Nhà nước) phong tỏa, truy vết các tài khoản của kẻ gian, cung cấp cho ngân hàng và công an danh sách kèm lịch sử thay đổi, chi trả cho người hưởng thực sự sau khi xác minh tại bộ phận một cửa, khoản tiền hạch toán là tổn thất đang điều tra. Đánh giá: đề nghị thẳng ngân hàng hoàn lại tất cả sẽ không được nếu không có yêu cầu của công an; chờ công an thu hồi được tiền rồi mới chi trả thì người dân mất thu nhập hàng tháng trời.",
  },
  when = function(team) return team.flags.paid_out == true end,
}

decision {
  id = "recover-funds",
  roles = { "central" },
  objectives = { "protect-payments" },
  on = mule_payout,
  within = "20m",
  prompt = {
    en = "How does the sector recover, and who is paid when?",
    vi = "Ngành khắc phục thế nào, và người hưởng được chi trả khi nào?",
  },
  options = {
    { id = "wait-police",
      text = { en = "Wait for the police to recover the money before paying anyone, so that the fund does not pay twice.",
               vi = "Chờ công an thu hồi được tiền rồi mới chi trả, để quỹ không phải chi hai lần." },
      score = { recover = -5, communicate = -2 },
      notes = { en = "Protects the fund at the expense of the people it exists for.", vi = "Bảo vệ quỹ bằng cách bỏ mặc chính những người quỹ phục vụ." } },
    { id = "freeze-and-pay",
      text = { en = "Have A05 get the accounts frozen and traced; pay the real beneficiaries after counter checks.",
               vi = "Nhờ A05 phong tỏa, truy vết các tài khoản; chi trả cho người hưởng thực sự sau khi xác minh tại một cửa." },
      score = { recover = 6, coordinate = 4 },
      notes = { en = "Pays people twice out of the fund, recovers what is left.", vi = "Quỹ chi trả hai lần, thu hồi được phần còn lại." } },
    { id = "banks-reverse",
      text = { en = "Write to the three banks asking them to reverse every one of the 338 credits at once, and pay people afterwards.",
               vi = "Gửi văn bản đề nghị ba ngân hàng hoàn lại ngay toàn bộ 338 khoản đã ghi có, sau đó mới chi trả cho người hưởng." },
      score = { recover = 2, coordinate = 1 },
      notes = { en = "The banks need a police request; people wait meanwhile.", vi = "Ngân hàng cần yêu cầu của công an; người hưởng phải chờ." } },
  },
  timeout = "wait-police",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

inject {
  id = "held-result",
  at = "2:15",
  roles = { "central" },
  stage = "recovery",
  severity = "medium",
  from = { en = "Benefits Department, with the provinces' reports", vi = "Ban Thực hiện chính sách BHXH, tổng hợp báo cáo các tỉnh" },
  channel = "email",
  title = {
    en = "Day 3, 08:30 — The held accounts: 1,592 genuine and paid, 338 fraudulent",
    vi = "Ngày 3, 08:30 — Các tài khoản bị tách: 1.592 thật đã chi trả, 338 gian lận",
  },
  body = {
    en = "Of the 1,930 held accounts, the provinces have verified 1,592 as genuine; they were paid in cash at the post offices yesterday and today. 338 were fraudulent: nothing was paid to them, and their list with the change records is ready for the police. Honest beneficiaries complained about the wait in several provinces.",
    vi = "Trong 1.930 tài khoản bị tách, các tỉnh đã xác minh 1.592 trường hợp là thật; những người này đã nhận tiền mặt tại Bưu điện hôm qua và hôm nay. 338 trường hợp là gian lận: không đồng nào được chuyển đi, danh sách kèm lịch sử thay đổi đã sẵn sàng để chuyển cơ quan công an. Ở một số tỉnh, người hưởng ngay thẳng phàn nàn vì phải chờ.",
  },
  notes = {
    en = "What the hold achieved (only teams that held the changed accounts): no money lost, a real cost in waiting. No decision: the facilitator may ask how the team would explain the wait to the honest beneficiaries.",
    vi = "Kết quả của việc tách danh sách (chỉ đội đã tách các tài khoản vừa đổi mới nhận): không mất tiền, nhưng người dân phải chờ thật. Không có quyết định: người điều hành có thể hỏi đội sẽ giải thích với người hưởng ngay thẳng về việc phải chờ thế nào.",
  },
  when = function(team) return team.flags.held_changed == true end,
}

------------------------------------------------------------------------------------------
-- Day 3, 08:35 (T+2:20)  Endings: the IT Centre reopens account changes; a province
-- settles its victims' claims
------------------------------------------------------------------------------------------

local reopen = inject {
  id = "reopen-changes",
  at = "2:20",
  roles = { "central" },
  stage = "recovery",
  severity = "medium",
  from = { en = "Director General's office", vi = "Văn phòng BHXH Việt Nam" },
  channel = "meeting",
  title = {
    en = "Day 3, 08:35 — How do changes of receiving account reopen in VssID?",
    vi = "Ngày 3, 08:35 — Mở lại chức năng đổi tài khoản nhận tiền trên VssID thế nào?",
  },
  body = {
    en = "Changes of receiving account have been frozen in the app since Day 1. About 2,000 people a day used to make them online; the counters are now taking them on paper. The Director General asks the IT Centre how the function should come back, before next month's run.",
    vi = "Chức năng đổi tài khoản nhận tiền trên ứng dụng đã tạm khóa từ ngày 1. Trước đây mỗi ngày có khoảng 2.000 người thực hiện trực tuyến; nay bộ phận một cửa đang tiếp nhận bằng hồ sơ giấy. Tổng Giám đốc đề nghị Trung tâm CNTT đề xuất cách mở lại chức năng này trước đợt chi trả tháng sau.",
  },
  notes = {
    en = "The central team's ending. Expected: reopen behind sign-in with a level-2 VNeID account (the Ministry of Public Security's identity, with a face check on the chip ID), a waiting period before a new account is used for a payment and a notice in the app, the counter for people without VNeID. The improvement plan follows from the root causes named in Resolution 398: technical barriers built into professional software, and coordination with the carriers, the banks and the police. Evaluator: counter-only for good is safe and pushes millions back into queues; reopening as before invites the same attack next month.",
    vi = "Quyết định khép lại của Trung tâm. Kỳ vọng: mở lại sau bước đăng nhập bằng tài khoản định danh điện tử VNeID mức 2 (định danh của Bộ Công an, có đối chiếu khuôn mặt với thẻ căn cước gắn chip), có thời gian chờ trước khi tài khoản mới được dùng để chi trả và có thông báo trên ứng dụng, người chưa có VNeID làm tại bộ phận một cửa. Kế hoạch khắc phục xuất phát từ các nguyên nhân Nghị quyết 398 đã nêu: xây dựng \"hàng rào kỹ thuật\" trong phần mềm nghiệp vụ, phối hợp với nhà mạng, ngân hàng và công an. Đánh giá: chỉ làm tại một cửa vĩnh viễn thì an toàn nhưng đẩy hàng triệu người quay lại xếp hàng; mở lại như cũ là mời cùng cuộc tấn công quay lại vào tháng sau.",
  },
}

decision {
  id = "reopen-decision",
  roles = { "central" },
  objectives = { "stop-takeover", "protect-payments" },
  on = reopen,
  within = "20m",
  prompt = {
    en = "What does the IT Centre propose?",
    vi = "Trung tâm CNTT đề xuất phương án nào?",
  },
  options = {
    { id = "reopen-vneid",
      text = { en = "Reopen behind VNeID level 2 sign-in, with a waiting period and an in-app notice; counters for the rest.",
               vi = "Mở lại sau đăng nhập VNeID mức 2, có thời gian chờ và thông báo trên ứng dụng; người còn lại làm tại một cửa." },
      score = { contain = 5, recover = 4 },
      notes = { en = "Some people without VNeID must come in; the SMS route is closed.", vi = "Người chưa có VNeID phải đến một cửa; con đường qua SMS bị đóng." } },
    { id = "counter-only",
      text = { en = "Keep changes of receiving account at the counters only, with the chip ID card checked in person, for good.",
               vi = "Chỉ cho đổi tài khoản nhận tiền tại bộ phận một cửa, đối chiếu thẻ căn cước trực tiếp, và áp dụng lâu dài về sau." },
      score = { contain = 4, recover = -2 },
      notes = { en = "Safe, and 2,000 people a day back in the queues.", vi = "An toàn, nhưng mỗi ngày 2.000 người phải quay lại xếp hàng." } },
    { id = "reopen-as-before",
      text = { en = "Reopen as before with the SMS code, now that the attacker accounts are known and the banks are alert.",
               vi = "Mở lại như cũ với mã OTP qua SMS, vì đã biết các tài khoản của kẻ gian và ngân hàng đã được cảnh báo." },
      score = { contain = -5, recover = 2 },
      notes = { en = "The attackers open new accounts; the hole is the same.", vi = "Kẻ gian sẽ mở tài khoản mới; lỗ hổng vẫn như cũ." } },
  },
  timeout = "reopen-as-before",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

local claims = inject {
  id = "victim-claims",
  at = "2:20",
  roles = { "provincial" },
  stage = "recovery",
  severity = "medium",
  from = { en = "Director of the provincial office", vi = "Giám đốc BHXH tỉnh" },
  channel = "meeting",
  title = {
    en = "Day 3, 08:35 — Your province's victims ask to be paid",
    vi = "Ngày 3, 08:35 — Người bị hại trong tỉnh đề nghị được chi trả",
  },
  body = {
    en = "Nineteen people in your province lost a pension, a benefit or a one-time withdrawal to the attackers. Mr Hùng is back with a lawyer, and the chairman of the provincial People's Committee has asked the director for a report by this afternoon. The IT Centre has said that victims will be paid after verification, through a procedure it is still writing.",
    vi = "Mười chín người trong tỉnh đã bị kẻ gian chiếm mất lương hưu, trợ cấp hoặc tiền BHXH một lần. Ông Hùng quay lại cùng luật sư, và Chủ tịch Ủy ban nhân dân tỉnh đề nghị Giám đốc báo cáo trong chiều nay. Trung tâm CNTT cho biết người bị hại sẽ được chi trả sau khi xác minh, theo quy trình đang được xây dựng.",
  },
  notes = {
    en = "The province's ending. Expected: build one file per victim (chip ID checked in person, the change history, the PA05 case number), send the files to the agency for payment under the procedure, tell each victim what happens next and when, and give the People's Committee a factual report consistent with the sector's statement. Evaluator: paying from the province's own payment funds without the agency's procedure is not the province's to decide; telling victims to claim from their carrier or bank passes the agency's duty on.",
    vi = "Quyết định khép lại của tỉnh. Kỳ vọng: lập hồ sơ riêng cho từng người bị hại (đối chiếu thẻ căn cước trực tiếp, lịch sử thay đổi, số hồ sơ vụ việc của PA05), gửi lên cơ quan BHXH Việt Nam để chi trả theo quy trình, thông báo cho từng người biết các bước tiếp theo và thời gian, báo cáo Ủy ban nhân dân tỉnh đúng sự việc, thống nhất với thông tin của Ngành. Đánh giá: tự chi trả từ nguồn chi của tỉnh khi chưa có quy trình của Ngành là vượt thẩm quyền; bảo người bị hại đi đòi nhà mạng hoặc ngân hàng là đẩy trách nhiệm của cơ quan BHXH sang nơi khác.",
  },
}

decision {
  id = "victim-claims-decision",
  roles = { "provincial" },
  objectives = { "protect-payments", "one-voice" },
  on = claims,
  within = "20m",
  prompt = {
    en = "How does your office handle the nineteen claims?",
    vi = "Cơ quan BHXH tỉnh giải quyết mười chín trường hợp này thế nào?",
  },
  options = {
    { id = "pay-locally",
      text = { en = "Pay the victims whose identity is already confirmed today from the province's payment funds, and settle with the centre later.",
               vi = "Chi trả ngay hôm nay từ nguồn chi của tỉnh cho những người đã xác minh nhân thân, quyết toán với Trung ương sau." },
      score = { recover = 4, coordinate = -2 },
      notes = { en = "Quick relief; not the province's to decide, and hard to reconcile.", vi = "Giải quyết nhanh; nhưng vượt thẩm quyền của tỉnh và khó quyết toán." } },
    { id = "refer-out",
      text = { en = "Advise the victims to claim from their carrier or bank, which let the SIM or the account through.",
               vi = "Hướng dẫn người bị hại yêu cầu nhà mạng hoặc ngân hàng bồi thường, vì họ đã để lọt SIM hoặc tài khoản." },
      score = { communicate = -4, recover = -2 },
      notes = { en = "Passes on the agency's own duty.", vi = "Đẩy trách nhiệm của chính cơ quan BHXH sang nơi khác." } },
    { id = "file-each",
      text = { en = "Build one file per victim with the PA05 case number, send them up for payment, brief the committee on facts.",
               vi = "Lập hồ sơ từng người kèm số hồ sơ của PA05, gửi lên để chi trả, báo cáo Ủy ban nhân dân tỉnh đúng sự việc." },
      score = { recover = 5, communicate = 3 },
      notes = { en = "Takes days; every payment can be defended.", vi = "Mất vài ngày, nhưng mọi khoản chi đều có căn cứ." } },
  },
  timeout = "refer-out",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Hooks
------------------------------------------------------------------------------------------

on("choice", function(team, decision, option)
  -- A case reported on Day 1 gives each claim its IT Centre and PA05 references.
  if decision == "victim-claims-decision" and option == "file-each" and team.flags.province_reported then
    team:add("coordinate", 2, "claims filed with the case numbers reported on Day 1")
  end
end)

on("choice", function(team, decision, option)
  -- Reopening the SMS route after the fund has already paid the attackers once.
  if decision == "reopen-decision" and option == "reopen-as-before" and team.flags.paid_out then
    team:add("contain", -3, "reopened the SMS route after the run had paid the attackers")
  end
end)
