-- ddos-portal-defacement.lua
-- Tấn công từ chối dịch vụ và thay đổi giao diện Cổng Dịch vụ công, ứng dụng VssID
--
-- What the drill exercises: a hacktivist campaign during the pre-Tết payment peak. An HTTP
-- flood takes down the public e-services portal (dichvucong) and the VssID mobile app;
-- under cover of the flood, an outdated news CMS on the same web farm is exploited and the
-- portal's home page is defaced with a fake "pensions suspended" notice and a link to a
-- fake VssID app. Teams must work with the upstream providers, keep payment channels up,
-- not lose sight of the intrusion behind the noise, counter the disinformation, refuse the
-- extortion, and remove the root cause rather than only fix what shows on the page.
--
-- Weaknesses it builds on (Resolution 398-NQ/BCSĐ): outdated, unsupported software left on
-- shared infrastructure; too few staff, so one team handles the flood and misses the
-- intrusion; no rehearsed procedure with the upstream providers.
--
-- Who it is for: the central team and every provincial team (the provinces' own news
-- sub-sites are on the same web farm). The IT Centre (role `central`) defends the portal
-- and VssID and speaks for the sector; each province answers the queues at its counters and
-- post offices and the fake-app victims with its communes and PA05 (role `provincial`). The
-- facilitator plays the providers, the public, the press, Vietnam Post and the leadership.
--
-- Rules this drill teaches (reference block, checked 30 November 2026; the sources for each
-- statement, and what could not be verified, are listed in scenarios/REFERENCES.md):
--   * Incident reporting: Decision 05/2017/QD-TTg (national emergency-response plan): the
--     operator reports to its governing body, the specialised response unit at its level and
--     the national coordinating agency, and an incident beyond its capacity is reported at
--     once with a request for support.
--   * Security level: the public e-services portal and the VssID back end are treated as
--     level 4 under Decree 85/2016/ND-CP (systems whose disruption harms a sector nationally).
--     Assumption: the agency's approved level dossiers were not available; the Cybersecurity
--     Law No. 116/2025/QH15 (in force 1 July 2026) merged the 2015 Law under which Decree 85
--     was made, and whether a new decree has replaced Decree 85 could not be verified.
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
-- Story clock: T+0:00 is 08:55 on a weekday of the pre-Tết payment peak. Every title and
-- prompt states its story time ("Day 1, 09:00 — …"), a triggered inject the earliest time
-- it can arrive. Fake VssID app: Mobile ATT&CK T1660 (phishing to a malicious app).
--
-- Branches (each team's own choices):
--   local-warning (the provinces): fewer than a third pa05-communes -> the IT Centre gets
--                 fake-app-spreading (decision fake-app-national), otherwise
--                 provinces-warned (team:sector)
--   pre-attack  prepare      -> flag upstream_ready (bonus if scrubbing is then used)
--   ddos-response anything but scrubbing -> flag ddos_unmitigated -> volumetric at 1:40
--   smokescreen investigate / isolate-site -> defacement-attempt (contained); otherwise flag
--               webshell_live -> defacement at 1:10 (decision deface-response; edit-live ->
--               redeface, recovery decision redeface-response)
--   extortion   reply        -> extortion-escalates (escalation-response)
--   priority    full-restore -> flag exposed -> second-wave at 2:05 (second-wave-response)
-- Full credit lasts 15 minutes where the leadership must approve (reports, extortion, the
-- restore order, the root cause, the next peak), 3 to 5 where minutes decide; the drill
-- ends on the measure funded for the next payment peak, not on a lessons decision.

scenario {
  id = "ddos-portal-defacement",
  version = 1,
  title = {
    en = "DDoS and defacement of the e-services portal and VssID at the payment peak",
    vi = "Tấn công từ chối dịch vụ và thay đổi giao diện Cổng Dịch vụ công, VssID trong cao điểm chi trả",
  },
  description = {
    en = "It is the week before Tết: pensions for two months are being paid together and millions of households are renewing their health insurance cards online. A hacktivist group floods the public e-services portal and the VssID app, and while everyone watches the traffic graphs, it breaks into an old news site on the same web farm and defaces the portal with a fake notice that pensions are suspended.",
    vi = "Tuần trước Tết Nguyên đán: lương hưu, trợ cấp hai tháng đang được chi trả gộp và hàng triệu hộ gia đình gia hạn thẻ BHYT trực tuyến. Một nhóm tin tặc tấn công từ chối dịch vụ vào Cổng Dịch vụ công và ứng dụng VssID; trong lúc mọi người dồn sự chú ý vào biểu đồ lưu lượng, chúng xâm nhập một trang tin cũ trên cùng cụm máy chủ web và thay giao diện Cổng bằng thông báo giả mạo \"tạm dừng chi trả lương hưu\".",
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
    { "reconnaissance", en = "Reconnaissance",              vi = "Trinh sát" },
    { "denial",         en = "Denial of service",           vi = "Từ chối dịch vụ" },
    { "intrusion",      en = "Web server intrusion",        vi = "Xâm nhập máy chủ web" },
    { "defacement",     en = "Defacement and false news",   vi = "Thay đổi giao diện và tin giả" },
    { "recovery",       en = "Recovery",                    vi = "Khôi phục" },
  },
  objectives = {
    { en = "Act on early warning: line up the upstream anti-DDoS service and contacts before the flood arrives.",
      vi = "Hành động ngay khi có cảnh báo sớm: chuẩn bị sẵn dịch vụ chống DDoS của nhà cung cấp đường truyền và đầu mối liên hệ trước khi bị tấn công." },
    { en = "Keep the services that matter at the payment peak running: payment data exchange with Vietnam Post and the banks, and pensioners' access to information.",
      vi = "Duy trì các dịch vụ quan trọng trong cao điểm chi trả: trao đổi dữ liệu chi trả với Bưu điện và ngân hàng, và khả năng tra cứu thông tin của người hưởng." },
    { en = "Look past the noise: investigate intrusion alerts raised during the flood.",
      vi = "Không để \"màn khói\" che mắt: điều tra các cảnh báo xâm nhập phát sinh trong lúc bị tấn công từ chối dịch vụ." },
    { en = "Counter the false notice quickly on every official channel and get the fake app taken down.",
      vi = "Nhanh chóng bác bỏ thông báo giả trên mọi kênh chính thức và phối hợp gỡ bỏ ứng dụng giả mạo." },
    { en = "Remove the root cause: the outdated CMS on the shared web farm; report under Decision 05/2017/QĐ-TTg to the national coordinator and to A05; refuse extortion.",
      vi = "Loại bỏ nguyên nhân gốc: phần mềm quản trị nội dung lỗi thời trên cụm máy chủ web dùng chung; báo cáo cơ quan điều phối quốc gia theo Quyết định 05/2017/QĐ-TTg và báo A05; không đáp ứng yêu cầu tống tiền." },
  },
}

------------------------------------------------------------------------------------------
-- Who decides what. The portal, VssID and the data centre are the IT Centre's (the central
-- team): it decides the defence, the public line, the reports, the restore order and the
-- root cause. A provincial office decides what happens in the province: its counters and
-- the post offices that pay pensions, the communes and the provincial police (PA05) when
-- residents are scammed. Each inject and decision names the roles it is for (`roles =
-- { "central" }` or `{ "provincial" }`): the IT Centre has the roster role `central`, the
-- provinces `provincial` (scenarios/rosters/vss-provinces.csv). A team without a role gets
-- none of them, so every roster for this drill gives each team one; generated teams (`run
-- --teams`, `simulate`) take the two roles in turn, and each scenario test names the role
-- it plays. Where the IT Centre's path depends on what the provinces did, it asks
-- `team:sector(...)`, never a flag of another team.
------------------------------------------------------------------------------------------


------------------------------------------------------------------------------------------
-- T+0:05  Early warning
------------------------------------------------------------------------------------------

local scan_warning = inject {
  id = "scan-warning",
  at = "0:05",
  stage = "reconnaissance",
  attack = "T1595.002",
  severity = "medium",
  from = { en = "Security monitoring (SOC), IT Centre", vi = "Bộ phận giám sát an toàn thông tin (SOC), Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 09:00 — Vulnerability scanning of the portal, and a threat on Telegram",
    vi = "Ngày 1, 09:00 — Cổng Dịch vụ công bị dò quét lỗ hổng, kèm lời đe dọa trên Telegram",
  },
  body = {
    en = "Overnight the web application firewall logged 180,000 scanning requests against dichvucong.baohiemxahoi.gov.vn and the news sub-sites of the provincial offices, from about 2,000 addresses. This morning a hacktivist channel on Telegram listed baohiemxahoi.gov.vn among its \"targets for the Tết operation\", with a countdown ending at 09:15 today. The pre-Tết payment of two months' pensions started yesterday.",
    vi = "Đêm qua tường lửa ứng dụng web ghi nhận 180.000 yêu cầu dò quét nhắm vào dichvucong.baohiemxahoi.gov.vn và các trang tin điện tử của BHXH các tỉnh, từ khoảng 2.000 địa chỉ. Sáng nay một kênh Telegram của nhóm tin tặc đưa baohiemxahoi.gov.vn vào danh sách \"mục tiêu chiến dịch Tết\", kèm đồng hồ đếm ngược tới 09:15 hôm nay. Đợt chi trả gộp lương hưu hai tháng trước Tết đã bắt đầu từ hôm qua.",
  },
  notes = {
    en = "Rules this drill teaches (checked 30 November 2026; sources in scenarios/REFERENCES.md): Decision 05/2017/QĐ-TTg on incident reporting (report to the governing body, the specialised unit and the national coordinator; beyond your capacity, report at once and ask for support); Decree 85/2016/NĐ-CP security levels (the portal and the VssID back end are treated as level 4: an assumption, the approved levels were not available). National incident coordination now sits with the Ministry of Public Security (A05, National Cyber Security Centre), no longer VNCERT/CC under the former Ministry of Information and Communications; since July 2025 there are 34 provinces and no districts. Not verified: which A05 unit receives incident reports, and whether Decree 85 has a successor under the Cybersecurity Law 2025. Expected: treat the warning as credible. Confirm the anti-DDoS arrangements and 24/7 contacts with the internet service providers, pre-agree traffic scrubbing and a CDN or challenge page for the portal, freeze non-urgent changes, check the integrity monitoring and a clean copy of the web content, and put the team on alert. Evaluator: 'these threats are posted every week' is the lapse in vigilance the Resolution names; blocking all foreign addresses is a blunt tool (botnets are also domestic, and Vietnamese workers abroad use the portal); taking the portal offline pre-emptively gives the attackers their victory.",
    vi = "Các quy định diễn tập này áp dụng (rà soát ngày 30/11/2026; nguồn tại scenarios/REFERENCES.md): Quyết định 05/2017/QĐ-TTg về báo cáo sự cố (báo cáo cơ quan chủ quản, đơn vị chuyên trách và cơ quan điều phối quốc gia; vượt quá khả năng xử lý thì báo cáo ngay và đề nghị hỗ trợ); cấp độ an toàn hệ thống thông tin theo Nghị định 85/2016/NĐ-CP (Cổng Dịch vụ công và hệ thống phía sau VssID được coi là cấp độ 4: giả định, chưa có hồ sơ cấp độ được phê duyệt). Việc điều phối ứng cứu sự cố quốc gia nay thuộc Bộ Công an (Cục A05, Trung tâm An ninh mạng quốc gia), không còn là VNCERT/CC thuộc Bộ Thông tin và Truyền thông trước đây; từ tháng 7/2025 cả nước có 34 tỉnh, thành phố và không còn cấp huyện. Chưa kiểm chứng được: đơn vị nào của A05 tiếp nhận báo cáo sự cố, và Nghị định 85 đã có văn bản thay thế theo Luật An ninh mạng 2025 hay chưa. Kỳ vọng: coi cảnh báo là có cơ sở. Xác nhận lại phương án chống DDoS và đầu mối liên hệ 24/7 với các nhà cung cấp đường truyền, thống nhất trước việc lọc lưu lượng và dùng CDN hoặc trang xác thực truy cập cho Cổng, tạm dừng các thay đổi không cấp bách, kiểm tra hệ thống giám sát toàn vẹn và bản sao sạch của nội dung web, đặt đội ở trạng thái sẵn sàng. Đánh giá: \"tuần nào chẳng có đe dọa kiểu này\" chính là sự thiếu cảnh giác Nghị quyết đã nêu; chặn toàn bộ địa chỉ nước ngoài là biện pháp thô (mạng máy tính ma có cả ở trong nước, và người lao động Việt Nam ở nước ngoài vẫn dùng Cổng); chủ động tắt Cổng là trao chiến thắng cho kẻ tấn công.",
  },
  roles = { "central" },
}

decision {
  id = "pre-attack",
  on = scan_warning,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 09:00 — The countdown ends at 09:15. How do you prepare?",
    vi = "Ngày 1, 09:00 — Đồng hồ đếm ngược kết thúc lúc 09:15. Đội chuẩn bị thế nào?",
  },
  options = {
    { id = "geo-block",
      text = { en = "Block all traffic from outside Vietnam to the portal now, before the countdown ends.",
               vi = "Chặn ngay toàn bộ truy cập từ nước ngoài vào Cổng trước giờ đếm ngược." },
      score = { contain = 2, recover = -2, communicate = -1 },
      notes = { en = "Botnets in Vietnam get through; workers abroad are locked out.", vi = "Mạng máy tính ma trong nước vẫn lọt qua; người lao động ở nước ngoài bị chặn." } },
    { id = "prepare",
      text = { en = "Confirm the providers' anti-DDoS, agree scrubbing and a challenge page, freeze changes.",
               vi = "Xác nhận phương án chống DDoS với nhà cung cấp, thống nhất trước việc lọc và trang xác thực, dừng thay đổi." },
      score = { detect = 3, contain = 5, coordinate = 5 },
      set = { upstream_ready = true },
      notes = { en = "Ready when it comes; an hour of everyone's time if it does not.", vi = "Sẵn sàng khi bị tấn công; mất một giờ của mọi người nếu không xảy ra." } },
    { id = "call-providers",
      text = { en = "Call the two providers' 24/7 desks so that they are on standby during the countdown, and change nothing on our side yet.",
               vi = "Gọi bộ phận trực 24/7 của hai nhà cung cấp để họ sẵn sàng hỗ trợ trong lúc đếm ngược, phía mình tạm thời chưa thay đổi gì." },
      score = { coordinate = 3, contain = 1 },
      notes = { en = "The call that matters most; nothing else is ready.", vi = "Cuộc gọi quan trọng nhất; nhưng những việc khác chưa sẵn sàng." } },
    { id = "ignore-threat",
      text = { en = "Ignore it: these threats are posted every week.",
               vi = "Bỏ qua: tuần nào cũng có lời đe dọa kiểu này." },
      score = { detect = -3 },
      notes = { en = "This one came with a scan.", vi = "Lần này có kèm hoạt động dò quét." } },
    { id = "take-offline",
      text = { en = "Take the portal offline until the threat passes.",
               vi = "Tạm tắt Cổng cho tới khi hết nguy cơ." },
      score = { recover = -6, communicate = -3 },
      notes = { en = "Does the attacker's job during the payment peak.", vi = "Làm thay việc của kẻ tấn công đúng dịp cao điểm chi trả." } },
  },
  timeout = "ignore-threat",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:20  The flood
------------------------------------------------------------------------------------------

local ddos_start = inject {
  id = "ddos-start",
  at = "0:20",
  stage = "denial",
  attack = "T1499.002",
  severity = "high",
  from = { en = "Web operations, IT Centre", vi = "Bộ phận vận hành hệ thống web, Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 09:15 — HTTP flood: the portal takes 30 seconds to answer",
    vi = "Ngày 1, 09:15 — Tấn công HTTP flood: Cổng mất 30 giây mới phản hồi",
  },
  body = {
    en = "At 09:15 requests to the portal's login and insurance-lookup pages jumped to forty times the usual peak, from tens of thousands of addresses, mostly home routers and cameras in Vietnam and abroad. Pages take 30 seconds or time out; the VssID app's API shares the same reverse proxies and is failing too. The web servers are at 100 % CPU; the internet link is at 60 %.",
    vi = "Từ 09:15, lượng yêu cầu tới trang đăng nhập và trang tra cứu quá trình tham gia bảo hiểm tăng gấp bốn mươi lần mức cao điểm thông thường, từ hàng chục nghìn địa chỉ, chủ yếu là bộ định tuyến gia đình và camera trong và ngoài nước. Trang web mất 30 giây mới tải hoặc báo hết thời gian chờ; API của ứng dụng VssID dùng chung các máy chủ proxy ngược nên cũng lỗi. Máy chủ web dùng 100 % CPU; đường truyền internet đã dùng 60 %.",
  },
  notes = {
    en = "Expected: activate the providers' scrubbing service, put the login and lookup pages behind a challenge or the CDN, rate-limit per address, keep the payment data exchange with Vietnam Post and the banks on its own path, and publish a status notice. Evaluator: adding servers feeds the flood; rebooting only clears the queue for a minute; what stops an application-layer flood is filtering upstream and at the edge.",
    vi = "Kỳ vọng: kích hoạt dịch vụ lọc lưu lượng của nhà cung cấp, đưa trang đăng nhập và tra cứu qua trang xác thực truy cập hoặc CDN, giới hạn tần suất theo địa chỉ, tách riêng đường trao đổi dữ liệu chi trả với Bưu điện và ngân hàng, đăng thông báo tình trạng dịch vụ. Đánh giá: thêm máy chủ chỉ nuôi thêm cuộc tấn công; khởi động lại chỉ giải phóng hàng đợi được một phút; thứ chặn được tấn công tầng ứng dụng là lọc từ phía nhà cung cấp và tại biên mạng.",
  },
  roles = { "central" },
}

decision {
  id = "ddos-response",
  on = ddos_start,
  roles = { "central" },
  within = "10m",
  prompt = {
    en = "Day 1, 09:15 — The portal and VssID are choking. What do you do?",
    vi = "Ngày 1, 09:15 — Cổng Dịch vụ công và VssID đang nghẽn. Đội làm gì?",
  },
  options = {
    { id = "add-servers",
      text = { en = "Spin up more web servers to absorb the load while the providers are called.",
               vi = "Bổ sung thêm máy chủ web để gánh tải trong lúc gọi nhà cung cấp." },
      score = { recover = 1, contain = -1 },
      set = { ddos_unmitigated = true },
      notes = { en = "The flood is bigger than any farm.", vi = "Lưu lượng tấn công lớn hơn bất kỳ cụm máy chủ nào." } },
    { id = "scrubbing",
      text = { en = "Turn on upstream scrubbing, put login behind a challenge, rate-limit, protect payments.",
               vi = "Kích hoạt lọc lưu lượng của nhà cung cấp, đặt đăng nhập sau trang xác thực, giới hạn tần suất, bảo vệ kênh chi trả." },
      score = { contain = 8, recover = 4, coordinate = 3 },
      notes = { en = "Stops the flood upstream; the challenge page confuses some elderly users.", vi = "Chặn lưu lượng từ phía nhà cung cấp; trang xác thực gây khó cho một số người cao tuổi." } },
    { id = "rate-limit",
      text = { en = "Rate-limit per address and block the worst sources at our own WAF, without calling in the providers.",
               vi = "Giới hạn tần suất theo từng địa chỉ và chặn các nguồn tấn công mạnh nhất trên WAF của mình, không cần gọi nhà cung cấp." },
      score = { contain = 3, recover = 1 },
      set = { ddos_unmitigated = true },
      notes = { en = "Helps against this wave; the link itself will fill.", vi = "Có ích với đợt này; nhưng đường truyền vẫn sẽ bị nghẽn." } },
    { id = "reboot",
      text = { en = "Restart the web servers and reverse proxies to clear the queues.",
               vi = "Khởi động lại máy chủ web và proxy ngược để giải phóng hàng đợi." },
      score = { recover = -2 },
      set = { ddos_unmitigated = true },
      notes = { en = "The queues fill again in seconds.", vi = "Hàng đợi đầy lại sau vài giây." } },
  },
  timeout = "reboot",
  speed = { full = "3m", zero = "10m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:35  VssID users
------------------------------------------------------------------------------------------

local vssid = inject {
  id = "vssid-complaints",
  at = "0:35",
  stage = "denial",
  severity = "medium",
  from = { en = "Customer support centre (hotline 1900 9068)", vi = "Trung tâm chăm sóc khách hàng (tổng đài 1900 9068)" },
  channel = "social",
  title = {
    en = "Day 1, 09:30 — VssID will not log in; the hotline queue is 400 calls long",
    vi = "Ngày 1, 09:30 — VssID không đăng nhập được; tổng đài có 400 cuộc gọi đang chờ",
  },
  body = {
    en = "The hotline has 400 callers waiting: pensioners cannot see whether their two-month payment has been made, and households cannot renew health insurance cards before Tết. The VssID page in the app store is filling with one-star reviews; a popular Facebook page asks \"Has VSS been hacked?\".",
    vi = "Tổng đài có 400 cuộc gọi đang chờ: người hưởng lương hưu không xem được khoản chi trả hai tháng đã về chưa, các hộ gia đình không gia hạn được thẻ BHYT trước Tết. Trang của VssID trên kho ứng dụng liên tục nhận đánh giá một sao; một trang Facebook đông người theo dõi đặt câu hỏi \"BHXH bị hack à?\".",
  },
  notes = {
    en = "Expected: a short, factual notice on the portal's status page, the official Facebook page and Zalo account, and a recorded hotline message: the portal and VssID are under a denial-of-service attack, data are safe as far as is known, pensions are being paid as normal, how to get help at post offices and provincial counters, when the next update comes. Evaluator: silence lets rumours fill the gap; naming a foreign culprit before the facts are known is speculation the agency may have to retract.",
    vi = "Kỳ vọng: thông báo ngắn gọn, đúng sự thật trên trang tình trạng dịch vụ, Fanpage và tài khoản Zalo chính thức, cùng lời nhắn ghi âm trên tổng đài: Cổng và VssID đang bị tấn công từ chối dịch vụ, theo thông tin hiện có dữ liệu vẫn an toàn, lương hưu vẫn được chi trả bình thường, người dân có thể được hỗ trợ ở đâu (điểm chi trả bưu điện, bộ phận một cửa BHXH các tỉnh), khi nào có thông tin tiếp theo. Đánh giá: im lặng để tin đồn lấp chỗ trống; quy kết cho thế lực nước ngoài khi chưa có căn cứ là suy đoán mà cơ quan có thể phải rút lại.",
  },
  roles = { "central" },
}

decision {
  id = "status-comms",
  on = vssid,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 09:30 — What do you tell the public now?",
    vi = "Ngày 1, 09:30 — Lúc này cơ quan thông tin gì tới người dân?",
  },
  options = {
    { id = "silent",
      text = { en = "Say nothing in public until the service is back, so as not to encourage the attackers or alarm pensioners.",
               vi = "Chưa thông tin gì ra bên ngoài cho tới khi dịch vụ hoạt động lại, để không khích lệ kẻ tấn công và không làm người hưởng lo lắng." },
      score = { communicate = -4 },
      notes = { en = "People fill the silence with rumours.", vi = "Người dân lấp khoảng trống bằng tin đồn." } },
    { id = "blame-foreign",
      text = { en = "Announce that foreign hostile forces are attacking the agency.",
               vi = "Thông báo cơ quan đang bị các thế lực thù địch nước ngoài tấn công." },
      score = { communicate = -1, analyse = -2 },
      notes = { en = "Unverified attribution.", vi = "Quy kết khi chưa xác minh." } },
    { id = "factual-notice",
      text = { en = "Notice on the status page, Facebook, Zalo and hotline: under attack, pensions paid as normal.",
               vi = "Thông báo ngắn trên trang trạng thái, Fanpage, Zalo và tổng đài: đang bị tấn công, lương hưu vẫn chi trả." },
      score = { communicate = 8, coordinate = 2 },
      notes = { en = "Accurate and useful; it admits the attack in public.", vi = "Chính xác và hữu ích; cơ quan công khai thừa nhận bị tấn công." } },
    { id = "maintenance-note",
      text = { en = "Post that the portal is slow because of high demand at the payment peak, and give the hotline.",
               vi = "Đăng thông báo Cổng chậm do lượng truy cập cao dịp chi trả, kèm số tổng đài." },
      score = { communicate = 2 },
      notes = { en = "Calms people today; not quite true, and the hacktivists will say so.", vi = "Trấn an được hôm nay; nhưng không hoàn toàn đúng, và nhóm tấn công sẽ lên tiếng." } },
  },
  timeout = "silent",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:40  Queues at the counters and the post offices (provincial teams)
------------------------------------------------------------------------------------------

local counter_queues = inject {
  id = "counter-queues",
  at = "0:40",
  stage = "denial",
  severity = "medium",
  from = { en = "Reception desk, provincial office", vi = "Bộ phận tiếp nhận và trả kết quả, BHXH tỉnh" },
  channel = "phone",
  title = {
    en = "Day 1, 09:35 — Pensioners queue because VssID and the portal are down",
    vi = "Ngày 1, 09:35 — Người hưởng xếp hàng vì VssID và Cổng không truy cập được",
  },
  body = {
    en = "09:35. Pensioners who cannot open VssID are queuing at the counters and at three post offices to ask whether their Tết payment is coming. The hotline is saturated, and a commune People's Committee asks what to tell residents.",
    vi = "09:35. Người hưởng không mở được VssID đang xếp hàng tại bộ phận một cửa và ba điểm bưu điện để hỏi khoản chi trả dịp Tết có được nhận không. Tổng đài quá tải, và một UBND xã hỏi cần thông báo gì cho người dân.",
  },
  notes = {
    en = "Provincial teams. Expected: give the counters and post offices a short script (payments are made as usual, the dates, VssID is under attack and will return, nobody from VSS will call to ask for codes), let the post offices check the payment lists they already hold, and ask the communes to relay the same message. Evaluator: sending people home without an answer, or waiting for the centre's text, leaves the rumours to grow.",
    vi = "Dành cho các đội cấp tỉnh. Kỳ vọng: cung cấp cho bộ phận một cửa và các điểm bưu điện nội dung trả lời ngắn gọn (vẫn chi trả bình thường, lịch chi trả, VssID đang bị tấn công và sẽ hoạt động lại, BHXH không gọi điện hỏi mã xác thực), để bưu điện tra cứu trên danh sách chi trả đã có, và đề nghị UBND xã thông báo cùng nội dung. Đánh giá: để người dân ra về không có câu trả lời, hoặc chờ văn bản của Trung tâm, là để tin đồn lan rộng.",
  },
  roles = { "provincial" },
}

decision {
  id = "local-service",
  on = counter_queues,
  roles = { "provincial" },
  within = "20m",
  prompt = {
    en = "Day 1, 09:35 — What do the counters and the post offices tell people?",
    vi = "Ngày 1, 09:35 — Bộ phận một cửa và bưu điện trả lời người dân thế nào?",
  },
  options = {
    { id = "script-only",
      text = { en = "Give the counters and post offices a short script to answer with; lookups wait until VssID is back.",
               vi = "Cung cấp nội dung trả lời ngắn gọn cho bộ phận một cửa và bưu điện; việc tra cứu chờ đến khi VssID hoạt động lại." },
      score = { communicate = 4 },
      notes = { en = "Calms the queue; people still cannot check their payment.", vi = "Làm dịu hàng người chờ; nhưng người dân vẫn chưa tra cứu được." } },
    { id = "script-lists",
      text = { en = "A script for counters and post offices, lookups on the payment lists, communes told.",
               vi = "Nội dung trả lời ngắn cho một cửa và bưu điện, tra cứu trên danh sách chi trả, thông báo cả các xã." },
      score = { communicate = 6, recover = 3 },
      notes = { en = "Answers people where they are, today.", vi = "Trả lời người dân ngay tại nơi họ đến, ngay hôm nay." } },
    { id = "come-back",
      text = { en = "Ask people to come back tomorrow, when the systems will be working again.",
               vi = "Đề nghị người dân ngày mai quay lại, khi hệ thống đã hoạt động." },
      score = { communicate = -4 },
      notes = { en = "Elderly people travel twice, and nobody knows it will work tomorrow.", vi = "Người cao tuổi phải đi lại hai lần, và không ai chắc ngày mai hệ thống hoạt động." } },
  },
  timeout = "come-back",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:50  The smokescreen
------------------------------------------------------------------------------------------

local waf_upload = inject {
  id = "waf-alert-upload",
  at = "0:50",
  stage = "intrusion",
  attack = "T1190",
  severity = "high",
  from = { en = "Web application firewall", vi = "Tường lửa ứng dụng web (WAF)" },
  channel = "siem",
  title = {
    en = "Day 1, 09:45 — Buried in the flood: a file upload to an old news site",
    vi = "Ngày 1, 09:45 — Lẫn trong cơn lũ: một tệp được tải lên trang tin cũ",
  },
  body = {
    en = "Among thousands of flood alerts, the WAF logged 14 requests to the image-upload function of a provincial office's old news site, which runs a content management system unsupported since 2019 on the same web farm as the portal. One request uploaded a file named \"banner_tet.php.jpg\"; a minute later the same address called it with a parameter \"cmd=whoami\" and got a 200 response.",
    vi = "Giữa hàng nghìn cảnh báo về lưu lượng, WAF ghi nhận 14 yêu cầu gửi tới chức năng tải ảnh của trang tin điện tử cũ của một BHXH tỉnh, chạy phần mềm quản trị nội dung đã ngừng hỗ trợ từ năm 2019, đặt trên cùng cụm máy chủ web với Cổng. Một yêu cầu đã tải lên tệp \"banner_tet.php.jpg\"; một phút sau chính địa chỉ đó gọi tệp này với tham số \"cmd=whoami\" và nhận phản hồi 200.",
  },
  notes = {
    en = "Expected: assign someone who is not fighting the flood to this alert; isolate the old news site's server, image it, look for the web shell and anything it touched, and check the integrity of the portal's own content. Evaluator: this is the real attack; the flood was the cover. Teams that stay 'all hands on the DDoS' miss it. Blocking one IP address does nothing against a web shell already in place. Note the outdated, unsupported software left on shared infrastructure.",
    vi = "Kỳ vọng: giao một người không tham gia xử lý DDoS điều tra cảnh báo này; cô lập máy chủ trang tin cũ, sao chụp ổ đĩa, tìm web shell và những gì nó đã chạm tới, kiểm tra tính toàn vẹn nội dung của chính Cổng. Đánh giá: đây mới là cuộc tấn công thực sự; DDoS chỉ là màn khói. Đội nào dồn \"toàn lực cho DDoS\" sẽ bỏ lỡ. Chặn một địa chỉ IP không có tác dụng với web shell đã nằm sẵn trên máy chủ. Lưu ý phần mềm lỗi thời, hết hỗ trợ vẫn được để trên hạ tầng dùng chung.",
  },
  roles = { "central" },
}

decision {
  id = "smokescreen",
  on = waf_upload,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 09:45 — Everyone is busy with the flood. What about this alert?",
    vi = "Ngày 1, 09:45 — Mọi người đang dồn sức xử lý DDoS. Còn cảnh báo này thì sao?",
  },
  options = {
    { id = "investigate",
      text = { en = "Give it to someone off the DDoS team: isolate and image the old site, hunt the web shell.",
               vi = "Giao cho người ngoài nhóm chống DDoS: cô lập, sao chụp máy chủ trang cũ, truy tìm web shell." },
      score = { detect = 8, contain = 6, analyse = 4 },
      set = { shell_found = true },
      notes = { en = "Looks past the noise; the flood team is one person short.", vi = "Không để màn khói che mắt; nhóm chống DDoS thiếu một người." } },
    { id = "block-ip",
      text = { en = "Block the source address at the WAF and look at the upload when the flood is over.",
               vi = "Chặn địa chỉ nguồn trên WAF, xem xét tệp tải lên khi hết DDoS." },
      score = { contain = 1 },
      set = { webshell_live = true },
      notes = { en = "The shell is already uploaded.", vi = "Web shell đã được tải lên." } },
    { id = "isolate-site",
      text = { en = "Take the old news site off the network now and examine it after the flood, without imaging it first.",
               vi = "Ngắt ngay trang tin cũ khỏi mạng, đợi hết đợt DDoS rồi mới kiểm tra, và không sao chụp ổ đĩa máy chủ trước khi ngắt." },
      score = { contain = 4, analyse = -1 },
      set = { shell_found = true },
      notes = { en = "Cuts the shell off; what it touched is harder to know.", vi = "Cắt được web shell; khó biết nó đã tác động tới đâu." } },
    { id = "later",
      text = { en = "Log it; there is no one free until the flood is over.",
               vi = "Ghi nhận lại; hết DDoS mới có người xử lý." },
      score = { detect = -5 },
      set = { webshell_live = true },
      notes = { en = "The flood was the cover for this.", vi = "Cuộc tấn công từ chối dịch vụ là để che cho việc này." } },
  },
  timeout = "later",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:00  The leadership wants to know, and who has been told
------------------------------------------------------------------------------------------

local reporting = inject {
  id = "reporting",
  at = "1:00",
  stage = "denial",
  severity = "medium",
  from = { en = "Office of the VSS leadership", vi = "Văn phòng BHXH Việt Nam" },
  channel = "meeting",
  title = {
    en = "Day 1, 09:55 — The leadership asks for a situation report and who has been informed",
    vi = "Ngày 1, 09:55 — Lãnh đạo Ngành yêu cầu báo cáo tình hình và hỏi đã thông báo cho ai",
  },
  body = {
    en = "The Deputy Director General in charge of IT wants a situation report for the Director General before noon, and asks whether the national incident response coordinator and the police have been told.",
    vi = "Phó Tổng Giám đốc phụ trách CNTT yêu cầu có báo cáo tình hình gửi Tổng Giám đốc trước buổi trưa, và hỏi đã báo cơ quan điều phối ứng cứu sự cố quốc gia và cơ quan công an chưa.",
  },
  notes = {
    en = "Expected: a concise situation report to the leadership; an incident report now, under Decision 05/2017/QĐ-TTg, to the national coordinator (since 2025 at the Ministry of Public Security, A05; formerly VNCERT/CC), asking for support with the upstream providers because the flood is beyond the sector's own capacity; a criminal report to A05, which investigates attacks on state information systems. Evaluator: 'wait until it is over' is common and wrong: coordination helps most while the attack is live.",
    vi = "Kỳ vọng: báo cáo tình hình ngắn gọn cho Lãnh đạo; báo cáo sự cố ngay theo Quyết định 05/2017/QĐ-TTg tới cơ quan điều phối quốc gia (từ năm 2025 thuộc Bộ Công an, Cục A05; trước đây là VNCERT/CC), đề nghị hỗ trợ phối hợp với các nhà cung cấp đường truyền vì cuộc tấn công vượt quá khả năng tự xử lý của Ngành; trình báo A05, cơ quan điều tra các vụ tấn công hệ thống thông tin của Nhà nước. Đánh giá: \"đợi xong việc rồi báo\" là cách làm phổ biến nhưng sai: phối hợp có ích nhất khi cuộc tấn công còn đang diễn ra.",
  },
  roles = { "central" },
}

decision {
  id = "report",
  on = reporting,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 09:55 — Who do you report to, and when?",
    vi = "Ngày 1, 09:55 — Báo cáo cho ai, và khi nào?",
  },
  options = {
    { id = "after-incident",
      text = { en = "Report to everyone once the attack is over and the facts are clear.",
               vi = "Báo cáo tất cả các nơi khi cuộc tấn công kết thúc và đã rõ sự việc." },
      score = { coordinate = -3 },
      notes = { en = "Help is most useful now.", vi = "Hỗ trợ có ích nhất là ngay lúc này." } },
    { id = "leadership-only",
      text = { en = "Report to the leadership only; it is an internal matter for now.",
               vi = "Tạm thời chỉ báo cáo Lãnh đạo; đây là việc nội bộ." },
      score = { coordinate = -1, communicate = 1 },
      notes = { en = "An attack on a national public service is not internal.", vi = "Tấn công vào dịch vụ công quốc gia không phải việc nội bộ." } },
    { id = "report-now",
      text = { en = "Situation report now; incident report asking for support with the providers; report to A05.",
               vi = "Báo cáo tình hình ngay; báo cáo sự cố, đề nghị hỗ trợ với nhà cung cấp; báo A05." },
      score = { coordinate = 8, communicate = 3 },
      set = { reported = true },
      notes = { en = "Right bodies, while it still helps.", vi = "Đúng cơ quan, đúng lúc còn có ích." } },
    { id = "coordinator-only",
      text = { en = "Send the incident report to the national coordinator now; tell A05 once the attackers are known.",
               vi = "Gửi ngay báo cáo sự cố tới cơ quan điều phối quốc gia; báo A05 khi đã xác định được đối tượng." },
      score = { coordinate = 4, communicate = 1 },
      notes = { en = "Gets the support; the criminal report waits for facts the police should find.", vi = "Được hỗ trợ; nhưng trình báo tội phạm lại chờ những điều công an mới là bên xác minh." } },
  },
  timeout = "after-incident",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:10  Defacement, or the attempt that failed
------------------------------------------------------------------------------------------

local defacement = inject {
  id = "defacement",
  roles = { "central" },
  at = "1:10",
  stage = "defacement",
  attack = "T1491.002",
  severity = "critical",
  from = { en = "Duty officer, IT Centre", vi = "Cán bộ trực, Trung tâm CNTT" },
  channel = "phone",
  title = {
    en = "Day 1, 10:05 — The portal's home page now says pensions are suspended",
    vi = "Ngày 1, 10:05 — Trang chủ Cổng hiện thông báo tạm dừng chi trả lương hưu",
  },
  body = {
    en = "Between flood waves, the portal's home page loads, and it has been replaced: the group's logo, a mocking message, and a \"NOTICE from Vietnam Social Security\" stating that pension payments are suspended \"for verification\" and that pensioners must install the \"new VssID\" from vssid-moi[.]com to keep receiving them. The web shell on the old news site was used to write to the shared web content directory.",
    vi = "Giữa các đợt tấn công, trang chủ Cổng tải được, nhưng đã bị thay: biểu tượng của nhóm tin tặc, một thông điệp chế giễu, và \"THÔNG BÁO của Bảo hiểm xã hội Việt Nam\" về việc tạm dừng chi trả lương hưu \"để xác minh\", yêu cầu người hưởng cài \"VssID mới\" từ vssid-moi[.]com để tiếp tục được nhận. Web shell trên trang tin cũ đã được dùng để ghi vào thư mục nội dung web dùng chung.",
  },
  notes = {
    en = "Reached by teams that did not investigate the upload alert. Expected: replace the site at once with a static maintenance notice (from a clean source, served separately), preserve the server state for forensics, remove the web shell and cut the old site off the shared storage, restore content from a verified clean copy. Evaluator: editing the page back on the live server destroys evidence and leaves the web shell in place; leaving the false notice up 'while we investigate' lets it reach millions.",
    vi = "Chỉ xuất hiện với đội chưa điều tra cảnh báo tải tệp. Kỳ vọng: thay ngay trang bằng thông báo bảo trì tĩnh (lấy từ nguồn sạch, phục vụ riêng), giữ nguyên hiện trạng máy chủ để điều tra, gỡ web shell và ngắt trang tin cũ khỏi vùng lưu trữ dùng chung, khôi phục nội dung từ bản sao sạch đã kiểm tra. Đánh giá: sửa lại trang trực tiếp trên máy chủ đang chạy làm mất chứng cứ và web shell vẫn còn nguyên; để thông báo giả \"trong lúc điều tra\" là để nó tới được hàng triệu người.",
  },
  when = function(team) return team.flags.webshell_live == true end,
}

decision {
  id = "deface-response",
  on = defacement,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 10:05 — The false notice is live on the national portal. What do you do?",
    vi = "Ngày 1, 10:05 — Thông báo giả đang hiện trên Cổng Dịch vụ công. Đội làm gì?",
  },
  options = {
    { id = "leave-up",
      text = { en = "Leave it up for now so the forensic trail is not disturbed.",
               vi = "Tạm để nguyên để không làm xáo trộn dấu vết điều tra." },
      score = { contain = -6, communicate = -4 },
      notes = { en = "The lie stays on the national portal.", vi = "Thông tin sai vẫn nằm trên Cổng quốc gia." } },
    { id = "static-page",
      text = { en = "Serve a static notice from a clean copy, keep the server state, remove the shell.",
               vi = "Chuyển sang trang thông báo tĩnh từ nguồn sạch, giữ hiện trạng, gỡ web shell, khôi phục bản sạch." },
      score = { contain = 8, eradicate = 4, analyse = 3 },
      notes = { en = "Stops the lie, keeps the evidence, closes the door; the portal is static for a day.", vi = "Chặn thông tin sai, giữ chứng cứ, đóng cửa xâm nhập; Cổng chỉ là trang tĩnh trong một ngày." } },
    { id = "take-down",
      text = { en = "Take the portal offline entirely until the server has been examined and cleaned.",
               vi = "Ngắt hẳn Cổng cho tới khi kiểm tra xong máy chủ." },
      score = { contain = 5, recover = -3, analyse = 1 },
      notes = { en = "Stops the lie; the payment peak loses its portal.", vi = "Chặn được thông tin sai; nhưng dịp cao điểm chi trả mất Cổng." } },
    { id = "edit-live",
      text = { en = "Have a developer edit the home page back on the live server right away, so the notice disappears within minutes.",
               vi = "Giao lập trình viên sửa lại trang chủ ngay trên máy chủ đang chạy, để thông báo giả biến mất chỉ trong vài phút." },
      score = { contain = 2, analyse = -4 },
      triggers = { { "redeface", after = "20m" } },
      notes = { en = "Fixes what shows; the web shell stays.", vi = "Chỉ sửa phần hiển thị, web shell vẫn còn nguyên." } },
  },
  timeout = "leave-up",
  speed = { full = "3m", zero = "15m", floor = 0.5 },
}

inject {
  id = "defacement-attempt",
  roles = { "central" },
  at = "1:10",
  stage = "defacement",
  attack = "T1505.003",
  severity = "medium",
  from = { en = "Forensic analyst, central incident response team", vi = "Chuyên viên điều tra số, đội ứng cứu sự cố Trung tâm CNTT" },
  channel = "chat",
  title = {
    en = "Day 1, 10:05 — Web shell found; the attempt to rewrite the portal failed",
    vi = "Ngày 1, 10:05 — Đã tìm thấy web shell; nỗ lực ghi đè Cổng không thành",
  },
  body = {
    en = "The image of the old news site's server contains the web shell and a prepared page with a false \"pensions suspended\" notice and a link to vssid-moi[.]com. At 10:05 the attacker tried to write it to the shared web content directory, but the server had already been cut off from it. The portal's content is intact.",
    vi = "Bản sao ổ đĩa máy chủ trang tin cũ có web shell và một trang đã soạn sẵn với thông báo giả \"tạm dừng chi trả lương hưu\" kèm đường dẫn tới vssid-moi[.]com. Lúc 10:05 kẻ tấn công cố ghi trang này vào thư mục nội dung web dùng chung, nhưng máy chủ đã bị ngắt khỏi đó từ trước. Nội dung Cổng vẫn nguyên vẹn.",
  },
  notes = {
    en = "Reached by teams that investigated the upload alert: the smokescreen failed. Expected: keep the evidence for A05, expect the group to push the false notice through social media instead (it will), and prepare the public rebuttal in advance. Evaluator: credit the team for separating the DDoS work from intrusion handling.",
    vi = "Chỉ xuất hiện với đội đã điều tra cảnh báo tải tệp: màn khói đã thất bại. Kỳ vọng: lưu giữ chứng cứ để cung cấp cho A05, lường trước việc nhóm tin tặc sẽ tung thông báo giả qua mạng xã hội (điều đó sẽ xảy ra), chuẩn bị sẵn nội dung bác bỏ. Đánh giá: ghi nhận đội đã tách việc xử lý DDoS với việc xử lý xâm nhập.",
  },
  when = function(team) return team.flags.shell_found == true end,
}

------------------------------------------------------------------------------------------
-- T+1:20  The false notice spreads; the fake app
------------------------------------------------------------------------------------------

local fake_notice = inject {
  id = "fake-notice",
  at = "1:20",
  stage = "defacement",
  attack = "T1660",
  severity = "high",
  from = { en = "Press office, VSS", vi = "Bộ phận truyền thông, BHXH Việt Nam" },
  channel = "social",
  title = {
    en = "Day 1, 10:15 — \"Pensions suspended\" notice and a fake VssID app spread on Facebook and Zalo",
    vi = "Ngày 1, 10:15 — Thông báo \"tạm dừng chi trả lương hưu\" và ứng dụng VssID giả lan trên Facebook, Zalo",
  },
  body = {
    en = "Images of the false notice, with the agency's logo, are being shared in Facebook groups and Zalo family chats. vssid-moi[.]com, registered three days ago, offers an Android file that asks for permission to read text messages. Post offices report pensioners asking whether they will be paid; two provincial offices have already received people who installed the app and lost money from their bank accounts.",
    vi = "Ảnh chụp thông báo giả, có biểu tượng của Ngành, đang được chia sẻ trong các nhóm Facebook và nhóm Zalo gia đình. Tên miền vssid-moi[.]com, đăng ký ba ngày trước, cung cấp tệp cài đặt Android yêu cầu quyền đọc tin nhắn. Các điểm chi trả bưu điện cho biết người hưởng lo lắng hỏi có được nhận tiền không; hai BHXH tỉnh đã tiếp nhận người dân cài ứng dụng này và bị mất tiền trong tài khoản ngân hàng.",
  },
  notes = {
    en = "Expected: an official rebuttal on every channel (portal, VssID notification, Facebook, Zalo, press, provincial offices, post offices): pensions are paid as normal, VssID is only installed from the official app stores, never install an app from a link. Ask the national coordinator and A05, and the platforms, to take down the domain and the file; report the victims' cases to the police. Evaluator: one Facebook post is not enough for elderly people who use Zalo and post offices; ignoring it leaves people losing money.",
    vi = "Kỳ vọng: bác bỏ chính thức trên mọi kênh (Cổng, thông báo đẩy trên VssID, Fanpage, Zalo, báo chí, BHXH các tỉnh, điểm chi trả bưu điện): lương hưu vẫn chi trả bình thường, VssID chỉ cài từ kho ứng dụng chính thức, tuyệt đối không cài ứng dụng từ đường dẫn. Đề nghị cơ quan điều phối quốc gia, A05 và các nền tảng gỡ bỏ tên miền và tệp cài đặt; chuyển các trường hợp bị mất tiền tới cơ quan công an. Đánh giá: một bài đăng Facebook là không đủ với người cao tuổi vốn dùng Zalo và đến bưu điện; bỏ qua là để người dân tiếp tục mất tiền.",
  },
  roles = { "central" },
}

decision {
  id = "counter-disinfo",
  on = fake_notice,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 10:15 — How do you counter the false notice and the fake app?",
    vi = "Ngày 1, 10:15 — Đội bác bỏ thông báo giả và ứng dụng giả mạo thế nào?",
  },
  options = {
    { id = "facebook-post",
      text = { en = "Post a denial on the official Facebook page, with the correct VssID store link.",
               vi = "Đăng bài bác bỏ trên Fanpage chính thức, kèm đường dẫn tải VssID chính thức." },
      score = { communicate = 3 },
      notes = { en = "Right message, too few channels.", vi = "Đúng thông điệp nhưng quá ít kênh." } },
    { id = "all-channels",
      text = { en = "Rebut everywhere: portal, VssID, Facebook, Zalo, press; A05 takes the app down.",
               vi = "Bác bỏ trên mọi kênh: Cổng, VssID, Fanpage, Zalo, báo chí; A05 và các nền tảng gỡ ứng dụng giả." },
      score = { communicate = 8, coordinate = 6 },
      notes = { en = "Reaches the people at risk and removes the trap.", vi = "Tới được những người có nguy cơ và gỡ bỏ cái bẫy." } },
    { id = "takedown-first",
      text = { en = "Have A05 and the platforms take the fake domain and the app down first, then post a single denial.",
               vi = "Đề nghị A05 và các nền tảng gỡ tên miền giả và ứng dụng giả trước, sau đó mới đăng một bài bác bỏ duy nhất." },
      score = { coordinate = 5, communicate = 1 },
      notes = { en = "Removes the trap; the notice keeps circulating as images.", vi = "Gỡ được cái bẫy; nhưng ảnh chụp thông báo giả vẫn lan truyền." } },
    { id = "ignore-fake",
      text = { en = "Ignore it; people know the agency would never do that.",
               vi = "Bỏ qua; người dân biết cơ quan không bao giờ làm vậy." },
      score = { communicate = -6 },
      notes = { en = "Two provinces already have victims.", vi = "Hai tỉnh đã có người bị hại." } },
  },
  timeout = "ignore-fake",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:25  Victims of the fake app in the province (provincial teams)
------------------------------------------------------------------------------------------

local app_victims = inject {
  id = "app-victims",
  at = "1:25",
  stage = "defacement",
  severity = "high",
  from = { en = "Director of the provincial office", vi = "Giám đốc BHXH tỉnh" },
  channel = "meeting",
  title = {
    en = "Day 1, 10:20 — Residents who installed the fake VssID app have lost money",
    vi = "Ngày 1, 10:20 — Người dân cài ứng dụng VssID giả đã bị mất tiền",
  },
  body = {
    en = "10:20. Two residents who installed the fake VssID app have come to the office; their bank accounts were emptied overnight. The provincial police cyber unit (PA05) asks for details, and the chairman of a commune asks whether to warn people over the loudspeakers.",
    vi = "10:20. Hai người dân cài ứng dụng VssID giả đã đến cơ quan; tài khoản ngân hàng của họ bị rút sạch trong đêm. Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05) Công an tỉnh đề nghị cung cấp thông tin, và Chủ tịch một xã hỏi có nên cảnh báo qua loa truyền thanh không.",
  },
  notes = {
    en = "Provincial teams. Expected: help the victims report to PA05 (with what they installed and from where), ask the communes to warn over the loudspeakers and at meetings, and post the warning at counters and post offices: install VssID only from the official stores. Evaluator: the message needs no approval; waiting for the centre costs more victims.",
    vi = "Dành cho các đội cấp tỉnh. Kỳ vọng: hỗ trợ người bị hại trình báo PA05 (ứng dụng đã cài, tải từ đâu), đề nghị các xã cảnh báo qua loa truyền thanh và các buổi họp, niêm yết cảnh báo tại một cửa và bưu điện: chỉ cài VssID từ kho ứng dụng chính thức. Đánh giá: thông điệp này không cần chờ phê duyệt; chờ Trung tâm là để thêm người bị hại.",
  },
  roles = { "provincial" },
}

decision {
  id = "local-warning",
  on = app_victims,
  roles = { "provincial" },
  within = "20m",
  prompt = {
    en = "Day 1, 10:20 — What does the provincial office do?",
    vi = "Ngày 1, 10:20 — BHXH tỉnh làm gì?",
  },
  options = {
    { id = "victims-only",
      text = { en = "Help the two victims report to PA05 and leave public warnings to the IT Centre.",
               vi = "Hỗ trợ hai người bị hại trình báo PA05, việc cảnh báo công khai để Trung tâm CNTT lo." },
      score = { coordinate = 4 },
      notes = { en = "Helps two people; the next ones are not warned.", vi = "Giúp được hai người; những người tiếp theo không được cảnh báo." } },
    { id = "pa05-communes",
      text = { en = "Help the victims report to PA05, have the communes warn by loudspeaker, post warnings.",
               vi = "Hỗ trợ người bị hại trình báo PA05, đề nghị các xã cảnh báo qua loa truyền thanh, niêm yết cảnh báo." },
      score = { communicate = 6, coordinate = 5 },
      notes = { en = "Reaches the residents the app is aimed at.", vi = "Tới được đúng những người dân mà ứng dụng giả nhắm tới." } },
    { id = "wait-centre",
      text = { en = "Tell the commune and PA05 to wait for the IT Centre's official notice before anyone speaks to the residents.",
               vi = "Trả lời xã và PA05 chờ văn bản thông báo chính thức của Trung tâm CNTT rồi mới lên tiếng với người dân trên địa bàn." },
      score = { communicate = -4, coordinate = -2 },
      notes = { en = "More victims while the notice is drafted.", vi = "Thêm người bị hại trong lúc chờ soạn văn bản." } },
  },
  timeout = "wait-centre",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (edit on the live server): defaced again
------------------------------------------------------------------------------------------

local redeface = inject {
  id = "redeface",
  roles = { "central" },
  stage = "defacement",
  attack = "T1505.003",
  severity = "critical",
  from = { en = "Duty officer, IT Centre", vi = "Cán bộ trực, Trung tâm CNTT" },
  channel = "phone",
  title = {
    en = "Day 1, 10:25 — Defaced again, twenty minutes after the fix",
    vi = "Ngày 1, 10:25 — Trang lại bị thay giao diện hai mươi phút sau khi sửa",
  },
  body = {
    en = "The home page has been replaced again, now with screenshots of the developer's fix and the caption \"try again\". The web shell on the old news site is still there, and the developer's edits overwrote the timestamps investigators needed.",
    vi = "Trang chủ lại bị thay, lần này kèm ảnh chụp thao tác sửa trang của lập trình viên và dòng chữ \"thử lại đi\". Web shell trên trang tin cũ vẫn còn nguyên, còn thao tác sửa của lập trình viên đã ghi đè các mốc thời gian mà điều tra viên cần.",
  },
  notes = {
    en = "Consequence of editing the page back on the live server. Expected: now do it properly: static notice from a clean source, isolate the shared storage, remove the web shell, rebuild. Evaluator: repainting a defaced page is not recovery; the entry point must be closed first.",
    vi = "Hệ quả của việc sửa trang trực tiếp trên máy chủ đang chạy. Kỳ vọng: lần này làm đúng: thông báo tĩnh từ nguồn sạch, cô lập vùng lưu trữ dùng chung, gỡ web shell, dựng lại. Đánh giá: sơn lại trang bị thay giao diện không phải là khôi phục; phải đóng cửa xâm nhập trước.",
  },
}

decision {
  id = "redeface-response",
  on = redeface,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 10:25 — Defaced again. What now?",
    vi = "Ngày 1, 10:25 — Trang lại bị thay đổi giao diện. Đội làm gì?",
  },
  options = {
    { id = "take-down",
      text = { en = "Take the portal offline until the web shell has been found and removed.",
               vi = "Ngắt Cổng cho tới khi tìm và gỡ được web shell." },
      score = { contain = 4, recover = -2 },
      notes = { en = "Stops the lie; the payment peak loses its portal.", vi = "Chặn thông tin sai; dịp cao điểm chi trả mất Cổng." } },
    { id = "static-rebuild",
      text = { en = "Serve a static notice from a clean copy, cut off the old site, remove the shell, rebuild.",
               vi = "Chuyển sang trang tĩnh từ bản sạch, ngắt trang tin cũ, gỡ web shell, dựng lại." },
      score = { contain = 6, eradicate = 4 },
      notes = { en = "What the first fix should have been.", vi = "Việc lẽ ra phải làm ngay từ lần đầu." } },
    { id = "edit-again",
      text = { en = "Have the developer restore the page again and lock the CMS account he used.",
               vi = "Giao lập trình viên sửa lại trang lần nữa và khóa tài khoản quản trị nội dung đã dùng." },
      score = { contain = -2, analyse = -2 },
      notes = { en = "The shell does not need that account.", vi = "Web shell không cần tài khoản đó." } },
  },
  timeout = "edit-again",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:30  Extortion
------------------------------------------------------------------------------------------

local ransom_ddos = inject {
  id = "ransom-ddos",
  at = "1:30",
  stage = "denial",
  attack = "T1657",
  severity = "high",
  from = { en = "Email to the agency's public mailbox", vi = "Thư gửi hộp thư công khai của cơ quan" },
  channel = "email",
  title = {
    en = "Day 1, 10:25 — \"Pay 5 BTC or next time it is 500 Gbps\"",
    vi = "Ngày 1, 10:25 — \"Trả 5 BTC, nếu không lần tới sẽ là 500 Gbps\"",
  },
  body = {
    en = "An email signed by the group demands 5 BTC within 24 hours \"to stop the Tết operation\", threatening a 500 Gbps attack on the payment days and the publication of \"all VssID data\". It gives a wallet address and a Telegram handle for replies.",
    vi = "Một thư ký tên nhóm tin tặc đòi 5 BTC trong 24 giờ \"để dừng chiến dịch Tết\", đe dọa tấn công 500 Gbps vào các ngày chi trả và công bố \"toàn bộ dữ liệu VssID\". Thư có địa chỉ ví và tài khoản Telegram để liên lạc.",
  },
  notes = {
    en = "Expected: no reply, no payment; preserve the email with headers, the wallet and the handle; pass them to A05; share the threat with the providers so they are ready for a larger attack. Check whether the data claim has any basis (there is none so far; treat as a bluff but verify). Evaluator: replying to 'test their seriousness' confirms a live, frightened target.",
    vi = "Kỳ vọng: không trả lời, không trả tiền; lưu giữ thư kèm tiêu đề, địa chỉ ví và tài khoản Telegram; chuyển cho A05; thông tin cho nhà cung cấp đường truyền để sẵn sàng cho đợt tấn công lớn hơn. Kiểm tra lời đe dọa về dữ liệu có căn cứ hay không (đến lúc này chưa có; coi là hù dọa nhưng vẫn phải xác minh). Đánh giá: trả lời \"để thăm dò\" là xác nhận cho kẻ tấn công rằng đây là mục tiêu đang hoảng sợ.",
  },
  roles = { "central" },
}

decision {
  id = "extortion",
  on = ransom_ddos,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 10:25 — What do you do with the demand?",
    vi = "Ngày 1, 10:25 — Đội xử lý yêu cầu tống tiền thế nào?",
  },
  options = {
    { id = "preserve-refer",
      text = { en = "No reply, no payment: keep the email and wallet, pass them to A05, warn the providers.",
               vi = "Không trả lời, không trả tiền: lưu thư, địa chỉ ví và tài khoản, chuyển A05, báo nhà cung cấp." },
      score = { coordinate = 6, analyse = 3 },
      notes = { en = "Evidence to the police, no engagement.", vi = "Chứng cứ cho công an, không tiếp xúc." } },
    { id = "reply",
      text = { en = "Reply to test whether they are serious about the customer data.",
               vi = "Trả lời để thăm dò xem chúng có thật sự có dữ liệu khách hàng không." },
      score = { coordinate = -4 },
      triggers = { { "extortion-escalates", after = "15m" } },
      notes = { en = "Engagement is what they want.", vi = "Tiếp xúc chính là điều chúng muốn." } },
    { id = "check-claim",
      text = { en = "Have the SOC check whether any customer data really left the portal before deciding whom to tell.",
               vi = "Giao bộ phận SOC kiểm tra xem có dữ liệu khách hàng nào thực sự bị đưa ra khỏi Cổng trước khi quyết định báo cho ai." },
      score = { analyse = 3, coordinate = 1 },
      notes = { en = "A fair question; the evidence waits and A05 hears late.", vi = "Câu hỏi hợp lý; nhưng chứng cứ phải chờ và A05 biết muộn." } },
    { id = "consider-paying",
      text = { en = "Ask the leadership to consider paying to protect the payment days.",
               vi = "Đề xuất Lãnh đạo cân nhắc trả tiền để bảo vệ các ngày chi trả." },
      score = { coordinate = -8 },
      notes = { en = "Public money to criminals, and no guarantee.", vi = "Tiền công cho tội phạm, và không có gì bảo đảm." } },
    { id = "delete-it",
      text = { en = "Delete it; it is spam.",
               vi = "Xóa đi; thư rác thôi." },
      score = { coordinate = -1, analyse = -2 },
      notes = { en = "Evidence deleted.", vi = "Xóa mất chứng cứ." } },
  },
  timeout = "delete-it",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

local extortion_escalates = inject {
  id = "extortion-escalates",
  roles = { "central" },
  stage = "denial",
  attack = "T1657",
  severity = "high",
  from = { en = "Telegram channel of the group", vi = "Kênh Telegram của nhóm tin tặc" },
  channel = "social",
  title = {
    en = "Day 1, 10:40 — The group posts the agency's reply and doubles the price",
    vi = "Ngày 1, 10:40 — Nhóm tin tặc đăng thư trả lời của cơ quan và tăng gấp đôi số tiền",
  },
  body = {
    en = "The group has posted a screenshot of the reply from the agency's mailbox, with the caption \"VSS is negotiating\", and raised the demand to 10 BTC. Two newspapers ask whether the agency is in talks with hackers.",
    vi = "Nhóm tin tặc đăng ảnh chụp thư trả lời từ hộp thư của cơ quan, kèm chú thích \"BHXH đang thương lượng\", và nâng yêu cầu lên 10 BTC. Hai tờ báo hỏi có phải cơ quan đang đàm phán với tin tặc hay không.",
  },
  notes = {
    en = "Consequence of replying. Expected: stop all contact, pass the exchange to A05, and have the spokesperson state plainly that the agency does not negotiate with or pay attackers. Evaluator: every word sent to an extortionist is material for the next post.",
    vi = "Hệ quả của việc trả lời. Kỳ vọng: dừng mọi liên lạc, chuyển toàn bộ trao đổi cho A05, người phát ngôn khẳng định rõ cơ quan không thương lượng và không trả tiền cho kẻ tấn công. Đánh giá: mỗi chữ gửi cho kẻ tống tiền là chất liệu cho bài đăng tiếp theo của chúng.",
  },
}

decision {
  id = "escalation-response",
  on = extortion_escalates,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 10:40 — The reply is public and the price has doubled. What now?",
    vi = "Ngày 1, 10:40 — Thư trả lời đã bị công khai và giá đòi đã tăng gấp đôi. Đội làm gì?",
  },
  options = {
    { id = "stop-quietly",
      text = { en = "Stop the contact and give A05 the exchange, but make no public statement.",
               vi = "Dừng liên lạc và giao A05 toàn bộ trao đổi, nhưng không phát ngôn công khai." },
      score = { coordinate = 4, communicate = -1 },
      notes = { en = "Right with the police; the newspapers write 'in talks'.", vi = "Đúng với công an; nhưng báo chí sẽ viết là \"đang đàm phán\"." } },
    { id = "stop-state",
      text = { en = "Stop all contact, give A05 the exchange, say publicly that the agency never pays.",
               vi = "Dừng mọi liên lạc, giao A05 toàn bộ trao đổi, người phát ngôn khẳng định cơ quan không bao giờ trả tiền." },
      score = { coordinate = 6, communicate = 3 },
      notes = { en = "Closes the channel in public.", vi = "Đóng kênh liên lạc một cách công khai." } },
    { id = "keep-talking",
      text = { en = "Keep the conversation going to learn more about the group, its wallet and its members before the police act.",
               vi = "Tiếp tục trao đổi để tìm hiểu thêm về nhóm tin tặc, ví tiền và các thành viên của chúng trước khi cơ quan công an vào cuộc." },
      score = { coordinate = -5 },
      notes = { en = "Police work done by the victim.", vi = "Nạn nhân làm thay việc của cơ quan công an." } },
  },
  timeout = "keep-talking",
  speed = { full = "10m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:40  The link saturates (where the flood was not filtered upstream)
------------------------------------------------------------------------------------------

local volumetric = inject {
  id = "volumetric",
  roles = { "central" },
  at = "1:40",
  stage = "denial",
  attack = "T1498.001",
  severity = "critical",
  from = { en = "Network operations, data centre", vi = "Bộ phận vận hành mạng, Trung tâm dữ liệu" },
  channel = "siem",
  title = {
    en = "Day 1, 10:35 — The internet link is full: I-VAN receipt and email are down too",
    vi = "Ngày 1, 10:35 — Đường truyền internet bị bão hòa: tiếp nhận hồ sơ I-VAN và thư điện tử cũng ngừng",
  },
  body = {
    en = "The attackers have added a volumetric flood of 40 Gbps. The data centre's internet links are saturated: besides the portal and VssID, the receipt of electronic declarations from I-VAN providers and the agency's email are now unreachable. The payment data exchange with Vietnam Post shares the same links.",
    vi = "Kẻ tấn công bổ sung đợt tấn công lưu lượng lớn 40 Gbps. Các đường truyền internet của Trung tâm dữ liệu bị bão hòa: ngoài Cổng và VssID, việc tiếp nhận hồ sơ điện tử từ các tổ chức I-VAN và hệ thống thư điện tử cũng không truy cập được. Kênh trao đổi dữ liệu chi trả với Bưu điện dùng chung các đường truyền này.",
  },
  notes = {
    en = "Reached by teams that did not bring in upstream scrubbing at the start. Expected: call the providers now for scrubbing or, as a last resort, remote-triggered blackholing of the portal's address to save the other services; move the payment data exchange to a dedicated line or VPN. Evaluator: a flood bigger than the link can only be stopped upstream; this is why the contacts and contracts must exist before the attack.",
    vi = "Chỉ xuất hiện với đội chưa sử dụng dịch vụ lọc lưu lượng của nhà cung cấp từ đầu. Kỳ vọng: gọi ngay nhà cung cấp để lọc lưu lượng, hoặc biện pháp cuối cùng là định tuyến hủy (blackhole) địa chỉ của Cổng để cứu các dịch vụ khác; chuyển kênh trao đổi dữ liệu chi trả sang đường truyền riêng hoặc VPN. Đánh giá: lưu lượng lớn hơn dung lượng đường truyền chỉ có thể chặn từ phía nhà cung cấp; đó là lý do đầu mối và hợp đồng phải có trước khi bị tấn công.",
  },
  when = function(team) return team.flags.ddos_unmitigated == true end,
}

decision {
  id = "link-saturation",
  on = volumetric,
  roles = { "central" },
  within = "10m",
  prompt = {
    en = "Day 1, 10:35 — Every internet-facing service is down. What now?",
    vi = "Ngày 1, 10:35 — Mọi dịch vụ kết nối internet đều ngừng. Đội làm gì?",
  },
  options = {
    { id = "wait-out",
      text = { en = "Wait for the attack to die down; floods rarely last long.",
               vi = "Chờ cuộc tấn công tự giảm; tấn công lưu lượng thường không kéo dài." },
      score = { recover = -5 },
      notes = { en = "This one has lasted ninety minutes.", vi = "Cuộc tấn công này đã kéo dài chín mươi phút." } },
    { id = "upstream-now",
      text = { en = "Get the providers scrubbing now, blackhole the portal if needed, move payments to a dedicated link.",
               vi = "Đề nghị nhà cung cấp lọc ngay, tạm chặn địa chỉ Cổng nếu cần, chuyển kênh chi trả sang đường truyền riêng." },
      score = { contain = 5, recover = 4 },
      notes = { en = "Saves the payment channel at the cost of the portal for a while.", vi = "Giữ được kênh chi trả, đổi lại Cổng tạm ngừng một thời gian." } },
    { id = "payments-only",
      text = { en = "Move the payment exchange to the dedicated leased line now, and leave the rest of the traffic until the flood passes.",
               vi = "Chuyển ngay kênh trao đổi dữ liệu chi trả sang đường truyền thuê riêng, phần lưu lượng còn lại chờ đến khi hết tấn công." },
      score = { recover = 4 },
      notes = { en = "Payments go out; every other service stays down.", vi = "Chi trả vẫn thông suốt; mọi dịch vụ khác vẫn ngừng." } },
    { id = "unplug",
      text = { en = "Disconnect the data centre from the internet entirely.",
               vi = "Ngắt hoàn toàn Trung tâm dữ liệu khỏi internet." },
      score = { contain = 1, recover = -3 },
      notes = { en = "Completes the attack for them.", vi = "Hoàn thành cuộc tấn công thay cho chúng." } },
  },
  timeout = "wait-out",
  speed = { full = "3m", zero = "10m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:45  What the provinces did about the fake app decides what the IT Centre faces
------------------------------------------------------------------------------------------

-- Fewer than a third of the provinces had their communes warn residents (or none took part).
local function few_warned(team)
  local n, of = team:sector("provincial", "local-warning", "pa05-communes")
  return of == 0 or n * 3 < of
end

local fake_app_spreading = inject {
  id = "fake-app-spreading",
  roles = { "central" },
  at = "1:45",
  stage = "defacement",
  severity = "high",
  from = { en = "Hotline supervisor, IT Centre", vi = "Trưởng ca tổng đài, Trung tâm CNTT" },
  channel = "phone",
  title = {
    en = "Day 1, 10:40 — Victims of the fake VssID app keep calling from provinces that sent no warning",
    vi = "Ngày 1, 10:40 — Người bị hại vì ứng dụng VssID giả vẫn gọi đến từ các tỉnh chưa phát cảnh báo",
  },
  body = {
    en = "10:40. Fewer than a third of the provinces have had their communes and police warn residents about the fake VssID app; the others helped the victims who came in or are waiting for the IT Centre's notice. The hotline has taken 60 calls from new victims in the last half hour, most from provinces that have said nothing in public.",
    vi = "10:40. Chưa đến một phần ba số tỉnh đã đề nghị xã, phường và công an cảnh báo người dân về ứng dụng VssID giả; các tỉnh còn lại chỉ hỗ trợ người bị hại đến trình báo hoặc đang chờ văn bản của Trung tâm. Trong nửa giờ qua, tổng đài nhận 60 cuộc gọi của người bị hại mới, phần lớn từ các tỉnh chưa phát đi cảnh báo nào.",
  },
  notes = {
    en = "Reached only by the IT Centre, and only when fewer than a third of the provinces chose pa05-communes in local-warning (team:sector). Expected: a warning that reaches every province at once: a national takedown and SMS request through A05 and the carriers, or at least a warning in VssID and on the portal with a ready-made notice for the communes. Evaluator: leaving it to the provinces is what let the scam spread.",
    vi = "Chỉ đội Trung tâm CNTT nhận được, và chỉ khi chưa đến một phần ba số tỉnh chọn pa05-communes ở quyết định local-warning (team:sector). Kỳ vọng: một cảnh báo tới mọi tỉnh cùng lúc: đề nghị Cục A05 và các nhà mạng gỡ ứng dụng, trang giả và nhắn tin cảnh báo toàn quốc, hoặc ít nhất là cảnh báo trên VssID, Cổng dịch vụ công kèm mẫu thông báo cho xã, phường. Đánh giá: để từng tỉnh tự lo chính là điều đã để chiêu lừa lan rộng.",
  },
  when = few_warned,
}

decision {
  id = "fake-app-national",
  on = fake_app_spreading,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 10:40 — Most provinces have not warned their residents. What does the IT Centre do?",
    vi = "Ngày 1, 10:40 — Phần lớn các tỉnh chưa cảnh báo người dân. Trung tâm CNTT làm gì?",
  },
  options = {
    { id = "national-takedown",
      text = { en = "Ask A05 for a national takedown of the fake app and pages, and the carriers for a warning SMS.",
               vi = "Đề nghị Cục A05 gỡ ứng dụng, trang giả trên toàn quốc và đề nghị các nhà mạng nhắn tin cảnh báo." },
      score = { communicate = 4, coordinate = 4 },
      notes = { en = "Reaches every subscriber within hours; needs A05 and the carriers to act.", vi = "Tới mọi thuê bao trong vài giờ; cần Cục A05 và các nhà mạng vào cuộc." } },
    { id = "vssid-banner",
      text = { en = "Put a warning on the VssID login screen and the portal, and send the communes a ready-made notice.",
               vi = "Đưa cảnh báo lên màn hình đăng nhập VssID, Cổng dịch vụ công và gửi xã, phường mẫu thông báo soạn sẵn." },
      score = { communicate = 5, coordinate = 1 },
      notes = { en = "Fast and in the agency's hands; misses people who only installed the fake app.", vi = "Nhanh và do Ngành chủ động; không tới được người chỉ cài ứng dụng giả." } },
    { id = "leave-provinces",
      text = { en = "Leave the warnings to the provinces, which know their communes, and keep the IT Centre on the portal.",
               vi = "Để các tỉnh tự cảnh báo vì họ nắm rõ xã, phường của mình; Trung tâm tập trung khôi phục Cổng." },
      score = { communicate = -3, coordinate = -2 },
      notes = { en = "The silent provinces stay silent.", vi = "Tỉnh nào chưa cảnh báo vẫn sẽ im lặng." } },
  },
  timeout = "leave-provinces",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

inject {
  id = "provinces-warned",
  roles = { "central" },
  at = "1:45",
  stage = "defacement",
  severity = "medium",
  from = { en = "Hotline supervisor, IT Centre", vi = "Trưởng ca tổng đài, Trung tâm CNTT" },
  channel = "phone",
  title = {
    en = "Day 1, 10:40 — A third or more of the provinces have warned residents about the fake app",
    vi = "Ngày 1, 10:40 — Từ một phần ba số tỉnh trở lên đã cảnh báo người dân về ứng dụng giả",
  },
  body = {
    en = "10:40. Communes in many provinces have warned residents by loudspeaker and on their pages, and the provincial police have the victims' reports. New victims calling the hotline are falling.",
    vi = "10:40. Xã, phường ở nhiều tỉnh đã cảnh báo người dân qua loa truyền thanh và trang thông tin, công an tỉnh đã tiếp nhận trình báo của người bị hại. Số người bị hại mới gọi đến tổng đài đang giảm.",
  },
  notes = {
    en = "Reached by the IT Centre when a third or more of the provinces chose pa05-communes in local-warning (team:sector). No decision: it shows what the provinces' warnings bought.",
    vi = "Đội Trung tâm CNTT nhận được khi từ một phần ba số tỉnh trở lên chọn pa05-communes ở quyết định local-warning (team:sector). Không có quyết định: cho thấy hiệu quả cảnh báo của các tỉnh.",
  },
  when = function(team) return not few_warned(team) end,
}

------------------------------------------------------------------------------------------
-- T+1:50  Payment day pressure
------------------------------------------------------------------------------------------

local payment_peak = inject {
  id = "payment-peak",
  at = "1:50",
  stage = "recovery",
  severity = "high",
  from = { en = "Deputy Director General in charge of IT", vi = "Phó Tổng Giám đốc phụ trách CNTT" },
  channel = "meeting",
  title = {
    en = "Day 1, 10:45 — \"Bring the portal fully back now; people must see their Tết payments\"",
    vi = "Ngày 1, 10:45 — \"Đưa Cổng hoạt động đầy đủ trở lại ngay; người dân phải xem được khoản chi trả Tết\"",
  },
  body = {
    en = "The flood has eased to a third of its peak. The leadership wants the portal and VssID fully open again within the hour, without the challenge page that \"confuses old people\". Vietnam Post needs the last payment files for the remote communes by 14:00.",
    vi = "Cường độ tấn công đã giảm còn một phần ba mức đỉnh. Lãnh đạo muốn Cổng và VssID mở lại đầy đủ trong vòng một giờ, bỏ trang xác thực truy cập vì \"làm người già bối rối\". Bưu điện cần nhận danh sách chi trả cuối cùng cho các xã vùng sâu, vùng xa trước 14:00.",
  },
  notes = {
    en = "Expected: first make sure the payment files reach Vietnam Post on their own protected path; reopen the portal and VssID in stages behind the scrubbing and challenge (tuning the challenge so it is light for genuine users), watch for a second wave, and explain the trade-off to the leadership. Evaluator: removing protection because traffic has dropped is what invites the second wave; postponing payments is never the answer.",
    vi = "Kỳ vọng: trước hết bảo đảm danh sách chi trả tới Bưu điện qua kênh riêng được bảo vệ; mở lại Cổng và VssID theo từng bước, vẫn giữ lọc lưu lượng và trang xác thực (điều chỉnh để người dùng thật ít bị phiền), theo dõi đợt tấn công thứ hai, và giải thích rõ sự đánh đổi với Lãnh đạo. Đánh giá: gỡ bỏ biện pháp bảo vệ chỉ vì lưu lượng giảm là mời gọi đợt tấn công thứ hai; lùi lịch chi trả không bao giờ là phương án.",
  },
  roles = { "central" },
}

decision {
  id = "priority",
  on = payment_peak,
  roles = { "central" },
  within = "25m",
  prompt = {
    en = "Day 1, 10:45 — How do you bring services back?",
    vi = "Ngày 1, 10:45 — Đội đưa dịch vụ trở lại như thế nào?",
  },
  options = {
    { id = "staged",
      text = { en = "Payment files first on a protected path; reopen the portal and VssID in stages behind scrubbing.",
               vi = "Danh sách chi trả đi trước qua kênh được bảo vệ; mở lại Cổng và VssID theo từng bước, vẫn giữ lọc." },
      score = { recover = 8, coordinate = 3, communicate = 2 },
      notes = { en = "Protects payments and reopens safely; the leadership wanted it all back now.", vi = "Bảo vệ chi trả và mở lại an toàn; Lãnh đạo muốn mở lại toàn bộ ngay." } },
    { id = "postpone",
      text = { en = "Postpone the remaining payments until after the attack.",
               vi = "Lùi phần chi trả còn lại tới khi hết bị tấn công." },
      score = { recover = -8, communicate = -2 },
      notes = { en = "Never the answer.", vi = "Không bao giờ là phương án." } },
    { id = "lighter-challenge",
      text = { en = "Keep scrubbing, replace the challenge page with a lighter check, and reopen the portal and VssID fully now.",
               vi = "Giữ lọc lưu lượng, thay trang xác thực truy cập bằng một bước kiểm tra nhẹ hơn, và mở lại toàn bộ Cổng và VssID ngay." },
      score = { recover = 5, contain = -1 },
      notes = { en = "Meets the leadership half-way; weaker if the flood returns.", vi = "Đáp ứng một nửa yêu cầu của Lãnh đạo; yếu hơn nếu tấn công quay lại." } },
    { id = "full-restore",
      text = { en = "Do as asked: remove the challenge and open everything fully now.",
               vi = "Làm theo yêu cầu: bỏ trang xác thực và mở lại toàn bộ ngay." },
      score = { recover = 3, contain = -5 },
      set = { exposed = true },
      notes = { en = "Invites the second wave.", vi = "Mời gọi đợt tấn công thứ hai." } },
  },
  timeout = "full-restore",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

local second_wave = inject {
  id = "second-wave",
  roles = { "central" },
  at = "2:05",
  stage = "denial",
  attack = "T1498.002",
  severity = "critical",
  from = { en = "Web operations, IT Centre", vi = "Bộ phận vận hành hệ thống web, Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Day 1, 11:00 — Second wave: the portal falls again within minutes of reopening",
    vi = "Ngày 1, 11:00 — Đợt tấn công thứ hai: Cổng lại sập chỉ vài phút sau khi mở lại",
  },
  body = {
    en = "Eight minutes after the challenge page was removed, a reflection attack through open DNS and CLDAP servers and a renewed HTTP flood hit the portal together. The portal and VssID are down again, and the Telegram channel celebrates.",
    vi = "Tám phút sau khi bỏ trang xác thực truy cập, một đợt tấn công khuếch đại qua các máy chủ DNS, CLDAP mở cùng đợt HTTP flood mới đồng loạt nhắm vào Cổng. Cổng và VssID lại ngừng hoạt động, kênh Telegram của nhóm tin tặc ăn mừng.",
  },
  notes = {
    en = "Consequence of removing protection under pressure. Expected: restore scrubbing and the challenge, tell the leadership plainly why, and publish an updated notice. Evaluator: discuss how to present a security trade-off to leaders who are under public pressure themselves.",
    vi = "Hệ quả của việc gỡ bỏ bảo vệ dưới áp lực. Kỳ vọng: bật lại lọc lưu lượng và trang xác thực, báo cáo thẳng thắn với Lãnh đạo lý do, đăng thông báo cập nhật. Đánh giá: thảo luận cách trình bày một sự đánh đổi về an toàn thông tin với lãnh đạo, những người cũng đang chịu áp lực từ dư luận.",
  },
  when = function(team) return team.flags.exposed == true end,
}

decision {
  id = "second-wave-response",
  on = second_wave,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 11:00 — The portal is down again. What now?",
    vi = "Ngày 1, 11:00 — Cổng lại ngừng hoạt động. Đội làm gì?",
  },
  options = {
    { id = "scrub-only",
      text = { en = "Restore upstream scrubbing but keep the portal without the challenge page, as the leadership asked.",
               vi = "Bật lại dịch vụ lọc lưu lượng của nhà cung cấp nhưng không dùng trang xác thực truy cập, đúng như Lãnh đạo yêu cầu." },
      score = { contain = 3, recover = 1 },
      notes = { en = "Stops the reflection attack; the HTTP flood still gets through.", vi = "Chặn được tấn công phản xạ; tấn công HTTP vẫn lọt qua." } },
    { id = "restore-protection",
      text = { en = "Restore scrubbing and the challenge, tell the leadership plainly why, publish an update.",
               vi = "Bật lại lọc lưu lượng và trang xác thực, giải thích rõ với Lãnh đạo, đăng thông báo cập nhật." },
      score = { contain = 6, communicate = 2 },
      notes = { en = "Back to what worked, and honest about it.", vi = "Quay lại cách đã hiệu quả, và nói rõ lý do." } },
    { id = "wait-it-out",
      text = { en = "Leave it down and wait for the second wave to pass before touching anything.",
               vi = "Để Cổng ngừng và chờ đợt tấn công thứ hai qua đi rồi mới xử lý." },
      score = { recover = -5 },
      notes = { en = "The payment peak goes on without the portal.", vi = "Cao điểm chi trả tiếp diễn mà không có Cổng." } },
  },
  timeout = "wait-it-out",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:10  Root cause
------------------------------------------------------------------------------------------

local root_cause = inject {
  id = "root-cause",
  at = "2:10",
  stage = "recovery",
  severity = "high",
  from = { en = "Forensic analyst, central incident response team", vi = "Chuyên viên điều tra số, đội ứng cứu sự cố Trung tâm CNTT" },
  channel = "meeting",
  title = {
    en = "Day 1, 11:05 — How they got in: an abandoned news site on the portal's web farm",
    vi = "Ngày 1, 11:05 — Kẻ tấn công vào bằng cách nào: một trang tin bị bỏ quên trên cụm máy chủ của Cổng",
  },
  body = {
    en = "The entry point was a known file-upload flaw in the content management system of a provincial office's old news site, unsupported since 2019 and never patched; the site was kept online after the province moved to the new platform. It ran on the same servers and shared the web content storage with the portal. Eleven other provincial sub-sites run the same old version.",
    vi = "Điểm xâm nhập là một lỗ hổng tải tệp đã được công bố của phần mềm quản trị nội dung trên trang tin cũ của một BHXH tỉnh, ngừng hỗ trợ từ năm 2019 và chưa từng được vá; trang vẫn để chạy dù tỉnh đã chuyển sang nền tảng mới. Trang này chạy trên cùng máy chủ và dùng chung vùng lưu trữ nội dung web với Cổng. Mười một trang tin của các tỉnh khác vẫn chạy đúng phiên bản cũ đó.",
  },
  notes = {
    en = "Expected: take the old site and the eleven others offline (archive their content statically if needed), rebuild the affected servers from clean images, separate the portal from any other site, rotate credentials on the web farm, add WAF rules for the flaw, and keep an inventory of every public site with its support status. Evaluator: deleting the web shell file alone leaves the flaw; outdated, unsupported systems on shared infrastructure are named in Resolution 398.",
    vi = "Kỳ vọng: gỡ trang cũ và mười một trang kia khỏi mạng (lưu trữ nội dung dạng tĩnh nếu cần), dựng lại các máy chủ bị ảnh hưởng từ bản cài sạch, tách Cổng khỏi mọi trang khác, đổi thông tin xác thực trên cụm máy chủ web, bổ sung luật WAF cho lỗ hổng, và lập danh mục toàn bộ trang công khai kèm tình trạng hỗ trợ. Đánh giá: chỉ xóa tệp web shell thì lỗ hổng vẫn còn; hệ thống lỗi thời, hết hỗ trợ trên hạ tầng dùng chung là điểm yếu Nghị quyết 398 đã nêu.",
  },
  roles = { "central" },
}

decision {
  id = "eradicate-root",
  on = root_cause,
  roles = { "central" },
  within = "15m",
  prompt = {
    en = "Day 1, 11:05 — What do you do about the old sites?",
    vi = "Ngày 1, 11:05 — Đội xử lý các trang tin cũ thế nào?",
  },
  options = {
    { id = "patch-one",
      text = { en = "Delete the web shell and patch the one compromised site.",
               vi = "Xóa web shell và vá trang bị xâm nhập." },
      score = { eradicate = 2 },
      notes = { en = "Eleven more like it.", vi = "Còn mười một trang tương tự." } },
    { id = "retire-rebuild",
      text = { en = "Take all twelve old sites offline, rebuild the servers clean, separate the portal, rotate credentials.",
               vi = "Ngắt cả mười hai trang cũ, dựng lại máy chủ sạch, tách riêng Cổng, đổi thông tin xác thực." },
      score = { eradicate = 10, recover = 3 },
      notes = { en = "Removes the root cause; the provinces lose their news archives for months.", vi = "Loại bỏ nguyên nhân gốc; các tỉnh mất kho tin tức trong nhiều tháng." } },
    { id = "static-archive",
      text = { en = "Freeze the twelve sites as static archives behind the WAF, and rebuild only the compromised server.",
               vi = "Chuyển cả mười hai trang thành bản lưu trữ tĩnh đặt sau WAF, và chỉ dựng lại máy chủ đã bị xâm nhập." },
      score = { eradicate = 6, recover = 2 },
      notes = { en = "Keeps the archives online, removes the CMS; shared storage stays as it was.", vi = "Giữ kho tin trực tuyến, loại bỏ phần mềm cũ; vùng lưu trữ dùng chung vẫn như cũ." } },
    { id = "keep-for-history",
      text = { en = "Keep the old sites running; the provinces want their news archives online.",
               vi = "Giữ các trang cũ hoạt động; các tỉnh muốn giữ kho tin tức trực tuyến." },
      score = { eradicate = -6 },
      notes = { en = "The door stays open.", vi = "Cánh cửa vẫn mở." } },
  },
  timeout = "patch-one",
  speed = { full = "15m", zero = "25m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:25  The next payment peak is in four weeks (the sector's decision)
------------------------------------------------------------------------------------------

local next_peak = inject {
  id = "next-peak",
  at = "2:25",
  stage = "recovery",
  severity = "medium",
  from = { en = "Director, IT Centre", vi = "Giám đốc Trung tâm CNTT" },
  channel = "meeting",
  title = {
    en = "Day 1, 11:20 — Four weeks to the next payment peak; money for one measure this quarter",
    vi = "Ngày 1, 11:20 — Bốn tuần nữa đến đợt chi trả tiếp theo; quý này chỉ đủ kinh phí cho một biện pháp",
  },
  body = {
    en = "11:20. The providers offer a standing scrubbing contract for the portal and VssID. The development team proposes instead a cached, read-only payment lookup served from a content network, which a flood cannot take down. Finance can fund one of them this quarter.",
    vi = "11:20. Các nhà cung cấp đề xuất hợp đồng lọc lưu lượng thường trực cho Cổng và VssID. Nhóm phát triển đề xuất phương án khác: chức năng tra cứu chi trả chỉ đọc, lưu đệm trên mạng phân phối nội dung, không bị đánh sập bởi tấn công lưu lượng. Quý này tài chính chỉ đủ cho một trong hai.",
  },
  notes = {
    en = "Central decision. Expected: a choice the team can defend for the next peak: the standing contract protects everything but costs every year; the cached lookup protects what pensioners need most; bandwidth alone does not stop a flood. The improvement plan is drafted in the after-action report, from these priorities: a standing anti-DDoS contract and tested runbook with the providers; separation of the portal and VssID API from other sites; retirement of unsupported software and a maintained inventory of public sites; integrity monitoring with alerts that reach a person during floods; a pre-approved public notice template; staff trained to run DDoS and intrusion handling in parallel. Evaluator: more bandwidth alone does not stop floods that are bigger than any link.",
    vi = "Quyết định của cấp Ngành. Kỳ vọng: một lựa chọn đội bảo vệ được cho đợt cao điểm tới: hợp đồng thường trực bảo vệ mọi dịch vụ nhưng tốn kém hằng năm; tra cứu lưu đệm bảo vệ đúng chức năng người hưởng cần nhất; chỉ tăng băng thông thì không chặn được tấn công lưu lượng. Kế hoạch khắc phục được xây dựng trong báo cáo sau diễn tập, từ các ưu tiên: hợp đồng chống DDoS thường trực và quy trình phối hợp đã diễn tập với nhà cung cấp; tách Cổng và API của VssID khỏi các trang khác; loại bỏ phần mềm hết hỗ trợ và duy trì danh mục trang công khai; giám sát toàn vẹn với cảnh báo tới được người xử lý ngay cả khi đang bị DDoS; mẫu thông báo công khai được duyệt sẵn; cán bộ được đào tạo để xử lý song song DDoS và xâm nhập. Đánh giá: chỉ tăng băng thông thì không chặn được các cuộc tấn công lớn hơn mọi đường truyền.",
  },
  roles = { "central" },
}

decision {
  id = "peak-measure",
  on = next_peak,
  roles = { "central" },
  within = "20m",
  prompt = {
    en = "Day 1, 11:20 — Which measure is funded for the next peak?",
    vi = "Ngày 1, 11:20 — Biện pháp nào được cấp kinh phí cho đợt cao điểm tới?",
  },
  options = {
    { id = "cached-lookup",
      text = { en = "Build the cached read-only payment lookup, and rely on the providers' on-demand scrubbing.",
               vi = "Xây dựng chức năng tra cứu chi trả chỉ đọc có lưu đệm, dựa vào dịch vụ lọc theo yêu cầu của nhà cung cấp." },
      score = { recover = 5, contain = 2 },
      notes = { en = "Protects what pensioners need most; the rest depends on a phone call.", vi = "Bảo vệ chức năng người hưởng cần nhất; phần còn lại phụ thuộc vào một cuộc gọi." } },
    { id = "standing-scrubbing",
      text = { en = "Sign the standing scrubbing contract, with a runbook rehearsed with the providers before the peak.",
               vi = "Ký hợp đồng lọc lưu lượng thường trực, kèm quy trình phối hợp diễn tập với nhà cung cấp trước đợt cao điểm." },
      score = { contain = 4, recover = 3, coordinate = 2 },
      notes = { en = "Protects every service; a cost every year from now on.", vi = "Bảo vệ mọi dịch vụ; nhưng là khoản chi hằng năm từ nay." } },
    { id = "double-bandwidth",
      text = { en = "Double the data centre's internet bandwidth before the next peak; it is the simplest purchase this quarter.",
               vi = "Tăng gấp đôi băng thông internet của Trung tâm dữ liệu trước đợt cao điểm tới; đây là khoản mua sắm đơn giản nhất trong quý." },
      score = { recover = 1, contain = -2 },
      notes = { en = "A bigger pipe fills too.", vi = "Đường truyền lớn hơn thì cũng bị lấp đầy." } },
  },
  timeout = "double-bandwidth",
  speed = { full = "15m", zero = "20m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Hooks
------------------------------------------------------------------------------------------

on("choice", function(team, decision, option)
  -- Contacts lined up before the attack make the scrubbing decision fast and effective.
  if decision == "ddos-response" and option == "scrubbing" and team.flags.upstream_ready then
    team:add("contain", 3, "anti-DDoS arranged before the flood, activated within minutes")
  end
end)

on("end", function(team)
  -- Saw the intrusion behind the flood and reported while the attack was live.
  if team.flags.shell_found and team.flags.reported then
    team:add("detect", 2, "intrusion found behind the smokescreen and reported during the attack")
  end
end)
